import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { NotesEditor } from '@/components/notes/NotesEditor';
import type { NoteSession } from '@/lib/note-editor/session';
import type { NoteFields } from '@/lib/notes/model';
import { uiLang } from '@/lib/i18n';
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

/**
 * The follow-up field is the browser's own (datetime-local), drawn in the browser's locale whatever language the agent
 * chose: the time chosen is said under it in the agent's language, and the field is described by it.
 */
describe('notes editor: the follow-up time in the agent\'s words', () => {
  const callBack = new Date(2026, 11, 10, 14, 0).getTime();
  const words = () => root().querySelector('.odigos-notes-when');

  it('none chosen: nothing said; chosen: said in Greek, and again in English when the agent speaks English', () => {
    const { fields, session } = fakeSession('');
    act(() => render(<NotesEditor session={session} idPrefix="t" />, root()));
    const input = root().querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    expect(words()).toBeNull();
    act(() => {
      input.value = '2026-12-10T14:00';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(fields.value.followUpAt).toBe(callBack);
    expect(words()!.textContent).toBe('Πέμπτη 10 Δεκεμβρίου 2026 στις 14:00');
    expect(input.getAttribute('aria-describedby')).toBe(words()!.id);
    const before = uiLang.value;
    try {
      act(() => {
        uiLang.value = 'en';
      });
      act(() => render(<NotesEditor session={session} idPrefix="t" />, root()));
      expect(words()!.textContent).toBe('Thursday, 10 December 2026 at 14:00');
    } finally {
      uiLang.value = before;
    }
  });
});

describe('notes editor: a note the background has not answered for', () => {
  it('says in the agent\'s language that it still loads, that it asks again, and what to do if that goes on', () => {
    const { session } = fakeSession('');
    (session.state as { value: string }).value = 'loading';
    (session.problem as { value: unknown }).value = { kind: 'noAnswer', message: 'the notes did not answer: asked again' };
    const before = uiLang.value;
    uiLang.value = 'el';
    act(() => render(<NotesEditor session={session} />, root()));
    expect(root().querySelector('[role=alert]')?.textContent).toBe(
      'Η σημείωση δεν φόρτωσε ακόμη: ο Οδηγός δεν απάντησε και ρωτάμε ξανά. Αν αυτό συνεχιστεί, ανανεώστε τη σελίδα.',
    );
    uiLang.value = 'en';
    act(() => render(<NotesEditor session={session} />, root()));
    expect(root().querySelector('[role=alert]')?.textContent).toContain('Odigos did not answer and we are asking again');
    uiLang.value = before;
  });
});
