import type { Plugin } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileSource } from '../node/compile';
import { formatProblem } from '../pack/problems';
import type { CompiledPack } from '../types';

const VIRTUAL_ID = 'virtual:odigos-bundled-packs';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const PACKS_DIR = resolve(import.meta.dirname, '..', 'packs');

/** Every folder under knowledge/packs/ with a pack.yaml is a bundled pack. */
export function bundledPackDirs(): string[] {
  return readdirSync(PACKS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PACKS_DIR, d.name, 'pack.yaml')))
    .map((d) => join(PACKS_DIR, d.name))
    .sort();
}

/**
 * Compiles knowledge/packs/* at build time into a module the background imports, so the extension loads
 * prebuilt indexes instead of re-indexing. A pack with errors fails the build, naming every problem.
 */
export function bundledPacksPlugin(): Plugin {
  return {
    name: 'odigos-bundled-packs',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const packs: CompiledPack[] = [];
      for (const dir of bundledPackDirs()) {
        const { pack, problems } = compileSource(dir);
        const errors = problems.filter((p) => p.severity === 'error');
        if (!pack || errors.length) {
          throw new Error(`Bundled pack ${dir} has errors:\n${errors.map((p) => formatProblem(p)).join('\n')}`);
        }
        packs.push(pack);
      }
      return `export default ${JSON.stringify(packs)};`;
    },
  };
}
