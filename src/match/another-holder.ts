/**
 * Another business named as the one that now deals with the person: its product offered ("a
 * discounted home insurance quote from Direct Line", "your car insurance quote from Admiral",
 * "ein Angebot der HUK-Coburg", "un devis de MAAF", "una oferta de Mapfre"), or the person's
 * account or debt passed to it ("your Vodafone account has been passed to Lowell", "Ihre
 * Forderung wurde an die EOS Deutscher Inkasso-Dienst abgetreten", "votre créance a été cédée à
 * Intrum", "su deuda ha sido cedida a Intrum"). Whoever writes such a message writes for that
 * business, with the person's details in its hands: never the source's own message, however it
 * names the source ("as an Aviva customer", "your new car from Wexford Motors").
 *
 * The business is read as a capitalised name after the words, so "a quote from our team", "passed
 * to our collections department" name none; a day or a month ("offers from Monday") is no name.
 */

/** A product or an offer, then the word for "from" (folded case, as written otherwise). */
const PRODUCT_FROM =
  /(?<![\p{L}])(?:quotes?|offers?|deals?|cover|policy|policies|insurance|loans?|finance|financing|mortgages?|rates?|tariffs?|vouchers?|angebote?|tarife?|versicherung(?:en)?|kredite?|finanzierung|darlehen|offres?|devis|assurances?|cr[ée]dits?|pr[êe]ts?|ofertas?|presupuestos?|seguros?|pr[ée]stamos?|financiaci[óo]n)\s+(?:from|by|von|der|des|bei|de|d['’]|chez|con)\s*(?:(?:der|dem|la|le|el)\s+|l['’])?/giu;

/**
 * The person asked to move to another business to save ("switch to Admiral and save £200",
 * "wechseln Sie jetzt zu HUK24 und sparen", "passez chez Macif et économisez", "cámbiate a Mapfre
 * y ahorra"): its name between the words. A way of paying ("switch to Direct Debit and save") is
 * no business.
 */
const SWITCH_TO =
  /(?<![\p{L}])(?:[Ss]witch(?:ing)?(?:\s+over)?\s+to|[Mm]ove\s+to|[Ww]echseln\s+(?:Sie\s+)?(?:jetzt\s+)?zu(?:r|m)?|[Pp]assez\s+(?:chez|à)|[CcÇ][áa]mbiate\s+a|[Cc][áa]mbiese\s+a)\s+(?!Direct\s+Debit|Paperless|Online|E-?[Bb]illing|Lastschrift|SEPA|pr[ée]l[èe]vement|domiciliaci)(?=[^.!?\n]{1,50}?(?<![\p{L}])(?:and|to|und|et|y)\s+(?:save|sparen|économisez|economisez|ahorra|ahorre)(?![\p{L}]))/gu;

/**
 * The person's account, debt or contract handed to another business, its name after the words:
 * what was handed named before the verb in the same sentence ("your Vodafone account has been
 * sold to", "su deuda … ha sido cedida a"). A request passed to reception, a patient referred to
 * a doctor or money transferred to a payee hands over no record of the person's.
 */
const PASSED_TO =
  /(?<![\p{L}])(?:account|debt|balance|arrears|agreement|contract|loan|file|details|data|forderung|schuld|vertrag|cr[ée]ance|dette|dossier|contrat|deuda|cuenta|expediente|contrato)(?![\p{L}])[^.!?\n]{0,60}?(?:(?:passed|sold|assigned|transferred|referred|handed(?: over)?)\s+(?:on\s+|over\s+)?to|c[ée]d[ée]e?s?\s+[àa]|transf[ée]r[ée]e?s?\s+[àa]|cedid[ao]s?\s+a|transferid[ao]s?\s+a|vendid[ao]s?\s+a)\s+(?:(?:the|la|le|el)\s+|l['’])?/giu;

/** German: "an die EOS … abgetreten", the name between the article and the verb. */
const PASSED_TO_DE =
  /(?<![\p{L}])(?:[Ff]orderung|[Ss]chuld|[Vv]ertrag|[Kk]onto|[Dd]aten|[Kk]undendaten|[Aa]kte)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])an\s+(?:die|den|das)\s+(\p{Lu}[\p{L}\p{N}&'’-]{0,40}(?:\.[\p{L}\p{N}]{1,40}){0,3}(?:\s+\p{Lu}[\p{L}\p{N}&'’-]{0,40}(?:\.[\p{L}\p{N}]{1,40}){0,3}){0,3})\s+(?:abgetreten|übertragen|übergeben|verkauft|weitergeleitet)(?![\p{L}])/gu;

