import type { Entry } from '@/knowledge/types';
import { request } from '../messages';
import { FailureError, shownFailure } from '../failure';
import { MAX_REPLY_TEXT, type InsertRequest, type OverlaySignals, type TimelineRecorder, type View } from './session';

/**
 * What the overlay session does only from an opened SOP or template: open a template a step links, record an
 * insertion. In the page these come with the extras bundle (app/extras), which shows those views, so the content
 * script every CRM page loads does not carry them; extension pages take them as they are. They act on the session's
 * signals by `.value` alone (the extras' own copy of the signals library never meets them otherwise).
 */
export const sessionLater = {
  /** A template linked from an SOP step; `open` shows it with the way back. Failing, said under the step. */
  async openLinked(st: Pick<OverlaySignals, 'linkFailed'>, open: (entry: Entry) => Promise<void>, from: View, packId: string, entryId: string) {
    try {
      const entry = await request('knowledge.entry', { packId, entryId });
      if (!entry) throw new FailureError({ code: 'template.gone', pack: packId, entry: entryId }, `No template "${entryId}" in pack "${packId}"`);
      await open(entry);
    } catch (err) {
      // Said under the step that links it (st.error is the list's, shown only when the suggestions failed: the click
      // did nothing the agent could see).
      st.linkFailed.value = { sopId: from.kind === 'list' ? '' : from.entry.id, templateId: entryId, failed: shownFailure(err) };
    }
  },

  /** The reply box took a template: learnt for similar conversations and recorded (with the entry's rank) for QC. */
  recordInsert(st: Pick<OverlaySignals, 'view' | 'linked' | 'result'>, rec: TimelineRecorder, req: InsertRequest) {
    rec.learnChoice(req.packId, req.templateId);
    const v = st.view.value;
    const linked = st.linked.value[req.templateId]?.title ?? (v.kind === 'template' && v.entry.id === req.templateId ? v.entry.title : undefined);
    const title = st.result.value?.entries[`${req.packId}/${req.templateId}`]?.title ?? linked;
    rec.timeline({
      kind: 'template-inserted',
      templateId: req.templateId,
      packId: req.packId,
      via: 'overlay',
      text: req.text.slice(0, MAX_REPLY_TEXT),
      ...(title ? { title } : {}),
      ...rec.rankOf(req.packId, req.templateId),
    });
  },
};

export type SessionLater = typeof sessionLater;
