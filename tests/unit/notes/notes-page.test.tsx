import { describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { LIST_LIMIT, NotesPage, type NotesFile, type NotesPageModel } from '@/components/notes/NotesPage';
import type { SaveOutcome } from '@/lib/notes/save-file';
import type { Note } from '@/lib/notes/model';
import { useRenderRoot } from '../overlay/render-root';
import { note } from './fixtures';
import { meetingTemplate } from '@/lib/notes/template';
import type { NotesTransport } from '@/lib/note-editor/session';
import { importPseudonymKey } from '@/lib/notes/mask';
import { exportFileName } from '@/lib/notes/download';
import { uiLang } from '@/lib/i18n';

const root = useRenderRoot();
/** No note is opened in these tests: its editor would be the only user of the transport. */
const unusedTransport: NotesTransport = {
  get: async () => null, save: () => Promise.reject(new Error('unused')), writeDraft: async () => undefined,
  removeDraft: async () => undefined, watch: () => () => undefined, beacon: () => undefined,
};

/** The page's model over `notes`, with nothing exported, imported or saved in these tests. */
const pageModel = (notes: Note[]): NotesPageModel => ({
  notes: signal(notes), all: async () => notes, now: () => 1_770_000_000_000,
  importJson: async () => ({ added: 0, updated: 0, unchanged: 0, from: 'unknown' as const }), deleteAll: async () => undefined,
  pseudonymKey: () => Promise.reject(new Error('unused')), qcExport: () => Promise.reject(new Error('unused')), author: async () => ({ agentId: 'a-0000000000000001' }),
  save: () => Promise.reject(new Error('unused')), transport: unusedTransport,
});

describe('notes page list', () => {
  it(`shows the best ${LIST_LIMIT} notes, more on request, and starts again from the best after a new search`, async () => {
    const notes = Array.from({ length: 120 }, (_, i) => note(String(1000 + i), { updatedAt: 1_760_000_000_000 + i, text: `${meetingTemplate('el')}Ζητά επιστροφή ${i}.` }));
    const model = pageModel(notes);
    act(() => render(<NotesPage model={model} />, root()));
    const rows = () => root().querySelectorAll('.notes-items li').length;
    const more = () => [...root().querySelectorAll('button')].find((b) => b.textContent === 'Περισσότερες σημειώσεις');
    expect(rows()).toBe(LIST_LIMIT);
    expect(root().querySelector('.notes-items li')!.textContent).toContain('#1119');
    act(() => more()!.click());
    expect(rows()).toBe(2 * LIST_LIMIT);
    act(() => more()!.click());
    expect(rows()).toBe(120);
    expect(more()).toBeUndefined();
    const search = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      search.value = 'επιθυμιες';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(rows()).toBe(LIST_LIMIT);
  });

  it('names the customer once: under the label only when the note names someone else', () => {
    // The page's search is still «επιθυμιες» from the test above: the template's text matches it.
    const fields = (customer: string) => ({ ...note('0').fields, customer, text: `${meetingTemplate('el')}Επανάκληση αύριο.` });
    const notes = [
      note('48213', { label: 'Γιώργος Παπαδόπουλος · #48213', fields: fields('Γιώργος Παπαδόπουλος'), updatedAt: 1_760_000_000_002 }),
      note('48220', { label: 'Μαρία Κ. · #48220', fields: fields('Μαρία Κωνσταντίνου'), updatedAt: 1_760_000_000_001 }),
    ];
    const model = pageModel(notes);
    act(() => render(<NotesPage model={model} />, root()));
    const [first, second] = [...root().querySelectorAll('.notes-item')].map((b) => b.textContent!);
    expect(first.split('Γιώργος Παπαδόπουλος')).toHaveLength(2);
    expect(second).toContain('Μαρία Κωνσταντίνου');
  });

  it('lists what the agent wrote; tickets Odigos only read are folded under their count, kept, and open on request', () => {
    // The QA pass: one note written, four tickets only read, and the page said «5 σημειώσεις», four of them empty.
    const written = note('48213', { label: 'Γιώργος Παπαδόπουλος · #48213', text: `${meetingTemplate('el')}Θέλει επιστροφή σήμερα.`, updatedAt: 1_760_000_000_000 });
    const read = ['48220', '48231', '48252', '73105'].map((id, i) => note(id, { label: `#${id}`, updatedAt: 1_760_000_000_010 + i }));
    const notes = [written, ...read];
    const model = pageModel(notes);
    act(() => render(<NotesPage model={model} />, root()));
    const search = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const labels = () => [...root().querySelectorAll('.notes-item strong')].map((e) => e.textContent);
    expect(root().querySelector('[role="status"]')!.textContent).toBe('1 σημείωση');
    expect(labels()).toEqual(['Γιώργος Παπαδόπουλος · #48213']);
    const folded = root().querySelector<HTMLDetailsElement>('details.notes-read')!;
    expect(folded.querySelector('summary')!.textContent).toBe(
      '4 αιτήματα χωρίς σημείωση: ο Οδηγός τα διάβασε και κράτησε τα στοιχεία τους για τον ποιοτικό έλεγχο',
    );
    act(() => {
      folded.open = true;
      folded.dispatchEvent(new Event('toggle'));
    });
    expect(labels()).toEqual(['Γιώργος Παπαδόπουλος · #48213', '#73105', '#48252', '#48231', '#48220']);
  });

  it('«delete all?» takes the focus to «Άκυρο»; Esc answers it and the focus is back on «Διαγραφή όλων»', () => {
    // The question appeared with the focus left behind it on «Διαγραφή όλων», unannounced, and Esc did nothing.
    const written = note('48213', { label: '#48213', text: `${meetingTemplate('el')}Θέλει επιστροφή σήμερα.` });
    act(() => render(<NotesPage model={pageModel([written])} />, root()));
    const deleteAll = [...root().querySelectorAll<HTMLButtonElement>('button.danger')].find((b) => b.textContent === 'Διαγραφή όλων των σημειώσεων')!;
    deleteAll.focus();
    act(() => deleteAll.click());
    const dialog = root().querySelector('[role="alertdialog"]')!;
    expect(document.activeElement?.textContent).toBe('Άκυρο');
    expect(dialog.contains(document.activeElement)).toBe(true);
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root().querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(deleteAll);
  });

  it('«delete all» answered yes: the focus goes to «Εισαγωγή JSON» (to bring a backup back), not to the page\'s body', async () => {
    // The button that asked was disabled with nothing left to delete, and the focus fell to <body>: a keyboard or
    // screen-reader user was left at the top of the page with nothing said.
    const written = note('48213', { label: '#48213', text: `${meetingTemplate('el')}Θέλει επιστροφή σήμερα.` });
    const model = pageModel([written]);
    model.deleteAll = async () => void (model.notes.value = []);
    act(() => render(<NotesPage model={model} />, root()));
    const deleteAll = [...root().querySelectorAll<HTMLButtonElement>('button.danger')].find((b) => b.textContent === 'Διαγραφή όλων των σημειώσεων')!;
    deleteAll.focus();
    act(() => deleteAll.click());
    const yes = [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Ναι, διαγραφή όλων')!;
    await act(async () => yes.click());
    expect(deleteAll.disabled).toBe(true);
    expect(document.activeElement).toBe(root().querySelector('input[type="file"]'));
    expect(document.activeElement?.closest('label')?.textContent).toContain('Εισαγωγή JSON');
  });

  it('no note: the list says so once, not «0 σημειώσεις» above the words that say there is none', () => {
    act(() => render(<NotesPage model={pageModel([])} />, root()));
    const list = root().querySelector('.notes-list')!;
    expect(list.textContent).not.toContain('0 σημειώσεις');
    expect(list.querySelector('[role="status"]')!.textContent).toMatch(/^Δεν υπάρχουν ακόμη σημειώσεις\./);
    // A search that matches none: its words, in the status that says the count when there are some.
    const written = note('48213', { label: '#48213', text: `${meetingTemplate('el')}Θέλει επιστροφή σήμερα.` });
    act(() => render(<NotesPage model={pageModel([written])} />, root()));
    expect(root().querySelector('.notes-list [role="status"]')!.textContent).toBe('1 σημείωση');
    const search = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      search.value = 'ανύπαρκτη λέξη';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root().querySelector('.notes-list')!.textContent).not.toContain('0 σημειώσεις');
    expect(root().querySelector('.notes-list [role="status"]')!.textContent).toBe('Καμία σημείωση δεν ταιριάζει με την αναζήτηση και τα φίλτρα.');
  });

  it('no note yet: says where notes come from, not «none found», and asks to choose none; a search matching none says so', () => {
    // A new agent read «0 σημειώσεις · Δεν βρέθηκαν σημειώσεις.» beside «Επιλέξτε μια σημείωση από τη λίστα.».
    act(() => render(<NotesPage model={pageModel([note('48220', { label: '#48220' })])} />, root()));
    expect(root().querySelector('.notes-list')!.textContent).toContain('Δεν υπάρχουν ακόμη σημειώσεις. Ανοίξτε ένα αίτημα και γράψτε στις «Σημειώσεις» του Οδηγού');
    expect(root().querySelector('.notes-detail')!.textContent).toBe('');
    const written = note('48213', { label: '#48213', text: `${meetingTemplate('el')}Θέλει επιστροφή σήμερα.` });
    act(() => render(<NotesPage model={pageModel([written])} />, root()));
    const search = root().querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      search.value = 'ανύπαρκτη λέξη';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root().querySelector('.notes-list')!.textContent).toContain('Καμία σημείωση δεν ταιριάζει με την αναζήτηση και τα φίλτρα.');
    expect(root().querySelector('.notes-detail')!.textContent).toBe('Επιλέξτε μια σημείωση από τη λίστα.');
  });

  it('«delete all» says what goes: the one note listed and the four tickets folded, not «5 σημειώσεις»', () => {
    const written = note('48213', { label: '#48213', text: `${meetingTemplate('el')}Θέλει επιστροφή σήμερα.` });
    const notes = [written, ...['48220', '48231', '48252', '73105'].map((id) => note(id, { label: `#${id}` }))];
    const model = pageModel(notes);
    act(() => render(<NotesPage model={model} />, root()));
    const deleteAll = [...root().querySelectorAll<HTMLButtonElement>('button.danger')].find((b) => b.textContent === 'Διαγραφή όλων των σημειώσεων')!;
    act(() => deleteAll.click());
    expect(root().querySelector('#confirm-text')!.textContent).toBe(
      'Να διαγραφεί οριστικά η μία σημείωση; Δεν αναιρείται. Μαζί διαγράφονται και 4 αιτήματα χωρίς σημείωση, με τα στοιχεία τους για τον ποιοτικό έλεγχο.',
    );
  });

  it('the date range: each day is typed day first, whatever the browser\'s locale, and said beside its field in the agent\'s words', () => {
    act(() => render(<NotesPage model={pageModel([note('1')])} />, root()));
    // The browser's own date field read «mm/dd/yyyy» in an English Chrome, for a Greek agent too.
    const [from, to] = root().querySelectorAll<HTMLInputElement>('input.typed-date');
    expect([from!.type, from!.placeholder]).toEqual(['text', 'ηη/μμ/εεεε']);
    const choose = (input: HTMLInputElement, value: string) =>
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    expect(root().querySelector('.notes-day')).toBeNull();
    choose(from!, '10/12/2026');
    choose(to!, '11/12/2026');
    expect([...root().querySelectorAll('.notes-day')].map((t) => t.textContent)).toEqual(['Πέμπτη 10 Δεκεμβρίου 2026', 'Παρασκευή 11 Δεκεμβρίου 2026']);
    expect(to!.getAttribute('aria-describedby')).toBe('notes-to-day');
    expect(to!.value).toBe('11/12/2026');
    choose(to!, '');
    expect([...root().querySelectorAll('.notes-day')].map((t) => t.textContent)).toEqual(['Πέμπτη 10 Δεκεμβρίου 2026']);
  });

  it('«Έως» the day clocks go forward: that day is said and is the range\'s last (a day of 23 hours ended an hour into the next)', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Athens';
    try {
      const written = (id: string, at: Date) => note(id, { updatedAt: at.getTime(), text: `${meetingTemplate('el')}Επανάκληση.` });
      const notes = [written('1', new Date(2026, 2, 29, 12)), written('2', new Date(2026, 2, 30, 0, 30))];
      act(() => render(<NotesPage model={pageModel(notes)} />, root()));
      const to = root().querySelectorAll<HTMLInputElement>('input.typed-date')[1]!;
      act(() => {
        to.value = '29/03/2026';
        to.dispatchEvent(new Event('input', { bubbles: true }));
      });
      expect(root().querySelector('.notes-day')!.textContent).toBe('Κυριακή 29 Μαρτίου 2026');
      expect([...root().querySelectorAll('.notes-item strong')].map((e) => e.textContent)).toEqual(['#1']);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('the import field speaks the agent\'s language: our «Επιλογή αρχείου…» over the browser\'s «Choose File», and a file chosen is imported', async () => {
    const model = { ...pageModel([note('1')]), importJson: vi.fn(async () => ({ added: 1, updated: 1, unchanged: 0, from: 'other' as const, agent: 'Γιώργος Παπαδάκης' })) };
    act(() => render(<NotesPage model={model} />, root()));
    const chooser = root().querySelector('.notes-tools label.file-chooser')!;
    expect(chooser.querySelector('.file-chooser-button')!.textContent).toBe('Επιλογή αρχείου…');
    expect(chooser.querySelector('.file-chooser-button')!.getAttribute('aria-hidden')).toBe('true');
    const input = chooser.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(chooser.textContent).toBe('Εισαγωγή JSONΕπιλογή αρχείου…');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'notes.json')] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => new Promise<void>((r) => setTimeout(r, 0)));
    expect(model.importJson).toHaveBeenCalledWith('{}');
    // Whose the file was, in the agent's language: QC counts a colleague's notes under the colleague.
    const said = () => root().querySelector('.notes-message')!.textContent;
    expect(said()).toBe(
      'Εισαγωγή: 1 νέα, 1 ενημερώθηκε, 0 χωρίς αλλαγή. Το αρχείο είναι εξαγωγή άλλου εκπροσώπου (Γιώργος Παπαδάκης): στον ποιοτικό έλεγχο οι σημειώσεις του μετρούν στο όνομα εκείνου, όχι στο δικό σας. Όπου είχατε δική σας σημείωση για το ίδιο αίτημα, κρατήθηκε όπως ήταν και οι σημειώσεις του προστέθηκαν από κάτω.',
    );
    act(() => void (uiLang.value = 'en'));
    try {
      expect(said()).toBe(
        'Imported: 1 new, 1 updated, 0 unchanged. The file is another agent’s export (Γιώργος Παπαδάκης): in quality control its notes count under that agent, not under you. Where you had a note of your own for the same ticket, it is kept as it was and theirs is added below.',
      );
    } finally {
      act(() => void (uiLang.value = 'el'));
    }
  });

  // The download is silent: the agent could not tell whether it worked, where the file went or what it holds; and
  // where the browser blocked it or the agent cancelled its Save-as dialog, the page still said it was saved.
  describe('an export says what became of the file', () => {
    const button = (name: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === name)!;
    const message = () => root().querySelector('.notes-message');
    const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
    const written = vi.fn(async (f: NotesFile): Promise<SaveOutcome> => ({ how: 'written', name: f.name }));
    const asked = vi.fn(async (f: NotesFile): Promise<SaveOutcome> => ({ how: 'asked', name: f.name }));

    it('written through the save dialog: the name the agent chose and how many tickets, in the agent\'s language', async () => {
      const save = vi.fn(async (): Promise<SaveOutcome> => ({ how: 'written', name: 'my-notes.csv' }));
      const model = { ...pageModel([note('1'), note('2'), note('3')]), pseudonymKey: () => importPseudonymKey(new Uint8Array(32).fill(3)), save };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => button('Εξαγωγή CSV').click());
      await settle();
      expect(save).toHaveBeenCalledWith(expect.objectContaining({ name: exportFileName('csv'), type: 'text/csv;charset=utf-8' }));
      expect(message()!.getAttribute('role')).toBe('status');
      expect(message()!.textContent).toBe('Η εξαγωγή αποθηκεύτηκε στο αρχείο «my-notes.csv», που περιέχει 3 αιτήματα.');
      act(() => void (uiLang.value = 'en'));
      try {
        expect(message()!.textContent).toBe('Exported to the file “my-notes.csv”, which holds 3 tickets.');
      } finally {
        act(() => void (uiLang.value = 'el'));
      }
    });

    it('handed to the download link (Firefox): says the browser was asked and where to check, not that it was saved', async () => {
      const model = { ...pageModel([note('1'), note('2')]), pseudonymKey: () => importPseudonymKey(new Uint8Array(32).fill(3)), save: asked };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => button('Εξαγωγή CSV').click());
      await settle();
      const name = exportFileName('csv');
      expect(message()!.getAttribute('role')).toBe('status');
      expect(message()!.textContent).toBe(
        `Ο Οδηγός ζήτησε από το πρόγραμμα περιήγησης να αποθηκεύσει το αρχείο «${name}», που περιέχει 2 αιτήματα. Ελέγξτε τις Λήψεις σας· αν το αρχείο δεν είναι εκεί, η λήψη αποκλείστηκε ή ακυρώθηκε και δεν αποθηκεύτηκε τίποτα: κάντε ξανά την εξαγωγή.`,
      );
      expect(message()!.textContent).not.toMatch(/browser|αποθηκεύτηκε στο/);
      // A message already shown follows the agent switching language (it stayed in the old one).
      try {
        act(() => void (uiLang.value = 'en'));
        expect(message()!.textContent).toBe(
          `Odigos asked the browser to save the file “${name}”, which holds 2 tickets. Check your Downloads; if the file is not there, the download was blocked or cancelled and nothing was saved: export again.`,
        );
      } finally {
        act(() => void (uiLang.value = 'el'));
      }
    });

    it('a cancelled save dialog is said: nothing was saved', async () => {
      const model = { ...pageModel([note('1')]), save: vi.fn(async (): Promise<SaveOutcome> => ({ how: 'cancelled' })) };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => root().querySelector<HTMLInputElement>('.notes-tools input[type="checkbox"]')!.click());
      await act(async () => button('Εξαγωγή JSON').click());
      await settle();
      expect(message()!.textContent).toBe('Η εξαγωγή ακυρώθηκε· δεν αποθηκεύτηκε τίποτα.');
      act(() => void (uiLang.value = 'en'));
      try {
        expect(message()!.textContent).toBe('Export cancelled; nothing was saved.');
      } finally {
        act(() => void (uiLang.value = 'el'));
      }
    });

    it('a file that could not be written (a full disk) is said as an alert, with the reason and nothing lost', async () => {
      const save = vi.fn(async (): Promise<SaveOutcome> => ({ how: 'unwritten', name: 'odigos-notes.json', reason: 'The disk is full.' }));
      const model = { ...pageModel([note('1')]), save };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => root().querySelector<HTMLInputElement>('.notes-tools input[type="checkbox"]')!.click());
      await act(async () => button('Εξαγωγή JSON').click());
      await settle();
      expect(message()!.getAttribute('role')).toBe('alert');
      expect(message()!.textContent).toContain('Το αρχείο «odigos-notes.json» δεν γράφτηκε (η αιτία φαίνεται παρακάτω)');
      expect(message()!.textContent).toContain('Δεν χάθηκε τίποτα: οι σημειώσεις σας είναι ακόμη στον Οδηγό.');
      expect(message()!.textContent).toContain('The disk is full.');
      expect(model.notes.value).toHaveLength(1);
    });

    it('the QC export counts its tickets, not its rows', async () => {
      const model = { ...pageModel([note('1')]), qcExport: vi.fn(async () => ({ name: 'odigos-qc-a-1-2026-03-14.jsonl', data: '{}\n{}\n', type: 'application/x-ndjson', count: 1 })), save: written };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => root().querySelector<HTMLButtonElement>('[data-qc-export="jsonl"]')!.click());
      await settle();
      expect(written).toHaveBeenCalledOnce();
      expect(message()!.textContent).toBe('Η εξαγωγή αποθηκεύτηκε στο αρχείο «odigos-qc-a-1-2026-03-14.jsonl», που περιέχει 1 αίτημα.');
    });

    it('nothing to export: said, and no empty file is saved', async () => {
      const model = { ...pageModel([]), save: vi.fn() };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => button('Εξαγωγή JSON').click());
      await settle();
      expect(model.save).not.toHaveBeenCalled();
      expect(message()!.getAttribute('role')).toBe('alert');
      expect(message()!.textContent).toBe('Δεν υπάρχει τίποτα για εξαγωγή: δεν έχει καταγραφεί ακόμη κανένα αίτημα. Δεν δημιουργήθηκε αρχείο.');
    });

    it('a failed export says so, with the reason beneath, and claims no file', async () => {
      const model = { ...pageModel([note('1')]), pseudonymKey: () => Promise.reject(new Error('key store unavailable')), save: vi.fn() };
      act(() => render(<NotesPage model={model} />, root()));
      await act(async () => button('Εξαγωγή CSV').click());
      await settle();
      expect(model.save).not.toHaveBeenCalled();
      expect(message()!.getAttribute('role')).toBe('alert');
      expect(message()!.textContent).toContain('Η εξαγωγή απέτυχε και δεν δημιουργήθηκε αρχείο.');
      expect(message()!.textContent).toContain('key store unavailable');
      const refused = { ...pageModel([note('1')]), save: vi.fn(() => Promise.reject(new Error('download refused'))) };
      act(() => render(<NotesPage model={refused} />, root()));
      await act(async () => root().querySelector<HTMLInputElement>('.notes-tools input[type="checkbox"]')!.click());
      await act(async () => button('Εξαγωγή JSON').click());
      await settle();
      expect(message()!.textContent).toContain('Η εξαγωγή απέτυχε');
      expect(message()!.textContent).toContain('download refused');
    });
  });
});
