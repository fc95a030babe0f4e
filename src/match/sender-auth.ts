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
    (d) => d === fromDomain || fromDomain.endsWith(`.${d}`) || d.endsWith(`.${fromDomain}`),
  );
}
