// The service worker's import path (importPackFile: the bytes the options page sends, intake, storage) against
// the hostile corpus: each mutant refused with a message, none crashing (a TypeError or RangeError is a crash,
// not a refusal) or hanging, the version installed before still in use and still suggesting, with the bundled packs.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createIsolatingMatcher } from '../../../knowledge/engine/isolated';
import { compilePack } from '../../../knowledge/node/compile';
import { serializePack } from '../../../knowledge/pack/serialize';
import { MAX_PACK_BYTES } from '../../../knowledge/pack/rules';
import type { CompiledPack } from '../../../knowledge/types';
import { getActivePacks } from '../../../lib/background/active-packs';
import { importPackFile } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { failureOf } from '../../../lib/failure';
import { findInstalled, getPackIndex, loadPackVersion, usePackDb } from '../../../lib/store/packs';
import { compiledMutants, validControls } from '../../support/hostile-packs';
import { fileData } from './helpers';

const bundled = vi.hoisted(() => ({ packs: [] as unknown[] }));
vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => bundled.packs }));

const NOW = new Date('2026-01-15T10:00:00Z');
const GOOD = join(import.meta.dirname, '../pack/fixtures/good');
const deps = { now: () => NOW, policy: async () => NO_POLICY };
const counts = { mutants: 0, refused: 0, crashed: 0, hung: 0, accepted: 0 };
afterAll(() => console.log(`hostile packs through the extension's import: ${JSON.stringify(counts)}`));

const installed: CompiledPack = compilePack(GOOD, { now: NOW });
/** The next version of the installed pack: what each mutant is made from, so only what was broken refuses it. */
const next = (): CompiledPack => ({ ...structuredClone(installed), meta: { ...installed.meta, version: '9.0.0' } });

async function suggestsFrom(text: string): Promise<string[]> {
  const matcher = createIsolatingMatcher(await getActivePacks());
  return [...new Set(matcher.search(text, { limit: 10 }).suggestions.map((s) => s.packId))];
}

