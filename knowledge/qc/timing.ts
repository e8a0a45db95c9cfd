import type { NoteEvent } from './events';

/** What timing needs of a note (lib/notes/model's Note is one). */
export interface TimedNote {
  createdAt: number;
  timeline: readonly TimelineEntry[];
}
export interface TimelineEntry {
  at: number;
  event: NoteEvent;
  /**
   * A colleague's entry, merged by an import into the agent's own note of the same ticket (lib/notes/import): QC
   * counts it in the colleague's export, not as this agent's work (records.ts).
   */
  imported?: true;
}

/**
 * First-response and completion times of an interaction against the targets of the SOPs opened (seed 002).
 * Start: the customer's first message, at the time the helpdesk shows for it (else when Odigos first saw it;
 * a note from before messages were recorded starts at its first record). First response: the agent's first
 * reply in the thread after that, however it was written; where the thread never shows the agent's replies, the
 * first template inserted. Completion: the first time the status became resolved.
 */
export interface InteractionTimes {
  startAt: number;
  /** The start is the page's own time for the customer's message (not a sighting by Odigos). */
  startShown: boolean;
  firstResponseAt?: number;
  firstResponseMinutes?: number;
  /** Where the response was seen: the thread, or only a template inserted through Odigos. */
  firstResponseBy?: 'thread' | 'insert';
  resolvedAt?: number;
  completionMinutes?: number;
  firstResponseTarget?: number;
  completionTarget?: number;
  firstResponseLate: boolean;
  completionLate: boolean;
  /** The customer's latest message that no reply followed yet (the wait still running); unset once resolved. */
  waitingSince?: number;
}

const minutes = (ms: number) => Math.round(ms / 60_000);

/** The strictest target of the SOPs opened in this interaction applies. */
function targets(timeline: readonly TimelineEntry[]) {
  let firstResponseTarget: number | undefined;
  let completionTarget: number | undefined;
  for (const { event } of timeline) {
    if (event.kind !== 'sop-opened') continue;
    if (event.firstResponseMinutes !== undefined) firstResponseTarget = Math.min(firstResponseTarget ?? Infinity, event.firstResponseMinutes);
    if (event.completionMinutes !== undefined) completionTarget = Math.min(completionTarget ?? Infinity, event.completionMinutes);
  }
  return { firstResponseTarget, completionTarget };
}

export function interactionTimes(note: TimedNote): InteractionTimes {
  const timeline = [...note.timeline].sort((a, b) => a.at - b.at);
  const customer = timeline.filter((e) => e.event.kind === 'message' && e.event.from === 'customer');
  const threadReplies = timeline.filter((e) => e.event.kind === 'message' && e.event.from === 'agent');
  const by = threadReplies.length ? 'thread' : 'insert';
  const replies = threadReplies.length ? threadReplies : timeline.filter((e) => e.event.kind === 'template-inserted');
  const first = customer[0];
  const startAt = first ? first.at : Math.min(note.createdAt, ...timeline.map((e) => e.at));
  const startShown = first?.event.kind === 'message' && first.event.shown;
  const response = replies.find((e) => e.at >= startAt);
  const resolved = timeline.find((e) => e.event.kind === 'status' && e.event.status === 'resolved');
  const lastCustomer = customer.at(-1);
  const answered = lastCustomer && replies.some((e) => e.at >= lastCustomer.at);
  const { firstResponseTarget, completionTarget } = targets(timeline);
  const firstResponseMinutes = response ? minutes(response.at - startAt) : undefined;
  const completionMinutes = resolved ? minutes(resolved.at - startAt) : undefined;
  return {
    startAt,
    startShown,
    ...(response ? { firstResponseAt: response.at, firstResponseMinutes, firstResponseBy: by } : {}),
    ...(resolved ? { resolvedAt: resolved.at, completionMinutes } : {}),
    firstResponseTarget,
    completionTarget,
    firstResponseLate: firstResponseMinutes !== undefined && firstResponseTarget !== undefined && firstResponseMinutes > firstResponseTarget,
    completionLate: completionMinutes !== undefined && completionTarget !== undefined && completionMinutes > completionTarget,
    ...(lastCustomer && !answered && !resolved ? { waitingSince: lastCustomer.at } : {}),
  };
}
