/**
 * Greek text as customers write it in Latin letters, in four styles seen in real messages (see
 * /work/shared/notes/greek-text.md): bench/intents.ts --greeklish asks every Greek query in each of them, so the
 * figure says how much is lost when the customer writes Greeklish instead of Greek.
 *   0 by sound, lazily: η υ ει οι → i, ω → o, αι → e, ευ → ef, θ → th, χ → x, ξ → ks
 *   1 by look: η → h, ω → w, υ → y, θ → 8, ξ → 3, β → b, ου → oy
 *   2 mixed: η → h, υ → u, ου → u, θ → th, χ → ch, φ → ph, ξ → x, αυ/ευ → av/ev
 *   3 η → i, ω → w, υ → y, θ → 8, χ → h, ει/οι kept
 */
const LETTERS = 'αβγδεζηθικλμνξοπρσςτυφχψω';
const style = (singles: string, pairs: Record<string, string> = {}): Record<string, string> => {
  const map: Record<string, string> = { ...pairs };
  singles.split(' ').forEach((latin, i) => (map[LETTERS[i]!] = latin));
  return map;
};

export const GREEKLISH_STYLES: ReadonlyArray<Record<string, string>> = [
  style('a v g d e z i th i k l m n ks o p r s s t i f x ps o', { ου: 'ou', ει: 'i', οι: 'i', αι: 'e', ευ: 'ef', αυ: 'af', μπ: 'b', ντ: 'nt' }),
  style('a b g d e z h 8 i k l m n 3 o p r s s t y f x ps w', { ου: 'oy' }),
  style('a v g d e z h th i k l m n x o p r s s t u ph ch ps o', { ου: 'u', ευ: 'ev', αυ: 'av' }),
  style('a v g d e z i 8 i k l m n ks o p r s s t y f h ps w', { ει: 'ei', οι: 'oi', ου: 'ou' }),
];

/** `text` with its Greek letters written in Latin ones in the given style (accents dropped, case lowered). */
export function toGreeklish(text: string, map: Record<string, string>): string {
  const t = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const two = map[t.slice(i, i + 2)];
    if (two !== undefined) {
      out += two;
      i++;
    } else out += map[t[i]!] ?? t[i];
  }
  return out;
}
