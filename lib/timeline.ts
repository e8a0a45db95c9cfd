import type { TimelineEvent } from '@/knowledge/qc/events';

export type { InsertVia, MessageEvent, SuggestedEvent, TemplateEdit, TimelineEvent } from '@/knowledge/qc/events';

/**
 * Views and inserters emit timeline events with `request('timeline.add', …)`; the notes store owns persistence.
 */
export interface TimelineRecord {
  interactionId: string;
  /** What the agent sees in the notes list: "Zendesk #4821 — Γιώργος Παπαδόπουλος". */
  label?: string;
  /** The customer's name as the page shows it: a note the timeline creates starts with it. */
  customer?: string;
  url: string;
  at: number;
  event: TimelineEvent;
}

