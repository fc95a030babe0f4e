/**
 * A sixth generator of independent worlds: a year of mail of people in the United Kingdom, France
 * and China, written as real mail files and read back through the email importer, never given to
 * `record()` directly. Each person owns a catch-all domain (every alias lands in one mailbox) and
 * keeps one mbox of everything, her Sent mail included, plus a few messages saved as `.eml`. The
 * generator writes RFC 5322 messages with the headers real mail carries (`Received:` by the
 * person's server, `Authentication-Results` it wrote, DKIM signatures, `List-Id`, MIME parts in
 * 8bit, quoted-printable or base64, RFC 2047 encoded names and subjects), reads them with
 * `readMbox`/`readEml` and hands what the importer yields to `recordMany`. The truth is the
 * generator's: which operation wrote each message and which source's identity it used.
 *
 * What it models, in each country's language:
 * - shops mailing newsletters and orders through an email service provider (SendGrid with the
 *   shop's domain authenticated, Mailchimp or Brevo signing as themselves, SendCloud or Aliyun
 *   DirectMail in China), with the ESP's click-tracking links, and transactional mail from the
 *   shop's own server;
 * - a shop's staff writing from their personal mailboxes (Gmail, Orange, QQ);
 * - mailing lists the person joined with an alias: other members' posts, some rewritten "via"
 *   the list (DMARC), the list's footer naming the alias;
 * - threads: the person's question from an alias (in her Sent mail), the shop's answer through
 *   its help desk (Zendesk), quoting her; a school's notice to both parents and a relative's
 *   reply-all; relatives forwarding a shop's mail to her main address, inline and as an
 *   attachment;
 * - access and objection requests from an alias (Sent) answered by a privacy desk on another
 *   domain or by the shop's law firm;
 * - couriers announcing a shop's parcel (a disclosed processor);
 * - insiders selling a shop's customers: dealers' spam to the aliases, some citing the person's
 *   request to the shop ("following your enquiry with …", a claims firm), and phishing that
 *   spoofs another shop's domain (failing authentication) or a look-alike;
 * - dictionary spam to the catch-all and spam to the main address.
 *
 * Run: `nice npx tsx bench/worlds/mailboxes.ts [--seeds=5] [--only=<world>] [--first=1] [--verbose]`.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEml, readMbox } from '../../src/importers/email.js';
import type { ContactInput } from '../../src/index.js';
import { validNumber } from './kit.js';
import {
  runObservedWorlds,
  Story,
  type StoryBuilder,
  type StoryOptions,
  type StoryPerson,
  type StoryRecord,
  type StoryScore,
  scoreListed,
} from './stories.js';

const DAY = 86_400_000;

// ---------------------------------------------------------------- messages as files

/** A mailbox as a header shows it. */
interface Party {
  readonly name?: string;
  readonly address: string;
}

type Deserved = 'leak' | 'legitimate' | 'noise' | 'disclosed';

/** One message: its headers, its text, how it was sent, and its truth. */
interface Mail {
  readonly person: MailPerson;
  /** When the person's server received it (whole seconds, unique per person). */
  at: number;
  readonly from: Party;
  readonly to: readonly Party[];
  readonly cc?: readonly Party[];
  /** The envelope recipient the person's server delivered it for (`X-Original-To`). */
  readonly envelope?: string;
  readonly subject: string;
  readonly text: string;
  /** An HTML part beside the text (newsletters), with these link targets. */
  readonly links?: readonly { text: string; href: string }[];
  /** A whole message attached as `message/rfc822` (a forward as attachment). */
  readonly attached?: string;
  /** Extra headers (List-Id, Sender, Reply-To, In-Reply-To, DKIM-Signature…). */
  readonly headers?: readonly [string, string][];
  /** What the person's server wrote after its authserv-id, or null for none (her own Sent mail). */
  readonly auth: string | null;
  /** The host that handed the message to the person's server. */
  readonly relay: string;
  /** The sender's UTC offset in minutes (its `Date:` header). */
  readonly offset: number;
  readonly file: 'mbox' | 'eml';
  readonly op: string;
  readonly deserved: Deserved;
  readonly used: readonly string[];
  /** Her own Sent mail (the importer may refuse it: no recipient of hers). */
  readonly sent?: boolean;
}

interface MailPerson extends StoryPerson {
  readonly domain: string;
  readonly given: string;
  readonly timeZone: string;
  /** Reads with `ownDomains` (refusing mail to none of hers), else with `preferred` only. */
  readonly strictDomain: boolean;
}

const ASCII = /^[\x20-\x7e]*$/u;

