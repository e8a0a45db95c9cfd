/**
 * What happened in an interaction, recorded automatically for the agent's notes and QC (issue 8 stores it).
 * Views and inserters emit these with `request('timeline.add', …)`; the notes store owns persistence.
 */
export type TimelineEvent =
  | { kind: 'sop-step'; sopId: string; step: number; done: boolean }
  | { kind: 'template-inserted'; templateId: string; packId: string; via: 'overlay' | 'shortcut' | 'palette' }
  | { kind: 'cue'; cue: string; words: string[] }
  | { kind: 'sop-opened'; sopId: string; firstResponseMinutes?: number; completionMinutes?: number };

export interface TimelineRecord {
  interactionId: string;
  /** What the agent sees in the notes list: "Zendesk #4821 — Γιώργος Παπαδόπουλος". */
  label?: string;
  url: string;
  at: number;
  event: TimelineEvent;
}

declare module './messages' {
  interface Requests {
    'timeline.add': { req: TimelineRecord; res: void };
  }
}
