// The notes database the browser will not open (a damaged store: tests/e2e/notes-storage-failed.e2e.ts). The ticket's
// notes showed an empty template and «we will try again shortly»; the notes page was blank. These are the decisions
// behind what the agent sees now: the note as last stored with the words typed since, the words of the failure, and
// the notes page's export before any new storage.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService } from '@/lib/background/notes-service';
import { alarmReminders } from '@/lib/background/reminders';
import { NotesEditor } from '@/components/notes/NotesEditor';
import { NotesStorageFailed, type NotesStorageFailedModel } from '@/components/notes/NotesStorageFailed';
import { createNoteSession } from '@/lib/note-editor/session';
import { DRAFT_VERSION, type NoteDraft } from '@/lib/notes/draft';
import { keptNotes, withDrafts } from '@/lib/notes/kept';
import { NotesStorageError } from '@/lib/store/notes-db';
import { memoryNotesRepo } from '@/lib/store/notes-memory';
import { writeDraft } from '@/lib/store/notes-drafts';
import { failureOf } from '@/lib/failure';
import { useRenderRoot } from '../overlay/render-root';
import type { SaveOutcome } from '@/lib/notes/save-file';
import type { NotesFile } from '@/components/notes/NotesPage';
import { note, transportFor } from './fixtures';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const root = useRenderRoot();
const stored = note('48213', { version: 7, text: 'Ζητά επιστροφή.' });
const draft = (text: string, at: number, over: Partial<NoteDraft> = {}): NoteDraft => ({
  interactionId: stored.interactionId, url: stored.url, label: stored.label, editorId: 'e1', seq: at, baseVersion: 7,
  base: stored.fields, fields: { ...stored.fields, text }, v: DRAFT_VERSION, at, ...over,
});
const refused = () => new NotesStorageError(false, new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'), true);

describe('a note while the notes storage will not open', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the stored copy with the drafts typed since laid over it, in order, at the stored version', () => {
    const kept = withDrafts(stored, [draft('Ζητά επιστροφή. Δεύτερο.', 20), draft('Ζητά επιστροφή. Πρώτο.', 10)], 1000)!;
    expect(kept.fields.text).toBe('Ζητά επιστροφή. Δεύτερο.');
    expect(kept.version).toBe(7);
    const only = withDrafts(undefined, [draft('Νέα σημείωση.', 5, { baseVersion: 0 })], 1000)!;
    expect(only.fields.text).toBe('Νέα σημείωση.');
    expect(only.version).toBe(0);
    expect(withDrafts(undefined, [], 1000)).toBeUndefined();
  });

  it('the export holds every stored note, each with its drafts, and the notes only drafts hold', () => {
    const other = note('48220', { text: 'Άλλο αίτημα.' });
    const lone = draft('Μόνο πρόχειρο.', 30, { interactionId: 'generic:https://desk.example/tickets/1', baseVersion: 0 });
    const all = keptNotes([stored, other], [draft('Ζητά επιστροφή. Συμφωνήσαμε.', 10), lone], 1000);
    expect(all.map((n) => n.fields.text)).toEqual(['Ζητά επιστροφή. Συμφωνήσαμε.', 'Άλλο αίτημα.', 'Μόνο πρόχειρο.']);
  });

  it('the background serves the kept note, and a save is refused as notes.storageFailed', async () => {
    const repo = { ...memoryNotesRepo(), get: () => Promise.reject(refused()), update: () => Promise.reject(refused()), kept: async () => stored };
    const service = createNotesService(repo, alarmReminders);
    await writeDraft(draft('Ζητά επιστροφή. Συμφωνήσαμε.', 10));
    const shown = await service.get(stored.interactionId);
    expect(shown?.fields.text).toBe('Ζητά επιστροφή. Συμφωνήσαμε.');
    expect(shown?.version).toBe(7);
    // Marked as the kept copy, so the editor says so before anything is typed.
    expect(shown?.unstored).toEqual({ code: 'notes.storageFailed' });
    const err = await service.save(draft('x', 11)).catch((e: unknown) => e);
    expect(failureOf(err)).toEqual({ code: 'notes.storageFailed' });
  });

  it('the editor names the storage, not a vague retry; after a restart that did not help, no second restart', async () => {
    const service = createNotesService(memoryNotesRepo([stored]), alarmReminders);
    const failing = (restartTried: boolean) =>
      transportFor(() => service, {
        save: () => Promise.reject(Object.assign(new Error('Notes storage cannot be opened'), { failure: { code: 'notes.storageFailed', ...(restartTried ? { restartTried: true } : {}) } })),
      });
    for (const [tried, words] of [
      [false, /^Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων, γι’ αυτό η σημείωση δεν αποθηκεύτηκε\. Ό,τι γράφετε δεν χάνεται.*Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά/],
      [true, /^Η αποθήκευση των σημειώσεων έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει\./],
    ] as const) {
      const s = createNoteSession(stored, { lang: 'el', transport: failing(tried) });
      await s.idle();
      s.edit({ text: 'Ζητά επιστροφή. Νέο.' });
      await s.save();
      act(() => render(<NotesEditor session={s} />, root()));
      expect(root().querySelector('.odigos-notes-problem')!.textContent).toMatch(words);
      expect(s.fields.value.text).toBe('Ζητά επιστροφή. Νέο.');
      await s.dispose().catch(() => undefined);
    }
  });
});

