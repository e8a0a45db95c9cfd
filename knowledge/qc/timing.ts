import type { Note } from './model';

/**
 * First-response and completion times of an interaction against the targets of the SOP that was opened.
 * Start: the first thing recorded (note created or first timeline event). First response: the first template
 * inserted. Completion: the first time the status became resolved.
 */
export interface InteractionTimes {
  firstResponseMinutes?: number;
  completionMinutes?: number;
  firstResponseTarget?: number;
  completionTarget?: number;
  firstResponseLate: boolean;
  completionLate: boolean;
}

const minutes = (ms: number) => Math.round(ms / 60_000);

export function interactionTimes(note: Note): InteractionTimes {
  const start = Math.min(note.createdAt, ...note.timeline.map((e) => e.at));
  const firstInsert = note.timeline.find((e) => e.event.kind === 'template-inserted');
  const resolved = note.timeline.find((e) => e.event.kind === 'status' && e.event.status === 'resolved');
  let firstResponseTarget: number | undefined;
  let completionTarget: number | undefined;
  for (const { event } of note.timeline) {
    if (event.kind !== 'sop-opened') continue;
    // The strictest target of the SOPs opened in this interaction applies.
    if (event.firstResponseMinutes !== undefined) firstResponseTarget = Math.min(firstResponseTarget ?? Infinity, event.firstResponseMinutes);
    if (event.completionMinutes !== undefined) completionTarget = Math.min(completionTarget ?? Infinity, event.completionMinutes);
  }
  const firstResponseMinutes = firstInsert ? minutes(firstInsert.at - start) : undefined;
  const completionMinutes = resolved ? minutes(resolved.at - start) : undefined;
  return {
    firstResponseMinutes,
    completionMinutes,
    firstResponseTarget,
    completionTarget,
    firstResponseLate: firstResponseMinutes !== undefined && firstResponseTarget !== undefined && firstResponseMinutes > firstResponseTarget,
    completionLate: completionMinutes !== undefined && completionTarget !== undefined && completionMinutes > completionTarget,
  };
}
