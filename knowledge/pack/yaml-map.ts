/**
 * YAML parsing that keeps line numbers: every error carries its line, and every top-level key can be
 * located, so a message points at the field that is wrong.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface YamlMap {
  value: Record<string, unknown>;
  /**
   * File line of a top-level key, or of a key one level down written `parent.key` (`variables.policy.refundDays`);
   * undefined when the key is absent.
   */
  lineOf(key: string): number | undefined;
}

export type YamlResult =
  | { ok: true; map: YamlMap }
  | { ok: false; errors: Array<{ line: number; message: string }> };

/**
 * Parses `text` as a YAML map. `firstLine` is the file line of the text's first line (front matter
 * starts on line 2 of a Markdown file).
 */
export function parseYamlMap(text: string, firstLine = 1, what = 'the YAML'): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        line: lineAt(e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    const found = contents === null ? 'nothing' : isScalar(contents) ? 'a single value' : 'a list';
    return { ok: false, errors: [{ line: firstLine, message: `${what} must be a map of fields (key: value), found ${found}` }] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, errors: [{ line: firstLine, message: `invalid YAML: ${(e as Error).message}` }] };
  }
  const lines = new Map<string, number>();
  const children = new Map<string, number>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (key === undefined || !range) continue;
    lines.set(key, lineAt(range[0]));
    if (!isMap(pair.value)) continue;
    for (const child of pair.value.items) {
      if (isScalar(child.key) && child.key.range) children.set(`${key}.${String(child.key.value)}`, lineAt(child.key.range[0]));
    }
  }
  return { ok: true, map: { value: value as Record<string, unknown>, lineOf: (key) => lines.get(key) ?? children.get(key) } };
}
