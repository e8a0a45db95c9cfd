import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { KnowledgeSection, type KnowledgePorts } from '@/components/options/KnowledgeSection';
import type { PacksOverview, PackView } from '@/lib/background/pack-library';
import type { PackDiff } from '@/knowledge/pack/diff';
import { uiLang } from '@/lib/i18n';
import { MAX_PACK_BYTES } from '@/knowledge/pack/rules';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

const EMPTY: PacksOverview = {
  packs: [],
  conflicts: [],
  policyPending: [],
  policy: { packUrls: [], managedKeys: [], problems: [], hasPackKeys: false },
};

function ports(): KnowledgePorts {
  const none = vi.fn(async () => undefined);
  return {
    list: vi.fn(async () => EMPTY),
    update: none,
    check: none,
    remove: none,
    rollback: none,
    accept: none,
    reject: none,
    preview: vi.fn(async () => Promise.reject(new Error('not reached'))),
    install: vi.fn(async () => Promise.reject(new Error('not reached'))),
    subscribe: vi.fn(async () => Promise.reject(new Error('not reached'))),
    watchChanges: () => () => undefined,
  } as unknown as KnowledgePorts;
}

describe('KnowledgeSection: what the page refuses itself', () => {
  it('a file larger than a pack may be: the page\'s own sentence, not "the action did not complete" above it', async () => {
    const p = ports();
    act(() => render(<KnowledgeSection ports={p} />, root()));
    const input = root().querySelector<HTMLInputElement>('input[type=file]')!;
    // Refused on its size before it is read: a stand-in with the size of a 21.5 MB file is enough.
    const file = { name: 'big-pack.json', size: MAX_PACK_BYTES + 1.5 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    const alert = await vi.waitFor(() => root().querySelector('[role=alert]') ?? Promise.reject(new Error('no alert')));
    // The size as Greek writes it: «21,5 MB», not the «21.5» of toFixed.
    expect(alert.textContent).toBe('Το big-pack.json είναι 21,5 MB, περισσότερα από τα 20 MB που επιτρέπονται για ένα πακέτο');
    expect(alert.querySelector('[lang=en]')).toBeNull();
    expect(p.preview).not.toHaveBeenCalled();
    // The agent switches to English in Options above it: the sentence already shown follows (it stayed Greek).
    try {
      act(() => void (uiLang.value = 'en'));
      expect(root().querySelector('[role=alert]')!.textContent).toMatch(/^big-pack\.json is 21\.5 MB/);
    } finally {
      act(() => void (uiLang.value = 'el'));
    }
  });
});

describe('KnowledgeSection: a pack file installed', () => {
  const diff = { from: { id: 'prosvasi', version: '0.0.0' }, to: { id: 'prosvasi', version: '1.0.0' }, added: [], removed: [], changed: [], metaChanged: [], versionBumped: true, warnings: [], warningCodes: [] } satisfies PackDiff;

  async function install(name: string): Promise<string | null | undefined> {
    const p = ports();
    p.preview = vi.fn(async () => ({ id: 'prosvasi', name, version: '1.0.0', signature: 'unsigned' as const, diff }));
    p.install = vi.fn(async () => ({ id: 'prosvasi', name, version: '1.0.0' }));
    act(() => render(<KnowledgeSection ports={p} />, root()));
    const input = root().querySelector<HTMLInputElement>('input[type=file]')!;
    const file = { name: 'pack.json', size: 10, arrayBuffer: async () => new TextEncoder().encode('{}').buffer };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    const accept = await vi.waitFor(() => root().querySelector<HTMLButtonElement>('.pending button.primary') ?? Promise.reject(new Error('no preview')));
    await act(async () => {
      accept.click();
    });
    return (await vi.waitFor(() => root().querySelector('[role=status]') ?? Promise.reject(new Error('nothing said')))).textContent;
  }

  it('says the pack by the name its trainer gave it, with the version, not by its id', async () => {
    expect(await install('Προσβασιμότητα και επανακλήσεις')).toBe('Εγκαταστάθηκε το πακέτο «Προσβασιμότητα και επανακλήσεις», έκδοση 1.0.0.');
  });

  it('what was installed, already said, follows a switch of language (it stayed in the old one)', async () => {
    expect(await install('Προσβασιμότητα')).toBe('Εγκαταστάθηκε το πακέτο «Προσβασιμότητα», έκδοση 1.0.0.');
    try {
      act(() => void (uiLang.value = 'en'));
      expect(root().querySelector('[role=status]')!.textContent).toBe('Installed the pack “Προσβασιμότητα”, version 1.0.0.');
    } finally {
      act(() => void (uiLang.value = 'el'));
    }
  });

  it('in English; the id only where the pack has no name', async () => {
    uiLang.value = 'en';
    try {
      expect(await install('Accessibility and call-backs')).toBe('Installed the pack “Accessibility and call-backs”, version 1.0.0.');
      expect(await install(' ')).toBe('Installed the pack “prosvasi”, version 1.0.0.');
    } finally {
      uiLang.value = 'el';
    }
  });
});

describe('KnowledgeSection: a pack subscribed to by URL', () => {
  async function subscribe(name: string): Promise<string | null | undefined> {
    const p = ports();
    p.urlProblem = () => undefined;
    p.askForOrigin = (url: string) => ({ origin: new URL(url).origin, granted: Promise.resolve(true) });
    p.subscribe = vi.fn(async () => ({ id: 'prosvasi', name, version: '1.2.0' }));
    act(() => render(<KnowledgeSection ports={p} />, root()));
    const url = root().querySelector<HTMLInputElement>('input[type=url]')!;
    await act(async () => {
      url.value = 'https://packs.example.com/prosvasi.json';
      url.dispatchEvent(new Event('input'));
    });
    await act(async () => {
      url.form!.requestSubmit();
    });
    return (await vi.waitFor(() => root().querySelector('[role=status]')?.textContent || Promise.reject(new Error('nothing said'))));
  }

  it('says the pack by its trainer’s name and version, as an imported file is said (it said the id alone)', async () => {
    expect(await subscribe('Προσβασιμότητα και επανακλήσεις')).toBe('Εγκαταστάθηκε το πακέτο «Προσβασιμότητα και επανακλήσεις», έκδοση 1.2.0.');
    expect(await subscribe('')).toBe('Εγκαταστάθηκε το πακέτο «prosvasi», έκδοση 1.2.0.');
  });
});

describe('KnowledgeSection: what the organisation set that does not work', () => {
  it('an ignored managed setting: a Greek sentence naming it and its value, the English reason marked lang="en"', async () => {
    const p = ports();
    const text = '"packUrls": "ftp://x/p.json" is not an http(s) URL: ignored';
    const withProblem: PacksOverview = { ...EMPTY, policy: { ...EMPTY.policy, problems: [{ setting: 'packUrls', value: '"ftp://x/p.json"', text }] } };
    p.list = vi.fn(async () => withProblem);
    act(() => render(<KnowledgeSection ports={p} />, root()));
    const line = await vi.waitFor(() => root().querySelector('[data-policy-problem]') ?? Promise.reject(new Error('not listed')));
    expect(line.textContent).toBe(
      'Ο οργανισμός σας όρισε τη ρύθμιση packUrls με τιμή που δεν ισχύει ("ftp://x/p.json"), γι’ αυτό αγνοείται. Αν τη χρειάζεστε, ενημερώστε την τεχνική υποστήριξη.' +
        `Τεχνικές λεπτομέρειες: ${text}`,
    );
    expect(line.querySelector('[lang=en]')?.textContent).toBe(text);
  });
});

describe('KnowledgeSection: the list that cannot be read', () => {
  it('pack storage unreadable: said from its code (it was «the action did not complete»), the English beneath', async () => {
    const p = ports();
    const message = 'pack storage failed: UnknownError: Internal error opening backing store';
    p.list = vi.fn(async () => Promise.reject(Object.assign(new Error(message), { failure: { code: 'pack.storageFailed' } })));
    act(() => render(<KnowledgeSection ports={p} />, root()));
    const alert = await vi.waitFor(() => root().querySelector('.pack-error') ?? Promise.reject(new Error('no alert')));
    // Said where it is shown: the Knowledge section, above the remedy (it sent the agent to «ενότητα Γνώση», this section).
    expect(alert.querySelector('strong')?.textContent).toBe('Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης. Κλείστε το και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: παρακάτω θα βρείτε τι μπορείτε να κάνετε.');
    expect(alert.querySelector('[lang=en]')?.textContent).toBe(message);
  });

  it('pack storage damaged after a restart: the remedy is below, not in «the Knowledge section» the agent is in', async () => {
    const p = ports();
    const message = 'pack storage failed: UnknownError: Internal error opening backing store';
    p.list = vi.fn(async () => Promise.reject(Object.assign(new Error(message), { failure: { code: 'pack.storageFailed', restartTried: true } })));
    act(() => render(<KnowledgeSection ports={p} />, root()));
    const alert = await vi.waitFor(() => root().querySelector('.pack-error') ?? Promise.reject(new Error('no alert')));
    const said = alert.querySelector('strong')?.textContent ?? '';
    expect(said).toBe('Η αποθήκευση των πακέτων γνώσης έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Παρακάτω θα βρείτε τι μπορείτε να κάνετε.');
    expect(said).not.toContain('«Γνώση»');
  });

  it('the background silent after every try: «Odigos did not answer», not «the action did not complete»', async () => {
    vi.useFakeTimers();
    try {
      const p = ports();
      const message = 'Odigos background did not answer "packs.list"';
      p.list = vi.fn(async () => Promise.reject(Object.assign(new Error(message), { failure: { code: 'ext.noAnswer' } })));
      act(() => render(<KnowledgeSection ports={p} />, root()));
      await act(async () => void (await vi.runAllTimersAsync()));
      expect(p.list).toHaveBeenCalledTimes(6);
      expect(root().querySelector('.pack-error strong')?.textContent).toBe('Ο Οδηγός δεν απάντησε. Ανανεώστε τη σελίδα.');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('KnowledgeSection: the last automatic check that failed', () => {
  const url = 'https://packs.example.com/acme-returns.json';
  const at = new Date();
  at.setHours(13, 5, 0, 0);
  const message = `could not download ${url}: HTTP 500 Internal Server Error`;
  const pack: PackView = {
    id: 'acme-returns',
    name: 'Acme returns',
    version: '1.0.0',
    entryCount: 2,
    needsReview: 0,
    source: 'url',
    layer: 'team',
    url,
    enabled: true,
    managed: false,
    autoAccept: false,
    signature: 'unsigned',
    failures: 1,
    rollbackTo: [],
    lastChecked: at.toISOString(),
    lastError: message,
    lastFailure: { code: 'pack.http', url, status: 500 },
    autoCheckFailed: { at: at.toISOString(), message, failure: { code: 'pack.http', url, status: 500 } },
  };

  /** The card once this render's list is shown (the section keeps the last list between renders). */
  async function shown(p: KnowledgePorts): Promise<Element> {
    await act(async () => {
      render(<KnowledgeSection ports={p} />, root());
      await (p.list as ReturnType<typeof vi.fn>).mock.results[0]?.value;
    });
    await act(async () => undefined);
    return root().querySelector('article[aria-label="Acme returns"]')!;
  }

  it('said beside the pack, with the time, the failure by its code and what to do; once, not again as «the last update failed»', async () => {
    const p = ports();
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [pack] }));
    const card = await shown(p);
    const alerts = card.querySelectorAll('[role=alert]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.querySelector('strong')?.textContent).toBe(
      `Ο τελευταίος αυτόματος έλεγχος για ενημερώσεις απέτυχε στις 13:05: Ο διακομιστής απάντησε με σφάλμα (HTTP 500) για τη διεύθυνση ${url}. Δοκιμάστε ξανά αργότερα. Ο Οδηγός θα ξαναελέγξει μόνος του· για να ελέγξετε τώρα, πατήστε «Έλεγχος τώρα».`,
    );
    expect(alerts[0]!.querySelector('[lang=en]')?.textContent).toBe(message);
  });

  it('a check that threw (nothing on the pack\'s record) is said by its code; a later manual failure is said too', async () => {
    const p = ports();
    const full = { at: at.toISOString(), message: 'the browser has no more room for packs: remove a pack you do not use', failure: { code: 'pack.storageFull' } } as const;
    const later = new Date(at.getTime() + 60_000).toISOString();
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [{ ...pack, lastChecked: later, autoCheckFailed: full }] }));
    const card = await shown(p);
    const said = Array.from(card.querySelectorAll('[role=alert] strong')).map((s) => s.textContent);
    expect(said).toEqual([
      'Ο τελευταίος αυτόματος έλεγχος για ενημερώσεις απέτυχε στις 13:05: Το πρόγραμμα περιήγησης δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε. Ο Οδηγός θα ξαναελέγξει μόνος του· για να ελέγξετε τώρα, πατήστε «Έλεγχος τώρα».',
      `Η τελευταία ενημέρωση απέτυχε: Ο διακομιστής απάντησε με σφάλμα (HTTP 500) για τη διεύθυνση ${url}. Δοκιμάστε ξανά αργότερα.`,
    ]);
  });

  it('an update not saved on a full disk says to free disk space and try again, not to remove a pack', async () => {
    const p = ports();
    const diskMessage = 'the disk is full, so the pack was not saved (QuotaExceededError: Encountered full disk): free disk space, then try again; nothing installed was lost';
    const { autoCheckFailed: _a, ...updated } = pack;
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [{ ...updated, lastError: diskMessage, lastFailure: { code: 'pack.storageFull', disk: true } as const }] }));
    const card = await shown(p);
    const said = Array.from(card.querySelectorAll('[role=alert] strong')).map((s) => s.textContent);
    expect(said).toEqual([
      'Η τελευταία ενημέρωση απέτυχε: Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πακέτο δεν αποθηκεύτηκε. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και δοκιμάστε ξανά. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    ]);
    expect(card.textContent).not.toContain('αφαιρέστε ένα πακέτο');
  });

  it('an update not saved because the browser\'s quota for packs is used up: still «remove a pack»', async () => {
    const p = ports();
    const { autoCheckFailed: _a, ...updated } = pack;
    const quotaMessage = 'the browser has no more room for packs: remove a pack you do not use';
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [{ ...updated, lastError: quotaMessage, lastFailure: { code: 'pack.storageFull' } as const }] }));
    const again = await shown(p);
    expect(Array.from(again.querySelectorAll('[role=alert] strong')).map((s) => s.textContent)).toEqual([
      'Η τελευταία ενημέρωση απέτυχε: Το πρόγραμμα περιήγησης δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε.',
    ]);
  });

  it('in English', async () => {
    uiLang.value = 'en';
    try {
      const p = ports();
      p.list = vi.fn(async () => ({ ...EMPTY, packs: [pack] }));
      const card = await shown(p);
      expect(card.querySelector('[role=alert] strong')?.textContent).toBe(
        `The last automatic update check failed at 13:05: The server answered with an error (HTTP 500) for ${url}. Try again later. Odigos will check again by itself; to check now, click “Check now”.`,
      );
    } finally {
      uiLang.value = 'el';
    }
  });

  it('a check that worked leaves nothing said', async () => {
    const p = ports();
    const { autoCheckFailed: _a, lastError: _e, lastFailure: _f, ...fine } = pack;
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [fine] }));
    const card = await shown(p);
    expect(card.querySelectorAll('[role=alert]')).toHaveLength(0);
  });
});

