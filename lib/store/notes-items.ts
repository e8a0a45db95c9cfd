import { storage } from 'wxt/utils/storage';
import { DEFAULT_RETENTION_DAYS } from '../notes/retention';

/** Notes preferences (options page). Versioned like every stored item. */
export interface NotesSettings {
  /** Days a note is kept after its last change; purged daily. */
  retentionDays: number;
}

export const notesSettingsItem = storage.defineItem<NotesSettings>('local:notesSettings', {
  fallback: { retentionDays: DEFAULT_RETENTION_DAYS },
  version: 1,
});

/**
 * The last stored change to a note: other tabs and the notes page watch it (storage.onChanged) to show what
 * another editor saved, at once.
 */
export interface NotesChange {
  /** Empty after a change to many notes (import, purge, delete all). */
  interactionId: string;
  version: number;
  /** The editor whose save this was (it does not need to reload its own text). */
  editorId?: string;
  fieldsChanged: boolean;
  at: number;
}

export const notesChangedItem = storage.defineItem<NotesChange | null>('local:notesChanged', {
  fallback: null,
  version: 1,
});
