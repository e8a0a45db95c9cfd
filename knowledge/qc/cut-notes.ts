/**
 * An older notes export (odigos-notes JSON, one document) cut short — an upload or a copy that stopped part-way —
 * is not JSON any more, and the whole file was skipped: every complete note in it was lost with the one cut. This
 * reads what is whole: the document's fields before its notes, and each note of the list that closes before the
 * cut. Pure: it takes the text.
 */
export interface CutNotes {
  /** The document's fields before "notes" (format, version, exportedAt, masked), as far as they are whole. */
  head: Record<string, unknown>;
  /** The notes that close before the cut, each parsed on its own. */
  notes: unknown[];
}

/** The end (exclusive) of the JSON value starting at `from` (an object or array), or -1 if the text ends inside it. */
function closeOf(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** What a cut notes export still holds; undefined when it has no notes list to read from. */
export function readCutNotes(text: string): CutNotes | undefined {
  const list = /"notes"\s*:\s*\[/u.exec(text);
  if (!list) return undefined;
  let head: Record<string, unknown> = {};
  try {
    // The fields before the list, closed as an object of their own.
    head = JSON.parse(`${text.slice(0, list.index).replace(/,\s*$/u, '')}}`) as Record<string, unknown>;
  } catch {
    // A head that does not read leaves the format unknown: the caller refuses the file.
  }
  const notes: unknown[] = [];
  let at = list.index + list[0].length;
  for (;;) {
    const start = text.slice(at).search(/\S/u);
    if (start < 0 || text[at + start] !== '{') break;
    const end = closeOf(text, at + start);
    if (end < 0) break;
    try {
      notes.push(JSON.parse(text.slice(at + start, end)));
    } catch {
      break;
    }
    at = end;
    const comma = /^\s*,/u.exec(text.slice(at));
    if (!comma) break;
    at += comma[0].length;
  }
  return { head, notes };
}
