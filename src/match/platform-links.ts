/**
 * Sites a business sends its own customers to without being them: the appointment platform it
 * takes bookings on (its own page there), the hotel booking engine or guest app its rooms are
 * sold and checked in on, the checkout that took the person's payment, the restaurant-booking
 * service that holds the table, the school's payment service. A link to one of them is the
 * business's own booking or payment channel, no lure. On a form, survey or site platform anybody
 * opens a page on (Typeform, SurveyMonkey, Wix), only a page named by the business's name is its
 * own tool.
 */
import { type NameSpelling, spellingOf, spellsName } from './name-domains.js';

/**
 * Hosts of appointment, table-booking and checkout platforms, matched whole or as a parent domain
 * (`www.doctolib.fr`, `secure.przelewy24.pl`): Doctolib (doctolib.fr/.de/.it), Docplanner's sites
 * (MioDottore, Doctoralia, ZnanyLekarz, DoktorTakvimi, Jameda), Treatwell, Fresha, Planity,
 * OpenTable, TheFork (thefork.*, lafourchette.com), Quandoo, Resy, 食べログ (tabelog.com), Zomato,
 * EPARK (epark.jp), ホットペッパー (hotpepper.jp), 똑닥 (ddocdoc.com), Calendly, Zocdoc, HotDoc;
 * hotel booking engines, property systems and guest apps: Mews (mews.com, mews.li), SiteMinder
 * (direct-book.com, siteminder.com, thebookingbutton.com), Cloudbeds, Little Hotelier, Guestline,
 * Apaleo, Sabre SynXis (synxis.com), TravelClick and iHotelier, HotelRunner, Simple Booking,
 * WebHotelier, Bookassist; table bookers SevenRooms, Tock (exploretock.com), DesignMyNight,
 * ResDiary; salon, clinic and fitness bookers Booksy, Mindbody (mindbodyonline.com, mindbody.io),
 * Glofox, Vagaro, Square Appointments (squareup.com, square.site), SimplyBook.me, Setmore,
 * Acuity Scheduling (acuityscheduling.com, as.me), Timely (gettimely.com), Phorest, Salonized,
 * Timify, Zenoti, StyleSeat, Eversports, ClassPass; school payment services ParentPay,
 * SchoolMoney, sQuid (squidcard.com), Scopay, Tucasi, ParentMail (parentmail.co.uk);
 * checkouts Przelewy24, iyzico, Mercado Pago, Klarna, PayPal, Stripe, Adyen, Mollie, PayU, Sofort.
 * A lookalike that adds a word (doctolib-rdv.top, klarna-pay.info) is none of them.
 */
const PLATFORM_HOSTS =
  /^(?:.*\.)?(?:doctolib\.(?:fr|de|it)|miodottore\.it|doctoralia\.(?:es|pt|com\.br|com\.mx|com)|znanylekarz\.pl|doktortakvimi\.com|jameda\.de|treatwell\.(?:[a-z]{2}|co\.uk)|fresha\.com|planity\.com|opentable\.(?:com|[a-z]{2}|co\.uk)|thefork\.(?:com|[a-z]{2})|lafourchette\.com|quandoo\.(?:com|[a-z]{2})|resy\.com|tabelog\.com|zomato\.com|epark\.jp|hotpepper\.jp|ddocdoc\.com|calendly\.com|zocdoc\.com|hotdoc\.com\.au|mews\.com|mews\.li|direct-book\.com|siteminder\.com|thebookingbutton\.com|cloudbeds\.com|littlehotelier\.com|guestline\.(?:com|net)|apaleo\.com|synxis\.com|travelclick\.com|ihotelier\.com|hotelrunner\.com|simplebooking\.it|webhotelier\.net|bookassist\.(?:com|org)|sevenrooms\.com|exploretock\.com|designmynight\.com|resdiary\.com|booksy\.com|mindbodyonline\.com|mindbody\.io|glofox\.com|vagaro\.com|squareup\.com|square\.site|simplybook\.(?:me|it)|setmore\.com|acuityscheduling\.com|as\.me|gettimely\.com|phorest\.com|salonized\.com|timify\.com|zenoti\.com|styleseat\.com|eversports\.(?:com|de|at|ch)|classpass\.com|parentpay\.com|schoolmoney\.co\.uk|squidcard\.com|scopay\.com|tucasi\.com|parentmail\.co\.uk|przelewy24\.pl|iyzico\.com|mercadopago\.com(?:\.[a-z]{2})?|klarna\.com|paypal\.com|stripe\.com|adyen\.com|mollie\.com|payu\.(?:com|pl)|sofort\.com)$/u;

