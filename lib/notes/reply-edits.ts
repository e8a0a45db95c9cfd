import { compareReply, FROM_TEMPLATE } from '@/knowledge/qc/edit';
import type { TimelineEntry } from './model';

/**
 * Adds an event to a note's timeline in time order (a message's time is the page's, often earlier than events
 * already recorded). An agent's reply that carries its text is compared with the templates inserted and not yet
 * matched: the closest one, if the reply was written from it, gets an edit summary; both texts are then dropped,
 * so the note keeps what QC needs (which words changed), not the whole reply.
 */
export function withEvent(timeline: readonly TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  const out = [...timeline];
  const ev = entry.event;
  if (ev.kind === 'message' && ev.text !== undefined) {
    const { text, ...rest } = ev;
    let best: { i: number; sim: number; summary: ReturnType<typeof compareReply> } | undefined;
    out.forEach((e, i) => {
      if (e.event.kind !== 'template-inserted' || !e.event.text) return;
      const summary = compareReply(e.event.text, text);
      if (summary.similarity >= FROM_TEMPLATE && (!best || summary.similarity > best.sim)) best = { i, sim: summary.similarity, summary };
    });
    let event: typeof rest = rest;
    if (best) {
      const inserted = out[best.i];
      if (inserted.event.kind === 'template-inserted') {
        const { text: _t, ...insertedRest } = inserted.event;
        out[best.i] = { ...inserted, event: insertedRest };
        event = { ...rest, edit: { packId: inserted.event.packId, templateId: inserted.event.templateId, ...best.summary } };
      }
    }
    entry = { ...entry, event };
  }
  let i = out.length;
  while (i > 0 && out[i - 1].at > entry.at) i--;
  out.splice(i, 0, entry);
  return out;
}
