import type { Source } from '../types.js';
import { parsePhone } from './normalize-phone.js';
/**
 * Tells whether a mail sender's domain is one the receiving server authenticated (relaxed
 * alignment, as DMARC reads it: the same domain or one a subdomain of the other). A contact
 * that carries no authentication results is not checked, so contacts recorded without them
 * keep their verdicts.
 *
 * @param fromDomain - The `From:` domain, lower case.
 * @param authenticatedDomains - The domains that passed SPF, DKIM or DMARC, when known.
 * @returns `false` only when results are known and none covers the sender's domain.
 */
export function senderAuthenticated(
  fromDomain: string,
  authenticatedDomains: readonly string[] | undefined,
): boolean {
  if (authenticatedDomains === undefined) return true;
  return authenticatedDomains.some(
    (d) =>
      d === fromDomain ||
      fromDomain.endsWith(`.${d}`) ||
      d.endsWith(`.${fromDomain}`) ||
      ESP_DOMAINS.some((esp) => d === esp || d.endsWith(`.${esp}`)),
  );
}

/**
 * Domains of email service providers that sign their customers' mail with their own DKIM key or
 * send it from their own return path (SPF), so a source's newsletter through one fails DMARC
 * alignment while being the source's own: Mailchimp (mcsv.net, rsgsv.net, mandrillapp.com),
 * SendGrid, Amazon SES, Mailgun, SparkPost, Postmark, Brevo (Sendinblue), Constant Contact,
 * Salesforce Marketing Cloud (exacttarget.com), HubSpot, Klaviyo, Alibaba Cloud DirectMail
 * (aliyun.com's dm), Tencent Cloud SES (qcloudmail.com). A `from` in a source's declared domain
 * authenticated only by one of them counts as the source's own mail.
 */
export const ESP_DOMAINS: readonly string[] = [
  'mailchimp.com',
  'mcsv.net',
  'rsgsv.net',
  'mandrillapp.com',
  'sendgrid.net',
  'sendgrid.com',
  'amazonses.com',
  'mailgun.org',
  'mailgun.net',
  'sparkpostmail.com',
  'postmarkapp.com',
  'mtasv.net',
  'sendinblue.com',
  'brevo.com',
  'constantcontact.com',
  'exacttarget.com',
  'hubspotemail.net',
  'klaviyomail.com',
  'dm.aliyun.com',
  'qcloudmail.com',
];

/**
 * Tells whether a caller is one of a source's declared numbers: the same E.164 or short-code
 * key, or, for a number the source declared in national format without a region, the same
 * national significant number in any country (a national number names no country, and the
 * tracer's default region is only a guess).
 *
 * @param source - The source.
 * @param from - The caller's stored number (E.164 or a short-code key).
 * @returns Whether the source declared it.
 */
export function senderIsExpected(source: Source, from: string): boolean {
  if (source.expected.phones.includes(from)) return true;
  const national = source.expected.nationalPhones;
  if (!national || national.length === 0 || !from.startsWith('+')) return false;
  const caller = parsePhone(from, 'ZZ');
  return caller?.kind === 'number' && national.includes(caller.national);
}
