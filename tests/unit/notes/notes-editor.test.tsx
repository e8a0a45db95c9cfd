import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { NotesEditor } from '@/components/notes/NotesEditor';
import type { NoteSession } from '@/lib/note-editor/session';
import type { NoteFields } from '@/lib/notes/model';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/** What the editor reads of a session: fields as a signal, edits written straight back. */
function fakeSession(text: string) {
  const fields = signal<NoteFields>({ text, customer: '', followUpAt: null, status: 'open' });
  const session = {
    fields,
    state: signal('saved'),
    problem: signal(undefined),
    notice: signal(undefined),
    savedAt: signal(undefined),
    edit: (patch: Partial<NoteFields>) => (fields.value = { ...fields.value, ...patch }),
    dismissNotice: () => undefined,
  };
  return { fields, session: session as unknown as NoteSession };
}

describe('notes editor', () => {
  it('keeps the caret where the agent types when another tab\'s words are merged in', () => {
    const start = 'Απόψεις:\n\nΕνέργειες:\n\n';
    const { fields, session } = fakeSession(start);
    act(() => render(<NotesEditor session={session} />, root()));
    const box = root().querySelector('textarea')!;
    box.focus();
    // The agent types «Α: παραγγελία 10» on the second line…
    const typed = 'Απόψεις:\nΑ: παραγγελία 10\nΕνέργειες:\n\n';
    const caret = typed.indexOf('\nΕνέργειες');
    act(() => {
      box.value = typed;
      box.setSelectionRange(caret, caret);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // …when the other tab's line arrives, above and below the caret.
    const merged = 'Απόψεις:\nΒ: ζητά επιστροφή\nΑ: παραγγελία 10\nΕνέργειες:\nΒ: επανάκληση αύριο\n\n';
    act(() => {
      fields.value = { ...fields.value, text: merged };
    });
    expect(box.value).toBe(merged);
    expect(merged.slice(0, box.selectionStart)).toBe('Απόψεις:\nΒ: ζητά επιστροφή\nΑ: παραγγελία 10');
    expect(box.selectionEnd).toBe(box.selectionStart);
  });
});
