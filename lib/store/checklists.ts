import { storage } from 'wxt/utils/storage';
import type { Stage } from '@/knowledge/types';

/**
 * Per-interaction SOP progress: which checklist steps the agent ticked, which SOP the agent follows, and when the
 * interaction was first seen (the SOP timers run from then). Kept in extension storage so a reload, a second tab,
 * the side panel and the palette (through the background) all read the same.
 */
export interface InteractionProgress {
  /** Epoch ms when Odigos first read this interaction. */
  firstSeen: number;
  /** SOP id → numbers of the steps ticked, ascending. */
  done: Record<string, number[]>;
  /** The agent marked the interaction resolved (closing templates rise; absent in older records). */
  resolved?: boolean;
  /**
   * The SOP the agent opened last for this interaction, in the page's panel or the side panel: its current step's
   * templates lead the suggestions and the empty palette while working (absent in older records: nothing followed).
   */
  following?: { packId: string; sopId: string };
}

/** Older interactions beyond this are dropped, oldest first, so storage stays small. */
export const KEEP_INTERACTIONS = 300;

export const checklistsItem = storage.defineItem<Record<string, InteractionProgress>>('local:checklists', {
  fallback: {},
  version: 1,
});

/**
 * Changes in this context are made one after another: each reads the whole record set and writes it back, so an SOP
 * opened and a step ticked at once would otherwise keep only the later write (the SOP followed lost).
 */
let writing: Promise<unknown> = Promise.resolve();
/** Changes of this context not written yet (see watchProgress). */
let pending = 0;

/** Change the interaction's record (`fresh` when there is none yet); returns it as written. */
function update(
  interactionId: string,
  change: (p: InteractionProgress) => InteractionProgress,
  fresh = (): InteractionProgress => ({ firstSeen: Date.now(), done: {} }),
): Promise<InteractionProgress> {
  pending++;
  const next = writing.then(() => write(interactionId, change, fresh)).finally(() => pending--);
  writing = next.catch(() => undefined);
  return next;
}

async function write(interactionId: string, change: (p: InteractionProgress) => InteractionProgress, fresh: () => InteractionProgress) {
  const all = await checklistsItem.getValue();
  const next = { ...all, [interactionId]: change(all[interactionId] ?? fresh()) };
  const ids = Object.keys(next);
  if (ids.length > KEEP_INTERACTIONS) {
    ids.sort((a, b) => next[a]!.firstSeen - next[b]!.firstSeen);
    for (const id of ids.slice(0, ids.length - KEEP_INTERACTIONS)) if (id !== interactionId) delete next[id];
  }
  await checklistsItem.setValue(next);
  return next[interactionId]!;
}

/**
 * Follow the interaction's stored progress as any context changes it (the other panel, another tab, this one): calls
 * `onChange` with the record after each change, until the returned unwatch. A change is read once this context's own
 * changes are written: the agent's newest ticks are on screen ahead of storage and would flicker back, and the last
 * of those writes (a read-modify-write over the other's) holds both. Only the newest change's read is given.
 */
export function watchProgress(interactionId: string, onChange: (progress: InteractionProgress) => void): () => void {
  let last = 0;
  async function read(mine: number) {
    let progress;
    do {
      await writing;
      progress = await getProgress(interactionId);
    } while (pending);
    if (mine === last && progress) onChange(progress);
  }
  // Not awaited: a write made here may wait for its change's listeners (the tests' browser does), and the read waits
  // for that write.
  const unwatch = checklistsItem.watch(() => void read(++last));
  return () => {
    last = -1; // no read under way is given any more
    unwatch();
  };
}

/** When the interaction was first seen; the first call records now. */
export async function firstSeen(interactionId: string, now = Date.now()): Promise<number> {
  const known = (await checklistsItem.getValue())[interactionId];
  if (known) return known.firstSeen;
  // Recorded meanwhile (an SOP opened at once): that record stays as it is.
  return (await update(interactionId, (p) => p, () => ({ firstSeen: now, done: {} }))).firstSeen;
}

/** All Odigos has recorded for the interaction (undefined when nothing yet). */
export async function getProgress(interactionId: string): Promise<InteractionProgress | undefined> {
  return (await checklistsItem.getValue())[interactionId];
}

export async function getChecklist(interactionId: string, sopId: string): Promise<number[]> {
  return (await checklistsItem.getValue())[interactionId]?.done[sopId] ?? [];
}

/** Tick or untick one step; returns the steps now ticked. */
export async function setStepDone(interactionId: string, sopId: string, step: number, done: boolean): Promise<number[]> {
  const progress = await update(interactionId, (p) => {
    const steps = new Set(p.done[sopId] ?? []);
    if (done) steps.add(step);
    else steps.delete(step);
    return { ...p, done: { ...p.done, [sopId]: [...steps].sort((a, b) => a - b) } };
  });
  return progress.done[sopId] ?? [];
}

/**
 * Where the conversation stands, as the agent's own actions tell: marked resolved; else working once a checklist
 * step is ticked; else a new problem (its SOP first, nothing that presupposes a later stage near the top).
 */
export function stageOf(progress: InteractionProgress | undefined): Stage {
  if (progress?.resolved) return 'resolved';
  return Object.values(progress?.done ?? {}).some((steps) => steps.length > 0) ? 'working' : 'new';
}

/** The stage of an interaction (new when Odigos has recorded nothing for it). */
export async function getStage(interactionId: string): Promise<Stage> {
  return stageOf((await checklistsItem.getValue())[interactionId]);
}

/** Mark the interaction resolved (or not any more); returns its stage now. */
export async function setResolved(interactionId: string, resolved: boolean): Promise<Stage> {
  return stageOf(await update(interactionId, (p) => ({ ...p, resolved })));
}

/** The agent follows this SOP for the interaction (opened it in either panel): the palette's list follows its steps. */
export async function setFollowing(interactionId: string, packId: string, sopId: string): Promise<void> {
  await update(interactionId, (p) => ({ ...p, following: { packId, sopId } }));
}

/**
 * The templates the current step of the SOP the agent follows links: its first unticked step's. The panel's
 * suggestions and the empty palette both ask with them (the engine lifts them while working); none while the
 * problem is new (nothing ticked yet), none when nothing is followed or every step is ticked.
 */
export function followedStepTemplates(
  stage: Stage,
  sop: { steps: readonly { n: number; templates: readonly string[] }[] } | undefined,
  done: readonly number[],
): string[] {
  if (stage === 'new' || !sop) return [];
  const ticked = new Set(done);
  return [...(sop.steps.find((step) => !ticked.has(step.n))?.templates ?? [])];
}

/**
 * The stage and step suggestions are asked at, by the panel and the empty palette alike: nothing for a new problem
 * (the engine's default, which also reads a short thanks as closing), else the stage, with the followed SOP's
 * current step's templates when it has any (followedStepTemplates).
 */
export function askedAt(
  stage: Stage,
  sop: Parameters<typeof followedStepTemplates>[1],
  done: readonly number[],
): { stage?: Stage; step?: string[] } {
  if (stage === 'new') return {};
  const step = followedStepTemplates(stage, sop, done);
  return step.length ? { stage, step } : { stage };
}
