import { NICKNAMES } from '../identity/name-tables.js';

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
 * The person called the source's customer, the source's name before the word ("as a PG&E
 * customer", "Pacific Gas and Electric customers can…").
 */
const PATRON_AFTER =
  /(?<![\p{L}])(?:customers?|clients?|users?|subscribers?|members?|account[ \t]+holders?)(?![\p{L}])/giu;

/**
 * The person called the source's customer, the source's name after the word ("Als Kunde der
 * Stadtwerke München", "en tant que client EDF", "como cliente de Iberdrola", "in qualità di
 * cliente Enel", "como cliente da EDP").
 */
const PATRON_BEFORE =
  /(?<![\p{L}])(?:Kund(?:e|in|en)|client(?:e|s|es)?|clienti|abonn[ée]e?s?|usuari[oa]s?|utent[ei]|assinante)[ \t]+(?:(?:der|des|von|bei|de|du|del|di|da|do|dell['’]|d['’])[ \t]*)?(?:(?:la|el|le|il)[ \t]+)?/gu;

/** The person called the source's user, customer or member in Chinese ("作为中国移动的用户"). */
const PATRON_ZH = /(?:作为|身为|尊敬的)([^\s,.!?;:，。！？；：、（）()]{2,12}?)的?(?:用户|客户|会员|客人)/gu;

/** A capitalised name of up to five words, joined by lower-case "and", "of", "de"… ("Pacific Gas and Electric"). */
const JOINED_NAME =
  /\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+(?:(?:and|of|de|du|der|des|la|le|et|und|y|del|di)[ \t]+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,4}/uy;

/**
 * The writer naming itself: "this is SunPower", "Sam from BrightSolar (here)", "hier ist
 * Vattenfall", "ici TotalEnergies", "le habla Endesa", "bei uns (Vattenfall)", "l'offre
 * TotalEnergies", "我司(平安)", "我是平安". The name is read after the words.
 */
const WRITER_INTRO =
  /(?:(?:^|(?<=[.!?,;:—–-])[ \t]*|(?<![\p{L}])(?:[Tt]his is|[Ii]t['’]s|I['’]m|I am|[Mm]y name is|[Hh]ier ist|[Ii]ch bin|[Jj]e suis|[Ss]oy|[Ss]ono)[ \t]+)\p{Lu}\p{Ll}+[ \t]+(?:from|at|with|von|vom|de|di|da)|(?<![\p{L}])(?:[Tt]his is|[Ii]t['’]s|[Ii]t is|[Ww]e['’]re|[Ww]e are|[Hh]ier (?:ist|spricht|sind)|[Ww]ir sind|[Ii]ci|[Cc]['’]est|[Nn]ous sommes|[Ll]e habla|[Ss]omos|[Aa]qu[íi]))[ \t]+|(?:[Ll]['’]offre|[Oo]ffre|[Aa]ngebot|[Oo]ferta|[Oo]fferta)[ \t]+|(?<![\p{L}])(?:we|us|our|wir|uns|nous|nosotros|noi)[ \t]*[(（][ \t]*/gu;

/** The writer naming itself in Chinese: 我司(平安), 我们（平安）, 我是平安, 这里是平安. */
const WRITER_INTRO_ZH =
  /(?:我司|我们|本公司)[(（]([^)）]{2,20})[)）]|(?:我是|这里是|我们是)([^\s,.!?;:，。！？；：、的]{2,12})/gu;

/** The run of a text's first words (up to six, to the clause's end) that names the source, if any. */
function leadNamingSource(text: string, isSource: (name: string) => boolean): string | undefined {
  const words = (/^[^,.!?;:\n，。！？；：]*/u.exec(text)?.[0] ?? '')
    .trim()
    .split(/[ \t]+/u)
    .slice(0, 6);
  // The longest run: the name in full, not only its first word.
  return words.map((_, i) => words.slice(0, words.length - i).join(' ')).find(isSource);
}

/**
 * How a text calls the person the source's customer (see {@link PATRON_AFTER},
 * {@link PATRON_BEFORE}, {@link PATRON_ZH}), the source spoken of as the person's business: the
 * source's name as written there, or `undefined`.
 */
function sourceOfCustomer(content: string, isSource: (name: string) => boolean): string | undefined {
  for (const m of content.matchAll(PATRON_AFTER)) {
    const words = content
      .slice(Math.max(0, m.index - 80), m.index)
      .trimEnd()
      .split(/[ \t]+/u)
      .slice(-6);
    const named = words
      .map((_, i) =>
        words
          .slice(i)
          .join(' ')
          .replace(/^[^\p{L}\p{N}]+/u, ''),
      )
      .find(isSource);
    if (named !== undefined) return named;
  }
  for (const m of content.matchAll(PATRON_BEFORE)) {
    const named = leadNamingSource(content.slice(m.index + m[0].length), isSource);
    if (named !== undefined) return named;
  }
  for (const m of content.matchAll(PATRON_ZH)) if (isSource(m[1]!)) return m[1];
  return undefined;
}

/**
 * Whether a name in capitals may abbreviate another: its letters in order in the other, the first
 * its first ("SWM" of Stadtwerke München, "PG&E" of Pacific Gas and Electric).
 */
function mayAbbreviate(short: string, long: string): boolean {
  if (!/^[\p{Lu}\p{N}&.]{2,8}$/u.test(short)) return false;
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const folded = long.toLowerCase();
  if (letters[0] !== folded[0]) return false;
  let at = 0;
  for (const c of letters) {
    at = folded.indexOf(c, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/**
 * Another business pitching to the source's customers: a text that calls the person the
 * source's customer ("as a PG&E customer", "Als Kunde der Stadtwerke München", "作为中国移动的用户",
 * "en tant que client EDF") and names its writer as another ("This is SunPower", "Sam from
 * BrightSolar here", "bei uns (Vattenfall)", "我司(平安)", "l'offre TotalEnergies"). The source
 * writing to its own customers names itself as the writer; a third party speaks of the source as
 * the person's business and of itself as the one offering. A single given name ("this is Sam")
 * names a person, not a business.
 *
 * @returns The writer's business as written, or `undefined`.
 */
function pitchToSourcesCustomers(
  content: string,
  found: (name: string | undefined) => string | undefined,
  isSource: (name: string) => boolean,
): string | undefined {
  const customerOf = sourceOfCustomer(content, isSource);
  if (customerOf === undefined) return undefined;
  for (const m of content.matchAll(WRITER_INTRO)) {
    JOINED_NAME.lastIndex = m.index + m[0].length;
    const name = JOINED_NAME.exec(content)?.[0];
    if (name === undefined || leadNamingSource(name, isSource) !== undefined) continue;
    // The source's own initials ("bei uns (SWM)" beside Stadtwerke München) are its name.
    if (mayAbbreviate(name, customerOf)) continue;
    if (!/\s/u.test(name) && GIVEN_NAMES.has(firstWord(name))) continue;
    const writer = found(name);
    if (writer !== undefined) return writer;
  }
  for (const m of content.matchAll(WRITER_INTRO_ZH)) {
    const writer = found(m[1] ?? m[2]);
    if (writer !== undefined) return writer;
  }
  return undefined;
}

/** Given names and their short forms, folded ({@link NICKNAMES}). */
const GIVEN_NAMES = new Set(
  [...NICKNAMES].flatMap(([name, short]) => [name, ...short.map((s) => s.toLowerCase())]),
);

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
  return pitchToSourcesCustomers(content, found, isSource);
}
