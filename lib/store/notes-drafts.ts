import { browser, type Browser } from 'wxt/browser';
import { DRAFT_VERSION, type NoteDraft } from '../notes/draft';

/**
 * Crash-safe drafts: every change in a notes editor is written at once to extension storage (storage.local, not
 * the page's) under a key per interaction and editor. A tab closed mid-sentence, a crashed renderer or a
 * restarted service worker leaves its draft behind; the background merges drafts into notes and removes a draft
 * only once its save is stored (lib/store/notes-store.ts).
 *
 * While the disk refuses writes, the draft is kept in storage.session instead: memory, extension contexts only,
 * outliving the tab and the service worker (not a browser restart), until a save succeeds once space is back.
 */
export const DRAFT_PREFIX = 'notesDraft:';
export { DRAFT_VERSION, type NoteDraft };

export const draftKey = (interactionId: string, editorId: string) => `${DRAFT_PREFIX}${interactionId}#${editorId}`;

type Area = Browser.storage.StorageArea;
const areas = (): Area[] => [browser.storage.local, ...(browser.storage.session ? [browser.storage.session] : [])];
/** Set in this context once a draft went to memory: later successful writes clear those copies. */
let inMemory = false;

export async function writeDraft(draft: NoteDraft): Promise<void> {
  const item = { [draftKey(draft.interactionId, draft.editorId)]: draft };
  try {
    await browser.storage.local.set(item);
  } catch (err) {
    // The disk is full (or failing): keep it in memory, and still fail so the editor says it is not saved.
    const kept = await browser.storage.session?.set(item).then(
      () => true,
      () => false,
    );
    inMemory ||= !!kept;
    throw err;
  }
  if (inMemory) await browser.storage.session?.remove(Object.keys(item)).catch(() => undefined);
}

function isDraft(v: unknown): v is NoteDraft {
  const d = v as NoteDraft | undefined;
  return typeof d === 'object' && d !== null && d.v === DRAFT_VERSION && typeof d.interactionId === 'string' && typeof d.fields?.text === 'string';
}

/**
 * The stored draft keys starting with `prefix`, read without the values: storage.local also holds kept pack
 * versions (megabytes each), and drafts are looked for at every service-worker start and notes panel.
 */
async function draftKeys(area: Area, prefix: string): Promise<string[]> {
  let keys: string[];
  try {
    keys = await area.getKeys();
  } catch {
    // Browsers (and test fakes) without getKeys.
    keys = Object.keys(await area.get(null));
  }
  return keys.filter((k) => k.startsWith(prefix));
}

/**
 * The values of `keys`, one by one if reading them together fails: after a full disk Chromium can keep a torn
 * record that fails to parse ("Invalid JSON") and takes every other value read with it down.
 */
async function readValues(area: Area, keys: string[]): Promise<unknown[]> {
  try {
    return Object.values(await area.get(keys));
  } catch {
    const one = await Promise.all(keys.map((k) => area.get(k).then((v) => v[k], () => undefined)));
    return one.filter((v) => v !== undefined);
  }
}

/** Drafts left in storage (disk or memory), for one interaction or all; of two copies the later change wins. */
export async function readDrafts(interactionId?: string): Promise<NoteDraft[]> {
  const prefix = interactionId === undefined ? DRAFT_PREFIX : `${DRAFT_PREFIX}${interactionId}#`;
  const found = new Map<string, NoteDraft>();
  for (const area of areas()) {
    let keys: string[];
    try {
      keys = await draftKeys(area, prefix);
    } catch {
      continue; // storage.session is not open to every context
    }
    if (!keys.length) continue;
    for (const d of (await readValues(area, keys)).filter(isDraft)) {
      const key = draftKey(d.interactionId, d.editorId);
      if ((found.get(key)?.seq ?? -1) < d.seq) found.set(key, d);
    }
  }
  return [...found.values()];
}

/** Remove a draft once merged, unless its editor wrote a newer one meanwhile. */
export async function removeDraftUpTo(draft: Pick<NoteDraft, 'interactionId' | 'editorId' | 'seq'>): Promise<void> {
  const key = draftKey(draft.interactionId, draft.editorId);
  for (const area of areas()) {
    const stored = (await area.get(key).catch((): Record<string, unknown> => ({})))[key] as NoteDraft | undefined;
    if (stored && stored.seq <= draft.seq) await area.remove(key);
  }
}

export async function removeAllDrafts(): Promise<void> {
  for (const area of areas()) {
    const keys = await draftKeys(area, DRAFT_PREFIX).catch(() => []);
    if (keys.length) await area.remove(keys);
  }
}
