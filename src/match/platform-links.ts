/**
 * Sites a business sends its own customers to without being them: the appointment platform it
 * takes bookings on (its own page there), the checkout that took the person's payment, the
 * restaurant-booking service that holds the table. A link to one of them is the business's own
 * booking or payment channel, no lure.
 */

/**
 * Hosts of appointment, table-booking and checkout platforms, matched whole or as a parent domain
 * (`www.doctolib.fr`, `secure.przelewy24.pl`): Doctolib (doctolib.fr/.de/.it), Docplanner's sites
 * (MioDottore, Doctoralia, ZnanyLekarz, DoktorTakvimi, Jameda), Treatwell, Fresha, Planity,
 * OpenTable, TheFork (thefork.*, lafourchette.com), Quandoo, Resy, 食べログ (tabelog.com), Zomato,
 * EPARK (epark.jp), ホットペッパー (hotpepper.jp), 똑닥 (ddocdoc.com), Calendly; checkouts
 * Przelewy24, iyzico, Mercado Pago, Klarna, PayPal, Stripe, Adyen, Mollie, PayU, Sofort.
 * A lookalike that adds a word (doctolib-rdv.top, klarna-pay.info) is none of them.
 */
const PLATFORM_HOSTS =
  /^(?:.*\.)?(?:doctolib\.(?:fr|de|it)|miodottore\.it|doctoralia\.(?:es|pt|com\.br|com\.mx|com)|znanylekarz\.pl|doktortakvimi\.com|jameda\.de|treatwell\.(?:[a-z]{2}|co\.uk)|fresha\.com|planity\.com|opentable\.(?:com|[a-z]{2}|co\.uk)|thefork\.(?:com|[a-z]{2})|lafourchette\.com|quandoo\.(?:com|[a-z]{2})|resy\.com|tabelog\.com|zomato\.com|epark\.jp|hotpepper\.jp|ddocdoc\.com|calendly\.com|przelewy24\.pl|iyzico\.com|mercadopago\.com(?:\.[a-z]{2})?|klarna\.com|paypal\.com|stripe\.com|adyen\.com|mollie\.com|payu\.(?:com|pl)|sofort\.com)$/u;

/**
 * A message with its links to an appointment, table-booking or checkout platform taken out (see
 * {@link PLATFORM_HOSTS}). Only the platforms' own hosts, with a scheme or `www.`: a lookalike or
 * a shortener stays.
 *
 * @param content - The message as written.
 * @returns The message with each such link replaced by a space.
 */
export function withoutPlatformLinks(content: string): string {
  return content.replace(
    /(?:https?:\/\/|(?<![\p{L}\p{N}.-])(?=www\.))([^/\s?#<>"'()]+)[^\s<>"]*/giu,
    (link, host: string) => (PLATFORM_HOSTS.test(host.toLowerCase().replace(/\.$/u, '')) ? ' ' : link),
  );
}