describe('the editor shown a kept note', () => {
  beforeEach(() => fakeBrowser.reset());
  const keptTransport = (restartTried: boolean) =>
    transportFor(() => createNotesService(memoryNotesRepo([stored]), alarmReminders), {
      get: async () => ({ ...stored, unstored: { code: 'notes.storageFailed' as const, ...(restartTried ? { restartTried: true as const } : {}) } }),
    });

  it('says from the start that the storage will not open and this is the last saved copy, not «Saved»', async () => {
    const s = createNoteSession(stored, { lang: 'el', transport: keptTransport(false) });
    await s.idle();
    act(() => render(<NotesEditor session={s} />, root()));
    expect(root().querySelector('.odigos-notes-state')!.textContent).toBe('Τελευταίο αποθηκευμένο αντίγραφο');
    expect(root().querySelector('.odigos-notes-problem')!.textContent).toMatch(
      /^Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων\. Βλέπετε το τελευταίο αποθηκευμένο αντίγραφο της σημείωσης, μαζί με ό,τι γράψατε από τότε\./,
    );
    expect(s.fields.value.text).toBe(stored.fields.text);
    await s.dispose();
  });

  it('after a restart that did not help, asks for no other restart', async () => {
    const s = createNoteSession(stored, { lang: 'el', transport: keptTransport(true) });
    await s.idle();
    act(() => render(<NotesEditor session={s} />, root()));
    const said = root().querySelector('.odigos-notes-problem')!.textContent!;
    expect(said).toMatch(/^Η αποθήκευση των σημειώσεων έχει υποστεί ζημιά: .*Βλέπετε το τελευταίο αποθηκευμένο αντίγραφο/);
    expect(said).not.toContain('Κλείστε το πρόγραμμα περιήγησης');
    await s.dispose();
  });

  it('the storage words come with a way to the notes page they name, where the surface gives one', async () => {
    const s = createNoteSession(stored, { lang: 'el', transport: keptTransport(false) });
    await s.idle();
    act(() => render(<NotesEditor session={s} />, root()));
    // The notes page itself passes none: no button to the page the agent is on.
    expect(root().querySelector('.odigos-notes-problem button')).toBeNull();
    const open = vi.fn();
    act(() => render(<NotesEditor session={s} onOpenNotesPage={open} />, root()));
    const button = root().querySelector<HTMLButtonElement>('.odigos-notes-problem button')!;
    expect(button.textContent).toBe('Άνοιγμα της σελίδας σημειώσεων');
    act(() => button.click());
    expect(open).toHaveBeenCalledOnce();
    await s.dispose();
  });
});

