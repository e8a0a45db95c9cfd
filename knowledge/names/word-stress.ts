/**
 * The stress of Greek words the name rules get wrong, for surnames that are words (Τερζής from τερζής, Ξανθός
 * from ξανθός, Δάσκαλος from δάσκαλος, Μυλωνάς from μυλωνάς): names in capitals carry no accent, and these have
 * theirs where no ending tells. The data is generated (scripts/word-stress.ts; word-stress-data.ts says from
 * what and under which licence); read once, on first use.
 */
import { WORD_STRESS } from './word-stress-data';
import { accentSyllable, finalSigma } from './letters';

let table: Map<string, string> | undefined;

/** Lines of `<syllable from the end> <plain key> …`, and `= <accented word> …` for words written in full. */
function read(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of WORD_STRESS.split('\n')) {
    const [head, ...keys] = line.split(' ').filter(Boolean);
    if (head === undefined) continue;
    for (const key of keys) {
      const lower = head === '=' ? key : accentSyllable(key, Number(head));
      out.set(head === '=' ? key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : key, finalSigma(lower));
    }
  }
  return out;
}

/** A word's accented lower-case form by its accent-free key (lower case, σ for ς), when the rules would miss it. */
export function wordStress(plain: string): string | undefined {
  table ??= read();
  return table.get(plain);
}
