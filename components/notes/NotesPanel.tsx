import { useEffect, useState } from 'preact/hooks';
import { uiLang } from '@/lib/i18n';
import { createNoteSession, flushOnLeave, type NoteSession, type NotesTransport } from '@/lib/note-editor/session';
import type { NotesTarget } from '@/lib/notes/frame-protocol';
import { sayNotes } from '@/lib/notes/strings';
import { NotesEditor } from './NotesEditor';

export interface NotesPanelProps {
  /** The interaction the notes are about; undefined while the page has not been read yet (the panel waits). */
  target: NotesTarget | undefined;
  /** How the editor reaches storage (the surface's controller passes it). */
  transport: NotesTransport;
  /** The editor takes no more input (the extension was reloaded under it): shown read-only. */
  locked?: boolean;
  /** The editor session of the interaction shown (the notes frame hands its text over from it). */
  onSession?(session: NoteSession | undefined): void;
  /** Opens the notes page (the storage words name it): the surface's controller passes how. */
  onOpenNotesPage?(): void;
}

/**
 * Self-contained notes for one interaction: one editor session per interaction (a new ticket in a single-page CRM
 * gets its own note), flushed when the document hides or goes away. Lives in extension documents only (the side
 * panel, and the notes frame inside the overlay), never in the CRM page's.
 */
export function NotesPanel({ target, transport, locked, onSession, onOpenNotesPage }: NotesPanelProps) {
  const key = target?.ref.interactionId;
  const [session, setSession] = useState<NoteSession | undefined>(undefined);
  useEffect(() => {
    if (!target) return;
    const s = createNoteSession(target.ref, { lang: uiLang.value, transport, customer: target.customer });
    setSession(s);
    onSession?.(s);
    const unflush = flushOnLeave(s);
    return () => {
      unflush();
      onSession?.(undefined);
      void s.dispose();
    };
  }, [key]);
  const ready = session && session.ref.interactionId === key;
  return (
    <div class="odigos-notes-panel">
      {ready ? <NotesEditor session={session} locked={locked} onOpenNotesPage={onOpenNotesPage} /> : <p class="odigos-muted">{sayNotes('notes.waitingTicket')}</p>}
    </div>
  );
}
