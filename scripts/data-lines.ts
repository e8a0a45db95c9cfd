/**
 * How the generators of knowledge/names data files lay out their lists (scripts/word-stress.ts, name-stress.ts,
 * nameday-names.ts, faker-py-surnames.ts): one way, so the files they write read alike and diff cleanly.
 */
import { accentSyllable, finalSigma } from '../knowledge/names/letters';

/** Words joined into lines of about `width` characters. */
export function wrapWords(words: string[], width = 110): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The syllable from the end that carries the accent, when putting it back there gives the word again. */
export function stressPlace(plain: string, word: string): number | undefined {
  for (let at = 0; at < 4; at++) if (finalSigma(accentSyllable(plain, at)) === word) return at;
  return undefined;
}

/**
 * Words grouped by where their accent falls, as the stress data files hold them: `<syllable from the end (0 = last)>
 * <accent-free key> …`, or `= <word> …` written in full where putting the accent back on the key does not give it.
 */
export class StressGroups {
  private readonly byPlace = new Map<string, string[]>();
  size = 0;

  add(plain: string, word: string): void {
    const place = stressPlace(plain, word);
    const head = place === undefined ? '=' : String(place);
    const list = this.byPlace.get(head) ?? [];
    list.push(place === undefined ? word.replace(/ς$/, 'σ') : plain);
    this.byPlace.set(head, list);
    this.size++;
  }

  /** Lines of at most 120 characters, each starting with its group's head. */
  lines(): string {
    const out: string[] = [];
    for (const head of [...this.byPlace.keys()].sort()) {
      let cur = head;
      for (const w of this.byPlace.get(head)!.sort()) {
        if (cur.length + w.length + 1 > 120) {
          out.push(cur);
          cur = head;
        }
        cur += ` ${w}`;
      }
      out.push(cur);
    }
    return out.join('\n');
  }
}
