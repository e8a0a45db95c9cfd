/**
 * YAML parsing that keeps line numbers: every error carries its line, and every top-level key can be
 * located, so a message points at the field that is wrong.
 */
import { problemWords, said, type Said } from './problem-words';
import { isMap, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';

export interface YamlMap {
  value: Record<string, unknown>;
  /**
   * File line of a top-level key, or of a key one level down written `parent.key` (`variables.policy.refundDays`);
   * undefined when the key is absent.
   */
  lineOf(key: string): number | undefined;
}

/** A YAML mistake at its line: said by its code, with its English words in `message`. */
export interface YamlError {
  line: number;
  problem: Said;
  message: string;
}

const yamlError = (line: number, problem: Said): YamlError => ({ line, problem, message: problemWords(problem, 'en') });

export type YamlResult =
  | { ok: true; map: YamlMap }
  | {
      ok: false;
      errors: YamlError[];
      /**
       * The map as it reads once each unquoted value with ": " in it is quoted, when that fixes the YAML: the
       * rest of the file can still be checked (the errors above still fail it).
       */
      recovered?: YamlMap;
    };

/**
 * Parses `text` as a YAML map. `firstLine` is the file line of the text's first line (front matter
 * starts on line 2 of a Markdown file).
 */
export function parseYamlMap(text: string, firstLine = 1, what = 'the YAML'): YamlResult {
  const first = parseOnce(text, firstLine, what);
  if (first.ok || !first.colons.length) return first.ok ? first : { ok: false, errors: first.errors };
  // `title: Refund: how it works` is a map inside a map to YAML. Quote those values and read the rest.
  const lines = text.split('\n');
  const errors = [
    ...new Map(
      first.errors.map((e) => {
        const fix = first.colons.find((c) => c.line === e.line);
        return [fix ? `colon ${e.line}` : `${e.line} ${e.message}`, fix ? yamlError(e.line, said('yaml.colon', { fix: fix.quoted.trim() })) : e];
      }),
    ).values(),
  ];
  for (const c of first.colons) lines[c.line - firstLine] = c.quoted;
  const second = parseOnce(lines.join('\n'), firstLine, what);
  if (!second.ok) return { ok: false, errors: [...errors, ...second.errors.filter((e) => !errors.some((x) => x.line === e.line))] };
  return { ok: false, errors, recovered: second.map };
}

interface Colon {
  line: number;
  /** The line with its value in double quotes. */
  quoted: string;
}

type Parsed = { ok: true; map: YamlMap } | { ok: false; errors: YamlError[]; colons: Colon[] };

function parseOnce(text: string, firstLine: number, what: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    const textLines = text.split('\n');
    return {
      ok: false,
      errors: doc.errors.map((e) => yamlError(lineAt(e.pos[0]), said('yaml.invalid', { detail: e.message.split('\n')[0] }))),
      // The first such error of a line starts its value (a second colon in it is reported too).
      colons: [...new Map(doc.errors.flatMap((e) => quotedValue(textLines, e, lineCounter, firstLine) ?? []).reverse().map((c) => [c.line, c])).values()],
    };
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    const found = said(contents === null ? 'yaml.foundNothing' : isScalar(contents) ? 'yaml.foundValue' : 'yaml.foundList');
    const code = what === 'pack.yaml' ? 'yaml.notMapMeta' : what === 'the front matter' ? 'yaml.notMapEntry' : 'yaml.notMap';
    return { ok: false, colons: [], errors: [yamlError(firstLine, said(code, { what, found }))] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, colons: [], errors: [yamlError(firstLine, said('yaml.invalid', { detail: (e as Error).message }))] };
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

/** For "Nested mappings are not allowed in compact mappings" at a plain value: its line with the value quoted. */
function quotedValue(textLines: string[], e: YAMLError, lineCounter: LineCounter, firstLine: number): Colon | undefined {
  if (e.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const { line, col } = lineCounter.linePos(e.pos[0]);
  const lineText = textLines[line - 1] ?? '';
  const head = lineText.slice(0, col - 1);
  const value = lineText.slice(col - 1).trim();
  if (!/:\s*$/.test(head) || !/: /.test(value) || /^["'[{|>&*!%@`#]/.test(value)) return undefined;
  return { line: line + firstLine - 1, quoted: `${head}${JSON.stringify(value)}` };
}
