import { stored } from '../stored';
import type { Stage } from '@/knowledge/types';

/**
 * Per-interaction SOP progress: which checklist steps the agent ticked, which SOP the agent follows, and when the
 * interaction was first seen (the SOP timers run from then). Kept in extension storage so a reload, a second tab,
 * the side panel and the palette (through the background) all read the same; written by the background alone
 * (writeProgress), each panel asking it for its changes (lib/overlay/progress.ts).
 */
export interface InteractionProgress {
  /** Epoch ms when Odigos first read this interaction. */
  firstSeen: number;
  /** SOP id → numbers of the steps ticked, ascending. */
  done: Record<string, number[]>;
  /** The agent marked the interaction resolved (closing templates rise; absent in older records). */
  resolved?: boolean;
  /**
   * The SOP the agent follows for this interaction: the one whose step they ticked last, in either panel or tab (see
   * `changed`). Its current step's templates lead the suggestions and the empty palette while working (absent in
   * older records: nothing followed; records written before ticking decided it may name an SOP only opened).
   */
  following?: { packId: string; sopId: string };
  /**
   * The SOP open in the panel for this interaction: reopened on the ticket's next page or after a reload (a helpdesk
   * navigating between a ticket's pages must not lose the agent's place in a checklist); closing it forgets it.
   */
  open?: { packId: string; sopId: string };
}

/** Older interactions beyond this are dropped, oldest first, so storage stays small. */
export const KEEP_INTERACTIONS = 300;

export const checklistsItem = stored<Record<string, InteractionProgress>>('local:checklists', {});

/**
 * One change to an interaction's progress, as a panel asks it of the background (lib/background/progress-service.ts),
 * the one writer: each context's own read-modify-write of the whole record set lost the other's write when the side
 * panel and the page's panel (or two tabs) changed the same ticket at once. Each change says the state it wants, not
 * a toggle, so asking it twice (again after the service worker restarted mid-way) writes the same.
 */
export type ProgressChange =
  /** First sight of the interaction: recorded once, the earliest sighting kept. */
  | { kind: 'seen'; at: number }
  /** A step of an SOP ticked or unticked (ticking follows the SOP, see `changed`). */
  | { kind: 'step'; packId: string; sopId: string; step: number; done: boolean }
  | { kind: 'resolved'; resolved: boolean }
  /** The SOP open in the panel (none: closed). Opening is not following: see `changed`. */
  | { kind: 'open'; sop?: { packId: string; sopId: string } };

/**
 * The record after the change. Ticking a step is what makes an SOP the one followed (its next step's templates lead
 * the panel and the empty palette): opening an SOP only to look at it changes nothing, so an agent who peeks at
 * another SOP keeps the one they work through. Unticking leaves the SOP followed as it is.
 */
export function changed(p: InteractionProgress, change: ProgressChange): InteractionProgress {
  switch (change.kind) {
    case 'seen':
      return p;
    case 'resolved':
      return { ...p, resolved: change.resolved };
    case 'open': {
      const { open: _closed, ...rest } = p;
      return change.sop ? { ...rest, open: { packId: change.sop.packId, sopId: change.sop.sopId } } : rest;
    }
    case 'step': {
      const { packId, sopId, step, done } = change;
      const steps = new Set(Array.isArray(p.done[sopId]) ? p.done[sopId] : []);
      if (done) steps.add(step);
      else steps.delete(step);
      const next = { ...p, done: { ...p.done, [sopId]: [...steps].sort((a, b) => a - b) } };
      return done ? { ...next, following: { packId, sopId } } : next;
    }
  }
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 500;

/** The change as the background takes it from a message: anything else (a damaged or hostile request) is none. */
export function validChange(c: unknown): ProgressChange | undefined {
  const o = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
  if (o.kind === 'seen' && Number.isFinite(o.at)) return { kind: 'seen', at: o.at as number };
  if (o.kind === 'resolved' && typeof o.resolved === 'boolean') return { kind: 'resolved', resolved: o.resolved };
  if (o.kind === 'open') {
    const sop = (typeof o.sop === 'object' && o.sop !== null ? o.sop : {}) as Record<string, unknown>;
    if (o.sop === undefined) return { kind: 'open' };
    return isId(sop.packId) && isId(sop.sopId) ? { kind: 'open', sop: { packId: sop.packId, sopId: sop.sopId } } : undefined;
  }
  const stepOk = Number.isInteger(o.step) && (o.step as number) >= 0 && (o.step as number) < 1000 && typeof o.done === 'boolean';
  if (o.kind === 'step' && isId(o.packId) && isId(o.sopId) && stepOk) {
    return { kind: 'step', packId: o.packId, sopId: o.sopId, step: o.step as number, done: o.done as boolean };
  }
  return undefined;
}

/** Changes written by this context (the background) one after another: each reads and writes the whole record set. */
let writing: Promise<unknown> = Promise.resolve();

/**
 * Apply one change to the interaction's record (a fresh one when there is none yet) and store it; returns the record
 * as written. Called by the background alone (the one writer); the panels ask it with `progress.change`.
 */
export function writeProgress(interactionId: string, change: ProgressChange): Promise<InteractionProgress> {
  const next = writing.then(() => write(interactionId, change));
  writing = next.catch(() => undefined);
  return next;
}

async function write(interactionId: string, change: ProgressChange): Promise<InteractionProgress> {
  const all = await checklistsItem.getValue();
  const before = all[interactionId];
  if (before && change.kind === 'seen') return before; // already seen: nothing to write
  const firstSeen = Number.isFinite(before?.firstSeen) ? before!.firstSeen : change.kind === 'seen' ? change.at : Date.now();
  // A record kept from an older version (or damaged) keeps what it has; what it lacks starts empty.
  const base = { ...before, firstSeen, done: typeof before?.done === 'object' && before.done !== null ? before.done : {} };
  const next = { ...all, [interactionId]: changed(base, change) };
  const ids = Object.keys(next);
  if (ids.length > KEEP_INTERACTIONS) {
    ids.sort((a, b) => next[a]!.firstSeen - next[b]!.firstSeen);
    for (const id of ids.slice(0, ids.length - KEEP_INTERACTIONS)) if (id !== interactionId) delete next[id];
  }
  await checklistsItem.setValue(next);
  return next[interactionId]!;
}

/** All Odigos has recorded for the interaction (undefined when nothing yet). */
export async function getProgress(interactionId: string): Promise<InteractionProgress | undefined> {
  return (await checklistsItem.getValue())[interactionId];
}

export async function getChecklist(interactionId: string, sopId: string): Promise<number[]> {
  return (await checklistsItem.getValue())[interactionId]?.done[sopId] ?? [];
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
