/**
 * A writer saying she now works for another business whose name holds the source's own word: a
 * clerk gone to a rival ("ahora trabajo en Alfa Bayview" for `Bayview Dental`, "ich bin jetzt bei
 * Nord Adlon Immobilien" for `Adlon Immobilien`, "제가 이번에 Nova 한빛부동산로 옮겼는데" for
 * `한빛부동산`, 我现在在新华美达地产 for `美达地产`). Her new employer's name adds words before or
 * between the source's distinctive words, so it is another business, not the source's name
 * shortened as its staff write it: she speaks for that business, and the canary she uses is
 * evidence against the source.
 *
 * Saying so of the source's own name ("ahora trabajo en Bayview Dental", 我现在在美达地产上班) is
 * no move away: a new clerk introducing herself stays for the other rules to read.
 *
 * Moving verbs read (first person, folded): English "I've moved to", "I now work at/for", "I'm now
 * with", "I've joined"; Spanish "ahora trabajo en", "me cambié a"; Portuguese "agora trabalho na",
 * "mudei para"; French "je travaille maintenant chez", "j'ai rejoint"; Italian "ora lavoro per",
 * "sono passata a"; German "ich bin/arbeite jetzt bei", "zu … gewechselt"; Dutch "ik werk nu bij",
 * "overgestapt naar"; Polish "pracuję teraz w", "przeszłam do"; Chinese 跳槽到, 现在在, 现在到, 已经去了,
 * 换到, 转到, 加入了, 入职; Japanese に移りまして, に転職, に移籍, に入社; Korean 로 옮겼, 로 이직, 에 입사.
 */
import { foldText } from './normalize-text.js';
import { LEGAL_WORDS_EN, PLACES_ZH } from './own-service-phrases.js';
import type { WrittenForm } from './written-name.js';

/** One word of a message: folded, and whether its writer capitalised it. */
interface Token {
  readonly word: string;
  readonly capital: boolean;
  /** A clause mark (. , ; : ! ? and their CJK forms) stands between it and the word before. */
  readonly clauseBefore: boolean;
  /**
   * It ends in a capitalised Latin word: a Latin brand written straight after Han or kana
   * ("実はAlfa", "我现在在Nova"), which starts no token of its own.
   */
  readonly latinTail: boolean;
}