describe('hostile packs through the extension\'s import (service worker)', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    usePackDb(new IDBFactory());
    bundled.packs = [compilePack(join(process.cwd(), 'knowledge/packs/el-core'), { now: NOW })];
    await importPackFile({ data: fileData(installed), fileName: 'fixture-good.json', layer: 'team' }, deps);
  });

  it('refuses every one with a message; the version in use and every other pack go on suggesting', async () => {
    const mutants = compiledMutants(next(), { maxBytes: MAX_PACK_BYTES });
    expect(mutants.length).toBeGreaterThan(500);
    const failures: string[] = [];
    for (const m of mutants) {
      counts.mutants++;
      // CPU time, which load does not inflate: a looping or quadratic check burns it; a wait is caught by the timeout.
      const started = process.cpuUsage();
      try {
        await importPackFile({ data: fileData(m.bytes), fileName: 'hostile.json', layer: 'team' }, deps);
        counts.accepted++;
        failures.push(`${m.name}: accepted`);
      } catch (e) {
        const crash = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || !(e instanceof Error) || !e.message;
        if (crash) {
          counts.crashed++;
          failures.push(`${m.name}: crashed: ${e instanceof Error ? e.stack : String(e)}`);
        } else {
          counts.refused++;
          // The options page words a refusal in the agent's language from its code: none may come as English only.
          if (!failureOf(e)) failures.push(`${m.name}: refused without a failure code: ${(e as Error).message}`);
        }
      }
      const used = process.cpuUsage(started);
      const cpuMs = Math.round((used.user + used.system) / 1000);
      if (cpuMs > 10_000) {
        counts.hung++;
        failures.push(`${m.name}: took ${cpuMs} ms of CPU`);
      }
    }
    expect(failures).toEqual([]);

    const index = await getPackIndex();
    expect(index.installed.map((p) => [p.id, p.current, p.enabled])).toEqual([['fixture-good', installed.meta.version, true]]);
    expect(await loadPackVersion('fixture-good', installed.meta.version)).toEqual(JSON.parse(JSON.stringify(installed)));
    // The team pack and the bundled pack both still answer.
    expect(await suggestsFrom('διπλή χρέωση στην κάρτα')).toEqual(expect.arrayContaining(['fixture-good', 'el-core']));
  }, 900_000);

  it('names the pack (id and version, as every build writes pack.json), the entry and the field it refuses', async () => {
    const mutants = compiledMutants(next(), { maxBytes: MAX_PACK_BYTES });
    const message = async (name: string) => {
      const m = mutants.find((x) => x.name === name)!;
      return importPackFile({ data: fileData(m.bytes), fileName: 'pack.json', layer: 'team' }, deps).then(() => 'accepted', (e: Error) => e.message);
    };
    const [first] = next().entries;
    expect(await message('.entries[0].title only invisible characters')).toBe(
      `pack.json (fixture-good 9.0.0) is not a usable pack: line 15: entry "${first!.id}": "title" shows nothing: it holds only invisible characters (zero-width spaces, direction marks)`,
    );
    expect(await message('.entries[0].triggers[1] a direction override')).toBe(
      `pack.json (fixture-good 9.0.0) is not a usable pack: line 15: entry "${first!.id}": "triggers[1]" contains an invisible direction control (U+202E), which reorders the text as shown: remove it`,
    );
    // An id that is not of its form is not echoed: the file's name stands alone.
    expect(await message('.meta.id a NUL character')).toMatch(/^pack\.json is not a usable pack: meta: "id" is /);
  });

  it('refuses a 19 MB template text, naming the entry, the field and its line in the file (a preview sent it whole to the tab)', async () => {
    const pack = next();
    const at = pack.entries.findIndex((e) => e.type === 'template');
    const id = pack.entries[at]!.id;
    pack.entries[at] = { ...pack.entries[at]!, body: 'x'.repeat(19 * 1024 * 1024) };
    const text = serializePack(pack);
    const line = text.split('\n').findIndex((l) => l.includes(`"id": "${id}"`)) + 1;
    const failure = await importPackFile({ data: fileData(text), fileName: 'pack.json', layer: 'team' }, deps).then(() => undefined, failureOf);
    expect(failure).toMatchObject({
      code: 'pack.unusable',
      errors: 1,
      problems: [{ entry: id, field: 'body', line, text: expect.stringContaining('"body" is 19,922,944 characters long, more than the 20,000 it may hold') }],
    });
    expect(findInstalled(await getPackIndex(), 'fixture-good')?.current).toBe(installed.meta.version);
  });

  it('carries the refusal as data too: the pack, its version, the entry and the field, for the page to word', async () => {
    const mutants = compiledMutants(next(), { maxBytes: MAX_PACK_BYTES });
    const failure = async (name: string) => {
      const m = mutants.find((x) => x.name === name)!;
      return importPackFile({ data: fileData(m.bytes), fileName: 'pack.json', layer: 'team' }, deps).then(() => undefined, failureOf);
    };
    const [first] = next().entries;
    expect(await failure('.entries[0].title only invisible characters')).toMatchObject({
      code: 'pack.unusable',
      file: 'pack.json',
      pack: 'fixture-good',
      version: '9.0.0',
      errors: 1,
      problems: [{ entry: first!.id, field: 'title', text: expect.stringContaining('"title" shows nothing') }],
    });
    expect(await failure('.meta.id a NUL character')).toMatchObject({ code: 'pack.unusable', problems: [{ field: 'meta.id' }] });
    expect((await failure('.meta.id a NUL character'))).not.toHaveProperty('pack');
    await expect(importPackFile({ data: fileData(installed), fileName: 'again.json', layer: 'team' }, deps).catch(failureOf)).resolves.toEqual({
      code: 'pack.sameVersion',
      file: 'again.json',
      pack: 'fixture-good',
      version: installed.meta.version,
    });
  });

  it('installs a valid variation as the next version, stored as checked', async () => {
    const [withUnknownField] = validControls(next()).filter((c) => c.name.includes('unknown field'));
    await importPackFile({ data: fileData(withUnknownField!.bytes), fileName: 'next.json', layer: 'team' }, deps);
    expect(findInstalled(await getPackIndex(), 'fixture-good')?.current).toBe('9.0.0');
    const stored = await loadPackVersion('fixture-good', '9.0.0');
    expect(stored).not.toHaveProperty('futureField');
    expect(stored).toEqual(JSON.parse(JSON.stringify(next())));
  });
});
