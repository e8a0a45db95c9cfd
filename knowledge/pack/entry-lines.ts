/**
 * Where each entry of a pack.json starts, for messages that point at it: one pass over the text, done only when
 * there is a problem to report (finding each entry's line by searching the whole file made loading quadratic:
 * 21 s for a 5,000-entry pack).
 */

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/**
 * Line (1-based) of each element of the top-level "entries" list of valid JSON `text`: the line of the element's
 * "id" key when it has one, else the line where the element starts. A later "entries" key wins, as in JSON.parse.
 */
export function entryLines(text: string): number[] {
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  /** Depth inside the entries list (its elements open at entriesDepth + 1); 0 when outside it. */
  let entriesDepth = 0;
  let expectElement = false;
  let idSeen = false;
  let lastKeyAtTop = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (c === QUOTE) {
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
      if (entriesDepth && depth === entriesDepth && expectElement) {
        lines.push(line);
        expectElement = false;
      } else if (depth === 1 || (entriesDepth && depth === entriesDepth + 1 && !idSeen)) {
        const key = isKey(text, i + 1) ? text.slice(start + 1, i) : undefined;
        if (depth === 1 && key !== undefined) lastKeyAtTop = key;
        if (depth === entriesDepth + 1 && key === 'id') {
          lines[lines.length - 1] = line;
          idSeen = true;
        }
      }
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 44 /* , */) {
      if (entriesDepth && depth === entriesDepth) expectElement = true;
      continue;
    }
    if (c === 58 /* : */) continue;
    if (entriesDepth && depth === entriesDepth && expectElement) {
      lines.push(line);
      expectElement = false;
      idSeen = false;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth === 2 && c === 91 && lastKeyAtTop === 'entries') {
        entriesDepth = 2;
        lines = [];
        expectElement = true;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (entriesDepth && depth === entriesDepth) {
        entriesDepth = 0;
        expectElement = false;
      }
      depth--;
    }
  }
  return lines;
}

/** Whether the string that ended just before `from` is an object key (a ':' follows). */
function isKey(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return false;
}

/** Calls `compute` once, on first use. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
