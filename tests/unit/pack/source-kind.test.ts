import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeInPack } from '../../../lib/background/pack-intake';
import { packSourceKind } from '../../../knowledge/pack/source-kind';

const EL_CORE = join(import.meta.dirname, '../../../knowledge/packs/el-core');
const now = new Date('2026-12-06T10:00:00Z');

/** A trainer who imports a file of the pack's source into Options is told so, not that the file is corrupt. */
describe('a pack source file where the built pack is wanted', () => {
  it('tells an entry and a pack.yaml from a built pack, a broken JSON and other text', () => {
    expect(packSourceKind(readFileSync(join(EL_CORE, 'pack.yaml'), 'utf8'))).toBe('settings');
    expect(packSourceKind(readFileSync(join(EL_CORE, 'sops/high-bill.md'), 'utf8'))).toBe('entry');
    expect(packSourceKind('\uFEFF---\r\nid: a\r\ntype: template\r\ntitle: Γεια\r\n---\r\nΚείμενο\r\n')).toBe('entry');
    expect(packSourceKind('{"schema": "odigos-pack", "meta": {"id": "x",')).toBeUndefined();
    expect(packSourceKind('# Notes\n\nid: x, version: 2')).toBeUndefined();
    expect(packSourceKind('---\ntitle: A blog post\n---\nText')).toBeUndefined();
  });

  it('refuses it as a source file, naming it, with what to import instead', async () => {
    const yaml = await takeInPack(readFileSync(join(EL_CORE, 'pack.yaml'), 'utf8'), { from: 'pack.yaml', pinnedKeys: [], now });
    expect(yaml).toMatchObject({ ok: false, failure: { code: 'pack.source', file: 'pack.yaml', kind: 'settings' } });
    expect(yaml.ok || yaml.message).toMatch(/^pack\.yaml is the settings of a pack source \(pack\.yaml\), not a pack: import the pack\.json that odigos build/);
    const entry = await takeInPack(readFileSync(join(EL_CORE, 'sops/high-bill.md'), 'utf8'), { from: 'high-bill.md', pinnedKeys: [], now });
    expect(entry).toMatchObject({ ok: false, failure: { code: 'pack.source', file: 'high-bill.md', kind: 'entry' } });
    // A built pack cut short is still a corrupt file.
    const cut = await takeInPack('{"schema": "odigos-pack", ', { from: 'pack.json', pinnedKeys: [], now });
    expect(cut).toMatchObject({ ok: false, failure: { code: 'pack.notJson' } });
  });
});
