import type { CaseLetter, CaseRecord, CaseReply } from './case-model.js';

const date = (value: unknown): Date => new Date(value as string);

/**
 * Revives a case read back from JSON (the SQL stores keep it as one document): its dates
 * travel as ISO strings.
 *
 * @param json - The document.
 * @returns The case.
 */
export function decodeCase(json: string): CaseRecord {
  const raw = JSON.parse(json) as CaseRecord;
  const letters = raw.letters.map(
    (l): CaseLetter => ({
      ...l,
      at: date(l.at),
      ...(l.receivedAt === undefined ? {} : { receivedAt: date(l.receivedAt) }),
    }),
  );
  const replies = raw.replies.map((r): CaseReply => ({ ...r, at: date(r.at) }));
  return {
    ...raw,
    openedAt: date(raw.openedAt),
    letters,
    replies,
    ...(raw.closedAt === undefined ? {} : { closedAt: date(raw.closedAt) }),
  };
}