/** Moving verbs before the new employer's name (folded, as whole words). */
const MOVED_BEFORE_LATIN = new RegExp(
  [
    // English.
    String.raw`(?:i|we) (?:ve |have )?(?:just |recently )?(?:moved|switched|changed|transferred) (?:over )?to`,
    String.raw`(?:i|we) (?:now|recently) (?:work|am|m|re) (?:working )?(?:at|for|with)`,
    String.raw`(?:i|we) (?:m|am|re|are) now (?:working )?(?:at|with|for|part of)`,
    String.raw`(?:i|we) (?:ve |have )?(?:just |recently )?joined`,
    // Spanish, Portuguese.
    String.raw`ahora (?:trabajo|estoy(?: trabajando)?) (?:en|para|con)`,
    String.raw`(?:trabajo|estoy) ahora (?:en|para|con)`,
    String.raw`me (?:he )?(?:cambiado|cambie|pasado|pase|mudado|mude) a`,
    String.raw`agora (?:trabalho|estou(?: a trabalhar| trabalhando)?) (?:na|no|em|para|com)`,
    String.raw`(?:mudei|passei) para`,
    // French, Italian.
    String.raw`(?:je|j) (?:travaille|suis) (?:maintenant|desormais|a present) (?:chez|pour|a|au|avec)`,
    String.raw`j ai (?:rejoint|integre)`,
    String.raw`je suis passee? (?:chez|a)`,
    String.raw`(?:ora|adesso) (?:lavoro|sono) (?:per|presso|da|con|alla|al|in)`,
    String.raw`lavoro (?:ora|adesso) (?:per|presso|da|con|alla|al|in)`,
    String.raw`sono passat[oa] (?:a|alla|al|da|in)`,
    // German, Dutch, Polish.
    String.raw`(?:bin|arbeite|sind|arbeiten) (?:jetzt|nun|inzwischen|mittlerweile|seit kurzem) (?:bei|fur)`,
    String.raw`(?:bin|sind) (?:jetzt |nun |inzwischen )?(?:zu|zur|zum)`,
    String.raw`gewechselt (?:zu|zur|zum)`,
    String.raw`(?:ik )?(?:werk|zit) (?:nu|tegenwoordig) (?:bij|voor)`,
    String.raw`overgestapt naar`,
    String.raw`(?:teraz )?pracuje (?:teraz )?(?:w|dla|u)`,
    String.raw`przesz(?:l|ł)(?:em|am) do`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'gu',
);

/** Articles between a moving verb and the name ("moved to the", "ahora trabajo en la"). */
const ARTICLES = new Set(
  'the a an el la los las le l les der die das dem den o os as il lo gli het een un una uno une'.split(' '),
);

/** Words a name may hold between its capitalised words ("Banco do Brasil", "Bayview & Co"). */
const CONNECTORS = new Set('de di da do du des del della van von der den et e y und and of d &'.split(' '));

/** The most words read as the new employer's name. */
const MAX_NAME_WORDS = 6;

/**
 * Chinese moving verbs before the new employer's name (跳槽到新华美达, 我现在在新华美达地产, 我现在到
 * 新华美达了, 我已经去了新华美达, 我刚入职新华美达).
 */
const MOVED_BEFORE_ZH =
  /(?:跳槽(?:到|去了?)|我(?:现在|目前|已经|刚)(?:已经)?(?:在|到了?|去了?|来了?|入职了?)|(?:跳|换|转|调)到了?|加入了|入职了?)/gu;

/** An address before a branch's name (新华路美达店): a street, district or building, not a name. */
const ADDRESS_END = /(?:路|街|道|区|县|镇|广场|大厦|号|店)$/u;

/** Where a Chinese name after a moving verb ends: a particle, a verb of working, a clause mark. */
const ZH_NAME_END = /[了的上工做，。！？、,.!?\s]/u;

/** Japanese moving verbs after the new employer's name and に (folded as texts are: 移りまして). */
const MOVED_AFTER_JA = new RegExp(
  ['に移り', 'に移籍', 'に転職', 'に入社', 'へ移り', 'へ転職'].map((w) => foldText(w)).join('|'),
  'gu',
);

/** Where a Japanese name before a moving verb begins: a particle or a clause mark. */
const JA_NAME_START = new RegExp(`[${foldText('はがをもてで、。')},.!?\\s]`, 'u');

/** Korean moving verbs after the new employer's name and its particle (로 옮겼는데, 에 입사했어요). */
const MOVED_KO = ['옮겼', '옮기게', '옮겨', '이직했', '이직하', '입사했', '입사하'].map((w) => foldText(w));

/** Korean particles after the new employer's name (Nova 한빛부동산로, 한빛으로, 한빛에). */
const KO_PARTICLES = ['으로', '로', '에서', '에'].map((w) => foldText(w));

/** A capitalised Latin word ending a token ("Alfa" of "実はAlfa", "Nova"). */
const LATIN_TAIL = /(?:^|[^\p{Script=Latin}\p{N}])\p{Lu}[\p{Script=Latin}\p{N}]*$/u;

/** Splits a message into words, folded, with their capitals and clause marks. */
function tokensOf(content: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  // Normalised once: per word, it made the split quadratic.
  const text = content.normalize('NFC');
  for (const m of text.matchAll(/[\p{L}\p{N}&]+/gu)) {
    const between = text.slice(last, m.index);
    tokens.push({
      word: foldText(m[0]),
      capital: /^\p{Lu}/u.test(m[0]) || /^\p{N}/u.test(m[0]),
      clauseBefore: /[.,;:!?\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a]/u.test(between),
      latinTail: LATIN_TAIL.test(m[0]),
    });
    last = m.index + m[0].length;
  }
  return tokens;
}

/**
 * Whether a word before a Latin name's distinctive word is one of its own (its word, legal form or
 * kind): a place the source's name lacks is another's name there ("Nord Adlon Immobilien"; the
 * source's branch is written after its name, "Adlon Mitte").
 */
const ownLatinWord = (form: WrittenForm, word: string): boolean =>
  form.words.has(word) || form.kinds.has(word) || LEGAL_WORDS_EN.has(word);

/**
 * The capitalised run of words right after a moving verb in a Latin-script text (articles
 * skipped; connectors inside the run kept): the new employer's name as written.
 */
function namedAfter(tokens: readonly Token[], from: number, everyCapital: boolean): Token[] {
  let i = from;
  while (i < tokens.length && ARTICLES.has(tokens[i]!.word) && !tokens[i]!.clauseBefore) i++;
  const run: Token[] = [];
  for (; i < tokens.length && run.length < MAX_NAME_WORDS; i++) {
    const t = tokens[i]!;
    if (t.clauseBefore && run.length > 0) break;
    if (t.capital || everyCapital) run.push(t);
    else if (CONNECTORS.has(t.word) && run.length > 0) run.push(t);
    else break;
  }
  while (run.length > 0 && CONNECTORS.has(run.at(-1)!.word)) run.pop();
  return run;
}

/**
 * Whether a Latin-script name as written holds the source's distinctive word with a word added
 * before it or between its distinctive words ("Alfa Bayview", "Nord Adlon Immobilien", "Bayview
 * Premium Dental").
 */
function addsToLatin(form: WrittenForm, run: readonly Token[]): boolean {
  const words = run.map((t) => t.word);
  const coreAt = words.map((w, i) => (form.coreWords.has(w) ? i : -1)).filter((i) => i !== -1);
  if (coreAt.length === 0) return false;
  const last = coreAt.at(-1)!;
  return words.slice(0, last).some((w) => !ownLatinWord(form, w) && !CONNECTORS.has(w));
}

/** Whether the text before a Han or Hangul name's core, within its word, is no place (新华美达). */
function addsBeforeHan(form: WrittenForm, word: string): boolean {
  const at = word.indexOf(form.core);
  if (at <= 0) return false;
  let before = word.slice(0, at);
  for (const place of PLACES_ZH) if (before.endsWith(place)) before = before.slice(0, -place.length);
  return before.length > 0 && !ADDRESS_END.test(before);
}

/** Korean: the word holding the core, before a moving verb, with its particle ("Nova 한빛부동산로"). */
function movedKo(form: WrittenForm, tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (!MOVED_KO.some((v) => tokens[i]!.word.startsWith(v))) continue;
    const named = tokens[i - 1]!;
    const particle = KO_PARTICLES.find((p) => named.word.endsWith(p));
    if (particle === undefined || !named.word.includes(form.core)) continue;
    const word = named.word.slice(0, -particle.length);
    const before = tokens[i - 2];
    // A brand word right before it (Nova 한빛부동산), or another name joined to its front.
    if (addsBeforeHan(form, word)) return true;
    if (before !== undefined && !named.clauseBefore && before.capital && /^[a-z0-9]/u.test(before.word))
      return true;
  }
  return false;
}

