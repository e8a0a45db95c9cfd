import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { KnowledgeSection, type KnowledgePorts } from '@/components/options/KnowledgeSection';
import type { PacksOverview } from '@/lib/background/pack-library';
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
    // Refused on its size before it is read: a stand-in with the size of a 21 MB file is enough.
    const file = { name: 'big-pack.json', size: MAX_PACK_BYTES + 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    const alert = await vi.waitFor(() => root().querySelector('[role=alert]') ?? Promise.reject(new Error('no alert')));
    expect(alert.textContent).toBe('Το big-pack.json είναι 21.0 MB, περισσότερα από τα 20 MB που επιτρέπονται για ένα πακέτο');
    expect(alert.querySelector('[lang=en]')).toBeNull();
    expect(p.preview).not.toHaveBeenCalled();
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
    expect(alert.querySelector('strong')?.textContent).toBe('Τα πακέτα γνώσης αυτού του υπολογιστή δεν διαβάζονται. Κλείστε και ανοίξτε ξανά τον browser.');
    expect(alert.querySelector('[lang=en]')?.textContent).toBe(message);
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