describe('the notes page while the notes storage will not open', () => {
  const model = (over: Partial<NotesStorageFailedModel> = {}): NotesStorageFailedModel => ({
    detail: 'Notes storage cannot be opened: UnknownError', trouble: { restartTried: false, firstSeen: 1_770_000_000_000 },
    readable: 3, typed: 1, exportFile: async () => ({ name: 'odigos-notes.json', data: '{}', type: 'application/json' }),
    save: async (f) => ({ how: 'written', name: f.name }), canReset: true, reset: async () => ({ restored: 3, copied: 0 }), reopen: () => undefined, ...over,
  });
  const button = (name: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === name);
  const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));

  it('offers a new storage only once the notes are downloaded', async () => {
    const save = vi.fn(async (f: NotesFile): Promise<SaveOutcome> => ({ how: 'written', name: f.name }));
    const reset = vi.fn(async () => ({ restored: 3, copied: 0 }));
    act(() => render(<NotesStorageFailed model={model({ save, reset })} />, root()));
    expect(root().textContent).toContain('διαβάζονται τώρα: 3 σημειώσεις.');
    expect(root().textContent).toContain('Ό,τι γράψατε από τότε σε 1 σημείωση δεν χάθηκε');
    expect(button('Δημιουργία νέας αποθήκευσης σημειώσεων')!.disabled).toBe(true);
    await act(async () => button('Λήψη των σημειώσεων (JSON)')!.click());
    await settle();
    expect(save).toHaveBeenCalledOnce();
    expect(root().querySelector('[role="status"]')!.textContent).toBe('Οι σημειώσεις αποθηκεύτηκαν στο αρχείο «odigos-notes.json».');
    expect(button('Δημιουργία νέας αποθήκευσης σημειώσεων')!.disabled).toBe(false);
    await act(async () => button('Δημιουργία νέας αποθήκευσης σημειώσεων')!.click());
    expect(reset).toHaveBeenCalledOnce();
    expect(root().textContent).toContain('Η νέα αποθήκευση σημειώσεων δημιουργήθηκε και μεταφέρθηκαν εκεί 3 σημειώσεις.');
  });

  // It said «downloaded» and opened step 2 (a new storage) after a cancelled Save-as dialog: the notes were in no file.
  it('a cancelled or unwritten file keeps step 2 closed, and says so', async () => {
    const outcomes: SaveOutcome[] = [{ how: 'cancelled' }, { how: 'unwritten', name: 'odigos-notes.json', reason: 'The disk is full.' }];
    const save = vi.fn(async () => outcomes.shift()!);
    act(() => render(<NotesStorageFailed model={model({ save })} />, root()));
    await act(async () => button('Λήψη των σημειώσεων (JSON)')!.click());
    await settle();
    expect(root().textContent).toContain('Η εξαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.');
    expect(button('Δημιουργία νέας αποθήκευσης σημειώσεων')!.disabled).toBe(true);
    await act(async () => button('Λήψη των σημειώσεων (JSON)')!.click());
    await settle();
    expect(root().querySelector('section [role="alert"]')!.textContent).toContain('Δεν χάθηκε τίποτα');
    expect(button('Δημιουργία νέας αποθήκευσης σημειώσεων')!.disabled).toBe(true);
  });

  it('handed to the download link: said as asked of the browser, to be checked before step 2', async () => {
    const save = vi.fn(async (f: NotesFile): Promise<SaveOutcome> => ({ how: 'asked', name: f.name }));
    act(() => render(<NotesStorageFailed model={model({ save })} />, root()));
    await act(async () => button('Λήψη των σημειώσεων (JSON)')!.click());
    await settle();
    expect(root().textContent).toContain('Ο Οδηγός ζήτησε από το πρόγραμμα περιήγησης να αποθηκεύσει τις σημειώσεις στο αρχείο «odigos-notes.json». Πριν από το βήμα 2, βεβαιωθείτε');
    expect(button('Δημιουργία νέας αποθήκευσης σημειώσεων')!.disabled).toBe(false);
  });

  it('in a browser without storage buckets (Firefox) says what to do instead, with no button that cannot work', () => {
    act(() => render(<NotesStorageFailed model={model({ canReset: false, trouble: { restartTried: true, firstSeen: 1_770_000_000_000 } })} />, root()));
    expect(button('Δημιουργία νέας αποθήκευσης σημειώσεων')).toBeUndefined();
    expect(root().querySelector('[data-no-reset]')!.textContent).toContain('ζητήστε από την τεχνική υποστήριξη να αφαιρέσει τον Οδηγό και να τον εγκαταστήσει ξανά');
    expect(root().querySelector('strong')!.textContent).toMatch(/^Η αποθήκευση των σημειώσεων του Οδηγού έχει υποστεί ζημιά/);
  });
});
