import type { CompiledPack } from '@/knowledge/types';
import type { PackLayer } from '../store/packs';

/** An entry id used by more than one active pack in one language: the matcher shows only the winner's entry. */
export interface PackConflict {
  entryId: string;
  /** Entries in different languages are different entries (el-core and en-core share ids): see knowledge/engine/corpus.ts. */
  lang: string;
  /** Packs that have the id, the one in use first. */
  packs: Array<{ packId: string; layer: PackLayer }>;
  /** The organisation's entry is used although a higher layer (personal, team) has one: it pins signing keys. */
  protectedByPolicy?: true;
}

/**
 * Entry ids shared by several packs in the same language, as the matcher replaces them (a Greek and an English entry
 * with one id are both used); `inputs` must come highest priority first (as getActivePacks orders them).
 * A locked pack (the company's, where the organisation pins keys) comes first whatever its priority, as in the matcher.
 */
export function findConflicts(inputs: ReadonlyArray<{ pack: CompiledPack; layer: PackLayer; locked?: boolean }>): PackConflict[] {
  const ordered = [...inputs.filter((i) => i.locked), ...inputs.filter((i) => !i.locked)];
  const byId = new Map<string, PackConflict>();
  for (const { pack, layer } of ordered) {
    for (const e of pack.entries) {
      const key = `${e.lang}\u0000${e.id}`;
      const c = byId.get(key) ?? { entryId: e.id, lang: e.lang, packs: [] };
      c.packs.push({ packId: pack.meta.id, layer });
      byId.set(key, c);
    }
  }
  const rank = new Map(inputs.map((input, i) => [input.pack.meta.id, { i, locked: input.locked === true }]));
  const conflicts = [...byId.values()].filter((c) => c.packs.length > 1);
  for (const c of conflicts) {
    const winner = rank.get(c.packs[0]!.packId)!;
    if (winner.locked && c.packs.some((p) => rank.get(p.packId)!.i < winner.i)) c.protectedByPolicy = true;
  }
  return conflicts.sort((a, b) => a.entryId.localeCompare(b.entryId) || a.lang.localeCompare(b.lang));
}
