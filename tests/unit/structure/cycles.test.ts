import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No loops between the folders of lib/ and app/, and no file of the source that needs itself at run time:
 * a loop makes the order modules start in matter, and hides which of two domains stands on the other.
 * (Type-only imports are left out of the file check: they vanish when built.)
 */
const root = process.cwd();
const SOURCE = ['knowledge', 'lib', 'components', 'app', 'entrypoints'];
const EXTS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? join(dirname(from), spec) : undefined;
  if (base === undefined) return undefined;
  return EXTS.map((e) => base + e).find((p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile());
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

function imports(file: string): Edge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Edge[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)) {
    const to = resolve(file, m[3] ?? m[4] ?? m[5]);
    if (!to) continue;
    const names = m[2] ?? '';
    // `import type`, `import type {}` (declaration merging) and `import { type A, type B }` are erased when built.
    const typeOnly = Boolean(m[1]) || (/^\{.*\}$/s.test(names) && names.slice(1, -1).split(',').every((n) => !n.trim() || /^type\s/.test(n.trim())));
    out.push({ to, typeOnly });
  }
  return out;
}

const graph = new Map(SOURCE.flatMap(files).map((f) => [f, imports(f)]));

/** Groups of nodes that reach each other (Tarjan's strongly connected components), larger than one. */
function loops(nodes: string[], next: (n: string) => string[]): string[][] {
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>(), found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index); low.set(v, index++); stack.push(v); on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); group.push(w); } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return found;
}

describe('the import graph has no loops', () => {
  it('reads the source (a guard: a graph of nothing has no loops either)', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('app/content/session.tsx')?.some((e) => e.to === 'app/content/overlay.tsx')).toBe(true);
  });

  it('no file needs itself at run time', () => {
    const nodes = [...graph.keys()];
    expect(loops(nodes, (n) => (graph.get(n) ?? []).filter((e) => !e.typeOnly && graph.has(e.to)).map((e) => e.to))).toEqual([]);
  });

  it('no two folders of lib/ and app/ stand on each other', () => {
    const folder = (f: string) => (/^(lib|app)\/[^/]+\//.test(f) ? f.split('/').slice(0, 2).join('/') : undefined);
    const arrows = new Map<string, Set<string>>();
    for (const [f, edges] of graph) {
      const a = folder(f);
      if (!a) continue;
      for (const e of edges) {
        const b = folder(e.to);
        if (b && b !== a) arrows.set(a, (arrows.get(a) ?? new Set()).add(b));
      }
    }
    expect(loops([...arrows.keys()], (n) => [...(arrows.get(n) ?? [])])).toEqual([]);
  });
});

