import type { SaveRequest } from './save';

/** A notes editor's crash-safe copy of its text (stored by lib/store/notes-drafts.ts; its format, here, is pure). */
export const DRAFT_VERSION = 1;

export interface NoteDraft extends SaveRequest {
  v: typeof DRAFT_VERSION;
  at: number;
}
