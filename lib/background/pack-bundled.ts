import type { CompiledPack } from '@/knowledge/types';
import bundledPacks from 'virtual:odigos-bundled-packs';

/** The packs shipped inside the extension (the virtual module the build fills); one seam for tests to replace. */
export function getBundledPacks(): readonly CompiledPack[] {
  return bundledPacks;
}
