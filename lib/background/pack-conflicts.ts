import type { CompiledPack } from '@/knowledge/types';
import type { PackLayer } from '../store/packs';

/** An entry id used by more than one active pack: the matcher shows only the winner's entry. */
export interface PackConflict {
  entryId: string;
  /** Packs that have the id, the one in use first. */
  packs: Array<{ packId: string; layer: PackLayer }>;
}

/** Entry ids shared by several packs; `inputs` must come highest priority first (as getActivePacks orders them). */
export function findConflicts(inputs: ReadonlyArray<{ pack: CompiledPack; layer: PackLayer }>): PackConflict[] {
  const byId = new Map<string, PackConflict>();
  for (const { pack, layer } of inputs) {
    for (const e of pack.entries) {
      const c = byId.get(e.id) ?? { entryId: e.id, packs: [] };
      c.packs.push({ packId: pack.meta.id, layer });
      byId.set(e.id, c);
    }
  }
  return [...byId.values()].filter((c) => c.packs.length > 1).sort((a, b) => a.entryId.localeCompare(b.entryId));
}
