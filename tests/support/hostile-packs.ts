/**
 * Hostile packs, derived from a valid compiled pack and a valid source folder: every field at every depth set to
 * a wrong type, null, a deep nest, control characters, broken surrogates, NaN-ish text; reserved keys, duplicate
 * ids, bad versions, broken signatures, bytes that are not UTF-8, sizes past the cap, truncated files. Every
 * mutant here is one the pack format forbids (a few valid controls are listed apart), so a run expects each to
 * be refused with a message, none to crash or hang, and the packs already installed to go on working.
 */
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signPack } from '../../knowledge/cli/commands/sign';
import { serializePack } from '../../knowledge/pack/serialize';
import type { CompiledPack } from '../../knowledge/types';

export interface Mutant {
  name: string;
  /** The file's bytes, as a trainer or an attacker would hand them over. */
  bytes: Uint8Array;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const utf8 = (text: string) => new TextEncoder().encode(text);
const clone = <T>(v: T): T => structuredClone(v);
/**
 * Stands for a list nested 100,000 deep: JSON.stringify cannot write one (it recurses), so the file text gets it
 * spliced in where this token stands. Test code only: no pack can hold this token, it has a NUL at each end.
 */
const DEEP = '\u0000deep-nest\u0000';
const DEEP_TEXT = `${'['.repeat(100_000)}0${']'.repeat(100_000)}`;
const write = (pack: unknown, indent?: number) => utf8(JSON.stringify(pack, null, indent).split(JSON.stringify(DEEP)).join(DEEP_TEXT));

/** Fields that may be absent: deleting them is valid, so no mutant deletes them. */
const OPTIONAL = new Set(['reviewBy', 'source', 'escalation', 'shortcut', 'description', 'author', 'sites', 'signature', 'customerName', 'ticketId', 'name', 'firstResponseMinutes', 'completionMinutes']);
/** Text of a fixed form (ids, versions, enums, dates): NaN-ish and padded values are wrong there. */
const EXACT = new Set(['id', 'version', 'lang', 'type', 'tone', 'formality', 'reviewBy', 'builtAt', 'schema', 'alg', 'goto', 'ids', 'templates']);
/** Text that may not be blank. */
const NON_EMPTY = new Set([...EXACT, 'shortcut', 'title', 'name', 'department', 'purpose', 'when', 'to', 'match', 'message', 'reply', 'triggers', 'tags', 'channels']);

function at(root: Json, path: Path): Json {
  let v = root;
  for (const k of path) v = (v as Record<string | number, Json>)[k]!;
  return v;
}

function set(root: Json, path: Path, value: Json | undefined): Json {
  const copy = clone(root);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

/** The paths worth mutating: every field, the first two items of each list. */
function paths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) paths(value[k]!, [...path, k], out);
  }
  return out;
}

const nameOf = (path: Path) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('') || '(pack)';
/** The field a value belongs to: its key, or the key of the list it is an item of. */
const fieldOf = (path: Path) => [...path].reverse().find((k) => typeof k === 'string') as string | undefined;

