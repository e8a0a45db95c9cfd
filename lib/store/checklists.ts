import { storage } from 'wxt/utils/storage';
import type { Stage } from '@/knowledge/types';

/**
 * Per-interaction SOP progress: which checklist steps the agent ticked, and when the interaction was first
 * seen (the SOP timers run from then). Kept in extension storage so a reload or a second tab shows the same.
 */
export interface InteractionProgress {
  /** Epoch ms when Odigos first read this interaction. */
  firstSeen: number;
  /** SOP id → numbers of the steps ticked, ascending. */
  done: Record<string, number[]>;
  /** The agent marked the interaction resolved (closing templates rise; absent in older records). */
  resolved?: boolean;
}

/** Older interactions beyond this are dropped, oldest first, so storage stays small. */
export const KEEP_INTERACTIONS = 300;

export const checklistsItem = storage.defineItem<Record<string, InteractionProgress>>('local:checklists', {
  fallback: {},
  version: 1,
});

async function update(interactionId: string, change: (p: InteractionProgress) => InteractionProgress) {
  const all = await checklistsItem.getValue();
  const next = { ...all, [interactionId]: change(all[interactionId] ?? { firstSeen: Date.now(), done: {} }) };
  const ids = Object.keys(next);
  if (ids.length > KEEP_INTERACTIONS) {
    ids.sort((a, b) => next[a]!.firstSeen - next[b]!.firstSeen);
    for (const id of ids.slice(0, ids.length - KEEP_INTERACTIONS)) if (id !== interactionId) delete next[id];
  }
  await checklistsItem.setValue(next);
  return next[interactionId]!;
}

/** When the interaction was first seen; the first call records now. */
export async function firstSeen(interactionId: string, now = Date.now()): Promise<number> {
  const known = (await checklistsItem.getValue())[interactionId];
  if (known) return known.firstSeen;
  return (await update(interactionId, () => ({ firstSeen: now, done: {} }))).firstSeen;
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
