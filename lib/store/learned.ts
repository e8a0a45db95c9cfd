import { storage } from 'wxt/utils/storage';
import { emptyChoices, learnedBoosts, messageTerms, readChoices, recordChoice } from '@/knowledge/learn/choices';

/**
 * What the agent chose for which kind of message (knowledge/learn/choices.ts), in extension storage on this machine
 * only: never in the page's origin, never synced, never in an export. Options resets it.
 */
export const learnedItem = storage.defineItem<unknown>('local:learnedChoices', { fallback: null });

/** Writes one after another: two choices in quick succession (two tabs) must not overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();
const serial = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
};

/** The agent inserted or followed `packId/entryId` for the conversation `text`. */
export function noteChoice(text: string, packId: string, entryId: string, now = Date.now()): Promise<void> {
  const terms = messageTerms(text);
  if (!terms.length) return Promise.resolve();
  return serial(async () => {
    const table = readChoices(await learnedItem.getValue());
    await learnedItem.setValue(recordChoice(table, terms, `${packId}/${entryId}`, now));
  });
}

/** How much learning raises each entry for `text` (by `packId/entryId`). */
export async function boostsFor(text: string, now = Date.now()): Promise<Map<string, number>> {
  const table = readChoices(await learnedItem.getValue());
  return Object.keys(table.pairs).length ? learnedBoosts(table, messageTerms(text), now) : new Map();
}

/** How many entries learning remembers choices for (what Options shows). */
export async function learnedEntries(): Promise<number> {
  const table = readChoices(await learnedItem.getValue());
  return new Set(Object.values(table.pairs).flatMap((e) => Object.keys(e ?? {}))).size;
}

export function resetLearned(): Promise<void> {
  return serial(() => learnedItem.setValue(emptyChoices()));
}