/** Wrong values for what stands at `path` (all forbidden there). */
function wrongValues(path: Path, value: Json): Array<[string, Json | undefined]> {
  const field = fieldOf(path) ?? '';
  const postings = path.length === 2 && path[0] === 'index' && path[1] === 'p';
  const terms = path.length === 2 && path[0] === 'index' && path[1] === 'k';
  const out: Array<[string, Json | undefined]> = [
    ['null', null],
    ['a nest 100,000 deep', DEEP],
  ];
  if (typeof value === 'string') {
    out.push(['a number', 42], ['true', true], ['a list', [value]], ['a map', { text: value }], ['a NUL character', `${value}\u0000x`], ['an escape character', `\u001b[31m${value}`], ['a broken surrogate', `${value}\ud800`]);
    if (NON_EMPTY.has(field)) out.push(['empty text', ''], ['blank text', '   ']);
    if (EXACT.has(field)) out.push(['"NaN"', 'NaN'], ['"Infinity"', 'Infinity'], ['a trailing space', `${value} `], ['a leading space', ` ${value}`], ['"__proto__"', '__proto__']);
    if (field === 'title' || field === 'id' || field === 'triggers') out.push(['huge text', 'x'.repeat(100_000)]);
    // Text that shows nothing, or reads as other than it holds (a right-to-left override spills into what follows).
    if (field === 'title' || field === 'triggers' || field === 'name') out.push(['only invisible characters', '\u200b\u2060\ufeff']);
    if (field === 'title' || field === 'triggers' || field === 'body') out.push(['a direction override', `${value}\u202e`]);
  } else if (typeof value === 'number') {
    out.push(['text', String(value)], ['"NaN"', 'NaN'], ['"Infinity"', 'Infinity'], ['true', true], ['a list', [value]], ['a map', { n: value }]);
    if (field === 'n' || field === 'line') out.push(['zero', 0], ['a fraction', 1.5], ['a negative number', -1]);
    if (field.endsWith('Minutes')) out.push(['a negative number', -1]);
  } else if (Array.isArray(value)) {
    // The index's lists of entries are lists of numbers: wrong there are numbers past the pack's entries.
    const numbers: Json = field === 'dd' || field === 'dp' || field === 'fp' ? [1, 1_000_000] : [1, 2];
    out.push(['text', 'x'], ['a number', 42], ['a map', { 0: 'x' }], ['true', true], ['a list of nulls', [null, null]], ['a list of numbers', numbers], ['a list of maps', [{}, {}]]);
  } else if (value && typeof value === 'object') {
    out.push(['text', 'x'], ['a number', 42], ['a list', [value]], ['true', true]);
    if (path[path.length - 1] === 'terms') out.push(['a __proto__ key', JSON.parse('{"__proto__": "x"}') as Json], ['a constructor key', { ...value, constructor: 'x' }]);
    for (const k of Object.keys(value)) if (!OPTIONAL.has(k) && !(path[path.length - 1] === 'terms')) out.push([`without "${k}"`, set(value, [k], undefined)]);
  }
  // The index's postings string: wrong characters, a number past the pack's entries, a list for no term.
  if (terms) out.push(['terms out of order', (value as string).split(' ').reverse().join(' ')], ['a term without its key space', 'word'], ['an empty term', `${value as string} `]);
  return postings ? [...out, ['bad postings', 'zz,!!'], ['postings out of range', '9999,1'], ['a list more than its terms', `${value as string};0,1`]] : out;
}

/** Mutants of one pack.json: each field at each depth wrong, plus whole-file mutants. */
export function compiledMutants(valid: CompiledPack, options: { maxBytes: number }): Mutant[] {
  const base = JSON.parse(serializePack(valid)) as Json;
  const out: Mutant[] = [];
  const add = (name: string, pack: Json) => out.push({ name, bytes: write(pack, 2) });
  for (const path of paths(base)) {
    for (const [what, wrong] of wrongValues(path, at(base, path))) {
      if (path.length === 0) {
        if (wrong !== undefined) add(`the pack is ${what}`, wrong);
      } else add(`${nameOf(path)} ${what}`, set(base, path, wrong));
    }
  }
  for (const m of wholePackMutants(valid, options.maxBytes)) out.push(m);
  return out;
}

