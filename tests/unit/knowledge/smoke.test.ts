import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_VERSION } from '../../../knowledge/types';

describe('knowledge types', () => {
  it('declares a pack schema version', () => {
    expect(PACK_SCHEMA_VERSION).toBe(1);
  });
});
