import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:odigos-bundled-packs';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Compiles knowledge/packs/* at build time into a module the background imports (no re-indexing at run time). */
export function bundledPacksPlugin(): Plugin {
  return {
    name: 'odigos-bundled-packs',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Wired to the pack compiler once it lands.
      return 'export default [];';
    },
  };
}
