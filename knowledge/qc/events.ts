/**
 * What happened in an interaction, recorded automatically for the agent's notes and QC. The extension records
 * these (lib/timeline.ts), the notes store keeps them, and the QC export and `odigos qc` read them: one
 * declaration for all. Titles are recorded beside ids so the timeline reads as sentences in the agent's
 * language, and an export still names what was used after the pack changed.
 */
export type InsertVia = 'overlay' | 'shortcut' | 'palette';

export type TimelineEvent =
  | { kind: 'sop-step'; sopId: string; step: number; done: boolean; packId?: string; title?: string; stepTitle?: string; steps?: number }
  | {
      kind: 'template-inserted';
      templateId: string;
      packId: string;
      via: InsertVia;
      title?: string;
      packVersion?: string;
      /** The expanded text as inserted (capped): compared with the reply the thread then shows. */
      text?: string;
      /** Its place in the suggestion list the agent chose from (1 = first), and the entry ranked first then. */
      rank?: number;
      top?: string;
      /** The entry hands the customer over (a supervisor, another department): counted as an escalation. */
      escalation?: boolean;
    }
  | { kind: 'cue'; cue: string; words: string[] }
  | {
      kind: 'sop-opened';
      sopId: string;
      firstResponseMinutes?: number;
      completionMinutes?: number;
      packId?: string;
      packVersion?: string;
      title?: string;
      steps?: number;
      rank?: number;
      top?: string;
      escalation?: boolean;
    }
  | MessageEvent
  | SuggestedEvent;

/**
 * A message seen in the thread. The entry's `at` is the time the page shows for it when `shown`, else when
 * Odigos first saw it. `key` tells the same message apart on every re-reading; no customer text is kept.
 */
export interface MessageEvent {
  kind: 'message';
  from: 'customer' | 'agent';
  key: string;
  shown: boolean;
  /**
   * On the way in only: the words the page shows for the message's time ("09:12", «Χθες 14:05»). The notes store
   * turns them into the entry's `at` (then `shown` is true) and does not keep them.
   */
  time?: string;
  /** An agent's reply: its text is compared with the template inserted before it, then dropped (see edit). */
  text?: string;
  /**
   * An agent's reply recorded when the agent sent it (the reply form's submit, the send button, Ctrl+Enter), before
   * the thread showed it: the same reply seen in the thread later is this entry, not another (lib/notes/sent-replies).
   */
  sent?: boolean;
  /** A reply recorded when sent that the thread has shown since (under `key`, or one of `seenAs`). */
  thread?: boolean;
  /** The keys the thread showed this reply under when its words there differ from those sent (a signature added). */
  seenAs?: string[];
  /** How the reply differs from the templates the agent inserted (words added and removed, similarity 0–1). */
  edit?: TemplateEdit;
}

export interface TemplateEdit {
  /** The template the reply was written from (the first inserted, when several were). */
  packId: string;
  templateId: string;
  /**
   * The other templates the reply was written from, in the order inserted; the words added and removed, and the
   * similarity, are then the reply's against all of them together. Absent in records made before it was kept.
   */
  more?: { packId: string; templateId: string }[];
  similarity: number;
  added: string[];
  removed: string[];
}

/**
 * What the panel suggested for one customer message (the best few, with scores). When nothing scored above the
 * confidence line, the customer's words are kept (`unanswered`) for the trainers; exports mask them.
 */
export interface SuggestedEvent {
  kind: 'suggested';
  key: string;
  entries: { packId: string; entryId: string; score: number }[];
  unanswered?: string;
}

/** The notes' own event beside the recorded ones: status changes give completion times. */
export type NoteStatus = 'open' | 'waiting' | 'resolved';
export type NoteEvent = TimelineEvent | { kind: 'status'; status: NoteStatus };
