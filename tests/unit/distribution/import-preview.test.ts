import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { previewPackFile } from '../../../lib/background/pack-import-preview';
import { importPackFile } from '../../../lib/background/pack-library';
import { NO_POLICY } from '../../../lib/background/policy';
import { getPackIndex, loadPackVersion, usePackDb } from '../../../lib/store/packs';
import { fileData, NOW, V1, V2 } from './helpers';

const bundled = vi.hoisted(() => ({ packs: [] as unknown[] }));
vi.mock('@/lib/background/pack-bundled', () => ({ getBundledPacks: () => bundled.packs }));

const deps = { now: () => NOW, policy: async () => ({ ...NO_POLICY }) };
const req = (pack = V2, fileName = 'acme.json') => ({ data: fileData(pack), fileName, layer: 'personal' as const });

beforeEach(() => {
  fakeBrowser.reset();
  usePackDb(new IDBFactory());
  bundled.packs = [];
});

/** A pack file shows the same diff as a URL update before anything is installed. */
describe('import preview', () => {
  it('compares a file with the installed version (+1 / −0 / ~2) and stores nothing', async () => {
    await importPackFile(req(V1), deps);
    const before = await getPackIndex();
    const preview = await previewPackFile(req(V2), deps);
    expect(preview).toMatchObject({ id: 'acme-returns', version: '1.1.0', replaces: { source: 'installed', version: '1.0.0' } });
    expect(preview.diff.added.map((e) => e.id)).toEqual(['acme-exchange-offer']);
    expect(preview.diff.removed).toEqual([]);
    expect(preview.diff.changed.map((e) => e.id)).toContain('acme-refund-window');
    expect(preview.diff.warnings).toEqual([]);
    expect(await getPackIndex()).toEqual(before);
    expect(await loadPackVersion('acme-returns', '1.1.0')).toBeNull();
  });

  it('a new pack: every entry is new, nothing replaced, no warning about its version', async () => {
    const preview = await previewPackFile(req(V1), deps);
    expect(preview.replaces).toBeUndefined();
    expect(preview.diff.added.map((e) => e.id).sort()).toEqual(V1.entries.map((e) => e.id).sort());
    expect(preview.diff.warnings).toEqual([]);
    expect((await getPackIndex()).installed).toEqual([]);
  });

  it('a newer edition of a built-in pack is compared with the built-in one', async () => {
    bundled.packs = [V1];
    const preview = await previewPackFile(req(V2), deps);
    expect(preview.replaces).toEqual({ source: 'bundled', version: '1.0.0' });
    expect(preview.diff.added.map((e) => e.id)).toEqual(['acme-exchange-offer']);
  });

  it('names what is wrong with a file that is not a pack', async () => {
    await expect(previewPackFile({ data: fileData('{"schema": "odigos-pack", '), fileName: 'broken.json', layer: 'personal' }, deps)).rejects.toThrow(
      /broken\.json/,
    );
  });
});
