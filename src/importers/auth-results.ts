/** One method's result in an `Authentication-Results` header (RFC 8601). */
export interface AuthMethodResult {
  /** `spf`, `dkim`, `dmarc`, … */
  readonly method: string;
  /** `pass`, `fail`, `softfail`, `none`, … */
  readonly result: string;
  /** The domain the result is about: `header.from`, `header.d` (or `header.i`), or `smtp.mailfrom`'s. */
  readonly domain?: string;
}

/** A parsed `Authentication-Results` header. */
export interface AuthenticationResults {
  /** The server that wrote it (the authserv-id). */
  readonly authservId: string;
  /** Each method's result. */
  readonly results: readonly AuthMethodResult[];
  /** The domains that passed DMARC, DKIM or SPF, lower case. */
  readonly authenticatedDomains: readonly string[];
}

const COMMENT = /\([^()]*\)/gu;
const METHOD = /^\s*([a-z][\w-]*)\s*=\s*([a-z]+)/iu;
const PROPERTY = /\b(header\.from|header\.d|header\.i|smtp\.mailfrom)\s*=\s*"?([^\s;"]+)"?/giu;
const PRIORITY = ['header.from', 'header.d', 'header.i', 'smtp.mailfrom'];

function domainOf(value: string): string {
  const at = value.lastIndexOf('@');
  return (at >= 0 ? value.slice(at + 1) : value).toLowerCase().replace(/\.$/u, '');
}

/**
 * Parses an `Authentication-Results` header: which server checked, and which domains passed
 * SPF, DKIM or DMARC. Only the header written by the user's own server can be trusted (a
 * sender can add any header below it), so read the topmost one, or the one whose authserv-id
 * is the user's server.
 *
 * @param value - The header value.
 * @returns The results, with the domains that passed.
 * @example
 * ```ts
 * parseAuthenticationResults('mx.me.example; dmarc=pass header.from=hilton.com').authenticatedDomains;
 * // → ['hilton.com']
 * ```
 */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  const [id = '', ...segments] = value.replace(COMMENT, ' ').split(';');
  const results: AuthMethodResult[] = [];
  const passed = new Set<string>();
  for (const segment of segments) {
    const m = METHOD.exec(segment);
    if (!m) continue;
    const props = new Map<string, string>();
    for (const p of segment.matchAll(PROPERTY)) props.set(p[1]!.toLowerCase(), p[2]!);
    const key = PRIORITY.find((k) => props.has(k));
    const domain = key === undefined ? undefined : domainOf(props.get(key)!);
    const method = m[1]!.toLowerCase();
    const result = m[2]!.toLowerCase();
    results.push({ method, result, ...(domain ? { domain } : {}) });
    if (result === 'pass' && domain && ['spf', 'dkim', 'dmarc'].includes(method)) passed.add(domain);
  }
  return { authservId: id.trim().split(/\s+/u)[0] ?? '', results, authenticatedDomains: [...passed] };
}