/**
 * Another business saying it now owns the person's debt or account, its name before the verb:
 * "Lowell now owns your Vodafone debt", "Cabot has bought your account", "Intrum a racheté votre
 * créance", "Intrum ha comprado su deuda", "die EOS hat Ihre Forderung gekauft".
 */
const OWNS_NOW =
  /(\p{Lu}[\p{L}\p{N}&'’-]{0,40}(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’-]{0,40}){0,3})\s+(?:now\s+owns|owns|has\s+(?:now\s+)?(?:bought|purchased|acquired|taken over)|a\s+rachet[ée]|ha\s+(?:comprado|adquirido)|hat\s+(?:Ihre|deine|die)\s+(?:Forderung|Schuld|Vertrag)\s+(?:gekauft|übernommen|erworben))(?![\p{L}])[^.!?\n]{0,60}?(?:debt|account|balance|agreement|loan|cr[ée]ance|dette|deuda|cuenta|Forderung|Schuld|Vertrag|gekauft|übernommen|erworben)/gu;

/** A capitalised name of up to four words, where `lastIndex` says (sticky). */
const NAME =
  /(\p{Lu}[\p{L}\p{N}&'’-]{0,40}(?:\.[\p{L}\p{N}]{1,40}){0,3}(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’-]{0,40}(?:\.[\p{L}\p{N}]{1,40}){0,3}){0,3})/uy;

/** Capitalised words that name no business: days, months, pronouns, greetings. */
const NOT_A_NAME = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today tomorrow we us our you your montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz mai juni juli oktober dezember heute wir uns ihnen lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre nous vous lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre nosotros usted'.split(
    ' ',
  ),
);

/**
 * Words that read German text: there every noun is capitalised ("ein Angebot der Woche", "an die
 * Rezeption weitergeleitet"), so a business is told by a brand's shape (see {@link brandLike}).
 */
const GERMAN_WORDS =
  /(?<![\p{L}])(?:angebote?|tarife?|versicherung(?:en)?|kredite?|finanzierung|darlehen|von|der|des|bei|wechseln)\s/iu;

/**
 * Whether a capitalised name has a brand's shape rather than a German noun's: two words or more,
 * a hyphen, an ampersand, a digit or a capital inside it ("HUK-Coburg", "Check24", "EOS Deutscher
 * Inkasso-Dienst", "MAAF"; not "Woche" or "Rezeption").
 */
const brandLike = (name: string): boolean => /\s|[-&\d]|.\p{Lu}/u.test(name);

/** The name's first word, folded as {@link NOT_A_NAME} is. */
const firstWord = (name: string): string =>
  (name.split(/\s+/u)[0] ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');

/**
 * The other business a message names as offering its product to the person or as now holding
 * her account or debt (see the module's documentation).
 *
 * @param content - The message as written.
 * @param isSource - Whether a name is the source's (its name, another of its names, its brand).
 * @returns The business's name as written, or `undefined`.
 */
export function anotherHolder(content: string, isSource: (name: string) => boolean): string | undefined {
  const found = (name: string | undefined): string | undefined => {
    if (name === undefined) return undefined;
    const trimmed = name.replace(/[.'’-]+$/u, '');
    return NOT_A_NAME.has(firstWord(trimmed)) || isSource(trimmed) ? undefined : trimmed;
  };
  for (const pattern of [PRODUCT_FROM, PASSED_TO, SWITCH_TO]) {
    for (const m of content.matchAll(pattern)) {
      // Read in place (sticky), not on a copy of the rest: linear however many matches.
      NAME.lastIndex = m.index + m[0].length;
      const name = found(NAME.exec(content)?.[1]);
      if (name !== undefined && (!GERMAN_WORDS.test(m[0]) || brandLike(name))) return name;
    }
  }
  for (const m of content.matchAll(OWNS_NOW)) {
    const name = found(m[1]);
    if (name !== undefined && (!/\shat\s/u.test(m[0]) || brandLike(name))) return name;
  }
  for (const m of content.matchAll(PASSED_TO_DE)) {
    const name = found(m[1]);
    if (name !== undefined && brandLike(name)) return name;
  }
  return undefined;
}
