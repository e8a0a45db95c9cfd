/**
 * Decoding a pack file: UTF-8 only, no binary content; BOM removed and line endings made '\n'. Messages about
 * bad content quote at most a short, escaped excerpt of it (never the file itself: it may be megabytes of bytes).
 */

import { PROBLEM_WORDS, problemWords, said, type ProblemCode, type Said } from './problem-words';

/** `binary`: not text at all (so probably the wrong file), as opposed to text in another encoding. `message`: `problem` in English. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: Said; message: string; binary: boolean };

const refused = (binary: boolean, problem: Said): Decoded => ({ ok: false, binary, problem, message: problemWords(problem, 'en') });

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return refused(true, said('file.binary', { start: byteExcerpt(bytes) }));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused(false, whereNotUtf8(bytes));
  }
  text = text.replace(/^\uFEFF/, '');
  // Looked for first: most files have no carriage return, and a replace scans megabytes of them all the same.
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/** "line 3 has the byte \xe9 after "title: Caf"": where a file stops being UTF-8 (saved as Windows-1253, say). */
function whereNotUtf8(bytes: Uint8Array): Said {
  const at = firstInvalidUtf8(bytes);
  let lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  lineStart = Math.max(lineStart, at - 40);
  const before = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(lineStart, at));
  const byte = bytes[at]!.toString(16).padStart(2, '0');
  return before ? said('file.notUtf8After', { line: String(line), byte, after: excerpt(before, 40) }) : said('file.notUtf8', { line: String(line), byte });
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and out-of-range forms are invalid too; the decoder already said so: point at the lead byte.
    if (n === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! >= 0xa0))) return i;
    if (n === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! >= 0x90))) return i;
    i += n + 1;
  }
  return bytes.length - 1;
}

const EXCERPT_CHARS = 60;
const EXCERPT_BYTES = 16;

/** `"text…"` with control characters escaped, cut at `max` characters (the length is said when cut). */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const chars = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  const shown = chars.slice(0, max).join('');
  const escaped = JSON.stringify(shown).slice(1, -1).replace(/[\u007f-\u009f\u2028\u2029\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return chars.length > max ? `"${escaped}…" (${text.length.toLocaleString('en')} characters)` : `"${escaped}"`;
}

/** The first bytes as `"\x89PNG\r\n…"`: printable ASCII as it is, everything else as \xNN. */
export function byteExcerpt(bytes: Uint8Array, max = EXCERPT_BYTES): string {
  let out = '';
  for (const b of bytes.subarray(0, max)) {
    if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `"${out}${bytes.length > max ? '…' : ''}"`;
}

/** Why a file could not be read, said by the Node error code where the words know it. */
export function readFailureSaid(e: unknown): Said {
  const code = (e as { code?: string } | undefined)?.code;
  const known = code && `os.${code}` in PROBLEM_WORDS ? (`os.${code}` as ProblemCode) : undefined;
  return known ? said(known) : said('value.other', { value: readFailure(e) });
}

/** Why a file could not be read or written, in words (from a Node error code). */
export function readFailure(e: unknown): string {
  const code = (e as { code?: string } | undefined)?.code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EIO: 'input/output error',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'read-only file system',
    ENOENT: 'no such file or folder',
  };
  return (code && words[code]) ?? code ?? (e as Error)?.message ?? String(e);
}
