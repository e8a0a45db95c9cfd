import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { uiLang } from '@/lib/i18n';
import type { ConversationSnapshot } from '@/lib/crm/types';
import { createNoteSession, flushOnLeave, type NoteSession, type NotesTransport } from '@/lib/notes/editor-session';
import { interactionOf } from '@/lib/notes/interaction';
import { adoptNotesStyles } from '@/lib/notes/overlay-styles';
import { tn } from '@/lib/notes/strings';
import { NotesEditor } from './NotesEditor';

export interface NotesPanelProps {
  /**
   * The conversation the CRM adapter read (the overlay session's `snapshot`). Without a source the page
   * address stands for the interaction; with one, the panel waits for the first reading.
   */
  snapshot?: ReadonlySignal<ConversationSnapshot | undefined>;
  transport?: NotesTransport;
  /** The page the notes are about, when it is not this document (the side panel shows another tab's). */
  page?: { url: string; title: string };
}

/**
 * Self-contained notes for the interaction on this page: one editor session per interaction (a new ticket in a
 * single-page CRM gets its own note), flushed when the page hides or goes away.
 */
export function NotesPanel({ snapshot, transport, page }: NotesPanelProps) {
  const snap = snapshot?.value;
  const ref =
    snapshot && !snap
      ? undefined
      : page
        ? interactionOf(new URL(page.url), page.title, snap)
        : interactionOf(location, document.title, snap);
  const key = ref?.interactionId;
  const [session, setSession] = useState<NoteSession | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current) adoptNotesStyles(box.current);
  }, []);
  useEffect(() => {
    if (!ref) return;
    const s = createNoteSession(ref, { lang: uiLang.value, transport, customer: snap?.customer.name ?? '' });
    setSession(s);
    const unflush = flushOnLeave(s);
    return () => {
      unflush();
      void s.dispose();
    };
  }, [key]);
  const ready = session && session.ref.interactionId === key;
  return (
    <div class="odigos-notes-panel" ref={box}>
      {ready ? <NotesEditor session={session} /> : <p class="odigos-muted">{tn('notes.waitingTicket')}</p>}
    </div>
  );
}
