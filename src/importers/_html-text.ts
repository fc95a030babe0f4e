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

/** A link's target in an `<a>`/`<area>` `href` or a `<form>` `action`, entities decoded. */
const TARGET = /^(a|area|form)\b[\s\S]*?\b(?:href|action)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iu;

/** The target as a mail client shows it, or undefined for an in-page anchor or an empty one. */
function linkTarget(tagText: string): { element: string; url: string } | undefined {
  const m = TARGET.exec(tagText);
  if (!m) return undefined;
  const url = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
    .replace(/[\s\u0000-\u001f]+/gu, '')
    .trim();
  if (url === '' || url.startsWith('#')) return undefined;
  return { element: m[1]!.toLowerCase(), url };
}

/** A target with its scheme and a trailing slash dropped: what a visible text would spell. */
function bare(url: string): string {
  return url
    .replace(/^(?:https?:\/\/|mailto:|tel:)/iu, '')
    .replace(/\/$/u, '')
    .toLowerCase();
}

/** Tells whether the visible text already spells the target (an address shown as its own link). */
export function spellsTarget(text: string, url: string): boolean {
  const b = bare(url);
  return b !== '' && text.replace(/\s+/gu, '').toLowerCase().includes(b);
}

/**
 * An inline style or attribute that hides an element from a reader: `display:none`,
 * `visibility:hidden`, `font-size:0`, `opacity:0`, Outlook's `mso-hide:all`, a zero
 * `(max-)height` or `(max-)width` with `overflow:hidden`, the `hidden` attribute. Bulk mail hides
 * text so (a preheader, letters inside a word to split it from filters: `Po<span
 * style="display:none">x</span>rtia`).
 */
const HIDING_STYLE =
  /(?:^|[;\s"'])(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:[;"'!]|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:[;"'!]|$))/iu;
const ZERO_BOX = /(?:^|[;\s"'])(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:[;"'!]|$)/iu;
const OVERFLOW_HIDDEN = /overflow\s*:\s*hidden/iu;
const HIDDEN_ATTRIBUTE = /^[a-z][a-z0-9]*\s(?:[^>]*\s)?hidden(?:\s|=|\/?$)/iu;
/** Elements that have no end tag (HTML's void elements). */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/u;

/** The name of an element its opening tag hides, or undefined (a visible or void one). */
function hiddenElement(tagText: string): string | undefined {
  const name = /^([a-z][a-z0-9]*)/iu.exec(tagText)?.[1]?.toLowerCase();
  if (name === undefined || VOID.test(name) || tagText.endsWith('/')) return undefined;
  const style = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(tagText);
  const css = style ? (style[1] ?? style[2] ?? '') : '';
  const hides =
    HIDING_STYLE.test(css) ||
    (ZERO_BOX.test(css) && OVERFLOW_HIDDEN.test(css)) ||
    HIDDEN_ATTRIBUTE.test(tagText.replace(/"[^"]*"|'[^']*'/gu, '""'));
  return hides ? name : undefined;
}

/**
 * Reduces an HTML mail body to its text in one pass: scripts, styles and comments dropped,
 * block ends as line breaks, tags removed, entities decoded, blank runs collapsed. A link keeps
 * its target after its text as mail clients show it in plain text (`confirm here
 * <http://adlon-verify.top/login>`, RFC 3986 Appendix C's delimiters), and a form its `action`:
 * the target, not the words shown, is where a reader is sent, so it is evidence. A link whose
 * text already spells its target is shown once. Text a reader does not see (an element hidden
 * by its style, see {@link hiddenElement}) is taken out of the text it splits and kept after it,
 * each piece on its own line: the text reads as it is shown, and nothing that came is lost.
 * Linear in the input (no backtracking regex over the whole body), since spammers write it.
 *
 * @param html - the HTML part of a message, decoded to text.
 * @returns its readable text with every link target kept.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let pos = 0;
  // The open <a>: where its text starts in `out`, and its target.
  let open: { start: number; url: string } | undefined;
  // The outermost hidden element open: its name, how deep its own kind is nested, where its text starts.
  let hidden: { name: string; depth: number; start: number } | undefined;
  const hiddenText: string[] = [];
  const endHidden = (): void => {
    if (!hidden) return;
    hiddenText.push(out.slice(hidden.start));
    out = out.slice(0, hidden.start);
    hidden = undefined;
  };
  const closeLink = (): void => {
    if (!open) return;
    const text = decodeEntities(out.slice(open.start));
    if (!spellsTarget(text, open.url)) out += ` <${open.url}>`;
    open = undefined;
  };
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
    if (/^\/a\b/u.test(tag)) closeLink();
    else if (/^(?:a|area|form)\b/u.test(tag)) {
      const link = linkTarget(html.slice(lt + 1, gt));
      if (link?.element === 'a') {
        closeLink();
        open = { start: out.length, url: link.url };
      } else if (link) out += ` <${link.url}> `;
    }
    const inHidden = hidden !== undefined;
    if (hidden) {
      const name = /^(\/?)([a-z][a-z0-9]*)/u.exec(tag);
      if (name?.[2] === hidden.name && !html.slice(lt + 1, gt).endsWith('/')) {
        hidden.depth += name[1] ? -1 : 1;
        if (hidden.depth === 0) endHidden();
      }
    } else {
      const name = hiddenElement(html.slice(lt + 1, gt));
      if (name !== undefined) hidden = { name, depth: 1, start: out.length };
    }
    // A hidden block's own line breaks belong to its text, not to the text around it.
    if (BLOCK.test(tag) && (hidden !== undefined || !inHidden)) out += '\n';
    pos = gt + 1;
  }
  endHidden();
  closeLink();
  const shown = hiddenText.filter((t) => t.trim() !== '');
  if (shown.length > 0) out += `\n\n${shown.map((t) => t.replace(/\s+/gu, ' ').trim()).join('\n')}`;
  return decodeEntities(out)
    .replace(/[ \t\u00a0]+/gu, ' ')
    .replace(/ ?\n ?/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/**
 * The link targets of an HTML part (every `<a>`/`<area>` `href` and `<form>` `action`) that a
 * plain-text part does not spell: where a message with both parts sends a reader of its HTML
 * (what mail clients show) beyond what its text says.
 *
 * @param html - the HTML part.
 * @param text - the plain-text part of the same message.
 * @returns the targets, each once, in order of appearance.
 */
export function htmlOnlyTargets(html: string, text: string): string[] {
  const found: string[] = [];
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const link = linkTarget(html.slice(lt + 1, gt));
    if (link && !found.includes(link.url) && !spellsTarget(text, link.url)) found.push(link.url);
    pos = gt + 1;
  }
  return found;
}
