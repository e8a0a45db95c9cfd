/**
 * Where the caret belongs after the text under it was replaced by a merge (another tab's words arriving while the
 * agent types): a browser puts it at the end, and the rest of the sentence would land at the bottom of the note.
 */

/** Line diffs beyond this many line pairs fall back to the prefix/suffix mapping (a note is rarely that long). */
const MAX_LINE_PAIRS = 2_000_000;

/**
 * `pos` in `before` mapped into `after`: on the same line, at the same column, when that line is still there
 * (lines added or removed above or below it do not move it off its words); otherwise by the changed part's size.
 */
export function mapCaret(before: string, after: string, pos: number): number {
  if (before === after) return pos;
  const old = before.split('\n');
  const next = after.split('\n');
  let line = 0;
  let lineStart = 0;
  while (line < old.length - 1 && lineStart + old[line]!.length < pos) lineStart += old[line++]!.length + 1;
  const matched = old.length * next.length <= MAX_LINE_PAIRS ? matchingLine(old, next, line) : undefined;
  if (matched === undefined) return byChangedPart(before, after, pos);
  let start = 0;
  for (let i = 0; i < matched; i++) start += next[i]!.length + 1;
  return start + Math.min(pos - lineStart, next[matched]!.length);
}

/** The line of `next` that line `index` of `old` became, by the longest common sequence of lines. */
function matchingLine(old: string[], next: string[], index: number): number | undefined {
  const n = old.length;
  const m = next.length;
  // lcs[i][j]: longest common sequence of old[i..] and next[j..], row by row in one array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] = old[i] === next[j] ? lcs[at(i + 1, j + 1)]! + 1 : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (old[i] === next[j]) {
      if (i === index) return j;
      i++;
      j++;
    } else if (lcs[at(i + 1, j)]! >= lcs[at(i, j + 1)]!) {
      if (i === index) return undefined;
      i++;
    } else j++;
  }
  return undefined;
}

/** Before the changed part the caret stays; after it, it moves by the change's size; inside, it goes after it. */
function byChangedPart(before: string, after: string, pos: number): number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (pos <= prefix) return pos;
  if (pos >= before.length - suffix) return Math.min(after.length, pos + after.length - before.length);
  return after.length - suffix;
}
