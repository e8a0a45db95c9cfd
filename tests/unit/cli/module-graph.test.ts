// @vitest-environment node
/**
 * The remembered verdicts on compiled packs are keyed by the checker's code: every module the check imports, not
 * a fixed list of folders (a change to the text or template code the checks call kept old verdicts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkerGraph, graphFingerprint } from '../../../knowledge/cli/checked-packs';
import { moduleGraph } from '../../../knowledge/cli/module-graph';

const ROOT = join(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'odigos-graph-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(tmp, name, '..'), { recursive: true });
    writeFileSync(join(tmp, name), text);
  }
}

describe("the checker's fingerprint", () => {
  it('covers the text and template code the checks call, and the schema library by version', () => {
    const { files, packages } = checkerGraph();
    const rel = files.map((f) => relative(ROOT, f));
    expect(rel).toEqual(expect.arrayContaining([
      'knowledge/pack/compiled.ts',
      'knowledge/pack/check-format.ts',
      'knowledge/engine/index-data.ts',
      'knowledge/text/fold.ts',
      'knowledge/template/placeholders.ts',
      'knowledge/types.ts',
    ]));
    expect(packages.some((p) => /^valibot@\d/.test(p))).toBe(true);
  });

  it('follows relative, @/ and re-exported imports, and changes with any file they reach, only with those', () => {
    write({
      'node_modules/lib-x/package.json': '{"version": "1.2.3"}',
      'a/check.ts': "import { b } from './b';\nimport type { T } from '@/c/types';\nimport * as x from 'lib-x/sub';\nexport { d } from '../d';\n// from 'not-a-package'\n",
      'a/b.ts': "export const b = 1;\nconst later = () => import('./lazy');\n",
      'a/lazy.ts': 'export {};\n',
      'c/types/index.ts': 'export type T = 1;\n',
      'd.ts': 'export const d = 1;\n',
      'unrelated.ts': 'export const u = 1;\n',
    });
    const graph = () => moduleGraph([join(tmp, 'a/check.ts')], tmp);
    expect(graph().files.map((f) => relative(tmp, f))).toEqual(['a/b.ts', 'a/check.ts', 'a/lazy.ts', 'c/types/index.ts', 'd.ts']);
    expect(graph().packages).toEqual(['lib-x@1.2.3']);
    const before = graphFingerprint(graph(), tmp);
    write({ 'unrelated.ts': 'export const u = 2;\n' });
    expect(graphFingerprint(graph(), tmp)).toBe(before);
    write({ 'a/lazy.ts': 'export const changed = 1;\n' });
    const afterLazy = graphFingerprint(graph(), tmp);
    expect(afterLazy).not.toBe(before);
    write({ 'node_modules/lib-x/package.json': '{"version": "1.2.4"}' });
    expect(graphFingerprint(graph(), tmp)).not.toBe(afterLazy);
  });
});