describe('KnowledgeSection: the pack storage refused, the bundled packs listed read-only', () => {
  const elCore: PackView = {
    id: 'el-core',
    name: 'Οδηγός — Βασική γνώση',
    version: '1.0.0',
    entryCount: 40,
    needsReview: 0,
    source: 'bundled',
    layer: 'bundled',
    enabled: true,
    managed: false,
    autoAccept: false,
    signature: 'unsigned',
    failures: 0,
    rollbackTo: [],
  };
  const message = 'the disk is full, so the browser cannot open the pack storage (QuotaExceededError): free disk space, then reload the page; nothing stored was lost';
  const outage = (code: 'pack.diskFull' | 'pack.storageFailed'): PacksOverview => ({ ...EMPTY, packs: [elCore], packsUnavailable: { failure: { code }, message } });

  async function shown(p: KnowledgePorts): Promise<void> {
    await act(async () => {
      render(<KnowledgeSection ports={p} />, root());
      await (p.list as ReturnType<typeof vi.fn>).mock.results[0]?.value;
    });
    await act(async () => undefined);
  }

  it('the bundled pack is listed with every control off, the alert says why and a line what is missing and what to do', async () => {
    const p = ports();
    p.list = vi.fn(async () => outage('pack.diskFull'));
    await shown(p);
    const card = root().querySelector('article[aria-label="Οδηγός — Βασική γνώση"]')!;
    expect(card).not.toBeNull();
    const controls = Array.from(card.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button'));
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.filter((c) => !c.disabled)).toEqual([]);
    const section = root().querySelector('section')!;
    const writes = Array.from(section.querySelectorAll<HTMLInputElement | HTMLButtonElement>('button, input[type=file]'));
    expect(writes.filter((c) => !c.disabled).map((c) => c.textContent || c.type)).toEqual([]);
    const alert = section.querySelector('.pack-error[role=alert]')!;
    expect(alert.querySelector('strong')?.textContent).toBe(
      'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει τα πακέτα γνώσης. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και ανανεώστε αυτή τη σελίδα. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    );
    expect(alert.querySelector('[lang=en]')?.textContent).toBe(message);
    expect(section.querySelector('[data-built-in-only]')?.textContent).toBe(
      'Παρακάτω εμφανίζονται μόνο τα ενσωματωμένα πακέτα, χωρίς δυνατότητα αλλαγών. Όσα εγκαταστήσατε θα εμφανιστούν ξανά μόλις ελευθερώσετε χώρο στον δίσκο και ανανεώσετε τη σελίδα.',
    );
  });

  it('a storage that will not open: its own line; in English too', async () => {
    uiLang.value = 'en';
    try {
      const p = ports();
      p.list = vi.fn(async () => outage('pack.storageFailed'));
      await shown(p);
      expect(root().querySelector('.pack-error strong')?.textContent).toBe('The browser could not open the knowledge pack storage. Close and reopen it; if this message is still shown after that, the storage is damaged and restarting again will not help: what you can do is below.');
      expect(root().querySelector('[data-built-in-only]')?.textContent).toBe(
        'Only the built-in packs are listed below, and they cannot be changed. The packs you installed will be back once the browser opens the storage or, after you reset it, once they are installed again.',
      );
    } finally {
      uiLang.value = 'el';
    }
  });

  const missing = [
    { id: 'acme-returns', name: 'Acme returns', version: '1.0.0', source: 'file' as const, layer: 'personal' as const },
    { id: 'acme-served', name: 'Acme served', version: '1.2.0', source: 'url' as const, layer: 'team' as const, url: 'https://packs.example.com/a.json' },
  ];
  const button = (name: string) => Array.from(root().querySelectorAll('button')).find((b) => b.textContent === name);

  it('a storage that will not open: the missing packs named, and the reset asks first, naming what comes back and what is to import', async () => {
    const p = ports();
    p.list = vi.fn(async () => ({ ...outage('pack.storageFailed'), missing, canReset: true }));
    p.resetStorage = vi.fn(async () => ({ restored: [missing[1]!], toRestore: [missing[0]!] }));
    await shown(p);
    expect(Array.from(root().querySelectorAll('ul[aria-label="Δεν είναι διαθέσιμα τώρα:"] li')).map((li) => li.textContent)).toEqual([
      'Acme returns 1.0.0 (από αρχείο)',
      'Acme served 1.2.0 (https://packs.example.com/a.json)',
    ]);
    await act(async () => button('Επαναφορά αποθήκευσης πακέτων')!.click());
    expect(p.resetStorage).not.toHaveBeenCalled();
    const confirm = root().querySelector('[data-reset-confirm]')!;
    expect(confirm.querySelector('ul[aria-label="Θα κατεβούν ξανά αυτόματα από τη διεύθυνσή τους:"]')?.textContent).toBe('Acme served 1.2.0 (https://packs.example.com/a.json)');
    expect(confirm.querySelector('ul[aria-label="Θα πρέπει να τα εισαγάγετε ξανά από αρχείο:"]')?.textContent).toBe('Acme returns 1.0.0 (από αρχείο)');
    await act(async () => button('Άκυρο')!.click());
    expect(root().querySelector('[data-reset-confirm]')).toBeNull();
    await act(async () => button('Επαναφορά αποθήκευσης πακέτων')!.click());
    await act(async () => button('Επαναφορά')!.click());
    await act(async () => undefined);
    expect(p.resetStorage).toHaveBeenCalledTimes(1);
    expect(root().querySelector('[role=status]')?.textContent).toBe('Η αποθήκευση πακέτων δημιουργήθηκε από την αρχή. Κατέβηκαν ξανά: Acme served.');
  });

  it('a full disk offers no reset (a new storage needs room too); a browser without storage buckets neither', async () => {
    const p = ports();
    p.list = vi.fn(async () => ({ ...outage('pack.diskFull'), missing, canReset: true }));
    await shown(p);
    expect(button('Επαναφορά αποθήκευσης πακέτων')).toBeUndefined();
    const q = ports();
    q.list = vi.fn(async () => ({ ...outage('pack.storageFailed'), missing, canReset: false }));
    await shown(q);
    expect(button('Επαναφορά αποθήκευσης πακέτων')).toBeUndefined();
    // The panel's words send the agent to this section: without the reset it says what is left to do.
    expect(root().querySelector('[data-no-reset]')?.textContent).toContain('εξαγάγετε πρώτα τις σημειώσεις σας');
  });

  it('after a reset the packs to install again are named with what to do, until dismissed', async () => {
    const p = ports();
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [elCore], toRestore: missing }));
    p.forgetToRestore = vi.fn(async () => undefined);
    await shown(p);
    expect(Array.from(root().querySelectorAll('[data-to-restore] li')).map((li) => li.textContent)).toEqual([
      'Acme returns 1.0.0 (από αρχείο): εισαγάγετέ το ξανά από αρχείο, παρακάτω',
      'Acme served 1.2.0 (https://packs.example.com/a.json): η λήψη απέτυχε· κάντε ξανά συνδρομή σε αυτή τη διεύθυνση, παρακάτω',
    ]);
    await act(async () => button('Δεν τα χρειάζομαι πια')!.click());
    expect(p.forgetToRestore).toHaveBeenCalledTimes(1);
  });

  it('with the storage open the same pack can be switched and nothing is said', async () => {
    const p = ports();
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [elCore] }));
    await shown(p);
    expect(root().querySelector<HTMLInputElement>('article input[type=checkbox]')?.disabled).toBe(false);
    expect(root().querySelector('[data-built-in-only]')).toBeNull();
    expect(root().querySelector('[role=alert]')).toBeNull();
  });
});

