/**
 * A pack source folder on disk, read and compiled (Node only: the CLI, the studio's server, the build, tests).
 * The reading of each file and the compiling are pure (knowledge/pack): this part only lists and reads files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledPack } from '../types';
import { compileFrom, type CompileOptions, type CompileResult } from '../pack/compile';
import { PackError, said, type Problem, type Said } from '../pack/problems';
import { NOT_ENTRIES, parsePackSource, unusableSource, type PackFiles, type PackSource } from '../pack/source';

/** Every *.md under `dir`, sorted, relative with '/' separators (README.md, dot-folders and node_modules skipped). */
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

/** Why `dir` is not a pack folder, and the packs inside it if it holds some. */
function notAPackFolder(dir: string): Said {
  const inside = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'pack.yaml')))
    .map((d) => join(dir, d.name))
    .sort();
  return inside.length ? said('load.packsInside', { packs: inside }) : said('load.noPackYaml');
}

/** The folder's files as the pure reader takes them. */
export function packFilesOnDisk(dir: string): PackFiles {
  const pathOf = (rel: string) => join(dir, ...rel.split('/'));
  return { dir, pathOf, has: (rel) => existsSync(pathOf(rel)), read: (rel) => readFileSync(pathOf(rel)), markdown: markdownFiles(dir) };
}

/** Reads a pack source folder: `pack.yaml` and every `*.md` below it; never throws for bad content. */
export function readPackSource(dir: string): PackSource {
  const metaFile = join(dir, 'pack.yaml');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return unusableSource(dir, metaFile, 'missing', said('load.noFolder'));
  // Without pack.yaml this is not a pack (often the folder above one): say so, not what its *.md files lack.
  if (!existsSync(metaFile)) return unusableSource(dir, metaFile, 'not-a-pack', notAPackFolder(dir));
  return parsePackSource(packFilesOnDisk(dir));
}

export function compileSource(srcDir: string, options: CompileOptions = {}): CompileResult {
  const source = readPackSource(srcDir);
  if (source.unusable) return { problems: source.problems, unusable: source.unusable };
  return compileFrom(source, options);
}

/** Validates a source folder: all problems at once (file:line: message). */
export function validateSource(srcDir: string, options: CompileOptions = {}): Problem[] {
  return compileSource(srcDir, options).problems;
}

/** Like compileSource, but throws a PackError carrying every problem when the pack has errors. */
export function compilePack(srcDir: string, options: CompileOptions = {}): CompiledPack {
  const { pack, problems } = compileSource(srcDir, options);
  if (!pack) throw new PackError(problems);
  return pack;
}
