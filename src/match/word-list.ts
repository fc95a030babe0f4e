/** Word lists matched in folded text: English words whole, Chinese ones anywhere. */

/** A word as a literal inside a regular expression. */
export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const listPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * One pattern for a list of words, made once: English words and phrases as whole words, Chinese
 * ones anywhere (Chinese is written without spaces).
 */
export function listPattern(list: readonly string[]): RegExp {
  let pattern = listPatterns.get(list);
  if (pattern === undefined) {
    const english = list.filter((w) => /^[a-z0-9 '%-]+$/u.test(w)).map(escapeRegExp);
    const other = list.filter((w) => !/^[a-z0-9 '%-]+$/u.test(w)).map(escapeRegExp);
    const parts = [
      ...(english.length > 0 ? [`(?<![a-z0-9])(?:${english.join('|')})(?![a-z0-9])`] : []),
      ...(other.length > 0 ? [`(?:${other.join('|')})`] : []),
    ];
    pattern = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'u');
    listPatterns.set(list, pattern);
  }
  return pattern;
}

/** Whether a folded text holds one of a list's words (English ones as whole words). */
export const hasWord = (text: string, list: readonly string[]): boolean => listPattern(list).test(text);