// Options showed the built-in el-core as «Προέλευση: ενσωματωμένο · Τελευταία ενημέρωση: ποτέ · Υπογραφή: χωρίς
// υπογραφή»: a pack that comes with Odigos read as stale and untrusted to the IT admin and the trainer.
describe('KnowledgeSection: a built-in pack', () => {
  const bundled: PackView = {
    id: 'el-core', name: 'Οδηγός — Βασική γνώση', version: '1.2.0', entryCount: 167, needsReview: 0, source: 'bundled', layer: 'bundled',
    enabled: true, managed: false, autoAccept: false, signature: 'unsigned', failures: 0, rollbackTo: [],
  } as PackView;
  const card = async (lang: 'el' | 'en') => {
    uiLang.value = lang;
    const p = ports();
    p.list = vi.fn(async () => ({ ...EMPTY, packs: [bundled, { ...bundled, id: 'acme', name: 'Acme', source: 'file', layer: 'personal' } as PackView] }));
    await act(async () => {
      render(<KnowledgeSection ports={p} />, root());
      await (p.list as ReturnType<typeof vi.fn>).mock.results[0]?.value;
    });
    await act(async () => undefined);
    return [...root().querySelectorAll('article')].map((a) => a.querySelector('p')!.textContent);
  };

  it('says it is updated with Odigos, not «last update: never» and «unsigned»; a pack from a file still says both', async () => {
    const [builtIn, file] = await card('el');
    expect(builtIn).toContain('Προέλευση: ενσωματωμένο · ενημερώνεται μαζί με τον Οδηγό');
    expect(builtIn).not.toMatch(/ποτέ|υπογραφ/i);
    expect(file).toContain('Τελευταία ενημέρωση: ποτέ · Υπογραφή: χωρίς υπογραφή');
    const [builtInEn] = await card('en');
    expect(builtInEn).toContain('Source: built in · updated with Odigos itself');
  });
});
