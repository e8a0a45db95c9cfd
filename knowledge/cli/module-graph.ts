/**
 * The source files a module is made of: it and everything it imports, followed through every file (relative and
 * `@/` imports), with the packages it uses by name and version. What a verdict depends on, for a cache of verdicts
 * that must forget them when any of it changes (./checked-packs.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * `import x, { y } from '…'`, `import type { … } from '…'`, `export * from '…'`, `import '…'` at a line's start, and
 * `import('…')`: statements, not words in strings or comments.
 */
const IMPORT =
  /^(?:import|export)\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)\s*from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

export interface ModuleGraph {
  /** Absolute paths of the source files, sorted. */
  files: string[];
  /** `name@version` of each package imported by name (node: built-ins left out), sorted. */
  packages: string[];
}

/** The file an import names, trying the extensions and index files TypeScript would. */
function resolveFile(spec: string): string | undefined {
  for (const candidate of [spec, `${spec}.ts`, `${spec}.tsx`, join(spec, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** `valibot`, `@scope/pkg/sub` → `@scope/pkg`. */
const packageName = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** `roots`: absolute paths of source files; `root`: the project folder (where `@/` points and node_modules is). */
export function moduleGraph(roots: readonly string[], root: string): ModuleGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = roots.map((r) => resolve(r));
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith('node:')) continue;
      const local = spec.startsWith('.') ? join(dirname(file), spec) : spec.startsWith('@/') ? join(root, spec.slice(2)) : undefined;
      if (local === undefined) {
        packages.add(`${packageName(spec)}@${packageVersion(root, packageName(spec))}`);
        continue;
      }
      const found = resolveFile(local);
      if (found) queue.push(found);
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}
