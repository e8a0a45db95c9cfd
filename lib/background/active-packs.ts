import type { PackInput } from '@/knowledge/engine/api';
import bundledPacks from 'virtual:odigos-bundled-packs';

/**
 * The packs the matcher searches, highest priority first. This first version serves the bundled packs;
 * the pack store (issue 9) adds installed packs, enable/disable and priority layering behind this same API.
 */
export const PRIORITY = { bundled: 0, company: 10, team: 20, personal: 30 } as const;

export async function getActivePacks(): Promise<PackInput[]> {
  return bundledPacks.map((pack) => ({ pack, priority: PRIORITY.bundled }));
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called by whatever changes the installed packs; the matcher service rebuilds on it. */
export function notifyPacksChanged(): void {
  for (const l of listeners) l();
}

export function onPacksChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
