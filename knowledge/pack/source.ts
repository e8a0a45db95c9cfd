/**
 * Reads a pack source's files: `pack.yaml`, `sites.yaml`, `names.yaml` and every entry's `*.md`. Never throws for
 * bad content: everything wrong becomes a Problem. Which files there are, and their bytes, come from whoever
 * holds the folder (knowledge/node/pack-folder.ts on disk), so this part stays pure and runs anywhere.
 */
import type { NameEntry, PackMeta } from '../types';
import { readEntry } from './entry';
import { splitFrontMatter } from './front-matter';
import type { LocatedEntry } from './located';
import { readPackMeta } from './pack-meta';
import { problemAt, said, type Problem, type Said, type Unusable } from './problems';
import { decodeText, readFailureSaid } from './text-file';
import { parseYamlMap } from './yaml-map';
import { parseSiteProfiles, SITES_FILE } from './sites';
import { NAMES_FILE, parseNames } from './names';
import type { SiteProfile } from '../site-profile';
import type { RefusedEntry } from './refused';

export interface PackSource {
  /** The pack folder. */
  dir: string;
  meta?: PackMeta;
  /** pack.yaml's variables, read even when `meta` is refused for another field: the entries are checked against them. */
  variables?: Record<string, string>;
  /** pack.yaml is no YAML: which variables it defines is unknown, so none the entries use is reported undefined. */
  variablesUnread?: boolean;
  /** pack.yaml as the user names it. */
  metaFile: string;
  /** A file of the folder as the user names it (sites.yaml, names.yaml in messages). */
  pathOf(rel: string): string;
  metaLine(key: string): number | undefined;
  entries: LocatedEntry[];
  /** Site profiles from sites.yaml (only the valid ones). */
  sites: SiteProfile[];
  /** Names from names.yaml (only the valid ones). */
  names: NameEntry[];
  problems: Problem[];
  /**
   * Entry files left out for their own errors (no front matter, no valid id, no type), by the ids links may use
   * for them: the id written, and the file's name (templates/store-greeting.md → store-greeting).
   */
  refused?: Map<string, RefusedEntry>;
  /** Set when `dir` is no pack folder at all; `problems` then holds only the reason. */
  unusable?: Unusable;
}

/** A pack source folder as its holder sees it: the files' names and bytes. */
export interface PackFiles {
  /** The folder as the user names it. */
  dir: string;
  /** A file of the folder as the user names it ('/'-separated `rel`). */
  pathOf(rel: string): string;
  has(rel: string): boolean;
  /** The file's bytes; throws (a Node error with its code, say) when it cannot be read. */
  read(rel: string): Uint8Array;
  /** Every entry file (`*.md`, not README or CHANGELOG), relative with '/' separators, sorted. */
  markdown: string[];
}

/** Notes about the pack, not entries: its README and the changelog the studio writes when it publishes. */
export const NOT_ENTRIES = new Set(['readme.md', 'changelog.md']);

/** A file's bytes, or a problem naming why it cannot be read. */
function readBytes(files: PackFiles, rel: string, problems: Problem[]): Uint8Array | undefined {
  try {
    return files.read(rel);
  } catch (e) {
    problems.push(problemAt('error', files.pathOf(rel), undefined, said('file.unreadable', { why: readFailureSaid(e) })));
    return undefined;
  }
}

function readText(files: PackFiles, rel: string, problems: Problem[]): string | undefined {
  const bytes = readBytes(files, rel, problems);
  if (!bytes) return undefined;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push(problemAt('error', files.pathOf(rel), undefined, decoded.problem));
    return undefined;
  }
  return decoded.text;
}

/** pack.yaml into `source.meta` (and its key lines), every problem reported. */
function readMeta(source: PackSource, files: PackFiles): void {
  const { metaFile, problems } = source;
  const text = readText(files, 'pack.yaml', problems);
  if (text === undefined) return;
  const parsed = parseYamlMap(text, 1, 'pack.yaml');
  if (!parsed.ok) for (const e of parsed.errors) problems.push(problemAt('error', metaFile, e.line, e.problem));
  if (!parsed.ok) source.variablesUnread = true;
  const map = parsed.ok ? parsed.map : parsed.recovered;
  if (!map) return;
  source.metaLine = map.lineOf;
  const { meta, variables } = readPackMeta(map.value, (key, problem, severity = 'error') => problems.push(problemAt(severity, metaFile, (key && map.lineOf(key)) || 1, problem)));
  if (parsed.ok) source.meta = meta;
  if (parsed.ok && variables) source.variables = variables;
}

/** A source that is no pack at all (no folder, no pack.yaml): only the reason, which its holder words. */
export function unusableSource(dir: string, metaFile: string, unusable: Unusable, problem: Said): PackSource {
  const problems: Problem[] = [problemAt('error', dir, undefined, problem)];
  return { dir, metaFile, pathOf: (rel) => `${dir}/${rel}`, metaLine: () => undefined, entries: [], sites: [], names: [], problems, unusable };
}

/** A pack folder's files (pack.yaml among them) read into meta, site profiles, names and entries. */
export function parsePackSource(files: PackFiles): PackSource {
  const { dir } = files;
  const problems: Problem[] = [];
  const source: PackSource = { dir, metaFile: files.pathOf('pack.yaml'), pathOf: files.pathOf, metaLine: () => undefined, entries: [], sites: [], names: [], problems };
  readMeta(source, files);
  for (const [rel, parse, into] of [[SITES_FILE, parseSiteProfiles, 'sites'], [NAMES_FILE, parseNames, 'names']] as const) {
    const text = files.has(rel) ? readBytes(files, rel, problems) : undefined;
    if (text) (source[into] as unknown[]) = parse(text, files.pathOf(rel), problems);
  }
  if (files.markdown.length === 0) problems.push(problemAt('warning', dir, undefined, said('pack.noEntries')));
  for (const relFile of files.markdown) {
    const file = files.pathOf(relFile);
    const entry = readEntryFile(files, relFile, source);
    if (entry) source.entries.push(entry);
    else refuse(source, file, relFile, undefined);
  }
  return source;
}

/** One entry file read and checked, or undefined when it cannot be an entry (its problems are in source.problems). */
function readEntryFile(files: PackFiles, relFile: string, source: PackSource): LocatedEntry | undefined {
  const { problems } = source;
  const file = files.pathOf(relFile);
  const text = readText(files, relFile, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text);
  if (!split.ok) {
    problems.push(problemAt('error', file, split.line, split.problem));
    return undefined;
  }
  const fm = parseYamlMap(split.yaml, split.yamlFirstLine, 'the front matter');
  if (!fm.ok) for (const e of fm.errors) problems.push(problemAt('error', file, e.line, e.problem));
  // A YAML mistake that could be read around still has the rest of the entry checked.
  const frontMatter = fm.ok ? fm.map : fm.recovered;
  if (!frontMatter) return undefined;
  const entry = readEntry({ file, relFile, frontMatter, body: split.body, bodyFirstLine: split.bodyFirstLine, packLang: source.meta?.lang }, problems);
  if (!entry) refuse(source, file, relFile, frontMatter.value.id);
  return entry;
}

/** Records a refused entry file under the ids links may use for it: the id written (if text) and the file's name. */
function refuse(source: PackSource, file: string, relFile: string, id: unknown): void {
  source.refused ??= new Map();
  const stem = relFile.slice(relFile.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  for (const key of [typeof id === 'string' ? id.trim() : undefined, stem]) if (key) source.refused.set(key, { file });
}
