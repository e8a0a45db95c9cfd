import { storage } from 'wxt/utils/storage';
import type { PackRefusal } from '../failure';

/**
 * The last automatic (scheduled) update check of each pack that failed, in storage.local: when, the English reason,
 * and the failure as data when it came as one. Kept here rather than on the pack's record in the pack database: the
 * checks that failed silently were those that threw, most often because that database refused the write (full disk,
 * storage failing), so nothing could be said there. A check that works (scheduled or «Check now») removes the entry.
 * Small (a few hundred bytes a pack) and written at most once a check, so the content scripts that receive every
 * storage.local change lose nothing by it.
 */
export interface AutoCheckFailure {
  /** ISO time of the check. */
  at: string;
  message: string;
  failure?: PackRefusal;
}

export const packAutoChecksItem = storage.defineItem<Record<string, AutoCheckFailure>>('local:pack-auto-checks', { fallback: {} });

/** What the store refuses (a full disk) is dropped: the outcome cannot be kept then, and the check goes on. */
async function change(edit: (all: Record<string, AutoCheckFailure>) => Record<string, AutoCheckFailure> | undefined): Promise<void> {
  try {
    const all = await packAutoChecksItem.getValue();
    const next = edit(all);
    if (next) await packAutoChecksItem.setValue(next);
  } catch {
    // Nowhere left to say it; the pack's own record (when its database took the write) still says the check failed.
  }
}

export function noteAutoCheckFailed(id: string, failed: AutoCheckFailure): Promise<void> {
  return change((all) => ({ ...all, [id]: failed }));
}

/** A check of `id` that worked: its failure is no longer the last word (written only when there was one). */
export function clearAutoCheck(id: string): Promise<void> {
  return change((all) => {
    if (!(id in all)) return undefined;
    const { [id]: _gone, ...rest } = all;
    return rest;
  });
}

/** Entries of packs no longer installed (removed since) are dropped. */
export function keepAutoChecksOf(ids: readonly string[]): Promise<void> {
  return change((all) => {
    const kept = Object.fromEntries(Object.entries(all).filter(([id]) => ids.includes(id)));
    return Object.keys(kept).length === Object.keys(all).length ? undefined : kept;
  });
}
