import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import JPShinjitaiCharacters from 'opencc-js/dict/JPShinjitaiCharacters';
import JPShinjitaiCharactersRev from 'opencc-js/dict/JPShinjitaiCharactersRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Traditional → Simplified folding of single characters, from OpenCC's character tables as
 * shipped by opencc-js (`TSCharacters`, plus the Taiwan and Hong Kong variant tables). Only
 * these tables (and the two Japanese shinjitai tables, ≈ 6 kB) are imported (≈ 36 kB, not the
 * 1.2 MB phrase dictionaries): matching
 * folds one character at a time, so 張榮偉, 张荣伟 and mixed forms all read 张荣伟 and the
 * compacted text keeps one character per character.
 */
type Dict = string;

function entries(dict: Dict): [string, string][] {
  return dict.split('|').map((entry) => {
    const [from, to] = entry.split(' ');
    return [from!, to!];
  });
}

let table: Map<number, string> | undefined;

/** The Traditional → Simplified table by code point, built on first use. */
export function hanFoldTable(): Map<number, string> {
  if (table) return table;
  const ts = new Map(entries(TSCharacters));
  const out = new Map<number, string>();
  // A regional variant first becomes OpenCC's Traditional form (為 → 爲), then Simplified (为).
  for (const [variant, traditional] of [...entries(TWVariantsRev), ...entries(HKVariantsRev)]) {
    const simplified = ts.get(traditional) ?? traditional;
    if (simplified !== variant) out.set(variant.codePointAt(0)!, simplified);
  }
  for (const [traditional, simplified] of ts) out.set(traditional.codePointAt(0)!, simplified);
  // Japanese shinjitai (沢 竜 徳 発 豊 呉) through their Traditional form, from OpenCC's JP tables
  // read both ways, and a few variant characters no table lists. A shinjitai that is also a
  // character of Simplified Chinese (予, 弁, 万) is left alone: it is written in Chinese names.
  const chinese = gb2312Hanzi();
  const japanese: [string, string][] = [
    ...entries(JPShinjitaiCharacters),
    ...entries(JPShinjitaiCharactersRev).map(([traditional, shinjitai]): [string, string] => [
      shinjitai,
      traditional,
    ]),
    ...VARIANT_CHARACTERS,
  ];
  if (chinese) {
    for (const [variant, traditional] of japanese) {
      const code = variant.codePointAt(0)!;
      if (chinese.has(variant) || out.has(code) || variant === traditional) continue;
      const simplified = out.get(traditional.codePointAt(0)!) ?? ts.get(traditional) ?? traditional;
      if (simplified !== variant) out.set(code, simplified);
    }
  }
  table = out;
  return out;
}

/**
 * Variant characters outside OpenCC's tables (Unihan kZVariant / kSemanticVariant of a common
 * character), each folded to the character Chinese text writes.
 */
const VARIANT_CHARACTERS: [string, string][] = [
  ['靑', '青'],
  ['淸', '清'],
  ['靜', '静'],
  ['眞', '真'],
];

/**
 * The Han characters of GB 2312 (the Simplified Chinese character set), read through the
 * standard `gbk` TextDecoder; `undefined` where the runtime has no such decoder (then no
 * Japanese folding is done, rather than folding a character Chinese also uses).
 */
function gb2312Hanzi(): Set<string> | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk');
  } catch {
    return undefined;
  }
  const out = new Set<string>();
  const bytes = new Uint8Array(2);
  for (let high = 0xb0; high <= 0xf7; high++)
    for (let low = 0xa1; low <= 0xfe; low++) {
      bytes[0] = high;
      bytes[1] = low;
      const char = decoder.decode(bytes);
      if (char !== '\ufffd') out.add(char);
    }
  return out;
}
