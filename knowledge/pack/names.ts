/**
 * Names a trainer teaches Odigos inside a pack (`names.yaml` beside `pack.yaml`): a name's accent (how names
 * written in capitals get theirs), its vocative where the rules get it wrong, a first name's gender, and whether
 * a name is a first name or a surname. Each name passes the pack format's declaration (format.ts, `nameEntry`);
 * every problem is reported with its file and line.
 */
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { hasAccent, isGreekWord, letters, nuclei, plainKey } from '../names/letters';
import { formatSaid, fromIssue } from './check-format';
import { nameEntry, type NameEntry } from './format';
import { problemAt, said, type Problem, type Said } from './problems';
import { decodeText } from './text-file';

export const NAMES_FILE = 'names.yaml';

const FIELDS = Object.keys(nameEntry.entries);

/** Advice that is no error: a Greek name without its accent, a vocative that is not a form of the name. */
function advice(e: NameEntry): Said[] {
  const out: Said[] = [];
  const syllables = (w: string) => nuclei(letters(w), true).length;
  for (const [field, word] of [['name', e.name], ['vocative', e.vocative]] as const) {
    if (word && isGreekWord(word) && !hasAccent(word) && syllables(word) > 1) {
      out.push(said('name.noAccent', { field, word }));
    }
  }
  if (e.vocative) {
    const [a, b] = [plainKey(e.name), plainKey(e.vocative)];
    const stem = Math.min(3, a.length - 1, b.length - 1);
    if (a.slice(0, stem) !== b.slice(0, stem)) out.push(said('name.vocative', { vocative: e.vocative, name: e.name }));
  }
  return out;
}

function lineOf(counter: LineCounter, node: unknown): number {
  const offset = (node as { range?: [number] } | undefined)?.range?.[0];
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

/** One item of the list: the name, or undefined after reporting why not. */
function readItem(item: unknown, at: number, file: string, counter: LineCounter, problems: Problem[]): NameEntry | undefined {
  const line = lineOf(counter, item);
  const say = (severity: Problem['severity'], problem: Said, where = line) => problems.push(problemAt(severity, file, where, said('at.name', { n: at + 1, problem })));
  if (!isMap(item)) {
    say('error', said('name.notMap'));
    return undefined;
  }
  let value: Record<string, unknown>;
  try {
    value = item.toJSON() as Record<string, unknown>;
  } catch (e) {
    // Nesting deeper than the stack (a hostile file) is a problem of this name, not a crash of the tool.
    say('error', said('item.unreadable', { detail: (e as Error).message }));
    return undefined;
  }
  const fieldLine = (key: unknown) => {
    const node = typeof key === 'string' ? (item.get(key, true) as YamlNode | undefined) : undefined;
    return node ? lineOf(counter, node) : line;
  };
  for (const key of Object.keys(value)) if (!FIELDS.includes(key)) say('warning', said('name.unknownField', { field: key, known: FIELDS }), fieldLine(key));
  const checked = v.safeParse(nameEntry, value, { abortPipeEarly: true });
  if (!checked.success) {
    for (const issue of checked.issues) {
      const p = fromIssue(issue, []);
      say('error', formatSaid(p, 0, said('what.name')), fieldLine(p.path[0]));
    }
    return undefined;
  }
  for (const problem of advice(checked.output)) say('warning', problem);
  return checked.output;
}

/** Reads a pack's `names.yaml` (`file` as the user names it): `names:` followed by a list of names. */
export function parseNames(bytes: Uint8Array, file: string, problems: Problem[]): NameEntry[] {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push(problemAt('error', file, undefined, decoded.problem));
    return [];
  }
  const counter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(problemAt('error', file, counter.linePos(e.pos[0]).line, said('yaml.invalid', { detail: e.message.split('\n')[0] })));
    return [];
  }
  const list = isMap(doc.contents) ? doc.contents.get('names', true) : undefined;
  if (!isSeq(list)) {
    problems.push(problemAt('error', file, 1, said('names.shape')));
    return [];
  }
  const out: NameEntry[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((item, at) => {
    const entry = readItem(item, at, file, counter, problems);
    if (!entry) return;
    const key = plainKey(entry.name);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problemAt('warning', file, lineOf(counter, item), said('at.name', { n: at + 1, problem: said('name.duplicate', { name: entry.name, first: first + 1 }) })));
      return;
    }
    seen.set(key, at);
    out.push(entry);
  });
  return out;
}
