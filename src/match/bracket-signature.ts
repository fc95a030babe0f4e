/**
 * The 【signature】 (or [signature]) a text carries at its start or its end: the name its writer
 * gives itself (【融易贷】, [Hilton Honors]).
 *
 * A carrier's tag in the same brackets is no signature: Korean carriers prefix every text sent
 * from a web or bulk-messaging service with "[Web발신]" (also written "[웹발신]"), and every text
 * from abroad with "[국외발신]" / "[국제발신]" / "[해외발신]" (the Korea Communications
 * Commission's marking of international texts, 2019); every Korean spammer's text carries them.
 * They are read past: the signature is the bracket after them, or none.
 *
 * A bridge's or forwarder's prefix is read past too: a phone mirroring a chat app's notification
 * to a text ("[WhatsApp] Blue Door Bistro: Hi …", "WhatsApp message from Blue Door Bistro: …",
 * "[Telegram]", "[Signal]", "[Viber]", "[LINE]", "[微信]", "[Fwd]", "Fwd: …") says how the text
 * travelled, not who wrote it: the writer's own opening ("Blue Door Bistro:") follows it.
 */

/** A carrier's tag: how Korean carriers mark a text's origin, not who wrote it. */
const CARRIER_TAG = /^\s*[【[]\s*(?:web\s*발신|웹\s*발신|국외\s*발신|국제\s*발신|해외\s*발신)\s*[】\]]/iu;

/** A chat bridge's or forwarder's prefix a text opens with (folded case). */
const RELAY_PREFIX =
  /^\s*(?:[[【(]\s*(?:whatsapp|telegram|signal|viber|line|wechat|微信|imessage|rcs|fwd?|forwarded)\s*[\]】)]\s*:?|(?:new\s+)?(?:whatsapp|telegram|signal|viber|wechat)\s+message\s+from\s+|(?:fwd?|forwarded)\s*:)\s*/iu;

/**
 * A text without the carrier's tags and the bridges' or forwarders' prefixes it opens with (see
 * the module's documentation).
 *
 * @param content - A text as it came.
 * @returns The text from the writer's own first word; unchanged without them.
 * @example
 * withoutRelayPrefixes('[WhatsApp] Blue Door Bistro: Hi Emily'); // 'Blue Door Bistro: Hi Emily'
 */
export function withoutRelayPrefixes(content: string): string {
  let text = content;
  for (let before = ''; before !== text; ) {
    before = text;
    text = withoutCarrierTags(text).replace(RELAY_PREFIX, '');
  }
  return text;
}

/** A bracketed name at the start or the end of a text, on one line. */
const SIGNATURE = /^\s*[【[]([^【】[\]\n]{2,30})[】\]]|[【[]([^【】[\]\n]{2,30})[】\]]\s*$/u;

/**
 * A text without the carrier's tags it opens with (see the module's documentation).
 *
 * @param content - A text as it came.
 * @returns The text from its first character after the tags; unchanged without them.
 * @example
 * withoutCarrierTags('[Web발신]\n(광고) 박하율 고객님 …'); // '\n(광고) 박하율 고객님 …'
 */
export function withoutCarrierTags(content: string): string {
  let text = content;
  for (let m = CARRIER_TAG.exec(text); m !== null; m = CARRIER_TAG.exec(text)) text = text.slice(m[0].length);
  return text;
}

/**
 * Whether a bracketed phrase is a carrier's tag ("Web발신", "국외발신"), not a name.
 *
 * @param phrase - The words inside the brackets.
 * @returns Whether it is a carrier's tag.
 */
export const isCarrierTag = (phrase: string): boolean =>
  CARRIER_TAG.test(`[${phrase}]`) || withoutRelayPrefixes(`[${phrase}]`) === '';

/**
 * The signature a text gives itself in brackets at its start or its end, after any carrier's tag.
 *
 * @param content - A text as it came.
 * @returns The words inside the brackets, trimmed; `undefined` when there is none.
 * @example
 * bracketSignature('【融易贷】您的额度已到账'); // '融易贷'
 * bracketSignature('[Web발신]\n(광고) VIP 대출 안내'); // undefined
 * bracketSignature('[Web발신]\n[롯데호텔] 예약이 확정되었습니다'); // '롯데호텔'
 */
export function bracketSignature(content: string): string | undefined {
  const m = SIGNATURE.exec(withoutRelayPrefixes(content));
  const sign = (m?.[1] ?? m?.[2])?.trim();
  return sign === undefined || sign === '' || isCarrierTag(sign) ? undefined : sign;
}
