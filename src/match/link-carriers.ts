/**
 * Links that carry another link: a recipient's mail gateway rewrites every link of a message it
 * lets through into a wrapper of its own (Microsoft Defender's Safe Links, Proofpoint's URL
 * Defense, Mimecast's URL Protect, Barracuda's Link Protection, Google's redirect), and a
 * sender's email service provider sends the links of its newsletter through its click-tracking
 * and unsubscribe hosts (Mailchimp, SendGrid, Brevo, HubSpot, Klaviyo…). Neither host is where the
 * person is sent: a wrapper is read as the link it carries, and a provider's host as the sender's
 * own carrier, with the link it carries (when written in it) read besides.
 */

/**
 * Hosts of recipient-side link rewriters, matched whole or as a parent domain: Microsoft
 * Defender for Office 365 Safe Links (`*.safelinks.protection.outlook.com`, `?url=`, percent
 * encoded, Microsoft Learn "Safe Links in Microsoft Defender for Office 365"), Proofpoint URL
 * Defense (`urldefense.proofpoint.com/v1/url?u=` percent encoded, `/v2/url?u=` with `-XX` for
 * `%XX` and `_` for `/`, `urldefense.com/v3/__<url>__;<base64>!!…`, Proofpoint's published
 * URLDefenseDecode script), Mimecast URL Protect (`protect-*.mimecast.com/s/<key>?domain=<host>`:
 * only the host is written), Barracuda Link Protection (`linkprotect.cudasvc.com/url?a=`),
 * Google's redirect (`google.com/url?q=` or `?url=`) and Facebook's (`l.facebook.com/l.php?u=`).
 */
const REWRITER_HOSTS =
  /^(?:(?:.*\.)?safelinks\.protection\.outlook\.com|urldefense\.proofpoint\.com|urldefense\.com|protect(?:-[a-z0-9]+)?\.mimecast\.com|linkprotect\.cudasvc\.com|l\.facebook\.com|lm\.facebook\.com)$/u;

/** Google's redirect: `google.<tld>/url?q=` (or `?url=`), with or without `www.`. */
const GOOGLE_REDIRECT = /^https?:\/\/(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?\/url\?/iu;

/**
 * Hosts email service providers track clicks and unsubscribes on for their senders, matched whole
 * or as a parent domain, as each provider documents its tracked links: Mailchimp
 * (`*.list-manage.com`, `mailchi.mp`, `mcusercontent.com`), Twilio SendGrid (`*.sendgrid.net`),
 * Brevo, once Sendinblue (`sendibt2.com`, `sendibt3.com`, `sendibm*.com`, `*.brevo.com`,
 * `r.sendinblue.com`…), HubSpot (`hubspotlinks.com`, `hubspotemail.net`, `hs-sites.com`), Klaviyo
 * (`klclick.com`, `klclick1.com`–`klclick3.com`, `kmail-lists.com`), Constant Contact
 * (`rs6.net`, `constantcontact.com`), Campaign Monitor (`createsend.com`, `cmail19.com`,
 * `cmail20.com`), Mailjet (`mjt.lu`), Mailgun (`mailgun.org`), Amazon SES
 * (`awstrack.me`), Salesforce Marketing Cloud (`exacttarget.com`, `sfmc-content.com`), Iterable
 * (`iterable.com`), Braze (`braze.com`), Customer.io (`customeriomail.com`), Postmark
 * (`pstmrk.it`), Substack (`substack.com`), ActiveCampaign (`lt.acemlna.com`, `acemlnb.com`…),
 * MailerLite (`mlsend.com`, `mailerlite.com`), GetResponse (`gr8.com`), Emarsys (`emarsys.net`),
 * CleverReach (`cleverreach.com`), Rapidmail (`rapidmail.de`), Mailchimp Transactional
 * (`mandrillapp.com`). A lookalike that adds a word (`list-manage-secure.top`) is none of them.
 */
const ESP_HOSTS =
  /^(?:.*\.)?(?:list-manage\.com|mailchi\.mp|mcusercontent\.com|sendgrid\.net|sendibt\d?\.com|sendibm\d?\.com|sendinblue\.com|brevo\.com|hubspotlinks\.com|hubspotemail\.net|hs-sites\.com|klclick\d?\.com|kmail-lists\.com|rs6\.net|constantcontact\.com|createsend\.com|createsend\d\.com|cmail\d{1,2}\.com|mjt\.lu|mailgun\.org|awstrack\.me|exacttarget\.com|sfmc-content\.com|iterable\.com|braze\.com|customeriomail\.com|pstmrk\.it|substack\.com|acemln[a-d]\.com|acemlna\.com|mlsend\.com|mailerlite\.com|gr8\.com|emarsys\.net|cleverreach\.com|rapidmail\.de|mandrillapp\.com)$/u;

/**
 * Whether a host is an email service provider's tracking or unsubscribe host ({@link ESP_HOSTS}).
 *
 * @param host - A host, lower case, without `www.`.
 * @returns Whether links on it carry the sender's own.
 */
export function espHost(host: string): boolean {
  return ESP_HOSTS.test(host);
}

/** A link with a scheme, up to a space, a quote, an angle bracket or a closing bracket. */
const LINK = /https?:\/\/[^\s<>"'()（）【】，。]+/giu;

/** `decodeURIComponent` that leaves a malformed escape as written. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/gu, ' '));
  } catch {
    return value;
  }
}

/** The query parameters of a link, decoded (`&amp;` read as `&`, as written in HTML). */
function queryOf(link: string): Map<string, string> {
  const query = link.replace(/&amp;/giu, '&').split('?').slice(1).join('?').split('#')[0] ?? '';
  const out = new Map<string, string>();
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) out.set(pair.slice(0, at).toLowerCase(), decoded(pair.slice(at + 1)));
  }
  return out;
}