/** Chinese and Japanese: the name after 现在在/跳槽到 or before に移り, with a word before its core. */
function movedHan(form: WrittenForm, tokens: readonly Token[]): boolean {
  for (const [k, t] of tokens.entries()) {
    // The name is in this word, or (a Latin brand before it) starts the next but one or the next.
    if (
      !t.word.includes(form.core) &&
      !tokens[k + 1]?.word.includes(form.core) &&
      !tokens[k + 2]?.word.includes(form.core)
    )
      continue;
    for (const m of t.word.matchAll(MOVED_BEFORE_ZH)) {
      const rest = t.word.slice(m.index + m[0].length);
      const end = rest.search(ZH_NAME_END);
      const name = end === -1 ? rest : rest.slice(0, end);
      if (name.includes(form.core) && addsBeforeHan(form, name)) return true;
      // A Latin brand before it in the text (我现在在 Nova 美达地产, 我现在在Nova 美达地产): the
      // next word is the name.
      const next = tokens[k + 1];
      if (name === '' && next?.capital && tokens[k + 2]?.word.startsWith(form.core)) return true;
      if (name !== '' && t.latinTail && /^[a-z0-9]+$/u.test(name) && next?.word.startsWith(form.core))
        return true;
    }
    for (const m of t.word.matchAll(MOVED_AFTER_JA)) {
      // The words between the last particle before the name's core and the core (実は新あおば).
      const head = t.word.slice(0, m.index);
      const at = head.lastIndexOf(form.core);
      if (at === -1) continue;
      const prefix = [...head.slice(0, at)];
      const start = prefix.findLastIndex((c) => JA_NAME_START.test(c)) + 1;
      if (addsBeforeHan(form, prefix.slice(start).join('') + head.slice(at))) return true;
      // A Latin brand before it, a space between (実はAlfa ゆめタウン通販に移りまして).
      if (at === 0 && k > 0 && !t.clauseBefore && tokens[k - 1]!.latinTail) return true;
    }
  }
  return false;
}

