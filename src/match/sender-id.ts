/**
 * The alphanumeric sender ID a text came from ("CHECK24", "DHL", "Nordlicht"): up to 11 letters,
 * digits and spaces with at least one letter (3GPP TS 23.040's alphanumeric originating address),
 * as European and Asian businesses text. The sender sets it at its SMS provider; some countries
 * register it (the UK's SMS SenderID Protection Registry, India's DLT), but the carrier does not
 * check it, so it is the sender's claim: a text through it is judged by what it says.
 *
 * @param from - The stored sender.
 * @returns The sender ID, or `undefined` when `from` is a number, a short code or an address.
 */
export function senderId(from: string): string | undefined {
  return /^(?=[^@]*\p{L})[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,10}$/u.test(from) && !from.startsWith('short:')
    ? from
    : undefined;
}
