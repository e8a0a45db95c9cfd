import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NotesSection, type NotesPorts } from '@/components/options/NotesSection';
import { SnippetsSection, type SnippetStore } from '@/components/options/SnippetsSection';
import type { Snippet } from '@/lib/store/snippets';
import type { Policy } from '@/lib/store/policy';
import { NO_POLICY } from '@/lib/background/policy';
import { FailureError } from '@/lib/failure';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
const quota = 'Resource::kQuotaBytes quota exceeded';

/** The options page's own saves: what went wrong in the agent's language, the storage's English only as marked detail. */
describe('options: a save that fails is said in the agent\'s language', () => {
  async function retention(typed: string, save: NotesPorts['saveRetentionDays']): Promise<HTMLElement | null> {
    const ports: NotesPorts = { loadRetentionDays: async () => 90, saveRetentionDays: save, openNotesPage: vi.fn(), deleteAll: vi.fn(async () => undefined), hasNotes: async () => true, watchNotes: () => () => undefined, notesTrouble: async () => undefined };
    await act(async () => render(<NotesSection ports={ports} policy={undefined} />, root()));
    const input = root().querySelector<HTMLInputElement>('input[type="number"]')!;
    await act(async () => {
      input.value = typed;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    return root().querySelector<HTMLElement>('[role="alert"]');
  }

  it('notes retention out of range: a Greek sentence (it showed the parser\'s English «Retention must be …»)', async () => {
    const alert = await retention('0', vi.fn(async () => undefined));
    expect(alert?.textContent).toBe('Γράψτε ακέραιο αριθμό ημερών από 1 έως 3650.');
    // Shown, then the agent switches language above it in Options: the sentence follows (it stayed Greek).
    try {
      act(() => void (uiLang.value = 'en'));
      expect(root().querySelector('[role="alert"]')?.textContent).toBe('Enter a whole number of days from 1 to 3650.');
    } finally {
      act(() => void (uiLang.value = 'el'));
    }
  });

  it('notes retention refused by storage: a Greek headline, the English reason marked lang="en"', async () => {
    const alert = await retention('30', vi.fn(async () => Promise.reject(new Error(quota))));
    expect(alert?.textContent).toBe(`Η διάρκεια διατήρησης δεν αποθηκεύτηκε.Τεχνικές λεπτομέρειες: ${quota}`);
    expect(alert?.querySelector('[lang="en"]')?.textContent).toBe(quota);
  });

  it('an own template refused by storage: «Το πρότυπο δεν αποθηκεύτηκε.», not «Η αποθήκευση απέτυχε: <English>»', async () => {
    const mine: Snippet = { id: 's1', title: 'Υπογραφή', shortcut: 'sig', body: 'Με εκτίμηση', formality: 'formal', tone: 'information', updatedAt: 1 } as Snippet;
    const store: SnippetStore = {
      load: async () => [mine],
      watch: () => () => undefined,
      save: vi.fn(async () => Promise.reject(new Error(quota))),
      remove: async () => [],
      check: () => [],
    };
    await act(async () => render(<SnippetsSection store={store} policy={undefined} />, root()));
    await flush();
    await act(async () => root().querySelector<HTMLButtonElement>('.snippet-list button')!.click());
    await act(async () => void root().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    const alert = [...root().querySelectorAll('[role="alert"]')].find((a) => a.textContent?.includes('αποθηκεύτηκε'));
    expect(alert?.textContent).toBe(`Το πρότυπο δεν αποθηκεύτηκε.Τεχνικές λεπτομέρειες: ${quota}`);
    expect(alert?.querySelector('[lang="en"]')?.textContent).toBe(quota);
  });

  /** Edits the saved template's text, saves with a store that refuses with `refusal`; the alert and the form's text. */
  async function refusedSave(refusal: Error, policy?: Policy) {
    const mine: Snippet = { id: 's1', title: 'Υπογραφή', shortcut: 'sig', body: 'Με εκτίμηση', formality: 'formal', tone: 'information', updatedAt: 1 } as Snippet;
    const store: SnippetStore = { load: async () => [mine], watch: () => () => undefined, save: vi.fn(async () => Promise.reject(refusal)), remove: async () => [], check: () => [] };
    await act(async () => render(<SnippetsSection store={store} policy={undefined} />, root()));
    await flush();
    await act(async () => root().querySelector<HTMLButtonElement>('.snippet-list button')!.click());
    const body = root().querySelector<HTMLTextAreaElement>('textarea')!;
    await act(async () => {
      body.value = 'Με εκτίμηση,\nΜαρία — τμήμα επιστροφών';
      body.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void root().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    // The organisation's policy arrives meanwhile (a tab open from before): the form and its text stay.
    if (policy) await act(async () => render(<SnippetsSection store={store} policy={policy} />, root()));
    const alert = [...root().querySelectorAll('[role="alert"]')].find((a) => a.textContent?.includes('αποθηκεύτηκε'));
    return { alert: alert?.textContent, typed: root().querySelector<HTMLTextAreaElement>('textarea')?.value };
  }

  it('an own template refused by a full disk: why and what to do, and what was typed stays in the form', async () => {
    const full = new FailureError({ code: 'snippet.diskFull' }, 'Snippet not saved: IO error: FILE_ERROR_NO_SPACE');
    expect(await refusedSave(full)).toEqual({
      alert:
        'Το πρότυπο δεν αποθηκεύτηκε, γιατί ο δίσκος του υπολογιστή γέμισε. Όσα γράψατε μένουν στη φόρμα: ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και πατήστε ξανά «Αποθήκευση».Τεχνικές λεπτομέρειες: Snippet not saved: IO error: FILE_ERROR_NO_SPACE',
      typed: 'Με εκτίμηση,\nΜαρία — τμήμα επιστροφών',
    });
  });

  it('an own template refused because the organisation turned them off (a stale tab): said, and the form is not taken away', async () => {
    const off = new FailureError({ code: 'snippet.turnedOff' }, 'Snippet not saved: your organisation has turned personal snippets off');
    const policy = { ...NO_POLICY, allowPersonalSnippets: false, managedKeys: ['allowPersonalSnippets'] } as unknown as Policy;
    const { alert, typed } = await refusedSave(off, policy);
    expect(alert).toMatch(/^Το πρότυπο δεν αποθηκεύτηκε, γιατί ο οργανισμός σας απενεργοποίησε τα δικά σας πρότυπα\. Όσα γράψατε μένουν στη φόρμα/);
    expect(typed).toBe('Με εκτίμηση,\nΜαρία — τμήμα επιστροφών');
  });

  it('an own template whose delete the storage refused: said, naming it, still listed (it failed silently before)', async () => {
    const mine: Snippet = { id: 's1', title: 'Υπογραφή', shortcut: 'sig', body: 'Με εκτίμηση', formality: 'formal', tone: 'information', updatedAt: 1 } as Snippet;
    const store: SnippetStore = {
      load: async () => [mine],
      watch: () => () => undefined,
      save: vi.fn(async () => [mine]),
      remove: vi.fn(async () => Promise.reject(new Error(quota))),
      check: () => [],
    };
    await act(async () => render(<SnippetsSection store={store} policy={undefined} />, root()));
    await flush();
    await act(async () => root().querySelector<HTMLButtonElement>('button[aria-label="Διαγραφή: Υπογραφή"]')!.click());
    await flush();
    const alert = root().querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(
      `Το πρότυπο «Υπογραφή» δεν διαγράφηκε και παραμένει στη λίστα. Δοκιμάστε ξανά· αν δεν γίνει, κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης.Τεχνικές λεπτομέρειες: ${quota}`,
    );
    expect(root().querySelector('.snippet-list')?.textContent).toContain('Υπογραφή');
  });
});

/** The Notes section said nothing while the notes storage would not open: now it says so, as the notes page decides, with the way there. */
describe('options: the notes storage that will not open', () => {
  const section = async (trouble: Awaited<ReturnType<NotesPorts['notesTrouble']>>, openNotesPage = vi.fn()) => {
    const ports: NotesPorts = { loadRetentionDays: async () => 90, saveRetentionDays: vi.fn(), openNotesPage, deleteAll: vi.fn(async () => undefined), hasNotes: async () => true, watchNotes: () => () => undefined, notesTrouble: async () => trouble };
    await act(async () => render(<NotesSection ports={ports} policy={undefined} />, root()));
    await flush();
    return root().querySelector<HTMLElement>('[data-notes-trouble][role="alert"]');
  };

  it('first seen this session: restart first, then the notes page; its button opens that page', async () => {
    const open = vi.fn();
    const alert = await section({ restartTried: false, firstSeen: 1_770_000_000_000 }, open);
    expect(alert!.textContent).toBe(
      'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων του Οδηγού. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε. Άνοιγμα της σελίδας σημειώσεων',
    );
    act(() => alert!.querySelector('button')!.click());
    expect(open).toHaveBeenCalledOnce();
  });

  it('one way on: no second «Σημειώσεις Οδηγού» button under the words, no «delete all» that cannot reach the storage', async () => {
    await section({ restartTried: true, firstSeen: 1_770_000_000_000 });
    expect([...root().querySelectorAll('section button')].map((b) => b.textContent)).toEqual(['Άνοιγμα της σελίδας σημειώσεων']);
  });

  it('after a restart that did not help: damaged since when, no other restart', async () => {
    const said = (await section({ restartTried: true, firstSeen: 1_770_000_000_000 }))!.textContent!;
    expect(said).toMatch(/^Η αποθήκευση των σημειώσεων του Οδηγού έχει υποστεί ζημιά: .*\(το πρόβλημα εμφανίστηκε για πρώτη φορά .+\).*Στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε\./);
    expect(said).not.toContain('Κλείστε το πρόγραμμα περιήγησης');
  });

  it('a storage that opens: nothing said, the notes page and delete all offered', async () => {
    expect(await section(undefined)).toBeNull();
    expect([...root().querySelectorAll('section button')].map((b) => b.textContent)).toEqual(['Σημειώσεις Οδηγού', 'Διαγραφή όλων των σημειώσεων']);
  });
});
