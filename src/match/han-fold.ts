import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Traditional → Simplified folding of single characters, from OpenCC's character tables as
 * shipped by opencc-js (`TSCharacters`, plus the Taiwan and Hong Kong variant tables). Only
 * these three tables are imported (≈ 30 kB, not the 1.2 MB phrase dictionaries): matching
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
  table = out;
  return out;
}
