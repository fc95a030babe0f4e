/**
 * Lines reached by proven buyers. A campaign that used an unguessable field of some source holds
 * bought records: it is not a random dialer. When such a campaign also calls a pool number held
 * by one source only (no proven leaker holding it at the time), that source's record is the
 * likeliest way the number reached the campaign's list, even when the dealer cleaned the name off
 * it and the caller never said it. The one other way is that the campaign also dials at random;
 * how often it does is measured on the lines no one was ever given (controls and pool numbers
 * never issued), which only random dialing can reach.
 */

/** What one campaign reached of the subjects' phone lines. */
export interface ReachedLines {
  /** Distinct subject lines (pool numbers, controls, real numbers) it called or texted. */
  readonly lines: number;
  /** Of them, lines no source was ever given (controls, pool numbers never issued). */
  readonly unissued: number;
}

/**
 * The share of a proven buyer's lines that it reached by dialing at random, estimated from the
 * unissued lines it reached: random dialing reaches them in proportion to their share of all
 * lines (`unissuedShare`), a bought list never does. Each buyer's count is shrunk towards what
 * the other proven buyers show, with the weight of one typical buyer (empirical Bayes: a Beta
 * prior whose mean is the others' share, with half an unissued line added, Jeffreys, and whose
 * strength is their mean number of lines), so a buyer seen on five lines borrows the evidence
 * of the others, and one seen on controls is judged mostly on its own record.
 *
 * @param own - The buyer's lines.
 * @param others - The other proven buyers' lines, summed, and how many they are.
 * @param unissuedShare - Unissued lines over all subject lines (0 when none: nothing measures
 *   random dialing, and the share is then 1).
 * @returns The estimated share in [0, 1].
 */
export function randomDialShare(
  own: ReachedLines,
  others: ReachedLines & { readonly buyers: number },
  unissuedShare: number,
): number {
  if (!(unissuedShare > 0)) return 1;
  const mean = (others.unissued + 0.5) / (others.lines + 1);
  const strength = others.buyers > 0 ? Math.max(1, others.lines / others.buyers) : 1;
  const unissued = (own.unissued + mean * strength) / (own.lines + strength);
  return Math.min(1, unissued / unissuedShare);
}

/** What {@link linesAddressedElsewhere} reads of a contact. */
interface AddressedContact {
  readonly contact: { readonly to?: string | undefined; readonly at: Date };
  readonly result: { readonly verdict: string; readonly subjectId: string | null };
}

/** Whether some source held the line at `at` (ms): it had been issued to one by then. */
function heldAt(line: string, at: number, lineHolders: ReadonlyMap<string, ReadonlyMap<string, number>>) {
  for (const start of lineHolders.get(line)?.values() ?? []) if (start <= at) return true;
  return false;
}

/**
 * The lines a campaign had from somebody else's record: every line it reached of a person on one
 * of whose lines it addressed somebody who is not the person. Such an address is a `noise`
 * verdict on a line some source held at the time, which `record()` gives a contact that names
 * another person and reveals none of the person's canaries (a recycled number's previous holder,
 * a family member who used the person's lines for their own sign-ups, a wrong name on a list).
 * The campaign's record of that line came with the other person's name, and a relative who
 * signed up with one of the person's lines may have signed up with the others: none of the
 * campaign's calls to that person's lines, named or silent, is a record of the lines' holders.
 * Nor is any a sign of random dialing (a line nobody held, see {@link dialledUnheld}): the
 * campaign had a name for the person's lines, from some list. A `noise` verdict on a line nobody
 * held at the time (a control, a pool number before its issue) is not counted here.
 *
 * @param own - The campaign's stored contacts.
 * @param lineHolders - Per pool number, its holders and the time (ms) each got it.
 * @returns The lines, as dialled numbers.
 */
export function linesAddressedElsewhere(
  own: Iterable<AddressedContact>,
  lineHolders: ReadonlyMap<string, ReadonlyMap<string, number>>,
): ReadonlySet<string> {
  const contacts = [...own];
  const people = new Set<string>();
  for (const { contact, result } of contacts) {
    if (result.verdict !== 'noise' || result.subjectId === null || contact.to === undefined) continue;
    if (heldAt(contact.to, contact.at.getTime(), lineHolders)) people.add(result.subjectId);
  }
  const lines = new Set<string>();
  if (people.size === 0) return lines;
  for (const { contact, result } of contacts)
    if (result.subjectId !== null && people.has(result.subjectId) && contact.to !== undefined)
      lines.add(contact.to);
  return lines;
}

/**
 * Whether a contact is a sign of random dialing: a `noise` verdict on one of the person's lines
 * that no source held at the time (a control, a pool number before its issue), which no bought
 * list holds. A `noise` verdict on a held line is a contact addressed by name to somebody else
 * (see {@link linesAddressedElsewhere}): the caller had a name for the line, from a list, and
 * that is no random dialing.
 *
 * @param lineHolders - Per pool number, its holders and the time (ms) each got it.
 */
export function dialledUnheld(
  { contact, result }: AddressedContact,
  lineHolders: ReadonlyMap<string, ReadonlyMap<string, number>>,
): boolean {
  return (
    result.verdict === 'noise' &&
    result.subjectId !== null &&
    contact.to !== undefined &&
    !heldAt(contact.to, contact.at.getTime(), lineHolders)
  );
}
