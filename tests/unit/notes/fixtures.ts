import type { Note } from '@/lib/notes/model';
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