/** A header word as RFC 2047 writes non-ASCII text. */
function encodedWord(text: string): string {
  return ASCII.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function party(p: Party): string {
  if (!p.name) return p.address;
  const name = ASCII.test(p.name)
    ? /[(),.:;<>@[\]"]/u.test(p.name)
      ? `"${p.name.replace(/"/gu, '\\"')}"`
      : p.name
    : encodedWord(p.name);
  return `${name} <${p.address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date of `ms` as written at UTC offset `offset` minutes. */
function rfcDate(ms: number, offset: number): string {
  const d = new Date(ms + offset * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The `From ` line of an mbox: asctime in UTC. */
function envelopeDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, lines of at most 76 characters. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let cur = '';
    const bytes = Buffer.from(line, 'utf8');
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      const plain = (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last);
      const piece = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + piece.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += piece;
    }
    out.push(cur);
  }
  return out.join('\n');
}

function base64Lines(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/gu)
      ?.join('\n') ?? ''
  );
}

type Encoding = '8bit' | 'quoted-printable' | 'base64';

function textPart(type: string, text: string, encoding: Encoding): string {
  const body =
    encoding === 'base64'
      ? base64Lines(text)
      : encoding === 'quoted-printable'
        ? quotedPrintable(text)
        : text;
  return `Content-Type: ${type}; charset="UTF-8"\nContent-Transfer-Encoding: ${encoding}\n\n${body}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * The message as its bytes (LF line ends): headers the person's server prepended (`Received:`,
 * `Authentication-Results`, `X-Original-To`), the sender's headers, then its MIME body.
 */
function render(m: Mail, id: string, encoding: Encoding): string {
  const server = `mx.${m.person.domain}`;
  const h: string[] = [];
  if (m.envelope) h.push(`X-Original-To: ${m.envelope}`, `Delivered-To: ${m.person.mailbox}`);
  h.push(
    `Received: from ${m.relay} (${m.relay} [203.0.113.${(m.at / 1000) % 250}])\n\tby ${server} (Postfix) with ESMTPS id ${id.slice(0, 10).toUpperCase()}\n\tfor <${m.envelope ?? m.to[0]?.address}>; ${rfcDate(m.at, 0)}`,
  );
  if (m.auth !== null) h.push(`Authentication-Results: ${server};\n\t${m.auth}`);
  for (const [k, v] of m.headers ?? []) h.push(`${k}: ${v}`);
  h.push(
    `From: ${party(m.from)}`,
    `To: ${m.to.map(party).join(', ')}`,
    ...(m.cc?.length ? [`Cc: ${m.cc.map(party).join(', ')}`] : []),
    `Subject: ${encodedWord(m.subject)}`,
    `Date: ${rfcDate(m.at - 1000 * (5 + ((m.at / 1000) % 90)), m.offset)}`,
    `Message-ID: <${id}@${m.from.address.split('@')[1]}>`,
    'MIME-Version: 1.0',
  );
  let body: string;
  if (m.attached) {
    const b = `mixed-${id}`;
    body = `Content-Type: multipart/mixed; boundary="${b}"\n\n--${b}\n${textPart('text/plain', m.text, encoding)}\n--${b}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="forwarded.eml"\n\n${m.attached}\n--${b}--\n`;
  } else if (m.links) {
    const b = `alt-${id}`;
    const html = `<html><body>${m.text
      .split('\n')
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join(
        '',
      )}${m.links.map((l) => `<p><a href="${l.href}">${escapeHtml(l.text)}</a></p>`).join('')}</body></html>`;
    body = `Content-Type: multipart/alternative; boundary="${b}"\n\n--${b}\n${textPart('text/plain', `${m.text}\n\n${m.links.map((l) => `${l.text}: ${l.href}`).join('\n')}`, encoding)}\n--${b}\n${textPart('text/html', html, encoding)}\n--${b}--\n`;
  } else body = textPart('text/plain', m.text, encoding);
  return `${h.join('\n')}\n${body}`;
}

/** mboxrd: a line starting with `From ` (after any `>`) gets one more `>`. */
function mboxrd(message: string): string {
  return message.replace(/^(>*From )/gmu, '>$1');
}

// ---------------------------------------------------------------- locales

interface Shop {
  readonly name: string;
  readonly domain: string;
  /** How its marketing mail is sent. */
  readonly esp: 'sendgrid' | 'mailchimp' | 'brevo' | 'sendcloud' | 'directmail' | 'own';
  /** The name a staff member writes in her own words. */
  readonly staffSays: string;
}

interface Locale {
  readonly key: string;
  readonly region: string;
  readonly locale: 'en' | 'zh-CN';
  readonly timeZone: string;
  readonly offset: (ms: number) => number;
  readonly people: readonly { name: string; given: string; domain: string }[];
  readonly shops: readonly Shop[];
  readonly list: {
    name: string;
    address: string;
    host: 'groups.io' | 'googlegroups.com' | 'framalistes.org';
  };
  readonly school: { name: string; domain: string; relay: string };
  /** The platform the school's notices go through half the time, from its own domain. */
  readonly schoolPlatform: string;
  /** The shop platform small shops' order mail comes from (Shopify, Youzan). */
  readonly shopPlatform: string;
  /** A review service inviting the person in a shop's name, when the country has one. */
  readonly review?: { domain: string; text: (shop: string, v: string) => [string, string] };
  readonly personal: readonly string[];
  readonly firstNames: readonly string[];
  readonly courier: { name: string; domain: string };
  readonly lawFirm: { name: string; domain: string };
  readonly t: Texts;
}

/** Every text a world writes, in its language. `v`: the name on the record (a variant). */
interface Texts {
  newsletter(shop: string, v: string): [string, string];
  order(shop: string, v: string, n: string): [string, string];
  staff(shop: string, v: string, staff: string): [string, string];
  listPost(list: string, member: string): [string, string];
  listFooter(list: string, alias: string): string;
  question(shop: string): [string, string];
  answer(shop: string, v: string, agent: string): string;
  wrote(ms: number, who: string): string;
  school(school: string, v: string): [string, string];
  replyAll(relative: string): string;
  forwardNote(): string;
  request(shop: string): [string, string];
  privacyReply(shop: string, v: string): [string, string];
  lawReply(shop: string, v: string, firm: string): [string, string];
  courier(shop: string, v: string, n: string): [string, string];
  dealer(v: string | null): [string, string];
  citing(shop: string, v: string | null): [string, string];
  claims(shop: string, v: string | null): [string, string];
  phish(shop: string, v: string | null, link: string): [string, string];
  spam(): [string, string];
  family(relative: string): [string, string];
}

/** Europe/London and Europe/Paris: summer time from the last Sunday of March to that of October. */
function europeanOffset(winter: number): (ms: number) => number {
  return (ms) => {
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    const lastSunday = (month: number) => {
      const end = new Date(Date.UTC(y, month + 1, 0, 1));
      return end.getTime() - end.getUTCDay() * DAY;
    };
    return ms >= lastSunday(2) && ms < lastSunday(9) ? winter + 60 : winter;
  };
}

const UK: Locale = {
  key: 'uk',
  region: 'GB',
  locale: 'en',
  timeZone: 'Europe/London',
  offset: europeanOffset(0),
  people: [
    { name: 'Olivia Rose Whitfield', given: 'Olivia', domain: 'whitfield.me.uk' },
    { name: 'Harry James Penrose', given: 'Harry', domain: 'penrose-family.uk' },
    { name: 'Amelia Grace Thornton', given: 'Amelia', domain: 'thornton.org.uk' },
  ],
  shops: [
    {
      name: 'Northgate Cycles',
      domain: 'northgatecycles.co.uk',
      esp: 'sendgrid',
      staffSays: 'Northgate Cycles',
    },
    { name: 'Lumen Homeware', domain: 'lumenhomeware.co.uk', esp: 'mailchimp', staffSays: 'Lumen' },
    {
      name: 'Harbourview Hotel Whitby',
      domain: 'harbourviewhotel.co.uk',
      esp: 'own',
      staffSays: 'the Harbourview',
    },
    {
      name: 'Greenleaf Pharmacy',
      domain: 'greenleafpharmacy.co.uk',
      esp: 'sendgrid',
      staffSays: 'Greenleaf Pharmacy',
    },
    { name: 'Brightwater Energy', domain: 'brightwaterenergy.co.uk', esp: 'own', staffSays: 'Brightwater' },
    { name: 'Oakridge Car Sales', domain: 'oakridgecars.co.uk', esp: 'mailchimp', staffSays: 'Oakridge' },
    {
      name: 'Fenwick & Hale Opticians',
      domain: 'fenwickhale.co.uk',
      esp: 'sendgrid',
      staffSays: 'Fenwick & Hale',
    },
  ],
  list: { name: 'Riverside Allotment Society', address: 'riverside-allotments@groups.io', host: 'groups.io' },
  school: { name: "St Aidan's Primary School", domain: 'staidans.sch.uk', relay: 'pmx.parentmail.co.uk' },
  schoolPlatform: 'parentmail.co.uk',
  shopPlatform: 't.shopifyemail.com',
  review: {
    domain: 'trustpilotmail.com',
    text: (shop, v) => [
      `${shop} invites you to review your purchase`,
      `Hi ${v},\nHow did we do? ${shop} would love to hear about your recent experience. It only takes a minute.\nWrite a review\nThis email was sent by Trustpilot on behalf of ${shop}.`,
    ],
  },
  personal: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
  firstNames: ['Sam', 'Priya', 'Tom', 'Jess', 'Callum', 'Aisha', 'Gareth', 'Megan'],
  courier: { name: 'DPD', domain: 'dpd.co.uk' },
  lawFirm: { name: 'Harrow & Lyle LLP', domain: 'harrowlyle.co.uk' },
  t: {
    newsletter: (shop, v) => [
      `${shop}: this week's picks for you`,
      `Hi ${v},\nOur autumn range is in. Members get 15% off everything until Sunday.\nThe ${shop} team\nYou are receiving this because you signed up at ${shop}. Unsubscribe at any time.`,
    ],
    order: (shop, v, n) => [
      `Your ${shop} order ${n} has been dispatched`,
      `Dear ${v},\nThank you for your order ${n}. It has been dispatched and should arrive within 2 working days.\n${shop} Customer Services`,
    ],
    staff: (shop, v, staff) => [
      'Your order is ready',
      `Hi ${v},\nIt's ${staff} from ${shop} - just to say the item you ordered came in this morning, you can pick it up any time this week.\nThanks, ${staff}\nSent from my iPhone`,
    ],
    listPost: (list, member) => [
      `[${list}] Seed swap on Saturday`,
      `Hi all,\nI have spare runner bean and courgette seedlings if anyone wants them, I'll bring them to the seed swap on Saturday by the gate.\n${member}`,
    ],
    listFooter: (list, alias) =>
      `\n\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nYou are subscribed to ${list} as ${alias}.\nView/Reply Online | Leave Group`,
    question: (shop) => [
      `Question about my order`,
      `Hello,\nCould you tell me when my order from ${shop} will be delivered? It has been a week.\nThanks`,
    ],
    answer: (shop, v, agent) =>
      `Hi ${v},\nThank you for getting in touch with ${shop}. Your parcel left our warehouse yesterday and should reach you tomorrow.\nKind regards,\n${agent}\n${shop} Customer Care`,
    wrote: (ms, who) => `On ${rfcDate(ms, 0).slice(0, 16)}, ${who} wrote:`,
    school: (school, v) => [
      'Year 3 trip to the Natural History Museum',
      `Dear Parent/Carer of ${v},\nThe Year 3 trip is on Friday 13 March. Please return the consent slip by Monday.\n${school} Office`,
    ],
    replyAll: (relative) =>
      `Thanks, we'll send the slip in tomorrow. Happy to help on the day if you need another adult.\n${relative}`,
    forwardNote: () => "Thought you'd want to see this one x",
    request: (shop) => [
      'Subject access request',
      `To ${shop},\nUnder Article 15 of the UK GDPR I request a copy of the personal data you hold about me and the recipients you have disclosed it to.\nRegards`,
    ],
    privacyReply: (shop, v) => [
      'Your subject access request',
      `Dear ${v},\nWe write in response to your subject access request to ${shop}. Please find enclosed a copy of your personal data and the list of recipients.\nData Protection Officer, on behalf of ${shop}`,
    ],
    lawReply: (shop, v, firm) => [
      'Your subject access request - our client',
      `Dear ${v},\nWe act for ${shop} in relation to your subject access request. Our client has asked us to respond on its behalf and we enclose the information it holds.\nYours sincerely,\n${firm}`,
    ],
    courier: (shop, v, n) => [
      `Your ${shop} parcel is on its way`,
      `Hi ${v}, your parcel ${n} from ${shop} will be delivered tomorrow between 10:15 and 11:15. Track or change your delivery in the DPD app.`,
    ],
    dealer: (v) => [
      'Pre-approved: lower your energy bills',
      `${v ? `Dear ${v}` : 'Dear Homeowner'},\nYou qualify for a free solar panel survey and a government-backed grant. Reply YES to book your slot.\nGreen Future Homes`,
    ],
    citing: (shop, v) => [
      `Your enquiry with ${shop}`,
      `${v ? `Dear ${v}` : 'Hello'},\nFollowing your recent enquiry with ${shop}, we can offer you a better deal on car finance, decisions in minutes. Call 0330 555 0192 today.\nFinanceMatch UK`,
    ],
    claims: (shop, v) => [
      'Your data rights - you may be owed compensation',
      `${v ? `Dear ${v}` : 'Hello'},\nWe understand you recently made a subject access request to ${shop}. If your data was shared without your consent you may be owed up to £2,500. Reply CLAIM to start your no-win no-fee claim.\nData Claims UK`,
    ],
    phish: (shop, v, link) => [
      `${shop}: action required on your account`,
      `${v ? `Dear ${v}` : 'Dear customer'},\nWe were unable to process your last payment and your account has been suspended. Verify your card details within 24 hours: ${link}\n${shop} Security Team`,
    ],
    spam: () => [
      'You have won a £500 Tesco gift card',
      'Claim your reward now, only 3 left! Click here to claim.',
    ],
    family: (relative) => [
      'Sunday lunch',
      `Are you still coming on Sunday? Dad's doing a roast.\n${relative}`,
    ],
  },
};

const FR: Locale = {
  key: 'fr',
  region: 'FR',
  locale: 'en',
  timeZone: 'Europe/Paris',
  offset: europeanOffset(60),
  people: [
    { name: 'Claire Marie Dubois', given: 'Claire', domain: 'claire-dubois.fr' },
    { name: 'Julien Pierre Lefèvre', given: 'Julien', domain: 'famille-lefevre.fr' },
    { name: 'Élodie Anne Moreau', given: 'Élodie', domain: 'moreau-elodie.fr' },
  ],
  shops: [
    {
      name: 'Librairie du Marais',
      domain: 'librairiedumarais.fr',
      esp: 'brevo',
      staffSays: 'la Librairie du Marais',
    },
    { name: 'Cyclable Paris 11', domain: 'cyclable-paris11.fr', esp: 'mailchimp', staffSays: 'Cyclable' },
    { name: 'Hôtel des Lilas', domain: 'hoteldeslilas.fr', esp: 'own', staffSays: "l'Hôtel des Lilas" },
    {
      name: 'Optique Lafayette',
      domain: 'optique-lafayette.fr',
      esp: 'sendgrid',
      staffSays: 'Optique Lafayette',
    },
    {
      name: 'Maison Verdier Traiteur',
      domain: 'maisonverdier.fr',
      esp: 'brevo',
      staffSays: 'Maison Verdier',
    },
    {
      name: 'Auto Bastille Occasions',
      domain: 'autobastille.fr',
      esp: 'mailchimp',
      staffSays: 'Auto Bastille',
    },
    { name: 'Mutuelle Horizon Santé', domain: 'horizon-sante.fr', esp: 'own', staffSays: 'Horizon Santé' },
  ],
  list: {
    name: 'Chorale Saint-Eustache',
    address: 'chorale-st-eustache@framalistes.org',
    host: 'framalistes.org',
  },
  school: { name: 'École Jules Ferry', domain: 'ecole-julesferry.fr', relay: 'smtp.ent-ecole.fr' },
  schoolPlatform: 'index-education.com',
  shopPlatform: 't.shopifyemail.com',
  review: {
    domain: 'avis-verifies.com',
    text: (shop, v) => [
      `${shop} vous invite à donner votre avis`,
      `Bonjour ${v},\nVotre avis compte ! ${shop} vous invite à évaluer votre dernier achat, cela ne prend qu'une minute.\nDonner mon avis\nCet e-mail vous est envoyé par Avis Vérifiés pour le compte de ${shop}.`,
    ],
  },
  personal: ['orange.fr', 'gmail.com', 'laposte.net', 'free.fr'],
  firstNames: ['Sophie', 'Karim', 'Nathalie', 'Thomas', 'Inès', 'Luc', 'Camille', 'Mehdi'],
  courier: { name: 'Colissimo', domain: 'colissimo.fr' },
  lawFirm: { name: 'Cabinet Rivière Avocats', domain: 'riviere-avocats.fr' },
  t: {
    newsletter: (shop, v) => [
      `${shop} : nos nouveautés de la semaine`,
      `Bonjour ${v},\nDécouvrez nos nouveautés : -15 % pour nos fidèles clients jusqu'à dimanche.\nL'équipe ${shop}\nVous recevez cet e-mail car vous êtes inscrit(e) chez ${shop}. Se désinscrire.`,
    ],
    order: (shop, v, n) => [
      `Votre commande ${n} a été expédiée`,
      `Bonjour ${v},\nMerci pour votre commande ${n}. Elle a été expédiée et vous sera livrée sous 48 h.\nLe service client ${shop}`,
    ],
    staff: (shop, v, staff) => [
      'Votre commande est arrivée',
      `Bonjour ${v},\nC'est ${staff} de ${shop}, votre commande est arrivée ce matin, vous pouvez passer la chercher quand vous voulez cette semaine.\nBonne journée, ${staff}\nEnvoyé de mon iPhone`,
    ],
    listPost: (list, member) => [
      `[${list}] Répétition de jeudi`,
      `Bonsoir à tous,\nLa répétition de jeudi est avancée à 19 h 30. Pensez à apporter vos partitions du Requiem.\n${member}`,
    ],
    listFooter: (list, alias) =>
      `\n\n--\nVous êtes abonné(e) à la liste ${list} avec l'adresse ${alias}.\nPour vous désabonner : https://framalistes.org/sympa/signoff/chorale-st-eustache`,
    question: (shop) => [
      'Question sur ma commande',
      `Bonjour,\nPourriez-vous me dire quand ma commande passée chez ${shop} sera livrée ? Cela fait une semaine.\nMerci`,
    ],
    answer: (shop, v, agent) =>
      `Bonjour ${v},\nMerci d'avoir contacté ${shop}. Votre colis a quitté notre entrepôt hier et vous sera livré demain.\nCordialement,\n${agent}\nService client ${shop}`,
    wrote: (ms, who) => `Le ${new Date(ms).toISOString().slice(0, 10)}, ${who} a écrit :`,
    school: (school, v) => [
      'Sortie scolaire au Muséum',
      `Madame, Monsieur,\nLa classe de ${v} se rendra au Muséum d'histoire naturelle le vendredi 13 mars. Merci de retourner l'autorisation signée avant lundi.\nLa direction, ${school}`,
    ],
    replyAll: (relative) =>
      `Merci, l'autorisation sera dans le cartable demain. Je peux accompagner si besoin.\n${relative}`,
    forwardNote: () => 'Regarde, ça peut t’intéresser. Bises',
    request: (shop) => [
      "Demande d'accès à mes données (art. 15 RGPD)",
      `Madame, Monsieur,\nConformément à l'article 15 du RGPD, je vous demande la copie des données personnelles que ${shop} détient sur moi et la liste des destinataires.\nCordialement`,
    ],
    privacyReply: (shop, v) => [
      "Votre demande d'accès",
      `Bonjour ${v},\nSuite à votre demande d'accès à vos données personnelles adressée à ${shop}, vous trouverez ci-joint la copie de vos données et la liste des destinataires.\nLe délégué à la protection des données de ${shop}`,
    ],
    lawReply: (shop, v, firm) => [
      'Votre demande au titre du RGPD',
      `Madame, Monsieur ${v},\nNous intervenons en qualité de conseil de la société ${shop} au sujet de votre demande d'accès. Notre cliente nous a chargés de vous répondre et vous trouverez ci-joint les informations qu'elle détient.\nVeuillez agréer nos salutations distinguées,\n${firm}`,
    ],
    courier: (shop, v, n) => [
      `Votre colis ${shop} arrive demain`,
      `Bonjour ${v}, votre colis n° ${n} envoyé par ${shop} sera livré demain. Suivez votre colis sur colissimo.fr.`,
    ],
    dealer: (v) => [
      'Votre rénovation énergétique financée',
      `${v ? `Bonjour ${v}` : 'Bonjour'},\nVous êtes éligible à une isolation à 1 € et aux aides de l'État. Répondez OUI pour être rappelé(e) par un conseiller.\nÉco Habitat Conseil`,
    ],
    citing: (shop, v) => [
      `Votre demande de devis chez ${shop}`,
      `${v ? `Bonjour ${v}` : 'Bonjour'},\nSuite à votre demande de devis auprès de ${shop}, nous pouvons vous proposer un crédit auto à taux réduit, réponse en 5 minutes. Appelez le 09 70 55 01 92.\nCrédit Rapide Conseil`,
    ],
    claims: (shop, v) => [
      'Vos données personnelles : indemnisation possible',
      `${v ? `Bonjour ${v}` : 'Bonjour'},\nVous avez récemment exercé votre droit d'accès auprès de ${shop} ? Si vos données ont été transmises sans votre accord, vous pouvez obtenir jusqu'à 2 500 € d'indemnisation. Répondez à ce message.\nIndemnisation Données France`,
    ],
    phish: (shop, v, link) => [
      `${shop} : votre compte est suspendu`,
      `${v ? `Bonjour ${v}` : 'Cher client'},\nNous n'avons pas pu valider votre dernier paiement et votre compte a été suspendu. Mettez à jour vos coordonnées bancaires sous 24 h : ${link}\nLe service sécurité ${shop}`,
    ],
    spam: () => [
      'Félicitations ! Vous avez gagné un iPhone 17',
      'Cliquez ici pour réclamer votre cadeau, il ne reste que 3 exemplaires.',
    ],
    family: (relative) => ['Dimanche', `Vous venez toujours dimanche ? Papa fait un gigot.\n${relative}`],
  },
};

const CN: Locale = {
  key: 'cn',
  region: 'CN',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  offset: () => 480,
  people: [
    { name: '王安勇', given: '安勇', domain: 'wanganyong.cn' },
    { name: '李晓梅', given: '晓梅', domain: 'lixiaomei.com.cn' },
    { name: '陈志强', given: '志强', domain: 'chenzq.net.cn' },
  ],
  shops: [
    { name: '天润商城', domain: 'tianrun-mall.cn', esp: 'sendcloud', staffSays: '天润商城' },
    { name: '恒通健身', domain: 'hengtong-fitness.cn', esp: 'directmail', staffSays: '恒通健身' },
    { name: '瑞丰汽车4S店', domain: 'ruifeng-auto.cn', esp: 'own', staffSays: '瑞丰4S店' },
    { name: '华美口腔', domain: 'huamei-dental.cn', esp: 'sendcloud', staffSays: '华美口腔' },
    { name: '安信保险', domain: 'anxin-insurance.cn', esp: 'own', staffSays: '安信保险' },
    { name: '佳禾母婴店', domain: 'jiahe-baby.cn', esp: 'directmail', staffSays: '佳禾' },
    { name: '金桥英语培训', domain: 'jinqiao-english.cn', esp: 'sendcloud', staffSays: '金桥英语' },
  ],
  list: { name: '北京跑友会', address: 'beijing-runners@googlegroups.com', host: 'googlegroups.com' },
  school: { name: '海淀实验小学', domain: 'hdsyxx.edu.cn', relay: 'mail.hdsyxx.edu.cn' },
  schoolPlatform: 'dingtalk.com',
  shopPlatform: 'youzan.com',
  personal: ['qq.com', '163.com', '126.com', 'foxmail.com'],
  firstNames: ['小李', '小王', '张敏', '刘洋', '赵磊', '孙丽', '周杰', '吴芳'],
  courier: { name: '顺丰速运', domain: 'sf-express.com' },
  lawFirm: { name: '北京金诚律师事务所', domain: 'jincheng-law.cn' },
  t: {
    newsletter: (shop, v) => [
      `${shop}本周精选`,
      `尊敬的${v}：\n会员专享，全场八五折，截至周日。\n${shop}\n您收到此邮件是因为您注册了${shop}会员。退订请点击下方链接。`,
    ],
    order: (shop, v, n) => [
      `您的订单${n}已发货`,
      `尊敬的${v}：\n您的订单${n}已发货，预计两天内送达。\n${shop}客服中心`,
    ],
    staff: (shop, v, staff) => [
      '您订的商品到了',
      `${v}您好，我是${shop}的${staff}，您订的商品今天上午到店了，这周方便的时候过来取一下。\n${staff}\n发自我的iPhone`,
    ],
    listPost: (list, member) => [
      `[${list}] 周六奥森约跑`,
      `各位跑友：\n本周六早上七点奥森南门集合，配速六分左右，跑完一起吃早饭。\n${member}`,
    ],
    listFooter: (list, alias) =>
      `\n\n--\n您收到此邮件是因为您（${alias}）订阅了 Google 网上论坛“${list}”群组。\n要退订此群组并停止接收来自它的电子邮件，请发送电子邮件到 beijing-runners+unsubscribe@googlegroups.com。`,
    question: (shop) => ['咨询订单', `您好，\n请问我在${shop}下的订单什么时候能送到？已经一周了。\n谢谢`],
    answer: (shop, v, agent) =>
      `${v}您好：\n感谢您联系${shop}。您的包裹昨天已从仓库发出，预计明天送达。\n${agent}\n${shop}客服`,
    wrote: (ms, who) => `在 ${new Date(ms).toISOString().slice(0, 10)}，${who} 写道：`,
    school: (school, v) => [
      '三年级春游通知',
      `${v}家长您好：\n三年级定于3月13日（周五）到自然博物馆春游，请于周一前交回回执。\n${school}教务处`,
    ],
    replyAll: (relative) => `收到，回执明天让孩子带去。需要家长志愿者的话我可以去。\n${relative}`,
    forwardNote: () => '你看看这个',
    request: (shop) => [
      '个人信息查阅申请',
      `${shop}：\n根据《个人信息保护法》第四十五条，我申请查阅、复制贵公司处理的我的个人信息，并告知向哪些第三方提供过。\n谢谢`,
    ],
    privacyReply: (shop, v) => [
      '关于您的个人信息查阅申请的答复',
      `${v}您好：\n关于您向${shop}提出的个人信息查阅、复制申请，现将您的个人信息副本及接收方清单发送给您。\n${shop}个人信息保护负责人`,
    ],
    lawReply: (shop, v, firm) => [
      '关于您的个人信息查阅申请',
      `${v}您好：\n本所受${shop}委托，就您的个人信息查阅申请向您答复，附件为贵方所需信息。\n${firm}`,
    ],
    courier: (shop, v, n) => [
      `您的${shop}包裹正在派送`,
      `${v}您好，您在${shop}购买的商品（运单号${n}）正在派送，请保持电话畅通。`,
    ],
    dealer: (v) => [
      '低息贷款，当天放款',
      `${v ? `${v}您好，` : '您好，'}您的信用良好，可申请最高50万元低息贷款，当天放款。加微信 dk8899 咨询。`,
    ],
    citing: (shop, v) => [
      `关于您在${shop}的咨询`,
      `${v ? `${v}您好，` : '您好，'}看到您之前在${shop}咨询过，我们这边有更优惠的方案，加微信 hy6688 了解详情。`,
    ],
    claims: (shop, v) => [
      '个人信息泄露维权',
      `${v ? `${v}您好，` : '您好，'}了解到您近期向${shop}申请查阅个人信息，如您的信息被泄露，可申请最高2万元赔偿，加微信 pc2020 免费咨询。`,
    ],
    phish: (shop, v, link) => [
      `【${shop}】账户异常通知`,
      `${v ? `尊敬的${v}：` : '尊敬的用户：'}\n您的账户存在异常登录，已被临时冻结，请在24小时内点击 ${link} 验证身份并更新银行卡信息。\n${shop}安全中心`,
    ],
    spam: () => ['恭喜您获得iPhone 17一部', '点击链接领取奖品，仅剩3个名额。'],
    family: (relative) => ['周日吃饭', `周日还回来吃饭吗？你爸做红烧肉。\n${relative}`],
  },
};

// ---------------------------------------------------------------- the world

/** The ESP's relay, signatures and click-tracking host for a shop's marketing mail. */
function espOf(
  shop: Shop,
  n: string,
): {
  relay: string;
  auth: string;
  headers: [string, string][];
  click: string;
} {
  const d = shop.domain;
  switch (shop.esp) {
    case 'sendgrid':
      return {
        relay: `o1.ptr${n}.em${n}.${d}`,
        auth: `dkim=pass header.d=${d} header.s=s1 header.b=Qx${n};\n\tspf=pass (domain of bounces+${n}@em${n}.${d} designates 149.72.1.2 as permitted sender) smtp.mailfrom=bounces+${n}@em${n}.${d};\n\tdmarc=pass (p=QUARANTINE) header.from=${d}`,
        headers: [
          [
            'DKIM-Signature',
            `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=s1; h=from:subject:to; bh=abc; b=Qx${n}`,
          ],
        ],
        click: `https://u${n}.ct.sendgrid.net/ls/click?upn=u001.${n}`,
      };
    case 'mailchimp':
      return {
        relay: `mail${n.slice(0, 3)}.atl11.rsgsv.net`,
        auth: `dkim=pass header.d=mcsv.net header.s=k2 header.b=Mc${n};\n\tspf=pass (domain of bounce-mc.us21_${n}@mail${n.slice(0, 3)}.atl11.rsgsv.net designates 198.2.1.3 as permitted sender) smtp.mailfrom=bounce-mc.us21_${n}@mail${n.slice(0, 3)}.atl11.rsgsv.net;\n\tdmarc=none header.from=${d}`,
        headers: [
          ['List-Unsubscribe', `<https://${d.split('.')[0]}.us21.list-manage.com/unsubscribe?u=${n}>`],
        ],
        click: `https://${d.split('.')[0]}.us21.list-manage.com/track/click?u=${n}&id=${n}`,
      };
    case 'brevo':
      // Brevo signs with the customer's domain since 2024; the return path is its own.
      return {
        relay: `smtp-${n.slice(0, 3)}.sendinblue.com`,
        auth: `dkim=pass header.d=${d} header.s=brevo1 header.b=Br${n};\n\tspf=pass smtp.mailfrom=bounces-${n}@sender-sib.com;\n\tdmarc=pass (p=NONE) header.from=${d}`,
        headers: [['X-Mailer', 'Sendinblue']],
        click: `https://${n}.r.bh.d.sendibt3.com/tr/cl/${n}`,
      };
    case 'sendcloud':
      return {
        relay: `out${n.slice(0, 2)}.sendcloud.org`,
        auth: `dkim=pass header.d=sendcloud.org header.s=sc header.b=Sc${n};\n\tspf=pass smtp.mailfrom=bounce_${n}@sendcloud.org;\n\tdmarc=none header.from=${d}`,
        headers: [],
        click: `https://link.sendcloud.net/track/click/${n}`,
      };
    case 'directmail':
      return {
        relay: `out30-${n.slice(0, 2)}.mail.aliyun.com`,
        auth: `dkim=pass header.d=${d} header.s=aliyun-cn-hangzhou header.b=Al${n};\n\tspf=pass smtp.mailfrom=service@dm.${d};\n\tdmarc=pass header.from=${d}`,
        headers: [],
        click: `https://dm-track.aliyuncs.com/click?id=${n}`,
      };
    case 'own':
      return {
        relay: `mail.${d}`,
        auth: `dkim=pass header.d=${d} header.s=default header.b=Ow${n};\n\tspf=pass smtp.mailfrom=${d};\n\tdmarc=pass header.from=${d}`,
        headers: [],
        click: `https://www.${d}/promo?utm_source=newsletter&utm_id=${n}`,
      };
  }
}

/** A personal mailbox's authentication as the person's server checks it. */
function personalAuth(address: string): string {
  const d = address.split('@')[1]!;
  return `dkim=pass header.d=${d} header.s=20230601;\n\tspf=pass smtp.mailfrom=${address};\n\tdmarc=pass header.from=${d}`;
}

class Mailboxes {
  readonly mails: Mail[] = [];
  private readonly times = new Map<string, Set<number>>();
  private serial = 0;

  constructor(
    readonly s: Story,
    readonly c: Locale,
  ) {}

  get d() {
    return this.s.d;
  }

  /** A whole-second instant on `day` at `hour`, unique in the person's mailbox. */
  when(person: MailPerson, day: number, hour: number): number {
    const set = this.times.get(person.id) ?? new Set<number>();
    this.times.set(person.id, set);
    let t = Math.floor(this.s.at(day, hour).getTime() / 1000) * 1000;
    while (set.has(t)) t += 1000;
    set.add(t);
    return t;
  }

  number(): string {
    return String(++this.serial).padStart(4, '0') + this.d.digits(4);
  }

  personal(name: string): Party {
    const local = `${name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/gu, '')
      .toLowerCase()
      .replace(/[^a-z]+/gu, '.')
      .replace(/^\.|\.$/gu, '')}${this.d.digits(2)}`;
    const address = `${local.length > 2 ? local : `u${this.d.digits(8)}`}@${this.d.pick(this.c.personal)}`;
    return { name, address };
  }

  add(m: Omit<Mail, 'offset' | 'file'> & { file?: 'mbox' | 'eml' }): Mail {
    if (m.at >= this.s.end.getTime()) return m as Mail;
    const mail: Mail = {
      ...m,
      offset: this.c.offset(m.at),
      file: m.file ?? (this.d.chance(0.1) ? 'eml' : 'mbox'),
    };
    this.mails.push(mail);
    return mail;
  }
}

function shopOf(c: Locale, s: Story, r: StoryRecord): Shop {
  const name = s.sourceNames.get(r.sourceId)!;
  return c.shops.find((x) => x.name === name)!;
}

/**
 * Writes every person's mail (one mbox with her Sent mail, a few `.eml` files) to a temporary
 * directory, reads it back through the email importer and gives each contact it yields to the
 * story with the truth of the message it came from.
 * @returns How many messages the importer refused, by operation.
 */
async function importMail(s: Story, box: Mailboxes): Promise<Map<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'leaktrace-mailboxes-'));
  const refused = new Map<string, number>();
  try {
    const people = [...new Set(box.mails.map((m) => m.person))];
    for (const person of people) {
      const mine = box.mails.filter((m) => m.person === person).sort((a, b) => a.at - b.at);
      const byTime = new Map(mine.map((m) => [m.at, m]));
      const options = {
        region: box.c.region,
        timeZone: person.timeZone,
        receivedBy: [`mx.${person.domain}`],
        latest: null,
        preferred: [
          person.domain,
          ...s.records.filter((r) => r.person.id === person.id && r.email).map((r) => r.email!),
        ],
        ...(person.strictDomain ? { ownDomains: [person.domain] } : {}),
      };
      const seen = new Set<number>();
      const take = (contact: ContactInput) => {
        const at = typeof contact.at === 'number' ? contact.at : new Date(contact.at).getTime();
        const m = byTime.get(at);
        if (!m)
          throw new Error(
            `${person.id}: an imported contact at ${new Date(at).toISOString()} matches no message`,
          );
        seen.add(at);
        const { id: _id, ...rest } = contact;
        s.contact(rest as Omit<ContactInput, 'id'>, m.op, m.deserved, m.used);
      };
      const mbox: string[] = [];
      for (const [k, m] of mine.entries()) {
        const encoding = box.d.pick(['8bit', 'quoted-printable', 'base64'] as const);
        const bytes = render(m, `${s.seed}.${person.id}.${k}.${m.at}`, encoding);
        if (m.file === 'eml') {
          const path = join(dir, `${person.id}-${k}.eml`);
          writeFileSync(path, bytes.replace(/\n/gu, '\r\n'));
          for await (const contact of readEml(path, options)) take(contact);
        } else
          mbox.push(
            `From ${m.sent ? person.mailbox : m.from.address} ${envelopeDate(m.at)}\n${mboxrd(bytes)}\n`,
          );
      }
      const path = join(dir, `${person.id}.mbox`);
      writeFileSync(path, mbox.join('\n'));
      for await (const contact of readMbox(path, options)) take(contact);
      for (const m of mine)
        if (!seen.has(m.at))
          refused.set(m.op.replace(/-src.*$/u, ''), (refused.get(m.op.replace(/-src.*$/u, '')) ?? 0) + 1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return refused;
}

const mailboxWorld =
  (c: Locale): StoryBuilder =>
  async (seed) => {
    const s = new Story(`${c.key}-mailboxes`, seed, c.region, 330);
    await s.open();
    const { d } = s;
    const box = new Mailboxes(s, c);
    // People: a catch-all domain each; one reads her mail with her domain as her own.
    const people: MailPerson[] = [];
    for (const [k, p] of c.people.entries()) {
      const mailbox = `${
        p.given
          .normalize('NFKD')
          .replace(/[^a-zA-Z]/gu, '')
          .toLowerCase() || 'me'
      }@${p.domain}`;
      const phones = {
        GB: () => validNumber(() => `+4474${s.d.digits(8)}`),
        FR: () => validNumber(() => `+336${s.d.digits(8)}`),
        CN: () => validNumber(() => `+86139${s.d.digits(8)}`),
      }[c.region as 'GB' | 'FR' | 'CN'];
      const base = await s.person({
        name: p.name,
        real: phones(),
        pool: [phones(), phones()],
        control: false,
        locale: c.locale,
        mailbox: { address: mailbox, strategy: 'domain' },
      });
      people.push({ ...base, domain: p.domain, given: p.given, timeZone: c.timeZone, strictDomain: k === 0 });
    }
    // Sources: the shops, the list, the school.
    for (const [k, shop] of c.shops.entries()) await s.source(`src-${k}`, shop.name, [], [shop.domain]);
    await s.source('list', c.list.name, [], [c.list.host]);
    await s.source('school', c.school.name, [], [c.school.domain]);
    const personOf = (r: StoryRecord) => people.find((p) => p.id === r.person.id)!;
    for (const person of people) {
      for (const k of d.sample([...c.shops.keys()], d.int(4, 6)))
        await s.register(person, `src-${k}`, d.int(0, 150), { email: true, name: true });
      if (d.chance(0.8)) await s.register(person, 'list', d.int(0, 60), { email: true, name: true });
      if (person !== people[0]) await s.register(person, 'school', d.int(0, 20), { email: true, name: true });
    }
    const shops = s.records.filter((r) => r.sourceId.startsWith('src-'));
    const alias = (r: StoryRecord): Party => ({ name: r.name ?? r.person.name, address: r.email! });
    const relatives = new Map(
      people.map((p) => [
        p.id,
        box.personal(
          c.locale === 'zh-CN'
            ? `${p.name[0]}${d.pick(['建国', '秀英', '志明', '丽华'])}`
            : `${d.pick(c.firstNames)} ${p.name.split(' ').at(-1)}`,
        ),
      ]),
    );

    // Each shop's own mail: newsletters through its ESP, orders from its own server, staff.
    for (const r of shops) {
      const shop = shopOf(c, s, r);
      const person = personOf(r);
      for (let day = r.day + d.int(3, 20); day < s.days; day += d.int(14, 45)) {
        const n = box.number();
        const esp = espOf(shop, n);
        const [subject, text] = c.t.newsletter(shop.name, r.name!);
        box.add({
          person,
          at: box.when(person, day, d.int(7, 20)),
          from: { name: shop.name, address: `news@${shop.domain}` },
          to: [alias(r)],
          envelope: r.email!,
          subject,
          text,
          links: [
            { text: 'Shop now', href: esp.click },
            { text: 'Unsubscribe', href: `https://www.${shop.domain}/unsubscribe?e=${n}` },
          ],
          headers: esp.headers,
          auth: esp.auth,
          relay: esp.relay,
          op: `own-esp-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
      }
      for (let k = d.int(0, 2); k > 0; k--) {
        const n = box.number();
        const day = d.int(r.day + 1, s.days - 1);
        const [subject, text] = c.t.order(shop.name, r.name!, n);
        // Small shops sell through a platform that sends their order mail from its own domain.
        const platform = shop.esp === 'mailchimp' || shop.esp === 'directmail';
        const sender = platform ? `store+${d.digits(8)}@${c.shopPlatform}` : `orders@${shop.domain}`;
        box.add({
          person,
          at: box.when(person, day, d.int(8, 21)),
          from: { name: shop.name, address: sender },
          to: [alias(r)],
          envelope: r.email!,
          subject,
          text,
          ...(platform
            ? { headers: [['Reply-To', `${shop.name} <hello@${shop.domain}>`]] as [string, string][] }
            : {}),
          auth: platform ? personalAuth(sender) : espOf({ ...shop, esp: 'own' }, n).auth,
          relay: platform ? `mail.${c.shopPlatform}` : `mail.${shop.domain}`,
          op: `own-order-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
        // The courier announcing the parcel (a disclosed processor).
        if (d.chance(0.5)) {
          const [cs, ct] = c.t.courier(shop.name, r.name!, `${d.digits(14)}`);
          box.add({
            person,
            at: box.when(person, Math.min(day + 1, s.days - 1), d.int(7, 10)),
            from: { name: c.courier.name, address: `noreply@${c.courier.domain}` },
            to: [{ address: r.email! }],
            envelope: r.email!,
            subject: cs,
            text: ct,
            auth: personalAuth(`noreply@${c.courier.domain}`),
            relay: `smtp.${c.courier.domain}`,
            op: `courier-${r.sourceId}`,
            deserved: 'disclosed',
            used: [r.sourceId],
          });
        }
      }
      if (c.review && d.chance(0.4)) {
        const [subject, text] = c.review.text(shop.name, r.name!);
        const sender = `noreply.invitations@${c.review.domain}`;
        box.add({
          person,
          at: box.when(person, d.int(r.day + 7, s.days - 1), d.int(9, 19)),
          from: { name: shop.name, address: sender },
          to: [alias(r)],
          envelope: r.email!,
          subject,
          text,
          headers: [['Reply-To', `${shop.name} <hello@${shop.domain}>`]],
          auth: personalAuth(sender),
          relay: `mta.${c.review.domain}`,
          op: `own-review-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
      }
      if (d.chance(0.35)) {
        const staff = box.personal(d.pick(c.firstNames));
        const [subject, text] = c.t.staff(shop.staffSays, r.name!, staff.name!);
        box.add({
          person,
          at: box.when(person, d.int(r.day + 2, s.days - 1), d.int(9, 18)),
          from: staff,
          to: [{ address: r.email! }],
          envelope: r.email!,
          subject,
          text,
          auth: personalAuth(staff.address),
          relay: `mail-sor-f41.${staff.address.split('@')[1]}`,
          op: `own-staff-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
      }
      // Her question from the alias (Sent), the shop's help desk answering, quoting her.
      if (d.chance(0.3)) {
        const day = d.int(r.day + 5, s.days - 3);
        const [qs, qt] = c.t.question(shop.name);
        const asked = box.add({
          person,
          at: box.when(person, day, d.int(8, 21)),
          from: alias(r),
          to: [{ address: `support@${shop.domain}` }],
          subject: qs,
          text: qt,
          auth: null,
          relay: 'localhost',
          op: `sent-${person.id}`,
          deserved: 'noise',
          used: [],
          sent: true,
        });
        const agent = d.pick(c.firstNames);
        const desk = `support@${shop.domain.split('.')[0]}.zendesk.com`;
        box.add({
          person,
          at: box.when(person, day + d.int(1, 2), d.int(8, 18)),
          from: { name: `${agent} (${shop.name})`, address: desk },
          to: [alias(r)],
          envelope: r.email!,
          subject: `Re: ${qs}`,
          text: `${c.t.answer(shop.name, r.name!, agent)}\n\n${c.t.wrote(asked.at, `${r.name} <${r.email}>`)}\n${qt
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')}`,
          headers: [['Reply-To', `${shop.name} <${desk}>`]],
          auth: `dkim=pass header.d=zendesk.com header.s=zendesk1;\n\tspf=pass smtp.mailfrom=${desk};\n\tdmarc=pass header.from=zendesk.com`,
          relay: 'out.smtp-1.zdsys.com',
          op: `own-helpdesk-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
      }
    }

    // Relatives forward a shop's mail to her main address, inline or as an attachment.
    for (const person of people) {
      const r = d.pick(shops.filter((x) => x.person.id === person.id));
      const shop = shopOf(c, s, r);
      const relative = relatives.get(person.id)!;
      const [subject, text] = c.t.newsletter(shop.name, r.name!);
      const at = box.when(person, d.int(r.day + 10, s.days - 1), d.int(8, 22));
      const original = `From: ${party({ name: shop.name, address: `news@${shop.domain}` })}\nTo: ${party(alias(r))}\nSubject: ${encodedWord(subject)}\nDate: ${rfcDate(at - 3 * DAY, c.offset(at))}\nMessage-ID: <fw${at}@${shop.domain}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\n${text}`;
      const inline = d.chance(0.5);
      box.add({
        person,
        at,
        from: relative,
        to: [{ name: person.name, address: person.mailbox! }],
        subject: `Fwd: ${subject}`,
        text: inline
          ? `${c.t.forwardNote()}\n\n---------- Forwarded message ---------\nFrom: ${shop.name} <news@${shop.domain}>\nDate: ${rfcDate(at - 3 * DAY, c.offset(at))}\nSubject: ${subject}\nTo: ${r.name} <${r.email}>\n\n${text}`
          : c.t.forwardNote(),
        ...(inline ? {} : { attached: original }),
        auth: personalAuth(relative.address),
        relay: `mail-relay.${relative.address.split('@')[1]}`,
        op: `relative-${person.id}`,
        deserved: 'noise',
        used: [],
      });
      // Family mail to and from her main address.
      for (let k = d.int(2, 5); k > 0; k--) {
        const [fs, ft] = c.t.family(relative.name!);
        const day = d.int(0, s.days - 1);
        const asked = box.add({
          person,
          at: box.when(person, day, d.int(8, 22)),
          from: relative,
          to: [{ address: person.mailbox! }],
          subject: fs,
          text: ft,
          auth: personalAuth(relative.address),
          relay: `mail-relay.${relative.address.split('@')[1]}`,
          op: `relative-${person.id}`,
          deserved: 'noise',
          used: [],
        });
        box.add({
          person,
          at: box.when(person, day, 23),
          from: { name: person.name, address: person.mailbox! },
          to: [relative],
          subject: `Re: ${fs}`,
          text: `OK!\n\n${c.t.wrote(asked.at, relative.name!)}\n> ${ft.split('\n')[0]}`,
          auth: null,
          relay: 'localhost',
          op: `sent-${person.id}`,
          deserved: 'noise',
          used: [],
          sent: true,
        });
      }
    }

    // The mailing list: other members' posts to the alias she joined with.
    for (const r of s.records.filter((x) => x.sourceId === 'list')) {
      const person = personOf(r);
      const members = Array.from({ length: d.int(6, 12) }, () => box.personal(d.pick(c.firstNames)));
      for (let day = r.day + 1; day < s.days; day += d.int(2, 9)) {
        const member = d.pick(members);
        const rewritten = d.chance(0.3);
        const [subject, text] = c.t.listPost(c.list.name, member.name!);
        box.add({
          person,
          at: box.when(person, day, d.int(6, 23)),
          from: rewritten ? { name: `${member.name} via ${c.list.name}`, address: c.list.address } : member,
          to: [{ name: c.list.name, address: c.list.address }],
          envelope: r.email!,
          subject,
          text: `${text}${c.t.listFooter(c.list.name, r.email!)}`,
          headers: [
            ['List-Id', `${c.list.name} <${c.list.address.replace('@', '.')}>`],
            ['List-Post', `<mailto:${c.list.address}>`],
            ['Sender', c.list.address],
            ...(rewritten ? ([['Reply-To', party(member)]] as [string, string][]) : []),
          ],
          auth: `dkim=pass header.d=${c.list.host} header.s=20230601;\n\tspf=pass smtp.mailfrom=bounce@${c.list.host};\n\tdmarc=${rewritten ? 'pass' : 'fail'} header.from=${(rewritten ? c.list.address : member.address).split('@')[1]}`,
          relay: `mail-out.${c.list.host}`,
          op: `own-list-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
      }
    }

    // The school writes to both parents; the other parent answers all.
    for (const r of s.records.filter((x) => x.sourceId === 'school')) {
      const person = personOf(r);
      const partner = relatives.get(person.id)!;
      for (let day = r.day + d.int(5, 20); day < s.days; day += d.int(20, 60)) {
        const [subject, text] = c.t.school(c.school.name, r.name!);
        const platform = d.chance(0.5);
        const notice = box.add({
          person,
          at: box.when(person, day, d.int(8, 16)),
          from: {
            name: c.school.name,
            address: platform ? `noreply@${c.schoolPlatform}` : `office@${c.school.domain}`,
          },
          to: platform ? [alias(r)] : [alias(r), partner],
          envelope: r.email!,
          subject,
          text,
          auth: platform
            ? personalAuth(`noreply@${c.schoolPlatform}`)
            : `dkim=pass header.d=${c.school.domain};\n\tspf=pass smtp.mailfrom=${c.school.relay};\n\tdmarc=pass header.from=${c.school.domain}`,
          relay: platform ? `mta.${c.schoolPlatform}` : c.school.relay,
          op: 'own-school',
          deserved: 'legitimate',
          used: ['school'],
        });
        if (!platform && d.chance(0.5))
          box.add({
            person,
            at: box.when(person, day + d.int(0, 1), d.int(17, 22)),
            from: partner,
            to: [{ name: c.school.name, address: `office@${c.school.domain}` }],
            cc: [alias(r)],
            envelope: r.email!,
            subject: `Re: ${subject}`,
            text: `${c.t.replyAll(partner.name!)}\n\n${c.t.wrote(notice.at, `${c.school.name} <office@${c.school.domain}>`)}\n${text
              .split('\n')
              .map((l) => `> ${l}`)
              .join('\n')}`,
            headers: [['In-Reply-To', `<${notice.at}@${c.school.domain}>`]],
            auth: personalAuth(partner.address),
            relay: `mail-relay.${partner.address.split('@')[1]}`,
            op: `relative-${person.id}`,
            deserved: 'noise',
            used: [],
          });
      }
    }

    // Requests from an alias (Sent) answered by a privacy desk or the shop's law firm.
    for (const person of people) {
      for (const r of d.sample(
        shops.filter((x) => x.person.id === person.id),
        2,
      )) {
        const shop = shopOf(c, s, r);
        const day = d.int(r.day + 30, s.days - 40);
        const [qs, qt] = c.t.request(shop.name);
        box.add({
          person,
          at: box.when(person, day, d.int(8, 22)),
          from: alias(r),
          to: [{ address: `privacy@${shop.domain}` }],
          subject: qs,
          text: qt,
          auth: null,
          relay: 'localhost',
          op: `sent-${person.id}`,
          deserved: 'noise',
          used: [],
          sent: true,
        });
        const law = d.chance(0.4);
        const from: Party = law
          ? {
              name: c.lawFirm.name,
              address: `${d.pick(['j.harrow', 'a.martin', 'zhang.lv', 'c.riviere'])}@${c.lawFirm.domain}`,
            }
          : { name: `${shop.name} Privacy`, address: `dpo@${shop.domain.split('.')[0]}-privacy.com` };
        const [rs, rt] = law
          ? c.t.lawReply(shop.name, r.name!, c.lawFirm.name)
          : c.t.privacyReply(shop.name, r.name!);
        box.add({
          person,
          at: box.when(person, day + d.int(10, 30), d.int(9, 17)),
          from,
          to: [alias(r)],
          envelope: r.email!,
          subject: `Re: ${qs} — ${rs}`,
          text: rt,
          auth: personalAuth(from.address),
          relay: `mail.${from.address.split('@')[1]}`,
          op: law ? `own-law-firm-${r.sourceId}` : `own-privacy-${r.sourceId}`,
          deserved: 'legitimate',
          used: [r.sourceId],
        });
      }
    }

    // Insiders: one to three shops' files leave; dealers mail the aliases, some citing the
    // person's enquiry with the shop; phishers spoof another shop's domain or a look-alike.
    const leakers = d.sample([...c.shops.keys()], d.int(1, 3)).map((k) => `src-${k}`);
    for (const source of leakers) {
      const day = d.int(120, 240);
      const file = shops.filter((r) => r.sourceId === source && r.day <= day);
      for (const r of file) {
        const person = personOf(r);
        const shop = shopOf(c, s, r);
        for (let k = d.int(1, 4); k > 0; k--) {
          const kind = d.pick(['dealer', 'citing', 'claims', 'phish'] as const);
          const named = d.chance(0.6) ? r.name! : null;
          const at = box.when(person, d.int(day + 3, s.days - 1), d.int(0, 23));
          const sender = `${d.pick(['offers', 'info', 'contact', 'service'])}@${d.pick(['promo', 'mail', 'news', 'deals'])}-${d.digits(4)}.${d.pick(['top', 'xyz', 'com', 'info'])}`;
          if (kind === 'phish') {
            const spoofed = d.chance(0.5) ? shop : d.pick(c.shops);
            const lookalike = d.chance(0.5);
            const fromAddress = lookalike
              ? `security@${spoofed.domain.split('.')[0]}-secure-login.com`
              : `security@${spoofed.domain}`;
            const [subject, text] = c.t.phish(
              spoofed.name,
              named,
              `http://${spoofed.domain.split('.')[0]}-verify.${d.pick(['top', 'xyz', 'icu'])}/login?id=${d.digits(6)}`,
            );
            box.add({
              person,
              at,
              from: { name: spoofed.name, address: fromAddress },
              to: [{ address: r.email! }],
              envelope: r.email!,
              subject,
              text,
              auth: lookalike
                ? personalAuth(fromAddress)
                : `spf=softfail (domain of transitioning ${sender} does not designate 45.9.1.2 as permitted sender) smtp.mailfrom=${sender};\n\tdkim=none;\n\tdmarc=fail (p=NONE) header.from=${spoofed.domain}`,
              relay: `vps${d.digits(5)}.hosting-${d.digits(2)}.net`,
              op: `phish-${source}`,
              deserved: 'leak',
              used: [source],
            });
            continue;
          }
          const [subject, text] =
            kind === 'dealer'
              ? c.t.dealer(named)
              : kind === 'claims'
                ? c.t.claims(shop.name, named)
                : c.t.citing(shop.name, named);
          box.add({
            person,
            at,
            from: { name: subject.slice(0, 12), address: sender },
            to: [{ address: r.email! }],
            envelope: r.email!,
            subject,
            text,
            auth: personalAuth(sender),
            relay: `mx${d.digits(3)}.${sender.split('@')[1]}`,
            op: `${kind}-${source}`,
            deserved: 'leak',
            used: [source],
          });
        }
      }
    }

    // Background: dictionary spam to the catch-all, spam to the main address.
    for (const person of people) {
      for (let k = d.poisson(25); k > 0; k--) {
        const to = d.chance(0.6)
          ? `${d.pick(['info', 'admin', 'sales', 'contact', 'office', 'john', 'marie', 'webmaster'])}@${person.domain}`
          : person.mailbox!;
        const sender = `${d.pick(['win', 'prize', 'reward', 'alert'])}${d.digits(3)}@${d.pick(['mailer', 'bulk', 'send'])}-${d.digits(4)}.${d.pick(['top', 'ru', 'xyz'])}`;
        const [subject, text] = c.t.spam();
        box.add({
          person,
          at: box.when(person, d.int(0, s.days - 1), d.int(0, 23)),
          from: { address: sender },
          to: [{ address: to }],
          envelope: to,
          subject,
          text,
          auth: `spf=none smtp.mailfrom=${sender};\n\tdkim=none;\n\tdmarc=none header.from=${sender.split('@')[1]}`,
          relay: `unknown.${sender.split('@')[1]}`,
          op: 'prize-spam',
          deserved: 'noise',
          used: [],
        });
      }
    }

    const refused = await importMail(s, box);
    const unexpected = [...refused].filter(([op]) => !op.startsWith('sent-'));
    if (unexpected.length > 0)
      console.error(`${s.name} seed ${seed}: the importer refused ${JSON.stringify(unexpected)}`);
    return s;
  };

export const MAILBOX_WORLDS: readonly { name: string; build: StoryBuilder }[] = [UK, FR, CN].map((c) => ({
  name: `${c.key}-mailboxes`,
  build: mailboxWorld(c),
}));

/** Scores one world on one seed (`keep`: record only these contact ids). */
export function scoreMailboxes(name: string, seed: number, options: StoryOptions = {}): Promise<StoryScore> {
  return scoreListed(MAILBOX_WORLDS, name, seed, { strictDisclosed: true, ...options });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runObservedWorlds('Mailboxes', MAILBOX_WORLDS, { strictDisclosed: true });
}
