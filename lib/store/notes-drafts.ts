import { browser } from 'wxt/browser';
import type { SaveRequest } from '../notes/save';

/**
 * Crash-safe drafts: every change in a notes editor is written at once to extension storage (storage.local, not
 * the page's) under a key per interaction and editor. A tab closed mid-sentence, a crashed renderer or a
 * restarted service worker leaves its draft behind; the background merges drafts into notes and removes them.
 */
export const DRAFT_PREFIX = 'notesDraft:';
export const DRAFT_VERSION = 1;

export interface NoteDraft extends SaveRequest {
  v: typeof DRAFT_VERSION;
  at: number;
}

export const draftKey = (interactionId: string, editorId: string) => `${DRAFT_PREFIX}${interactionId}#${editorId}`;

export async function writeDraft(draft: NoteDraft): Promise<void> {
  await browser.storage.local.set({ [draftKey(draft.interactionId, draft.editorId)]: draft });
}

function isDraft(v: unknown): v is NoteDraft {
  const d = v as NoteDraft | undefined;
  return typeof d === 'object' && d !== null && d.v === DRAFT_VERSION && typeof d.interactionId === 'string' && typeof d.fields?.text === 'string';
}

/**
 * The stored draft keys starting with `prefix`, read without the values: storage.local also holds kept pack
 * versions (megabytes each), and drafts are looked for at every service-worker start and notes panel.
 */
async function draftKeys(prefix: string): Promise<string[]> {
  let keys: string[];
  try {
    keys = await browser.storage.local.getKeys();
  } catch {
    // Browsers (and test fakes) without getKeys.
    keys = Object.keys(await browser.storage.local.get(null));
  }
  return keys.filter((k) => k.startsWith(prefix));
}

/** Drafts left in storage, for one interaction or all. Unknown shapes (a future version) are left alone. */
export async function readDrafts(interactionId?: string): Promise<NoteDraft[]> {
  const keys = await draftKeys(interactionId === undefined ? DRAFT_PREFIX : `${DRAFT_PREFIX}${interactionId}#`);
  if (!keys.length) return [];
  return Object.values(await browser.storage.local.get(keys)).filter(isDraft);
}

/** Remove a draft once merged, unless its editor wrote a newer one meanwhile. */
export async function removeDraftUpTo(draft: Pick<NoteDraft, 'interactionId' | 'editorId' | 'seq'>): Promise<void> {
  const key = draftKey(draft.interactionId, draft.editorId);
  const stored = (await browser.storage.local.get(key))[key] as NoteDraft | undefined;
  if (stored && stored.seq <= draft.seq) await browser.storage.local.remove(key);
}

export async function removeAllDrafts(): Promise<void> {
  const keys = await draftKeys(DRAFT_PREFIX);
  if (keys.length) await browser.storage.local.remove(keys);
}
