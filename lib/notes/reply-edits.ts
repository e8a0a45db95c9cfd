import { compareReply, FROM_TEMPLATE, templatesInReply, type EditSummary } from '@/knowledge/qc/edit';
import type { TemplateEdit } from '@/knowledge/qc/events';
import type { TimelineEntry } from './model';

/** The templates a reply was written from (their places in the timeline, in the order inserted) and how it differs. */
interface Match {
  at: number[];
  summary: EditSummary;
}

/**
 * The inserted templates, not yet matched, that the reply was written from. Several (a greeting template, then a
 * refund one) are compared with the reply together, so one's words are not counted as the agent's own in the other's
 * comparison; else the closest one alone, if the reply was written from it (heavily edited, it may keep few words).
 */
function matchTemplates(timeline: readonly TimelineEntry[], sent: string): Match | undefined {
  const open = timeline.flatMap((e, i) => (e.event.kind === 'template-inserted' && e.event.text ? [{ i, text: e.event.text }] : []));
  const found = templatesInReply(open.map((o) => o.text), sent).map((k) => open[k]);
  if (found.length) {
    const summary = compareReply(found.map((o) => o.text).join('\n'), sent);
    if (summary.similarity >= FROM_TEMPLATE) return { at: found.map((o) => o.i), summary };
  }
  let best: { i: number; summary: EditSummary } | undefined;
  for (const { i, text } of open) {
    const summary = compareReply(text, sent);
    if (summary.similarity >= FROM_TEMPLATE && (!best || summary.similarity > best.summary.similarity)) best = { i, summary };
  }
  return best && { at: [best.i], summary: best.summary };
}

/**
 * Adds an event to a note's timeline in time order (a message's time is the page's, often earlier than events
 * already recorded). An agent's reply that carries its text is compared with the templates inserted and not yet
 * matched: the ones it was written from give it an edit summary; the texts are then dropped, so the note keeps
 * what QC needs (which words changed), not the whole reply.
 */
export function withEvent(timeline: readonly TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  const out = [...timeline];
  const ev = entry.event;
  if (ev.kind === 'message' && ev.text !== undefined) {
    const { text, ...rest } = ev;
    const match = matchTemplates(out, text);
    let event: typeof rest = rest;
    if (match) {
      const ids: { packId: string; templateId: string }[] = [];
      for (const i of match.at) {
        const inserted = out[i];
        if (inserted.event.kind !== 'template-inserted') continue;
        const { text: _t, ...insertedRest } = inserted.event;
        out[i] = { ...inserted, event: insertedRest };
        ids.push({ packId: insertedRest.packId, templateId: insertedRest.templateId });
      }
      const [first, ...more] = ids;
      const edit: TemplateEdit = { ...first, ...(more.length ? { more } : {}), ...match.summary };
      event = { ...rest, edit };
    }
    entry = { ...entry, event };
  }
  let i = out.length;
  while (i > 0 && out[i - 1].at > entry.at) i--;
  out.splice(i, 0, entry);
  return out;
}
