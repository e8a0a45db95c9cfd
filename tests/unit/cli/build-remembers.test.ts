// @vitest-environment node
/**
 * odigos build checks the pack.json it writes as suggest would, and remembers it as checked under the key suggest
 * computes (the SHA-256 of the bytes on disk and the checker's fingerprint): the first suggest after a build does
 * not check every entry again. A changed byte is another key, and the pack is checked in full.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkedPacks } from '../../../knowledge/cli/checked-packs';
import { EXIT } from '../../../knowledge/cli/failures';
import { checkCompiledPack } from '../../../knowledge/pack/compiled';
import { GOOD, odigos } from './run';

vi.mock('../../../knowledge/pack/compiled', async (original) => {
  const actual = await original<typeof import('../../../knowledge/pack/compiled')>();
  return { ...actual, checkCompiledPack: vi.fn(actual.checkCompiledPack) };
});
const checks = vi.mocked(checkCompiledPack);

let tmp: string;
let cache: string;
const saved = { cache: process.env.ODIGOS_CACHE, dir: process.env.ODIGOS_CACHE_DIR };
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'odigos-build-remembers-'));
  cache = join(tmp, 'cache');
  delete process.env.ODIGOS_CACHE;
  process.env.ODIGOS_CACHE_DIR = cache;
});
// In braces: a function beforeEach returns is run after the test (mockClear returns the mock, a function).
beforeEach(() => {
  checks.mockClear();
});
afterAll(() => {
  if (saved.cache === undefined) delete process.env.ODIGOS_CACHE;
  else process.env.ODIGOS_CACHE = saved.cache;
  if (saved.dir === undefined) delete process.env.ODIGOS_CACHE_DIR;
  else process.env.ODIGOS_CACHE_DIR = saved.dir;
  rmSync(tmp, { recursive: true, force: true });
});

const remembered = (): string[] => {
  try {
    return readdirSync(cache);
  } catch {
    return [];
  }
};

describe('odigos build remembers the pack it wrote', () => {
  it('build checks its output once and records the key suggest computes; suggest then checks nothing', async () => {
    const out = join(tmp, 'built.json');
    expect((await odigos('build', GOOD, '-o', out)).code).toBe(0);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(remembered()).toEqual([checkedPacks()!.key(readFileSync(out))]);
    checks.mockClear();
    const r = await odigos('suggest', '--pack', out, '--json', 'καλημέρα');
    expect(r.code).toBe(0);
    expect(checks).not.toHaveBeenCalled();
    expect(remembered()).toHaveLength(1);
  });

  it('one changed byte is another pack: suggest checks it in full (and refuses it when wrong)', async () => {
    const out = join(tmp, 'changed.json');
    expect((await odigos('build', GOOD, '-o', out)).code).toBe(0);
    appendFileSync(out, ' ');
    checks.mockClear();
    expect((await odigos('suggest', '--pack', out, 'καλημέρα')).code).toBe(0);
    expect(checks).toHaveBeenCalledTimes(1);

    const wrong = join(tmp, 'wrong.json');
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    pack.entries.find((e: { type: string }) => e.type === 'template').tone = 'sarcastic';
    writeFileSync(wrong, JSON.stringify(pack, null, 2));
    checks.mockClear();
    const before = remembered().length;
    expect((await odigos('suggest', '--pack', wrong, 'καλημέρα')).code).toBe(EXIT.failed);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(remembered()).toHaveLength(before);
  });

  it('a compiled pack its own check refuses (a fault in odigos) is not written, nor remembered', async () => {
    checks.mockImplementationOnce((_value, file) => ({ problems: [{ severity: 'error', file, message: 'made-up fault' }] }));
    const out = join(tmp, 'refused.json');
    const before = remembered().length;
    const r = await odigos('build', GOOD, '-o', out);
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toMatch(/fails its own check.*made-up fault.*nothing written/);
    expect(existsSync(out)).toBe(false);
    expect(remembered()).toHaveLength(before);
  });

  it('with the memory turned off, build still checks what it writes and records nothing', async () => {
    process.env.ODIGOS_CACHE = 'off';
    try {
      const before = remembered().length;
      expect((await odigos('build', GOOD, '-o', join(tmp, 'off.json'))).code).toBe(0);
      expect(checks).toHaveBeenCalledTimes(1);
      expect(remembered()).toHaveLength(before);
    } finally {
      delete process.env.ODIGOS_CACHE;
    }
  });
});
