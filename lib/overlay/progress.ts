import { request } from '../messages';
import { failureOf, type Failure } from '../failure';
import { extensionGone } from './orphan';
import { checklistsItem, getProgress, stageOf, type InteractionProgress, type ProgressChange } from '../store/checklists';
import type { Stage } from '@/knowledge/types';

/**
 * A panel's changes to the interaction's progress (the page's panel, the side panel), asked of the background, the
 * one writer (lib/background/progress-service.ts): two panels or tabs changing one ticket at once each keep their
 * change. This context's changes are sent one after another, so a tick and its untick arrive in order.
 */
let sending: Promise<unknown> = Promise.resolve();
/** Changes of this context not answered yet (see watchProgress). */
let pending = 0;

/** How long to wait before asking again, per try: the service worker may be starting, or restarting mid-request. */
const RETRY_MS = [250, 1_000, 3_000];

/**
 * Why a change was not stored, for the panel to tell the agent (components/overlay/SaveFailed.tsx): the background
 * refused it (its failure, when it said why as data), never answered after the retries, or the extension was
 * updated or reloaded under this page (its requests can never be answered again: the page must be reloaded).
 */
export type SaveFailure = { kind: 'refused'; failure?: Failure } | { kind: 'noAnswer' } | { kind: 'gone' };

/** A change's outcome: the record as stored, or why it was not. */
export type Saved = { stored: InteractionProgress; failed?: undefined } | { stored?: undefined; failed: SaveFailure };

/**
 * One change, asked until the background answers (a change asked twice writes the same). A refusal is final: asked
 * again it changes nothing; so is a gone extension: its context never answers again.
 */
async function ask(interactionId: string, change: ProgressChange): Promise<Saved> {
  for (let i = 0; ; i++) {
    try {
      const stored = await request('progress.change', { interactionId, change });
      return stored ? { stored } : { failed: { kind: 'refused' } };
    } catch (e) {
      const failure = failureOf(e);
      if (failure?.code.startsWith('progress.')) return { failed: { kind: 'refused', failure } };
      if (extensionGone()) return { failed: { kind: 'gone' } };
      if (i >= RETRY_MS.length) return { failed: { kind: 'noAnswer' } };
      await new Promise((r) => setTimeout(r, RETRY_MS[i]));
    }
  }
}

function send(interactionId: string, change: ProgressChange): Promise<Saved> {
  pending++;
  const next = sending.then(() => ask(interactionId, change)).finally(() => pending--);
  sending = next;
  return next;
}

/** Tick or untick one step of the SOP (ticking makes it the one followed): the record as stored, or why not. */
export const setStepDone = (interactionId: string, packId: string, sopId: string, step: number, done: boolean) =>
  send(interactionId, { kind: 'step', packId, sopId, step, done });

/**
 * Remember the SOP open in the panel (none: closed), to reopen it on the ticket's next page. Not said to the agent
 * when it is not stored: only the place after a reload is lost, never a tick.
 */
export const setOpenSop = (interactionId: string, sop?: { packId: string; sopId: string }) =>
  send(interactionId, { kind: 'open', ...(sop ? { sop } : {}) });

/** Mark the interaction resolved (or not any more): its stage now, or why it was not stored. */
export async function setResolved(interactionId: string, resolved: boolean): Promise<{ stage: Stage; failed?: undefined } | { stage?: undefined; failed: SaveFailure }> {
  const saved = await send(interactionId, { kind: 'resolved', resolved });
  return saved.stored ? { stage: stageOf(saved.stored) } : { failed: saved.failed };
}

/** When the interaction was first seen; the first sight records now (the background is asked only then). */
export async function firstSeen(interactionId: string, now = Date.now()): Promise<number> {
  const known = await getProgress(interactionId);
  if (known) return known.firstSeen;
  // Recorded meanwhile (a step ticked at once): that record stays as it is.
  return (await send(interactionId, { kind: 'seen', at: now })).stored?.firstSeen ?? now;
}

/**
 * Follow the interaction's stored progress as any context changes it (the other panel, another tab, this one): calls
 * `onChange` with the record after each change, until the returned unwatch. A change is read once this context's own
 * changes are answered: the agent's newest ticks are on screen ahead of storage and would flicker back, and the
 * last of those writes holds them all. Only the newest change's read is given.
 */
export function watchProgress(interactionId: string, onChange: (progress: InteractionProgress) => void): () => void {
  let last = 0;
  async function read(mine: number) {
    let progress;
    do {
      await sending;
      progress = await getProgress(interactionId);
    } while (pending);
    if (mine === last && progress) onChange(progress);
  }
  // Not awaited: a write may wait for its change's listeners (the tests' browser does), and the read waits for it.
  const unwatch = checklistsItem.watch(() => void read(++last));
  return () => {
    last = -1; // no read under way is given any more
    unwatch();
  };
}
