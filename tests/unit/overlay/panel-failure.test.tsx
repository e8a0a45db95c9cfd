import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { BuiltInOnlyNotice } from '@/components/overlay/BuiltInOnly';
import { createOverlaySession } from '@/lib/overlay/session';
import { sessionLater } from '@/lib/overlay/session-later';
import { uiLang } from '@/lib/i18n';
import type { Failure } from '@/lib/failure';
import { describeCommonFailure } from '@/components/failure-words';
import { useRenderRoot } from './render-root';
import { doubleChargeTicket } from './double-charge-ticket';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const root = useRenderRoot();
afterEach(() => vi.restoreAllMocks());

const ticket = doubleChargeTicket;

/**
 * The panel on a ticket whose suggestions the background refuses with `reply` (undefined: it did not answer). `words`
 * gives the words the panel does not carry (the extension pages' way by default; in the page, the extras bundle's).
 */
async function refused(
  reply: { error: string; failure?: Failure } | undefined,
  words: (f: Failure) => Promise<string | undefined> = async (f) => describeCommonFailure(f),
): Promise<HTMLElement> {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => (reply ? { ok: false, ...reply } : undefined));
  const session = createOverlaySession({ insert: async () => false, debounceMs: 0, later: async () => sessionLater });
  act(() =>
    render(
      <OverlayApp session={session} onCopy={async () => undefined} detail={() => null} saveFailed={() => null} builtInOnly={(p) => <BuiltInOnlyNotice {...p} />} failureWords={words} />,
      root(),
    ),
  );
  await act(async () => {
    session.setSnapshot(ticket);
    await vi.waitFor(() => expect(session.status.value).toBe('error'), { timeout: 5_000 });
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0)); // the words' promise settles
  });
  session.dispose();
  return root().querySelector<HTMLElement>('[role="alert"]')!;
}

describe('the panel says why suggestions are unavailable in the agent\'s language', () => {
  const storage = { error: 'pack storage failed: VersionError: The requested version (1) is less than the existing version (2).', failure: { code: 'pack.storageFailed' } } as const;

  it('a known failure: a Greek sentence, the background\'s English reason only beneath as technical detail, marked lang="en"', async () => {
    const alert = await refused(storage);
    expect(alert.textContent).toContain(
      'Οι προτάσεις δεν είναι διαθέσιμες. Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης. Κλείστε το και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: στις Ρυθμίσεις του Οδηγού, ενότητα «Γνώση», θα βρείτε τι μπορείτε να κάνετε.',
    );
    const english = alert.querySelector('[lang="en"]');
    expect(english?.textContent).toBe(storage.error);
    expect(english?.parentElement?.textContent).toBe(`Τεχνικές λεπτομέρειες: ${storage.error}`);
    // No «type in the search» hint under it: the alert says what to do.
    expect(root().textContent).not.toContain('γράψτε στην αναζήτηση');
    // Nothing English outside the marked detail (but «browser», as Odigos writes it in Greek everywhere).
    expect(alert.textContent!.replace(english!.textContent!, '').replace(/browser/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('the background did not answer: said so, in Greek', async () => {
    const alert = await refused(undefined);
    expect(alert.textContent).toContain('Οι προτάσεις δεν είναι διαθέσιμες. Ο Οδηγός δεν απάντησε. Ανανεώστε τη σελίδα.');
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe('Odigos background did not answer "knowledge.suggest"');
  });

  it('an unforeseen failure: the Greek headline, the English only as marked detail', async () => {
    const alert = await refused({ error: 'x is not a function' });
    expect(alert.textContent).toBe('Οι προτάσεις δεν είναι διαθέσιμες.Τεχνικές λεπτομέρειες: x is not a function');
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe('x is not a function');
  });

  it('English UI: English words, the detail still marked as English', async () => {
    uiLang.value = 'en';
    const alert = await refused(storage);
    expect(alert.textContent).toContain('Suggestions are unavailable. The browser could not open the knowledge pack storage. Close and reopen it; if this message is still shown after that, the storage is damaged and restarting again will not help: Odigos’ settings, under “Knowledge”, say what you can do.');
    expect(alert.textContent).toContain(`Technical details: ${storage.error}`);
    expect(alert.textContent).not.toMatch(/[Α-Ωα-ωά-ώ]/);
  });

  it('in the page the words come with the extras bundle: the headline and the reason at once, the words when they arrive, and the headline still when they never do', async () => {
    let give: (words: string | undefined) => void = () => undefined;
    const later = new Promise<string | undefined>((done) => (give = done));
    const alert = await refused(storage, () => later);
    // Before the extras arrive: the failure is said, with its reason.
    expect(alert.textContent).toBe(`Οι προτάσεις δεν είναι διαθέσιμες.Τεχνικές λεπτομέρειες: ${storage.error}`);
    await act(async () => give(describeCommonFailure(storage.failure)));
    expect(root().querySelector('[role="alert"]')!.textContent).toContain('Οι προτάσεις δεν είναι διαθέσιμες. Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης.');

    // The extras did not load: what failed is still said, in Greek, with the reason.
    act(() => render(null, root()));
    const unloaded = await refused(storage, () => Promise.reject(new Error('extras did not start')));
    expect(unloaded.textContent).toBe(`Οι προτάσεις δεν είναι διαθέσιμες.Τεχνικές λεπτομέρειες: ${storage.error}`);
  });

  it('a part of Odigos not reached is said at once, without the extras', async () => {
    const alert = await refused(undefined, () => new Promise(() => undefined));
    expect(alert.textContent).toContain('Οι προτάσεις δεν είναι διαθέσιμες. Ο Οδηγός δεν απάντησε. Ανανεώστε τη σελίδα.');
  });
});
