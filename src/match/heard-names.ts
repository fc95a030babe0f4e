import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { pinyin } from 'pinyin-pro';
import { foldText } from './normalize-text.js';
import { genericName, hanNameCore } from './own-service.js';

/**
 * A call transcript with the source's names written as the source writes them, where
 * speech-to-text wrote what it heard: a name split into words (`ad lon` for Adlon), a homophone
 * spelling (`savoie` for Savoy, `kempinsky` for Kempinski), a near-homophone Han character
 * (希尔登 for 希尔顿), a katakana name in hiragana (ひるとん for ヒルトン). The own-service rules then
 * read the call as they read a text that spells the name.
 *
 * Closeness is phonetic and small, never a guess at any other name:
 * - Latin: one to {@link MAX_JOINED} words of the transcript, joined, whose Double Metaphone code
 *   (Philips 2000) is one of the name word's and whose Levenshtein distance to it is at most
 *   {@link MAX_EDIT_RATIO} of the longer (`married` is not `Marriott`: 3 of 8). Name words of
 *   fewer than {@link MIN_LATIN_LETTERS} letters are left alone.
 * - Han: a run of the transcript as long as the name or its distinctive core (at least two
 *   characters) whose
 *   toneless pinyin is the same syllable for syllable (a pure homophone), or, for three or more
 *   characters, differs in one syllable that keeps its initial consonant and is at most two
 *   letters away (deng for dun).
 * - Kana: the name's katakana written in hiragana (the same sounds, Unicode offset 0x60).
 *
 * Only for call transcripts: a text or a letter spells what its writer typed.
 *
 * @param names - The source's names (`sourceNames`).
 * @param transcript - A call transcript.
 * @returns The transcript with each heard form replaced by the name's own spelling; the same
 *   string when none is heard.
 */
export function hearSourceNames(names: readonly string[], transcript: string): string {
  const heard = heardForms(names);
  let out = transcript;
  if (heard.kana.length > 0) out = kanaAsKatakana(out, heard.kana);
  if (heard.han.length > 0) out = hanAsWritten(out, heard.han);
  if (heard.latin.length > 0) out = latinAsWritten(out, heard.latin);
  return out;
}

/** The most transcript words joined to hear one name word (`ad lon` → adlon). */
export const MAX_JOINED = 3;
/** The largest Levenshtein distance, as a share of the longer word, that still hears a name word. */
export const MAX_EDIT_RATIO = 1 / 3;
/** Name words shorter than this are never heard in other spellings (too many words sound alike). */
export const MIN_LATIN_LETTERS = 4;

interface LatinWord {
  readonly word: string;
  readonly codes: readonly string[];
}
interface HeardForms {
  readonly latin: readonly LatinWord[];
  /** Parts of Han names (each at least two characters) with their syllables, longest first. */
  readonly han: readonly { readonly text: string; readonly syllables: readonly string[] }[];
  readonly kana: readonly string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
const KATAKANA_RUN = /[\p{Script=Katakana}ー]{2,}/gu;
const LATIN_TOKEN = /[\p{Script=Latin}\p{N}]+/gu;
const cache = new Map<string, HeardForms>();

const codeCache = new Map<string, readonly string[]>();
const syllableCache = new Map<string, string>();
function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= 20_000) map.clear();
  map.set(key, value);
  return value;
}

function codesOf(word: string): readonly string[] {
  return (
    codeCache.get(word) ??
    remember(codeCache, word, [...new Set(doubleMetaphone(word).filter((c) => c !== ''))])
  );
}

/** Each Han character's usual toneless syllable (a name's characters are read by it). */
function syllables(run: string): string[] {
  return [...run].map(
    (c) => syllableCache.get(c) ?? remember(syllableCache, c, pinyin(c, { toneType: 'none', v: true })),
  );
}

function heardForms(names: readonly string[]): HeardForms {
  const key = names.join('\u0000');
  let forms = cache.get(key);
  if (forms !== undefined) return forms;
  const latin = new Map<string, LatinWord>();
  const han = new Map<string, readonly string[]>();
  const kana = new Set<string>();
  for (const name of names) {
    // A kind, place or legal word ("hotel", "berlin", "gmbh") names no business: hearing it
    // in a transcript says nothing of which.
    for (const m of foldText(name).matchAll(LATIN_TOKEN))
      if (m[0].length >= MIN_LATIN_LETTERS && /\p{L}/u.test(m[0]) && !genericName(m[0]))
        latin.set(m[0], { word: m[0], codes: codesOf(m[0]) });
    // A Han name is heard whole, or by its distinctive core (希尔顿 of 上海希尔顿酒店).
    for (const part of [...name.matchAll(HAN_RUN)].map((m) => m[0]).concat(hanNameCore(name) ?? []))
      if (part.length >= 2 && !han.has(part)) han.set(part, syllables(part));
    for (const m of name.matchAll(KATAKANA_RUN)) kana.add(m[0]);
  }
  forms = {
    latin: [...latin.values()],
    han: [...han].map(([text, s]) => ({ text, syllables: s })).sort((a, b) => b.text.length - a.text.length),
    kana: [...kana],
  };
  if (cache.size >= 1_000) cache.clear();
  cache.set(key, forms);
  return forms;
}

