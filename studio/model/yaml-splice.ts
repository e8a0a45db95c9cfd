/**
 * Changing some top-level keys of a YAML map (front matter, pack.yaml) while every other line stays byte for byte
 * as the trainer wrote it: comments, key order, quoting, folded text and fields the studio does not know (a newer
 * format's `stage`, a typo it must not silently drop). A git diff then shows only what was edited.
 */
import { Document, isMap, isScalar, parseDocument, visit } from 'yaml';

/** A value to write for a key; `undefined` removes the key. Lists are written in flow style: `[a, b]`. */
export type YamlValue = string | string[] | Record<string, string> | Record<string, string[]> | undefined;

/** Top-level keys with the line each starts on (0-based), in file order; undefined when the text is no YAML map. */
export function topLevelKeys(yamlText: string): Array<{ key: string; line: number }> | undefined {
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length) return undefined;
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) return undefined;
  const starts = lineStarts(yamlText);
  const out: Array<{ key: string; line: number }> = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    out.push({ key: String(pair.key.value), line: lineOf(starts, pair.key.range[0]) });
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `key: value` lines as the studio writes a new or changed key (no folding, flow lists, block maps). */
export function yamlKeyText(key: string, value: Exclude<YamlValue, undefined>): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * `yamlText` with each key of `changes` replaced, added (before the first key that comes after it in `order`,
 * else at the end) or removed. Lines of keys not in `changes`, and comment lines between keys, are kept as they are.
 */
export function spliceYamlMap(yamlText: string, changes: Record<string, YamlValue>, order: readonly string[]): string {
  const keys = topLevelKeys(yamlText);
  if (!keys) throw new Error('not a YAML map');
  const lines = yamlText === '' ? [] : yamlText.replace(/\n$/, '').split('\n');
  // Each key owns its line and the indented (or blank-then-indented) lines after it.
  const segments = keys.map((k, i) => {
    let end = i + 1 < keys.length ? keys[i + 1].line : lines.length;
    while (end > k.line + 1 && /^(\s*$|#)/.test(lines[end - 1])) end--;
    return { key: k.key, start: k.line, end };
  });
  const replacement = new Map<number, string[]>();
  const removed = new Set<number>();
  const inserts: Array<{ before: number; rank: number; text: string[] }> = [];
  for (const [key, value] of Object.entries(changes)) {
    const seg = segments.find((s) => s.key === key);
    const text = value === undefined ? [] : yamlKeyText(key, value).replace(/\n$/, '').split('\n');
    if (seg) {
      if (value === undefined) removed.add(seg.start);
      else replacement.set(seg.start, text);
      continue;
    }
    if (value === undefined) continue;
    const rank = order.indexOf(key);
    const next = rank < 0 ? undefined : segments.find((s) => order.indexOf(s.key) > rank);
    inserts.push({ before: next ? next.start : lines.length, rank: rank < 0 ? order.length : rank, text });
  }
  inserts.sort((a, b) => a.rank - b.rank);
  const out: string[] = [];
  const flushInserts = (at: number) => {
    for (const ins of inserts) if (ins.before === at) out.push(...ins.text);
  };
  let i = 0;
  while (i < lines.length) {
    flushInserts(i);
    const seg = segments.find((s) => s.start === i);
    if (seg && (removed.has(i) || replacement.has(i))) {
      out.push(...(replacement.get(i) ?? []));
      i = seg.end;
      continue;
    }
    out.push(lines[i]);
    i++;
  }
  flushInserts(lines.length);
  return out.length ? `${out.join('\n')}\n` : '';
}
