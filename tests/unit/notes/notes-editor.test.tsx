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
 * The follow-up is typed day first in both languages, whatever the browser's locale (its own datetime-local field
 * was month first with AM/PM on an English Chrome), and said under the field in the agent's language.
 */
describe('notes editor: the follow-up time in the agent\'s words', () => {
  const callBack = new Date(2026, 11, 10, 14, 0).getTime();
  const words = () => root().querySelector('.odigos-notes-when');
  const type = (input: HTMLInputElement, text: string) =>
    act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const leave = (input: HTMLInputElement) => act(() => void input.dispatchEvent(new FocusEvent('blur')));

  it('none chosen: nothing said; typed day first: taken, said in Greek, and in English when the agent speaks English', () => {
    const { fields, session } = fakeSession('');
    act(() => render(<NotesEditor session={session} idPrefix="t" />, root()));
    const input = root().querySelector<HTMLInputElement>('input.typed-date')!;
    expect(input.type).toBe('text');
    expect(input.placeholder).toBe('ηη/μμ/εεεε ωω:λλ');
    expect(words()).toBeNull();
    type(input, '10/12/2026 14:00');
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
      expect(input.placeholder).toBe('dd/mm/yyyy hh:mm');
      expect(input.value).toBe('10/12/2026 14:00');
    } finally {
      uiLang.value = before;
    }
  });

  it('a time set elsewhere shows day first; a time that does not read as one is said on leaving, nothing changed', () => {
    const { fields, session } = fakeSession('');
    act(() => render(<NotesEditor session={session} idPrefix="t" />, root()));
    const input = root().querySelector<HTMLInputElement>('input.typed-date')!;
    act(() => void (fields.value = { ...fields.value, followUpAt: callBack }));
    expect(input.value).toBe('10/12/2026 14:00');
    // Month first, as an English browser taught: the 31st month is no date, and the call-back stays as it was.
    type(input, '12/31/2026 02:00');
    expect(fields.value.followUpAt).toBe(callBack);
    expect(root().querySelector('[role="alert"]')).toBeNull();
    leave(input);
    const alert = root().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('ηη/μμ/εεεε ωω:λλ');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    // Emptied: no call-back.
    type(input, '');
    expect(fields.value.followUpAt).toBeNull();
    expect(root().querySelector('[role="alert"]')).toBeNull();
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
