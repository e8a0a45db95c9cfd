// @vitest-environment node
/**
 * The CLI remembers a compiled pack it checked in full by the hash of its bytes, so the next command on the same file
 * skips checking every entry; any change to the file is a new hash and a full check, so a tampered pack is still
 * refused. validate never relies on the memory. odigos build checks the pack.json it writes as suggest would and
 * remembers it under the key suggest computes, so the first suggest after a build checks nothing.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkedPacks } from '../../../knowledge/cli/checked-packs';
import { EXIT } from '../../../knowledge/cli/failures';
import { checkCompiledPack } from '../../../knowledge/pack/compiled';
import { GOOD, odigos } from './run';

// The check itself, counted: a remembered pack must not reach it.
vi.mock('../../../knowledge/pack/compiled', async (original) => {
  const actual = await original<typeof import('../../../knowledge/pack/compiled')>();
  return { ...actual, checkCompiledPack: vi.fn(actual.checkCompiledPack) };
});
const checks = vi.mocked(checkCompiledPack);

let tmp: string;
let cache: string;
let built: string;
const saved = { cache: process.env.ODIGOS_CACHE, dir: process.env.ODIGOS_CACHE_DIR };
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'odigos-checked-'));
  cache = join(tmp, 'cache');
  delete process.env.ODIGOS_CACHE;
  process.env.ODIGOS_CACHE_DIR = cache;
  built = join(tmp, 'good.json');
  expect((await odigos('build', GOOD, '-o', built)).code).toBe(0);
});
afterAll(() => {
  if (saved.cache === undefined) delete process.env.ODIGOS_CACHE;
  else process.env.ODIGOS_CACHE = saved.cache;
  if (saved.dir === undefined) delete process.env.ODIGOS_CACHE_DIR;
  else process.env.ODIGOS_CACHE_DIR = saved.dir;
  rmSync(tmp, { recursive: true, force: true });
});

const remembered = (dir = cache): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** The built pack with `edit` applied to its parsed JSON, written beside it. */
function edited(name: string, edit: (pack: { entries: Array<Record<string, unknown>> }) => void): string {
  const pack = JSON.parse(readFileSync(built, 'utf8'));
  edit(pack);
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(pack, null, 2));
  return file;
}

describe('packs remembered as checked', () => {
  it('remembers a pack that passed, and answers the same from memory', async () => {
    const first = await odigos('suggest', '--pack', built, '--json', 'καλημέρα');
    expect(first.code).toBe(0);
    expect(remembered()).toHaveLength(1);
    const again = await odigos('suggest', '--pack', built, '--json', 'καλημέρα');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(remembered()).toHaveLength(1);
  });

  it('checks a tampered copy in full and refuses it; a pack with errors is never remembered', async () => {
    const tampered = edited('tampered.json', (p) => {
      const template = p.entries.find((e) => e.type === 'template')!;
      template.tone = 'sarcastic';
    });
    const before = remembered().length;
    const r = await odigos('suggest', '--pack', tampered, 'καλημέρα');
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toMatch(/tone.*sarcastic|sarcastic.*tone/);
    expect(remembered()).toHaveLength(before);
    // Asked again, it is refused again: nothing about it was remembered.
    expect((await odigos('suggest', '--pack', tampered, 'καλημέρα')).code).toBe(EXIT.failed);
  });

  it('a valid edit is a new pack: checked in full, then remembered too', async () => {
    const renamed = edited('renamed.json', (p) => {
      p.entries[0]!.title = `${String(p.entries[0]!.title)} (νέο)`;
    });
    const before = remembered().length;
    expect((await odigos('list', renamed)).code).toBe(0);
    expect(remembered()).toHaveLength(before + 1);
  });

  it('a pack that checking changes (an unknown field dropped, at the top or in an entry) is used, never remembered', async () => {
    for (const [name, edit] of [
      ['extra-top.json', (p: Record<string, unknown>) => void (p.comment = 'hand-edited')],
      ['extra-entry.json', (p: { entries: Array<Record<string, unknown>> }) => void (p.entries[1]!.note = 'hand-edited')],
    ] as const) {
      const file = edited(name, edit as (p: { entries: Array<Record<string, unknown>> }) => void);
      const before = remembered().length;
      expect((await odigos('list', file)).code).toBe(0);
      expect(remembered()).toHaveLength(before);
    }
  });

  it('validate checks in full every time and shows the warnings', async () => {
    const old = edited('old-review.json', (p) => {
      p.entries[0]!.reviewBy = '2020-01-01';
    });
    expect((await odigos('list', old)).code).toBe(0);
    const r = await odigos('validate', old);
    expect(r.stdout + r.stderr).toMatch(/review date 2020-01-01 has passed/);
  });

  it('ODIGOS_CACHE=off remembers nothing', async () => {
    process.env.ODIGOS_CACHE = 'off';
    try {
      const other = edited('other.json', (p) => {
        p.entries[0]!.title = 'Άλλος τίτλος';
      });
      const before = remembered().length;
      expect((await odigos('list', other)).code).toBe(0);
      expect(remembered()).toHaveLength(before);
    } finally {
      delete process.env.ODIGOS_CACHE;
    }
  });
});

describe('odigos build remembers the pack it wrote', () => {
  // In braces: a function beforeEach returns is run after the test (mockClear returns the mock, a function).
  beforeEach(() => {
    checks.mockClear();
  });
  // A memory of its own: the packs built here are the ones remembered above, byte for byte.
  let fresh: string;
  beforeAll(() => {
    fresh = join(tmp, 'cache-build');
    process.env.ODIGOS_CACHE_DIR = fresh;
  });
  afterAll(() => {
    process.env.ODIGOS_CACHE_DIR = cache;
  });

  it('build checks its output once and records the key suggest computes; suggest then checks nothing', async () => {
    const out = join(tmp, 'built.json');
    expect((await odigos('build', GOOD, '-o', out)).code).toBe(0);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(remembered(fresh)).toEqual([checkedPacks()!.key(readFileSync(out))]);
    checks.mockClear();
    const r = await odigos('suggest', '--pack', out, '--json', 'καλημέρα');
    expect(r.code).toBe(0);
    expect(checks).not.toHaveBeenCalled();
    expect(remembered(fresh)).toHaveLength(1);
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
    const before = remembered(fresh).length;
    expect((await odigos('suggest', '--pack', wrong, 'καλημέρα')).code).toBe(EXIT.failed);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(remembered(fresh)).toHaveLength(before);
  });

  it('a compiled pack its own check refuses (a fault in odigos) is not written, nor remembered', async () => {
    checks.mockImplementationOnce((_value, file) => ({ problems: [{ severity: 'error', file, code: 'value.other', params: { value: 'made-up fault' }, message: 'made-up fault' }] }));
    const out = join(tmp, 'refused.json');
    const before = remembered(fresh).length;
    const r = await odigos('build', GOOD, '-o', out);
    expect(r.code).toBe(EXIT.failed);
    expect(r.stderr).toMatch(/fails its own check.*made-up fault.*nothing written/);
    expect(existsSync(out)).toBe(false);
    expect(remembered(fresh)).toHaveLength(before);
  });

  it('with the memory turned off, build still checks what it writes and records nothing', async () => {
    process.env.ODIGOS_CACHE = 'off';
    try {
      const before = remembered(fresh).length;
      expect((await odigos('build', GOOD, '-o', join(tmp, 'off.json'))).code).toBe(0);
      expect(checks).toHaveBeenCalledTimes(1);
      expect(remembered(fresh)).toHaveLength(before);
    } finally {
      delete process.env.ODIGOS_CACHE;
    }
  });
});
