import type { ImportRejection } from '../../src/importers/importer.js';
import type { ContactInput } from '../../src/schemas/contact.js';

/** The fixtures folder. */
export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** Runs an importer to the end: the contacts, the rejections, and the error it threw, if any. */
export async function collect(
  read: (onReject: (r: ImportRejection) => void) => AsyncIterable<ContactInput>,
): Promise<{ contacts: ContactInput[]; rejected: ImportRejection[]; error?: Error }> {
  const contacts: ContactInput[] = [];
  const rejected: ImportRejection[] = [];
  try {
    for await (const c of read((r) => rejected.push(r))) contacts.push(c);
  } catch (error) {
    return { contacts, rejected, error: error as Error };
  }
  return { contacts, rejected };
}
