// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiledPack, compilePack, serializePack } from '../../../knowledge/node';
import { PACK_SCHEMA_VERSION } from '../../../knowledge/types';

const ROOT = join(import.meta.dirname, '../../..');
const errors = (value: unknown) =>
  checkCompiledPack(value, 'pack.json', { today: '2026-01-15' }).problems.filter((p) => p.severity === 'error').map((p) => p.message);

describe('pack schema version: what the compiler writes is what the reader accepts, and nothing else', () => {
  const built = JSON.parse(serializePack(compilePack(join(ROOT, 'knowledge/packs/el-core'))));

  it('a bundled pack compiled now carries the version the reader accepts', () => {
    expect(built.schemaVersion).toBe(PACK_SCHEMA_VERSION);
    expect(errors(built)).toEqual([]);
  });

  it('refuses an older version, a newer one and none, saying which', () => {
    expect(errors({ ...built, schemaVersion: PACK_SCHEMA_VERSION - 1 })).toEqual([
      `"schemaVersion" must be ${PACK_SCHEMA_VERSION}, not the number ${PACK_SCHEMA_VERSION - 1}`,
    ]);
    expect(errors({ ...built, schemaVersion: PACK_SCHEMA_VERSION + 1 })).toEqual([
      `"schemaVersion" is ${PACK_SCHEMA_VERSION + 1}, newer than this tool understands (${PACK_SCHEMA_VERSION}): update Odigos`,
    ]);
    expect(errors({ ...built, schemaVersion: String(PACK_SCHEMA_VERSION) })).toEqual([`"schemaVersion" must be ${PACK_SCHEMA_VERSION}, not "${PACK_SCHEMA_VERSION}"`]);
  });
});
