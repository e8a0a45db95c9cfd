import type { CompiledPack } from '../types';

/**
 * The text of a pack.json: entries indented, so diffs and line numbers in messages stay readable;
 * the engine's index on one line (indenting it would double the file for nobody's benefit), as the last
 * member. It is joined in by position, never by searching the text for a marker: pack content may hold any
 * string, a marker's included.
 */
export function serializePack(pack: CompiledPack): string {
  const { index, ...rest } = pack;
  const text = JSON.stringify(rest, null, 2);
  // `text` is an object printed with two-space indent: it ends with "\n}".
  return `${text.slice(0, -2)},\n  "index": ${JSON.stringify(index) ?? 'null'}\n}\n`;
}