/**
 * Whether a message's writer says she now works for another business whose name holds one of the
 * source's names' distinctive words with words added before or between them (see the module's
 * documentation).
 *
 * @param forms - The source's names as compared (`written-name.ts`), folded.
 * @param content - The message as it came (its capitals are read: a name is capitalised).
 * @returns Whether the writer speaks for a rival named like the source.
 * @example
 * // `Bayview Dental`
 * movedToRival([bayview], 'Hola Ana, soy Raúl, ahora trabajo en Alfa Bayview y le puedo ofrecer…'); // true
 * movedToRival([bayview], 'Hola Ana, soy Eva, ahora trabajo en Bayview Dental, le llamo por su cita.'); // false
 */
export function movedToRival(forms: readonly WrittenForm[], content: string): boolean {
  const tokens = tokensOf(content);
  if (tokens.length === 0) return false;
  const latinForms = forms.filter((f) => f.latin && !f.generic);
  const hanForms = forms.filter((f) => !f.latin && !f.generic && f.core.length >= 2);
  if (latinForms.length > 0) {
    // A writer who capitalises nothing (or everything) marks no name by its capitals.
    const letters = content.replace(/[^\p{L}]/gu, '');
    const everyCapital = letters === letters.toLowerCase() || letters === letters.toUpperCase();
    // The words joined as one folded line, each word's start kept, to read the verbs on.
    let line = '';
    const starts: number[] = [];
    for (const t of tokens) {
      starts.push(line.length + (line === '' ? 0 : 1));
      line += `${line === '' ? '' : ' '}${t.clauseBefore ? '| ' : ''}${t.word}`;
      if (t.clauseBefore) starts[starts.length - 1]! += 2;
    }
    for (const m of line.matchAll(MOVED_BEFORE_LATIN)) {
      const before = m.index === 0 || line[m.index - 1] === ' ';
      const endAt = m.index + m[0].length;
      if (!before || (endAt < line.length && line[endAt] !== ' ')) continue;
      const next = starts.findIndex((s) => s > endAt);
      if (next === -1 || tokens[next]!.clauseBefore) continue;
      const run = namedAfter(tokens, next, everyCapital);
      if (latinForms.some((f) => addsToLatin(f, run))) return true;
    }
  }
  return hanForms.some((f) => movedKo(f, tokens) || movedHan(f, tokens));
}
