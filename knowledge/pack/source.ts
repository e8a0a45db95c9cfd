/**
 * Reads a pack source folder: `pack.yaml` and every `*.md` below it (one entry each; README.md files
 * and dot-folders are skipped). Never throws for bad content: everything wrong becomes a Problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NameEntry, PackMeta } from '../types';
import { readEntry } from './entry';
import { splitFrontMatter } from './front-matter';
import type { LocatedEntry } from './located';
import { readPackMeta } from './pack-meta';
import type { Problem, Unusable } from './problems';
import { decodeText, readFailure } from './text-file';
import { parseYamlMap } from './yaml-map';
import { readSiteProfiles } from './sites';
import { readNames } from './names';
import type { SiteProfile } from '../site-profile';

export interface PackSource {
  /** The pack folder. */
  dir: string;
  meta?: PackMeta;
  /** pack.yaml as the user names it. */
  metaFile: string;
  metaLine(key: string): number | undefined;
  entries: LocatedEntry[];
  /** Site profiles from sites.yaml (only the valid ones). */
  sites: SiteProfile[];
  /** Names from names.yaml (only the valid ones). */
  names: NameEntry[];
  problems: Problem[];
  /** Set when `dir` is no pack folder at all; `problems` then holds only the reason. */
  unusable?: Unusable;
}

/** Notes about the pack, not entries: its README and the changelog the studio writes when it publishes. */
const NOT_ENTRIES = new Set(['readme.md', 'changelog.md']);

/** Every *.md under `dir`, sorted, relative with '/' separators. */
function markdownFiles(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(dir, sub), { withFileTypes: true })) {
    if (d.name.startsWith('.') || d.name === 'node_modules') continue;
    const rel = sub ? `${sub}/${d.name}` : d.name;
    if (d.isDirectory()) for (const f of markdownFiles(dir, rel)) out.push(f);
    else if (d.isFile() && d.name.toLowerCase().endsWith('.md') && !NOT_ENTRIES.has(d.name.toLowerCase())) out.push(rel);
  }
  return out.sort();
}

function readText(path: string, file: string, problems: Problem[]): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    problems.push({ severity: 'error', file, message: `cannot read: ${readFailure(e)}` });
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push({ severity: 'error', file, message: decoded.message });
    return undefined;
  }
  return decoded.text;
}

/** pack.yaml into `source.meta` (and its key lines), every problem reported. */
function readMeta(source: PackSource): void {
  const { metaFile, problems } = source;
  const text = readText(metaFile, metaFile, problems);
  if (text === undefined) return;
  const parsed = parseYamlMap(text, 1, 'pack.yaml');
  if (!parsed.ok) for (const e of parsed.errors) problems.push({ severity: 'error', file: metaFile, line: e.line, message: e.message });
  const map = parsed.ok ? parsed.map : parsed.recovered;
  if (!map) return;
  source.metaLine = map.lineOf;
  const meta = readPackMeta(map.value, (key, message, severity = 'error') =>
    problems.push({ severity, file: metaFile, line: (key && map.lineOf(key)) || 1, message }),
  );
  if (parsed.ok) source.meta = meta;
}

/** Why `dir` is not a pack folder, and the packs inside it if it holds some. */
function notAPackFolder(dir: string): string {
  const inside = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'pack.yaml')))
    .map((d) => join(dir, d.name))
    .sort();
  return inside.length
    ? `not a pack source folder (it has no pack.yaml); the packs inside it are ${inside.join(', ')}`
    : 'not a pack source folder: it has no pack.yaml (a pack folder holds pack.yaml with id, name, version and lang, and one *.md file per entry)';
}

export function readPackSource(dir: string): PackSource {
  const problems: Problem[] = [];
  const metaFile = join(dir, 'pack.yaml');
  const source: PackSource = { dir, metaFile, metaLine: () => undefined, entries: [], sites: [], names: [], problems };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({ severity: 'error', file: dir, message: 'no such folder' });
    return { ...source, unusable: 'missing' };
  }
  // Without pack.yaml this is not a pack (often the folder above one): say so, not what its *.md files lack.
  if (!existsSync(metaFile)) {
    problems.push({ severity: 'error', file: dir, message: notAPackFolder(dir) });
    return { ...source, unusable: 'not-a-pack' };
  }
  readMeta(source);

  source.sites = readSiteProfiles(dir, problems);
  source.names = readNames(dir, problems);

  const files = markdownFiles(dir);
  if (files.length === 0) problems.push({ severity: 'warning', file: dir, message: 'the pack has no entries (*.md files)' });
  for (const relFile of files) {
    const file = join(dir, ...relFile.split('/'));
    const text = readText(file, file, problems);
    if (text === undefined) continue;
    const split = splitFrontMatter(text);
    if (!split.ok) {
      problems.push({ severity: 'error', file, line: split.line, message: split.message });
      continue;
    }
    const fm = parseYamlMap(split.yaml, split.yamlFirstLine, 'the front matter');
    if (!fm.ok) for (const e of fm.errors) problems.push({ severity: 'error', file, line: e.line, message: e.message });
    // A YAML mistake that could be read around still has the rest of the entry checked.
    const frontMatter = fm.ok ? fm.map : fm.recovered;
    if (!frontMatter) continue;
    const entry = readEntry(
      { file, relFile, frontMatter, body: split.body, bodyFirstLine: split.bodyFirstLine, packLang: source.meta?.lang },
      problems,
    );
    if (entry) source.entries.push(entry);
  }
  return source;
}
