import type { Source } from '../types.js';
import { foldText } from './normalize-text.js';
import { namesAnotherFirm, namesSource } from './own-service.js';

/**
 * Words of an offer (folded text): a sale, a discount, a voucher, a percentage off, in the
 * languages of the supported regions. A source's own letter may carry its own offer; with
 * another company named, the offer is that company's.
 */
const OFFER =
  /(?<![\p{L}\p{N}])(?:offers?|special offer|discounts?|sale|vouchers?|coupons?|promotion|free gift|angebot\w*|sonderangebot\w*|rabatt\w*|gutschein\w*|aktion|prozente|offre\w*|promotions?|remise|reduction|soldes|offert[ae]|scont[oi]|promozion[ei]|ofertas?|descuentos?|promocion(?:es)?|descontos?|promocao|promocoes|aanbieding(?:en)?|korting)(?![\p{L}\p{N}])|\d\s?%|优惠|促销|折扣|特价|打折|特惠|免费领|代金券|优惠券/u;

/** Another company's name with its legal form, as written (`Möbelhaus Krüger GmbH`, `QuickLoans Ltd.`). */
const LATIN_FIRM =
  /(\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'.-]*){0,3})\s+(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|UG|Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|S\.?A\.?S?|SARL|S\.?r\.?l\.?|S\.?p\.?A\.?|B\.?V\.?|N\.?V\.?|Lda\.?|S\.?L\.?)(?![\p{L}])/gu;
const HAN_FIRM = /(\p{Script=Han}{2,16}?)(?:股份有限公司|有限责任公司|有限公司)/gu;

/** Introduces a partner's mailing: "our partner", "unser Partner", "im Auftrag von", 合作伙伴. */
const PARTNER =
  /(?<![\p{L}])(?:our partners?|one of our partners|selected partners?|unser(?:e|em|en)? partner\w*|in zusammenarbeit mit|nos partenaires|notre partenaire|i nostri partner|nuestros socios|nossos parceiros)(?![\p{L}])|合作伙伴|合作商家/u;

/**
 * Tells whether a letter (or any message) carries another company's offer: an offer, and
 * another company named as its writer (`namesAnotherFirm`), by its legal name (a `GmbH`, a
 * `有限公司` that is not the source), or as the source's partner. Such a mailing on the source's
 * own paper or from its return address is that company's use of the person's address: a sold or
 * shared list, not the source's own letter.
 *
 * @param source - The source the sender is declared for.
 * @param content - The letter's text.
 * @returns Whether another company's offer is in it.
 */
export function offersForAnotherFirm(
  source: Pick<Source, 'name' | 'category'> & Partial<Pick<Source, 'otherNames'>>,
  content: string,
): boolean {
  if (!OFFER.test(foldText(content))) return false;
  if (PARTNER.test(foldText(content))) return true;
  for (const m of content.matchAll(LATIN_FIRM)) if (!namesSource(source, m[1]!)) return true;
  for (const m of content.matchAll(HAN_FIRM)) if (!namesSource(source, m[1]!)) return true;
  return namesAnotherFirm(source, content);
}
