const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  yen: '¥',
};
// Elements whose end starts a new line of text.
const BLOCK = /^\/?(?:p|div|br|tr|li|h[1-6]|table|ul|ol|blockquote|section|article|header|footer|hr)\b/iu;
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Reduces an HTML mail body to its text in one pass: scripts, styles and comments dropped,
 * block ends as line breaks, tags removed, entities decoded, blank runs collapsed. Linear in
 * the input (no backtracking regex over the whole body), since spammers write it.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      out += html.slice(pos);
      break;
    }
    out += html.slice(pos, lt);
    if (lower.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = lower.slice(lt + 1, Math.min(gt, lt + 12));
    const skip = /^(script|style|head|title)\b/u.exec(tag)?.[1];
    if (skip) {
      const end = lower.indexOf(`</${skip}`, gt);
      const close = end < 0 ? -1 : lower.indexOf('>', end);
      pos = close < 0 ? html.length : close + 1;
      continue;
    }
    if (BLOCK.test(tag)) out += '\n';
    pos = gt + 1;
  }
  return decodeEntities(out)
    .replace(/[ \t\u00a0]+/gu, ' ')
    .replace(/ ?\n ?/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
