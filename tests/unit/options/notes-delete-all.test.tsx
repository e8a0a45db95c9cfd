import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NotesSection, type NotesPorts } from '@/components/options/NotesSection';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
const deleteAll = () => [...root().querySelectorAll<HTMLButtonElement>('section button')].find((b) => /Διαγραφή όλων|Delete all/.test(b.textContent ?? ''))!;

/** Options' «Διαγραφή όλων» asked «delete all notes for good?» of an agent who had none. */
describe('options: delete all with nothing stored', () => {
  function ports(stored: { any: boolean }) {
    let changed: () => void = () => undefined;
    const p: NotesPorts = {
      loadRetentionDays: async () => 90,
      saveRetentionDays: vi.fn(),
      openNotesPage: vi.fn(),
      deleteAll: vi.fn(async () => void (stored.any = false)),
      hasNotes: async () => stored.any,
      watchNotes: (cb) => ((changed = cb), () => (changed = () => undefined)),
      notesTrouble: async () => undefined,
    };
    return { ports: p, change: () => changed() };
  }

  it('no note: the button is disabled and says there is nothing to delete, in both languages', async () => {
    const { ports: p } = ports({ any: false });
    await act(async () => render(<NotesSection ports={p} policy={undefined} />, root()));
    await flush();
    expect(deleteAll().disabled).toBe(true);
    const why = root().querySelector(`#${deleteAll().getAttribute('aria-describedby')}`);
    expect(why!.textContent).toBe('Δεν υπάρχουν σημειώσεις για διαγραφή.');
    act(() => deleteAll().click());
    expect(root().querySelector('[role="alertdialog"]')).toBeNull();
    try {
      act(() => void (uiLang.value = 'en'));
      expect(root().querySelector('#notes-none')!.textContent).toBe('There are no notes to delete.');
    } finally {
      act(() => void (uiLang.value = 'el'));
    }
  });

  it('notes stored: confirmed, deleted, then disabled; a note that arrives later enables it again', async () => {
    const stored = { any: true };
    const { ports: p, change } = ports(stored);
    await act(async () => render(<NotesSection ports={p} policy={undefined} />, root()));
    await flush();
    expect(deleteAll().disabled).toBe(false);
    expect(deleteAll().hasAttribute('aria-describedby')).toBe(false);
    deleteAll().focus();
    act(() => deleteAll().click());
    // The question takes the focus, on its safe answer, as on the notes page; Esc answers it, the focus comes back.
    expect(document.activeElement?.textContent).toBe('Άκυρο');
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root().querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(deleteAll());
    act(() => deleteAll().click());
    const yes = [...root().querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button')].find((b) => b.textContent === 'Ναι, διαγραφή όλων')!;
    await act(async () => yes.click());
    await flush();
    expect(p.deleteAll).toHaveBeenCalledOnce();
    expect(root().querySelector('[role="status"]')!.textContent).toBe('Όλες οι σημειώσεις διαγράφηκαν.');
    expect(deleteAll().disabled).toBe(true);
    // A note written in another tab (or imported) is seen without reopening Options.
    stored.any = true;
    await act(async () => change());
    await flush();
    expect(deleteAll().disabled).toBe(false);
  });
});