function wholePackMutants(valid: CompiledPack, maxBytes: number): Mutant[] {
  const text = serializePack(valid);
  const bytes = utf8(text);
  const first = valid.entries[0]!;
  const out: Mutant[] = [];
  const add = (name: string, pack: unknown) => out.push({ name, bytes: write(pack) });
  add('a duplicate entry id', { ...valid, entries: [...valid.entries, { ...first, title: 'Twin' }] });
  add('an entry id that differs only by case', { ...valid, entries: [...valid.entries, { ...first, id: first.id.toUpperCase() }] });
  for (const v of ['1.0.0 ', ' 1.0.0', '01.0.0', '1.0', 'v1.0.0', '1.0.0-', '1.0.0+', '', 'NaN', '1.0.0\n', '１.０.０']) add(`version ${JSON.stringify(v)}`, { ...valid, meta: { ...valid.meta, version: v } });
  add('version as a number', { ...valid, meta: { ...valid.meta, version: 1 } });
  add('schemaVersion 2', { ...valid, schemaVersion: 2 });
  add('no entries list', { ...valid, entries: null });
  add('index null, title 42 (the reported pack)', { ...valid, index: null, entries: valid.entries.map((e, i) => (i === 1 ? { ...e, title: 42 } : e)) });
  add('index of a newer version', { ...valid, index: { ...(valid.index as object), v: 99 } });
  add('index with nulls', { ...valid, index: { ...(valid.index as object), s: [null], tr: [[null]] } });
  add('an SOP step numbered out of order', { ...valid, entries: valid.entries.map((e) => (e.type === 'sop' ? { ...e, steps: e.steps.map((s, i) => ({ ...s, n: i === 0 ? 7 : s.n })) } : e)) });
  add('an SOP branch to a missing step', { ...valid, entries: valid.entries.map((e) => (e.type === 'sop' && e.steps[0] ? { ...e, steps: [{ ...e.steps[0], branches: [{ condition: 'x', goto: 99 }] }, ...e.steps.slice(1)] } : e)) });
  add('a glossary with a __proto__ term', JSON.parse(JSON.stringify({ ...valid, entries: valid.entries.map((e) => (e.type === 'sop' ? { ...e, terms: { x: 'y' } } : e)) }).replace('"terms":{"x":"y"}', '"terms":{"__proto__":{"polluted":"yes"}}')));
  add('too many triggers', { ...valid, entries: valid.entries.map((e, i) => (i === 0 ? { ...e, triggers: Array.from({ length: 200_000 }, () => 'x') } : e)) });
  add('200,000 wrong triggers', { ...valid, entries: valid.entries.map((e, i) => (i === 0 ? { ...e, triggers: Array.from({ length: 200_000 }, () => 42) } : e)) });
  // Signatures: malformed, wrong, from another key, over other content.
  const key = generateKeyPairSync('ed25519');
  const signed = signPack(valid, key.privateKey);
  add('a malformed signature', { ...valid, signature: { alg: 'RSA', publicKey: 'x', value: 'y' } });
  add('a signature over other content', { ...signed, meta: { ...signed.meta, name: `${signed.meta.name} (changed)` } });
  add('a signature that is not base64', { ...signed, signature: { ...signed.signature!, value: '!!!' } });
  add('a signature of the wrong length', { ...signed, signature: { ...signed.signature!, value: 'AAAA' } });
  const otherKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  add('a signature with another key', { ...signed, signature: { ...signed.signature!, publicKey: otherKey } });
  // Bytes and sizes.
  const bytesWith = (at: number, insert: number[]) => new Uint8Array([...bytes.subarray(0, at), ...insert, ...bytes.subarray(at)]);
  const inTitle = text.indexOf(`"${valid.entries[0]!.title}"`) + 2;
  out.push({ name: 'a Latin-1 byte in a title', bytes: bytesWith(inTitle, [0xe9]) });
  out.push({ name: 'a 0xFF byte', bytes: bytesWith(inTitle, [0xff]) });
  out.push({ name: 'a cut UTF-8 sequence', bytes: bytesWith(inTitle, [0xce]) });
  out.push({ name: 'an overlong UTF-8 encoding', bytes: bytesWith(inTitle, [0xc0, 0xaf]) });
  out.push({ name: 'a UTF-8 encoded surrogate', bytes: bytesWith(inTitle, [0xed, 0xa0, 0x80]) });
  out.push({ name: 'a NUL byte', bytes: bytesWith(inTitle, [0x00]) });
  out.push({ name: 'UTF-16', bytes: new Uint8Array([0xff, 0xfe, ...Array.from(text.slice(0, 2000)).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]) });
  out.push({ name: 'cut in half', bytes: bytes.subarray(0, bytes.length >> 1) });
  out.push({ name: 'an empty file', bytes: new Uint8Array() });
  out.push({ name: 'the word null', bytes: utf8('null') });
  out.push({ name: 'an HTML page', bytes: utf8('<!doctype html><title>Login</title>') });
  out.push({ name: 'two packs in one file', bytes: utf8(`${text}${text}`) });
  out.push({ name: 'a JSON nest a million deep', bytes: utf8(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`) });
  const big = { ...valid, entries: valid.entries.map((e, i) => (i === 0 ? { ...e, body: 'x'.repeat(maxBytes + 1024 * 1024) } : e)) };
  out.push({ name: `larger than ${maxBytes / 1024 / 1024} MB`, bytes: utf8(JSON.stringify(big)) });
  return out;
}

/** Valid variations: each must be accepted (and what is stored must be what was checked). */
export function validControls(valid: CompiledPack): Mutant[] {
  const text = serializePack(valid);
  return [
    { name: 'as built', bytes: utf8(text) },
    { name: 'with a byte-order mark', bytes: utf8(`\uFEFF${text}`) },
    { name: 'on one line', bytes: utf8(JSON.stringify(valid)) },
    { name: 'with an unknown field (ignored)', bytes: utf8(JSON.stringify({ ...valid, futureField: { x: 1 } })) },
    { name: 'with an index from an older version (rebuilt)', bytes: utf8(JSON.stringify({ ...valid, index: { v: 3 } })) },
  ];
}

/* ---------------------------------------------------------------- source folders */

export interface SourceMutant {
  name: string;
  /** Files to write over a copy of the valid folder (relative path → content). */
  files: Record<string, string | Uint8Array>;
}

/** Front matter keys of a source file, in order. */
function frontMatterKeys(text: string): string[] {
  const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return fm.split('\n').map((l) => /^([A-Za-z_][\w-]*):/.exec(l)?.[1]).filter((k): k is string => !!k);
}

function replaceKey(text: string, key: string, yaml: string): string {
  return text.replace(new RegExp(`^${key}:.*(?:\\n[ \\t]+.*)*`, 'm'), `${key}: ${yaml}`);
}

/** Source values no field accepts (numbers are text in the source format, so they are not among them). */
const SOURCE_WRONG: Array<[string, string]> = [
  ['a map', '{a: 1}'],
  ['a list of maps', '[{a: 1}]'],
  ['a nest 3000 deep', `${'['.repeat(3000)}x${']'.repeat(3000)}`],
  ['a control character', '"x\\x01y"'],
  ['a broken surrogate', '"x\\ud800y"'],
];
const SOURCE_SCALAR_WRONG: Array<[string, string]> = [['a list', '[a, b]'], ['true', 'true'], ['"NaN"', 'NaN']];

/** Mutants of a source folder: each front-matter and pack.yaml field wrong, plus bytes, duplicates and body mistakes. */
export function sourceMutants(dir: string): SourceMutant[] {
  const out: SourceMutant[] = [];
  const files = listFiles(dir).filter((f) => f.endsWith('.md') && !/readme\.md$/i.test(f));
  for (const rel of [...files, 'pack.yaml']) {
    const text = readFileSync(join(dir, rel), 'utf8');
    const keys = rel === 'pack.yaml' ? text.split('\n').map((l) => /^([A-Za-z]\w*):/.exec(l)?.[1]).filter((k): k is string => !!k) : frontMatterKeys(text);
    for (const key of keys) {
      const lists = key === 'triggers' || key === 'tags' || key === 'channel' || key === 'channels';
      const maps = key === 'terms' || key === 'metrics' || key === 'escalation';
      const wrongs = [...SOURCE_WRONG.filter(([w]) => !(maps && w === 'a map')), ...(lists || maps ? [] : SOURCE_SCALAR_WRONG.filter(([w]) => !(w === '"NaN"' && !EXACT.has(key) && key !== 'channel')))];
      for (const [what, yaml] of wrongs) {
        if (lists && what === 'a list of maps') continue;
        out.push({ name: `${rel} ${key}: ${what}`, files: { [rel]: replaceKey(text, key, yaml) } });
      }
      if (EXACT.has(key)) out.push({ name: `${rel} ${key}: a trailing space`, files: { [rel]: replaceKey(text, key, JSON.stringify(`${/^[^:]+:\s*(.*)$/m.exec(text.split('\n').find((l) => l.startsWith(`${key}:`)) ?? '')?.[1]?.replace(/^"|"$/g, '') ?? 'x'} `)) } });
    }
    const bytes = utf8(text);
    out.push({ name: `${rel}: a Latin-1 byte`, files: { [rel]: new Uint8Array([...bytes.subarray(0, 10), 0xe9, ...bytes.subarray(10)]) } });
    out.push({ name: `${rel}: a NUL byte`, files: { [rel]: new Uint8Array([...bytes.subarray(0, 10), 0, ...bytes.subarray(10)]) } });
  }
  const [first] = files;
  if (first) out.push({ name: 'a duplicate entry file', files: { [`${first.replace(/\.md$/, '')}-copy.md`]: readFileSync(join(dir, first), 'utf8') } });
  out.push({ name: 'pack.yaml version 1.0', files: { 'pack.yaml': replaceKey(readFileSync(join(dir, 'pack.yaml'), 'utf8'), 'version', '1.0') } });
  out.push({ name: 'pack.yaml is a list', files: { 'pack.yaml': '- a\n- b\n' } });
  out.push({ name: 'a template body of a million unclosed {{', files: { 'templates/hostile-body.md': `---\nid: hostile-body\ntype: template\ntitle: Hostile\ntone: closing\ntriggers: [x]\n---\n${'{{'.repeat(1_000_000)}\n` } });
  out.push({ name: 'an SOP of 200,000 links to nowhere', files: { 'sops/hostile-links.md': `---\nid: hostile-links\ntype: sop\ntitle: Hostile\ndepartment: X\npurpose: X\n---\n1. ${'[[nowhere]] '.repeat(200_000)}\n` } });
  out.push({ name: 'a glossary term __proto__', files: { 'sops/hostile-terms.md': `---\nid: hostile-terms\ntype: sop\ntitle: Hostile\ndepartment: X\npurpose: X\nterms:\n  __proto__: polluted\n---\n1. Step.\n` } });
  return out;
}

function listFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((d) => {
    const rel = sub ? `${sub}/${d.name}` : d.name;
    return d.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** A copy of `dir` at `to` with the mutant's files written over it. */
export function writeSourceMutant(dir: string, to: string, mutant: SourceMutant): void {
  cpSync(dir, to, { recursive: true });
  for (const [rel, content] of Object.entries(mutant.files)) writeFileSync(join(to, rel), content);
}