/** Hiragana and katakana letters lie 0x60 apart (Unicode blocks 3040–309F and 30A0–30FF). */
const KANA_OFFSET = 0x60;
function kanaAsKatakana(text: string, katakana: readonly string[]): string {
  let out = text;
  for (const name of katakana) {
    const hiragana = name.replace(/[\u30a1-\u30f6]/gu, (c) =>
      String.fromCharCode(c.charCodeAt(0) - KANA_OFFSET),
    );
    if (hiragana !== name) out = out.split(hiragana).join(name);
  }
  return out;
}

/** A pinyin syllable's initial consonant (声母, Hanyu Pinyin scheme 1958), or '' for none. */
const INITIAL = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/u;

/** Whether two toneless pinyin syllables are near-homophones: the same initial, finals ≤ 2 letters apart. */
function nearSyllable(a: string, b: string): boolean {
  return INITIAL.exec(a)?.[0] === INITIAL.exec(b)?.[0] && distance(a, b) <= 2;
}

function hanAsWritten(text: string, parts: HeardForms['han']): string {
  return text.replace(HAN_RUN, (run) => {
    if (run.length < 2) return run;
    // Each window is compared with what was heard, once: a replaced window is never read again.
    const heard = syllables(run);
    const chars = [...run];
    const taken = new Array<boolean>(chars.length).fill(false);
    for (const { text: part, syllables: want } of parts) {
      const n = want.length;
      for (let i = 0; i + n <= chars.length; i++) {
        if (taken.slice(i, i + n).some(Boolean)) continue;
        if (chars.slice(i, i + n).join('') === part) {
          taken.fill(true, i, i + n);
          continue;
        }
        let differing = 0;
        let near = true;
        for (let k = 0; k < n && differing <= 1; k++)
          if (heard[i + k] !== want[k]) {
            differing++;
            near = nearSyllable(heard[i + k] ?? '', want[k] ?? '');
          }
        if (differing === 0 || (differing === 1 && near && n >= 3)) {
          chars.splice(i, n, ...part);
          taken.fill(true, i, i + n);
        }
      }
    }
    return chars.join('');
  });
}

function latinAsWritten(text: string, words: readonly LatinWord[]): string {
  const tokens = [...text.matchAll(LATIN_TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldText(m[0]),
  }));
  const edits: { start: number; end: number; word: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: { end: number; word: string; joined: number } | undefined;
    for (let n = 1; n <= MAX_JOINED && i + n <= tokens.length; n++) {
      // Words joined only across spaces: speech-to-text splits a name with a space, into
      // syllables, never into a phrase of function words ("hold on" is no Hilton, "all in" no
      // Allin).
      if (n > 1 && !/^\s+$/u.test(text.slice(tokens[i + n - 2]!.end, tokens[i + n - 1]!.start))) break;
      if (n > 1 && tokens.slice(i, i + n).some((t) => FUNCTION_WORDS.has(t.folded))) break;
      const joined = tokens
        .slice(i, i + n)
        .map((t) => t.folded)
        .join('');
      const word = words.find((w) => hears(joined, w));
      if (word !== undefined && !(n === 1 && joined === word.word))
        best = { end: tokens[i + n - 1]!.end, word: word.word, joined: n };
      if (word !== undefined && joined === word.word) break;
    }
    if (best !== undefined) {
      edits.push({ start: tokens[i]!.start, end: best.end, word: best.word });
      i += best.joined - 1;
    }
  }
  let out = text;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.word + out.slice(edit.end);
  return out;
}

/**
 * Short function words of the languages transcripts come in (en, de, fr, es, it, nl): a phrase
 * with one of them is speech, not a name split into syllables.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the on in at to of up by for and or is it be as so no do go we us me my you our ' +
    'am im um an auf aus bei der die das den dem ein und ist es zu wir sie mit von vor ' +
    'le la les de du un une et en au il on ne se sur pour ' +
    'el los las del y con por que al ' +
    'il lo gli di da con per che ' +
    'het een op te van met voor'
  ).split(' '),
);

function hears(heard: string, name: LatinWord): boolean {
  if (heard === name.word) return true;
  if (Math.abs(heard.length - name.word.length) > name.word.length * MAX_EDIT_RATIO) return false;
  if (distance(heard, name.word) > Math.max(heard.length, name.word.length) * MAX_EDIT_RATIO) return false;
  return codesOf(heard).some((c) => name.codes.includes(c));
}
