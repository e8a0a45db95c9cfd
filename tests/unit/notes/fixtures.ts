import type { NotesService } from '@/lib/background/notes-service';
import type { NotesTransport } from '@/lib/note-editor/session';
import type { Note } from '@/lib/notes/model';
import { removeDraftUpTo, writeDraft } from '@/lib/store/notes-drafts';
import { notesChangedItem } from '@/lib/store/notes-items';
import { meetingTemplate } from '@/lib/notes/template';

/** A stored note as the service would have written it. */
export function note(id: string, over: Partial<Note> & { text?: string } = {}): Note {
  const { text, ...rest } = over;
  const at = over.updatedAt ?? 1_760_000_000_000;
  return {
    interactionId: `generic:https://desk.example/tickets/${id}`,
    site: 'https://desk.example',
    url: `https://desk.example/tickets/${id}`,
    label: `#${id}`,
    createdAt: at,
    updatedAt: at,
    version: 1,
    fields: { text: text ?? meetingTemplate('el'), customer: '', followUpAt: null, status: 'open' },
    fieldAt: { text: at, customer: at, followUpAt: at, status: at },
    timeline: [],
    ...rest,
  };
}

/** What an editor gets from the background, without the message hop (the service is the real one). */
export function transportFor(service: () => NotesService, overrides: Partial<NotesTransport> = {}): NotesTransport {
  return {
    get: (id) => service().get(id),
    save: (req) => service().save(structuredClone(req)),
    writeDraft,
    removeDraft: removeDraftUpTo,
    watch: (cb) => notesChangedItem.watch((v) => v && cb(v)),
    beacon: (req) => void service().save(structuredClone(req)),
    ...overrides,
  };
}

