import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalWorld, type Region } from '../../bench/worlds/kit.js';
import { readEml } from '../../src/importers/email.js';

const dir = mkdtempSync(join(tmpdir(), 'leaktrace-mailboxes-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** One message as the person's server (mx.p-mail.example) stores it, LF line ends. */
interface Message {
  readonly from: string;
  readonly subject: string;
  /** What the person's server wrote after its authserv-id. */
  readonly auth: string;
  readonly text: (variant: string, alias: string) => string;
}

/**
 * A minimal world read through the email importer: one person on a catch-all domain, one
 * registrant declaring `domain`, its canary (an alias and a name variant), and ONE message to the
 * alias on 12 June 2026 written as an `.eml` file, read with `readEml` and given to `recordMany`.
 * @returns The registrant's status.
 */
async function emlStatus(region: Region, source: string, domain: string, m: Message): Promise<string> {
  const world = await minimalWorld(
    region,
    { name: source, emailDomains: [domain] },
    { name: true, email: true },
  );
  const alias = world.canary.email!;
  const path = join(dir, `m${files++}.eml`);
  const bytes = [
    'Received: from relay.example (relay.example [203.0.113.5])',
    `\tby mx.p-mail.example (Postfix) with ESMTPS id 4F${files}; Fri, 12 Jun 2026 10:00:00 +0000`,
    `Authentication-Results: mx.p-mail.example;\n\t${m.auth}`,
    `From: ${m.from}`,
    `To: ${alias}`,
    `Subject: =?UTF-8?B?${Buffer.from(m.subject).toString('base64')}?=`,
    'Date: Fri, 12 Jun 2026 11:59:50 +0200',
    `Message-ID: <m${files}@relay.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(m.text(world.canary.name!, alias)).toString('base64'),
  ].join('\r\n');
  writeFileSync(path, bytes);
  const summary = await world.tracer.recordMany(
    readEml(path, { receivedBy: ['mx.p-mail.example'], latest: null, region }),
  );
  expect(summary.rejectedCount).toBe(0);
  return world.status();
}

const FLAGGED = new Set(['leaked', 'suspected']);

async function flagged(cases: readonly [Region, string, string, Message][]): Promise<string[]> {
  const out: string[] = [];
  for (const [region, source, domain, m] of cases) {
    const status = await emlStatus(region, source, domain, m);
    if (FLAGGED.has(status))
      out.push(`${region} ${source} from ${m.from}: ${status} — ${m.text('<v>', '<alias>')}`);
  }
  return out;
}

/** A personal or firm mailbox that passed its own domain's checks. */
function passed(address: string): string {
  const d = address.split('@')[1]!;
  return `dkim=pass header.d=${d};\n\tspf=pass smtp.mailfrom=${address};\n\tdmarc=pass header.from=${d}`;
}

// Minimal worlds of bench/worlds/mailboxes.ts (a year of mail read through the importer).
describe('mailboxes read through the email importer', () => {
  it("does not flag a shop for its own newsletters through ESPs, its help desk or its law firm's reply", async () => {
    const shop = 'Northgate Cycles';
    const domain = 'northgatecycles.co.uk';
    const news = (v: string) =>
      `Hi ${v},\nOur autumn range is in. Members get 15% off everything until Sunday.\nThe ${shop} team`;
    const cases: [Region, string, string, Message][] = [
      [
        'GB',
        shop,
        domain,
        {
          from: `${shop} <news@${domain}>`,
          subject: `${shop}: this week's picks`,
          auth: `dkim=pass header.d=${domain} header.s=s1;\n\tspf=pass smtp.mailfrom=bounces+1@em1234.${domain};\n\tdmarc=pass header.from=${domain}`,
          text: (v) => `${news(v)}\n\nShop now: https://u1234.ct.sendgrid.net/ls/click?upn=u001.1`,
        },
      ],
      [
        'GB',
        shop,
        domain,
        {
          from: `${shop} <news@${domain}>`,
          subject: `${shop}: this week's picks`,
          auth: 'dkim=pass header.d=mcsv.net header.s=k2;\n\tspf=pass smtp.mailfrom=bounce-mc.us21_1@mail1.atl11.rsgsv.net;\n\tdmarc=none header.from=northgatecycles.co.uk',
          text: (v) =>
            `${news(v)}\n\nShop now: https://northgatecycles.us21.list-manage.com/track/click?u=1&id=2`,
        },
      ],
      [
        'FR',
        'Librairie du Marais',
        'librairiedumarais.fr',
        {
          from: 'Librairie du Marais <news@librairiedumarais.fr>',
          subject: 'Nos nouveautés de la semaine',
          auth: 'dkim=pass header.d=librairiedumarais.fr header.s=brevo1;\n\tspf=pass smtp.mailfrom=bounces-1@sender-sib.com;\n\tdmarc=pass header.from=librairiedumarais.fr',
          text: (v) =>
            `Bonjour ${v},\nDécouvrez nos nouveautés : -15 % pour nos fidèles clients jusqu'à dimanche.\nL'équipe Librairie du Marais\n\nVoir : https://1234.r.bh.d.sendibt3.com/tr/cl/1`,
        },
      ],
      [
        'GB',
        shop,
        domain,
        {
          from: `"Priya (${shop})" <support@northgatecycles.zendesk.com>`,
          subject: 'Re: Question about my order',
          auth: 'dkim=pass header.d=zendesk.com;\n\tspf=pass smtp.mailfrom=support@northgatecycles.zendesk.com;\n\tdmarc=pass header.from=zendesk.com',
          text: (v, alias) =>
            `Hi ${v},\nThank you for getting in touch with ${shop}. Your parcel left our warehouse yesterday and should reach you tomorrow.\nKind regards,\nPriya\n${shop} Customer Care\n\nOn Wed, 10 Jun 2026, ${v} <${alias}> wrote:\n> Could you tell me when my order from ${shop} will be delivered?`,
        },
      ],
      [
        'GB',
        shop,
        domain,
        {
          from: 'Harrow & Lyle LLP <j.harrow@harrowlyle.co.uk>',
          subject: 'Your subject access request - our client',
          auth: passed('j.harrow@harrowlyle.co.uk'),
          text: (v) =>
            `Dear ${v},\nWe act for ${shop} in relation to your subject access request. Our client has asked us to respond on its behalf and we enclose the information it holds.\nYours sincerely,\nHarrow & Lyle LLP`,
        },
      ],
    ];
    expect(await flagged(cases)).toEqual([]);
  }, 120_000);

  // The mail worlds are not vacuous: a phish that spoofs the shop's own domain (failing SPF and
  // DMARC) to the alias only the shop was given convicts the shop.
  it("convicts a shop whose alias receives a phish spoofing the shop's domain", async () => {
    const status = await emlStatus('GB', 'Lumen Homeware', 'lumenhomeware.co.uk', {
      from: 'Lumen Homeware <security@lumenhomeware.co.uk>',
      subject: 'Lumen Homeware: action required on your account',
      auth: 'spf=softfail smtp.mailfrom=offers@promo-1234.top;\n\tdkim=none;\n\tdmarc=fail (p=NONE) header.from=lumenhomeware.co.uk',
      text: (v) =>
        `Dear ${v},\nWe were unable to process your last payment and your account has been suspended. Verify your card details within 24 hours: http://lumenhomeware-verify.top/login?id=1\nLumen Homeware Security Team`,
    });
    expect(status).toBe('leaked');
  }, 60_000);

  // Regressions: in French, the shop's own answers from another domain were `leaked` where the
  // English ones were its own (independent mailbox world, fr seed 1), each one message:
  const shop = 'Cyclable Paris 11';
  const domain = 'cyclable-paris11.fr';

  // its law firm's reply to an access request ("Nous intervenons en qualité de conseil de la
  // société …");
  it("does not flag a French shop for its law firm's reply to an access request", async () => {
    const status = await emlStatus('FR', shop, domain, {
      from: 'Cabinet Rivière Avocats <a.martin@riviere-avocats.fr>',
      subject: 'Votre demande au titre du RGPD',
      auth: passed('a.martin@riviere-avocats.fr'),
      text: (v) =>
        `Madame, Monsieur ${v},\nNous intervenons en qualité de conseil de la société ${shop} au sujet de votre demande d'accès. Notre cliente nous a chargés de vous répondre et vous trouverez ci-joint les informations qu'elle détient.\nVeuillez agréer nos salutations distinguées,\nCabinet Rivière Avocats`,
    });
    expect(FLAGGED.has(status)).toBe(false);
  }, 60_000);

  // its privacy desk's ("Suite à votre demande d'accès … adressée à <shop>, vous trouverez ci-joint
  // …"; "<shop> vous transmet ci-joint …" is its own);
  it("does not flag a French shop for its privacy desk's reply naming it as the addressee", async () => {
    const status = await emlStatus('FR', shop, domain, {
      from: `${shop} Privacy <dpo@cyclable-privacy.com>`,
      subject: "Votre demande d'accès",
      auth: passed('dpo@cyclable-privacy.com'),
      text: (v) =>
        `Bonjour ${v},\nSuite à votre demande d'accès à vos données personnelles adressée à ${shop}, vous trouverez ci-joint la copie de vos données et la liste des destinataires.\nLe délégué à la protection des données de ${shop}`,
    });
    expect(FLAGGED.has(status)).toBe(false);
  }, 60_000);

  // and its help desk's answer through Zendesk ("Merci d'avoir contacté <shop> … Service client
  // <shop>").
  it("does not flag a French shop for its help desk's answer through Zendesk", async () => {
    const status = await emlStatus('FR', shop, domain, {
      from: `"Sophie (${shop})" <support@cyclable-paris11.zendesk.com>`,
      subject: 'Re: Question sur ma commande',
      auth: 'dkim=pass header.d=zendesk.com;\n\tspf=pass smtp.mailfrom=support@cyclable-paris11.zendesk.com;\n\tdmarc=pass header.from=zendesk.com',
      text: (v) =>
        `Bonjour ${v},\nMerci d'avoir contacté ${shop}. Votre colis a quitté notre entrepôt hier et vous sera livré demain.\nCordialement,\nSophie\nService client ${shop}`,
    });
    expect(FLAGGED.has(status)).toBe(false);
  }, 60_000);

  // Regression: a review service's invitation in the shop's name, from the service's own domain
  // ("Lumen Homeware invites you to review your purchase … sent by Trustpilot on behalf of Lumen
  // Homeware"; Avis Vérifiés in French) made the shop `leaked` (independent mailbox
  // world, uk seeds 1–5: 14 invitations, 13 false accusations with the couriers beside them).
  it("does not flag a shop for a review service's invitation in its name", async () => {
    const cases: [Region, string, string, Message][] = [
      [
        'GB',
        'Lumen Homeware',
        'lumenhomeware.co.uk',
        {
          from: 'Lumen Homeware <noreply.invitations@trustpilotmail.com>',
          subject: 'Lumen Homeware invites you to review your purchase',
          auth: passed('noreply.invitations@trustpilotmail.com'),
          text: (v) =>
            `Hi ${v},\nHow did we do? Lumen Homeware would love to hear about your recent experience. It only takes a minute.\nWrite a review\nThis email was sent by Trustpilot on behalf of Lumen Homeware.`,
        },
      ],
      [
        'FR',
        'Optique Lafayette',
        'optique-lafayette.fr',
        {
          from: 'Optique Lafayette <noreply.invitations@avis-verifies.com>',
          subject: 'Optique Lafayette vous invite à donner votre avis',
          auth: passed('noreply.invitations@avis-verifies.com'),
          text: (v) =>
            `Bonjour ${v},\nVotre avis compte ! Optique Lafayette vous invite à évaluer votre dernier achat, cela ne prend qu'une minute.\nDonner mon avis\nCet e-mail vous est envoyé par Avis Vérifiés pour le compte de Optique Lafayette.`,
        },
      ],
    ];
    const out = await flagged(cases);
    expect(out).toEqual([]);
  }, 60_000);

  // Regression: a Chinese law firm's answer to an access request for its client
  // ("本所受<shop>委托，就您的个人信息查阅申请向您答复") made the shop `leaked` (independent mailbox
  // world, cn seeds 1–5: 6 of the 7 false accusations).
  it("does not flag a Chinese shop for its law firm's reply to an access request", async () => {
    const status = await emlStatus('CN', '天润商城', 'tianrun-mall.cn', {
      from: '北京金诚律师事务所 <zhang.lv@jincheng-law.cn>',
      subject: 'Re: 个人信息查阅申请 — 关于您的个人信息查阅申请',
      auth: passed('zhang.lv@jincheng-law.cn'),
      text: (v) =>
        `${v}您好：\n本所受天润商城委托，就您的个人信息查阅申请向您答复，附件为贵方所需信息。\n北京金诚律师事务所`,
    });
    expect(FLAGGED.has(status)).toBe(false);
  }, 60_000);
  // A clerk writing the shop by its name without the goods it sells (佳禾 for 佳禾母婴店) from her
  // own free mailbox: the shop's own message.
  it('does not flag a Chinese shop whose clerk writes its short name from her own mailbox', async () => {
    const status = await emlStatus('CN', '佳禾母婴店', 'jiahe-baby.cn', {
      from: '赵磊 <u8812345@foxmail.com>',
      subject: '您订的商品到店了',
      auth: passed('u8812345@foxmail.com'),
      text: (v) =>
        `${v}您好，我是佳禾的赵磊，您订的商品今天上午到店了，方便的时候过来取一下。\n\n发自我的iPhone`,
    });
    expect(FLAGGED.has(status)).toBe(false);
  }, 60_000);
});
