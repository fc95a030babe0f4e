/**
 * The alphanumeric sender ID a text came from ("CHECK24", "DHL", "Nordlicht"): up to 11 letters,
 * digits and spaces with at least one letter (3GPP TS 23.040's alphanumeric originating address),
 * as European and Asian businesses text. Its operator registers it with its aggregator (the UK's
 * SMS SenderID Protection Registry, India's DLT), so it names the business it claims to be; a text
 * through it is judged by what it says like a short code's.
 *
 * @param from - The stored sender.
 * @returns The sender ID, or `undefined` when `from` is a number, a short code or an address.
 */
export function senderId(from: string): string | undefined {
  return /^(?=[^@]*\p{L})[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,10}$/u.test(from) && !from.startsWith('short:')
    ? from
    : undefined;
}