/**
 * Whether a host is an appointment, booking-engine, table-booking, school-payment or checkout
 * platform's own ({@link PLATFORM_HOSTS}).
 *
 * @param host - A host, lower case, without `www.`.
 * @returns Whether it is one.
 */
export function platformHost(host: string): boolean {
  return PLATFORM_HOSTS.test(host);
}

/**
 * Form, survey and site platforms anybody opens a page on, with the part of a link that names
 * the page's owner: a subdomain (Typeform `<owner>.typeform.com`, Qualtrics, Formstack,
 * Paperform, Jotform, Wix `<owner>.wixsite.com`, Shopify `<owner>.myshopify.com`, Webflow,
 * Carrd, Google's `business.site`) or the first path segments, three at most (SurveyMonkey `/r/<owner>`,
 * Wix `wixsite.com/<owner>`, Google Sites `sites.google.com/view/<owner>`, Linktree,
 * Eventbrite `/e/<owner>-…`, Tally, Microsoft Forms). Anybody's page on them may be a phisher's
 * form, so only one named by the business's name is its own.
 */
const TENANT_HOSTS =
  /^(?:(.+)\.)?(typeform\.com|surveymonkey\.(?:com|co\.uk|de|fr|es|it|nl)|qualtrics\.com|formstack\.com|paperform\.co|jotform\.com|wixsite\.com|myshopify\.com|webflow\.io|carrd\.co|business\.site|sites\.google\.com|linktr\.ee|eventbrite\.(?:com|co\.uk|de|fr|es|it|nl|ie|com\.au)|tally\.so|forms\.office\.com)$/u;

/**
 * Whether a link's part (a subdomain or a path segment) names the source: its name spelled
 * (`harbordentalgroup`, `salon-bella-vita`) or its initials (`HDG2026`), digits around it aside,
 * with at least one of its words of three letters or more, or the initials, in it.
 */
function namesSource(part: string, spelling: NameSpelling): boolean {
  const core = part
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '')
    .replace(/^\d+|\d+$/gu, '');
  if (core.length < 2) return false;
  if (spelling.initials !== undefined && core === spelling.initials) return true;
  return (
    spelling.words.some((w) => w.length >= 3 && core.includes(w)) &&
    spellsName(core, spelling.words, spelling.joining)
  );
}

/**
 * Whether a host is a form, survey or site platform's ({@link TENANT_HOSTS}): anybody's page, so
 * never a site to declare as a source's own.
 *
 * @param host - A host, lower case, without `www.`.
 * @returns Whether it is one.
 */
export function tenantPlatform(host: string): boolean {
  return TENANT_HOSTS.test(host);
}

/**
 * Whether a linked domain is the source's own page on a form, survey or site platform: a
 * subdomain of one ({@link TENANT_HOSTS}) spelled as its name (`harbordentalgroup.typeform.com`).
 *
 * @param domain - A linked domain, lower case, without `www.`.
 * @param spelling - How the source's name is spelled in a domain.
 * @returns Whether it is its own page there.
 */
export function ownTenant(domain: string, spelling: NameSpelling): boolean {
  return (
    TENANT_HOSTS.exec(domain)?.[1]
      ?.split('.')
      .some((label) => namesSource(label, spelling)) === true
  );
}

/** A link with a scheme or `www.`: its host, and its path up to a query or a fragment. */
const LINK_WITH_PATH =
  /(?:https?:\/\/|(?<![\p{L}\p{N}.-])(?=www\.))([^/\s?#<>"'()]+)([^\s<>"?#]*)[^\s<>"]*/giu;

/**
 * A message with the links to the source's own booking and payment channels taken out: an
 * appointment, booking-engine, table-booking, school-payment or checkout platform's
 * ({@link PLATFORM_HOSTS}), and a form, survey or site platform's page named by its name in a
 * subdomain or one of the first three path segments ({@link TENANT_HOSTS}:
 * `surveymonkey.com/r/HDG2026` for Harbor Dental Group). Anybody else's page stays.
 *
 * @param source - The source: its name.
 * @param content - The message as written.
 * @returns The message with each such link replaced by a space.
 */
export function withoutOwnToolLinks(source: { readonly name: string }, content: string): string {
  if (!/https?:\/\/|www\./iu.test(content)) return content;
  const spelling = spellingOf(source.name);
  return content.replace(LINK_WITH_PATH, (link, written: string, path: string) => {
    const host = written
      .toLowerCase()
      .replace(/\.$/u, '')
      .replace(/^www\./u, '');
    if (PLATFORM_HOSTS.test(host) || ownTenant(host, spelling)) return ' ';
    if (!TENANT_HOSTS.test(host)) return link;
    const segments = path.split('/').filter((p) => p.length > 0);
    return segments.slice(0, 3).some((p) => namesSource(p, spelling)) ? ' ' : link;
  });
}
