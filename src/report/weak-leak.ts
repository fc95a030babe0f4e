/**
 * How a `leak` is named when it is weak (it used no canary unguessably, so a test against the
 * background decides): `pool` when pool numbers are all the canaries it reached, `weak` when it
 * reached another canary without using it unguessably (an alias quoted in a mail to the person's
 * own inbox, which anyone the mail went to writes). The evidence log and the timeline name it
 * the same way.
 */
export type WeakLeakKind = 'pool' | 'weak';

/** The hit fields the rule reads (a report contact's or the library's `Hit`). */
interface WeakHit {
  readonly kind: string;
  readonly real: boolean;
  readonly sourceId: string | null;
  readonly unguessable: boolean;
}

/**
 * The kind of a weak leak, or `undefined` for any other contact (another verdict, or a leak
 * that used a canary unguessably).
 *
 * @param verdict - The contact's verdict.
 * @param hits - Its hits.
 */
export function weakLeakKind(verdict: string, hits: readonly WeakHit[]): WeakLeakKind | undefined {
  if (verdict !== 'leak' || hits.some((h) => h.unguessable)) return undefined;
  return hits.filter((h) => !h.real && h.sourceId !== null).every((h) => h.kind === 'phone')
    ? 'pool'
    : 'weak';
}
