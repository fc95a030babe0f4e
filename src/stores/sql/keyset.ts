import type { Row } from './sql-runner.js';

/** Rows per keyset page: memory stays flat and no read transaction is held across a yield. */
export const PAGE_SIZE = 1000;

/**
 * Reads a table in pages ordered by `(at, id)`, each page starting after the last row of the
 * previous one (keyset paging: no offset, so a page costs the same at row 10 and row 10 million).
 *
 * @param page - Reads the rows after the key, at most `PAGE_SIZE`; the first call has none.
 */
export async function* keysetPages(
  page: (after: { at: unknown; id: string } | undefined) => Promise<Row[]>,
): AsyncGenerator<Row> {
  let after: { at: unknown; id: string } | undefined;
  for (;;) {
    const rows = await page(after);
    yield* rows;
    if (rows.length < PAGE_SIZE) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.at, id: last.id as string };
  }
}