/** The characters of a Proofpoint v3 run length, in order: a run of index + 2 characters. */
const V3_RUN_LENGTHS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A Proofpoint URL Defense v3 link's target: the link between `__` and `__;`, each `*` standing
 * for the next character of the base64 (URL-safe) text after `;`, and `**` plus a run-length
 * character for a run of them (Proofpoint's URLDefenseDecode).
 */
function proofpointV3(link: string): string | undefined {
  const m = /\/v3\/__(.+?)__;([A-Za-z0-9_-]*)/u.exec(link);
  if (m === undefined || m === null) return undefined;
  let chars: string[];
  try {
    chars = [...Buffer.from(m[2]!, 'base64url').toString('utf8')];
  } catch {
    chars = [];
  }
  let out = '';
  const url = m[1]!;
  for (let i = 0; i < url.length; i++) {
    if (url[i] !== '*') out += url[i];
    else if (url[i + 1] === '*') {
      const run = V3_RUN_LENGTHS.indexOf(url[i + 2] ?? '') + 2;
      out += chars.splice(0, Math.max(run, 0)).join('');
      i += 2;
    } else out += chars.shift() ?? '';
  }
  return out;
}

/** A Proofpoint URL Defense v2 `u=` value: `-XX` for `%XX`, `_` for `/`, then percent decoded. */
function proofpointV2(value: string): string {
  return decoded(value.replace(/-([0-9A-Fa-f]{2})/gu, '%$1').replace(/_/gu, '/'));
}

/**
 * The link a rewriter's wrapper carries ({@link REWRITER_HOSTS}): a whole link, or for Mimecast
 * only its host. `undefined` when it carries none that can be read.
 */
function wrapped(link: string, host: string): string | undefined {
  const query = queryOf(link);
  if (/(?:^|\.)urldefense(?:\.proofpoint)?\.com$/u.test(host)) {
    if (/\/v3\//u.test(link)) return proofpointV3(link);
    const u = query.get('u');
    if (u === undefined) return undefined;
    return /\/v2\//u.test(link) ? proofpointV2(u) : u;
  }
  if (/(?:^|\.)mimecast\.com$/u.test(host)) {
    const domain = query.get('domain');
    return domain === undefined ? undefined : `https://${domain}/`;
  }
  for (const key of ['url', 'q', 'u', 'a']) {
    const value = query.get(key);
    if (value !== undefined && /^https?:\/\//iu.test(value)) return value;
  }
  return undefined;
}

/** The links written in a provider's tracked link's query (`?url=https%3A%2F%2F…`), decoded. */
function carried(link: string): string[] {
  return [...queryOf(link).values()].filter((v) => /^https?:\/\/[^\s]+$/iu.test(v));
}

/** A link's host, lower case, without `www.` (`undefined` when none is written). */
function hostOf(link: string): string | undefined {
  return /^https?:\/\/(?:[^@/\\?#]*@)?([^/\\?#:@]+)/iu
    .exec(link)?.[1]
    ?.toLowerCase()
    .replace(/^www\./u, '');
}

/**
 * A message with each rewriter's wrapper written as the link it carries (a wrapper that carries
 * none that can be read is dropped: it says nothing of where the sender sends), and the links an
 * email service provider's tracked link carries written after it. A wrapper inside a wrapper is
 * read through. Any other link stays as written.
 *
 * @param content - The message as written.
 * @returns The message with its links unwrapped.
 */
export function unwrappedLinks(content: string): string {
  if (!/https?:\/\//iu.test(content)) return content;
  const unwrap = (link: string, depth: number): string => {
    const host = hostOf(link);
    if (host === undefined) return link;
    if (REWRITER_HOSTS.test(host) || GOOGLE_REDIRECT.test(link)) {
      const inner = wrapped(link, host);
      return inner === undefined || depth > 3 ? ' ' : ` ${unwrap(inner, depth + 1)} `;
    }
    if (ESP_HOSTS.test(host)) {
      const inner = carried(link);
      return inner.length === 0 ? link : `${link} ${inner.map((l) => unwrap(l, depth + 1)).join(' ')}`;
    }
    return link;
  };
  return content.replace(LINK, (link) => unwrap(link, 0));
}
