/**
 * One engine instance per pack set: suggestions, shortcuts and the palette share the matcher over the active packs
 * (lib/background/pack-engine.ts), and the agent's snippets are layered on top as their own small pack. Served as
 * the service worker serves them (startBackground), with the bundled packs compiled here.
 */
import { servedReply } from '../../support/served';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '@/knowledge/node/compile';
import type { PackInput } from '@/knowledge/engine/api';

/** The number of entries of every matcher built, in order: the count is what the shared engine saves. */
const built: number[] = [];
/** Matchers made so far, and those (by number) asked to prepare: fit the meaning stage ahead of their first search. */
const made = { count: 0 };
const prepared: number[] = [];
/** How many of the next prepare() calls say work is left (as a fit of thousands of English entries does, a slice at a time). */
const unfinished = { slices: 0 };
/** Matchers (by number) asked to warm up, once per call: after preparing, before the agent's first search. */
const warmed: number[] = [];
vi.mock('@/knowledge/engine/matcher', async (original) => {
  const real = await original<typeof import('@/knowledge/engine/matcher')>();
  return {
    ...real,
    createMatcher: (inputs: PackInput[]) => {
      built.push(inputs.reduce((n, i) => n + i.pack.entries.length, 0));
      const m = real.createMatcher(inputs);
      const [id, prepare, warmUp] = [made.count++, m.prepare, m.warmUp];
      m.prepare = () => {
        prepared.push(id);
        return unfinished.slices-- > 0 ? false : (prepare?.() ?? true);
      };
      m.warmUp = () => {
        warmed.push(id);
        return warmUp?.() ?? true;
      };
      return m;
    },
  };
});
const bundled = ['el-core', 'en-core'].map((p) => ({ pack: compilePack(join(process.cwd(), 'knowledge/packs', p)), priority: 0 }));
const packsChanged = new Set<() => void>();
vi.mock('@/lib/background/active-packs', () => ({
  PRIORITY: { bundled: 0, company: 10, team: 20, personal: 30 },
  getActivePacks: async () => bundled,
  onPacksChanged: (l: () => void) => (packsChanged.add(l), () => packsChanged.delete(l)),
  reportPackFailure: () => undefined,
  retryPackStorage: async () => undefined,
  packsUnavailable: () => undefined,
}));
import { createPackEngine, serveActivePacksEngine } from '@/lib/background/pack-engine';
import { parseVectors } from '@/knowledge/engine/semantic';
import { serveKnowledge } from '@/lib/background/knowledge-service';
import { serveTemplates } from '@/lib/background/templates-service';
import type { RequestName, Requests } from '@/lib/messages';
import { snippetsItem, type Snippet } from '@/lib/store/snippets';

async function request<K extends RequestName>(name: K, payload: Requests[K]['req']): Promise<Requests[K]['res']> {
  const reply = (await servedReply({ odigos: name, payload })) as { ok: boolean; value?: Requests[K]['res']; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value!;
}

const snippet = (id: string, title: string, body: string, lang: 'el' | 'en', shortcut: string): Snippet => ({
  id, title, body, lang, shortcut, formality: 'formal', tone: 'apology', updatedAt: 0,
});
/** Words the bundled packs use too: in one corpus with the packs they would move the suggestions' scores. */
const mine = [
  snippet('a', 'Η δική μου συγγνώμη', 'Λυπάμαι πολύ για την καθυστέρηση της παραγγελίας σας.', 'el', 'mysorry'),
  snippet('b', 'Επιστροφή χρημάτων σε 5 ημέρες', 'Η επιστροφή χρημάτων θα γίνει σε 5 εργάσιμες.', 'el', 'myref'),
  snippet('c', 'Refund timeline (mine)', 'Your refund will reach your card within 5 working days.', 'en', 'myrefund'),
];
const bundledEntries = bundled.reduce((n, i) => n + i.pack.entries.length, 0);

/** Everything the worker serves over the packs, wired as startBackground wires it. */
function serveAll(): () => void {
  const { engine, stop } = serveActivePacksEngine();
  const stops = [stop, serveKnowledge(engine), serveTemplates(engine)];
  return () => stops.forEach((s) => s());
}

beforeEach(() => {
  fakeBrowser.reset();
  built.length = 0;
});

describe('one engine instance per pack set', () => {
  it('builds one matcher over the packs for suggestions, shortcuts and palette, and one over the snippets alone', async () => {
    await snippetsItem.setValue(mine);
    const stop = serveAll();
    try {
      await request('knowledge.suggest', { text: 'Με χρέωσαν δύο φορές για την ίδια παραγγελία' });
      await request('templates.keys', {});
      await request('templates.search', { query: 'refund' });
      expect((await request('templates.byShortcut', { keyword: 'mysorry' }))?.personal).toBe(true);
      // Before: one over the packs for suggestions and another over the packs and the snippets for the rest.
      expect(built).toEqual([bundledEntries, mine.length]);

      // A snippet edited rebuilds the snippets' matcher only; a pack change, the packs' one once.
      await snippetsItem.setValue(mine.slice(0, 2));
      await expect.poll(() => request('templates.keys', {}).then((keys) => keys.includes('myrefund'))).toBe(false);
      expect(built).toEqual([bundledEntries, mine.length, 2]);
      for (const changed of packsChanged) changed();
      await request('templates.search', { query: 'refund' });
      await request('knowledge.suggest', { text: 'My parcel is late' });
      expect(built).toEqual([bundledEntries, mine.length, 2, bundledEntries, 2]);
    } finally {
      stop();
    }
  });

  it('builds nothing for an agent without snippets beyond the one matcher over the packs', async () => {
    const stop = serveAll();
    try {
      await request('templates.search', { query: 'συγγνωμη' });
      await request('knowledge.suggest', { text: 'My parcel is late' });
      expect(built).toEqual([bundledEntries]);
    } finally {
      stop();
    }
  });

  it('suggests exactly as without snippets: never a snippet, the same entries, the same scores', async () => {
    const texts = readFileSync(join(process.cwd(), 'knowledge/eval/el.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 40)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const replies = async () => {
      const stop = serveAll();
      try {
        return await Promise.all(texts.map((text) => request('knowledge.suggest', { text, limit: 8 })));
      } finally {
        stop();
      }
    };
    const without = await replies();
    await snippetsItem.setValue(mine);
    // The palette finds the snippets by these words, so they were there to be found.
    const stop = serveAll();
    expect((await request('templates.search', { query: 'επιστροφη χρηματων' })).map((h) => h.entryId)).toContain('personal-b');
    stop();
    const withSnippets = await replies();
    expect(withSnippets.flatMap((r) => r.suggestions).some((s) => s.packId === 'personal')).toBe(false);
    expect(withSnippets.map((r) => r.suggestions)).toEqual(without.map((r) => r.suggestions));
  });

  it('lists the agent’s own snippets the words match before the packs’ matches', async () => {
    await snippetsItem.setValue(mine);
    const stop = serveAll();
    try {
      const hits = (await request('templates.search', { query: 'καθυστέρηση' })).map((h) => h.entryId);
      expect(hits[0]).toBe('personal-a');
      expect(hits).toContain('apology-late-delivery');
    } finally {
      stop();
    }
  });
});

describe('the English word vectors', () => {
  const vectors = parseVectors(readFileSync(join(process.cwd(), 'knowledge/vectors/en-vectors.bin')));

  it('are asked for once a pack set has English entries, and the matcher then finds English text by meaning', async () => {
    const load = vi.fn(async () => vectors);
    const greek = createPackEngine(async () => [bundled[0]!], () => undefined, load);
    await greek.current();
    expect(load).not.toHaveBeenCalled();
    const both = createPackEngine(async () => bundled, () => undefined, load);
    const { matcher } = await both.current();
    expect(load).toHaveBeenCalledTimes(1);
    // Under the mocked createMatcher (it drops the options) only the request for the table is visible here;
    // the stage itself is tested in tests/unit/engine/semantic.test.ts.
    expect(matcher.size).toBeGreaterThan(0);
  });

  it('has the matcher prepared once the set is built when the table came, not left to the first search', async () => {
    const offline = made.count;
    await createPackEngine(async () => bundled, () => undefined, () => Promise.reject(new Error('offline'))).current();
    const loaded = made.count;
    await createPackEngine(async () => bundled, () => undefined, async () => vectors).current();
    await vi.waitFor(() => expect(prepared.filter((id) => id >= offline)).toEqual([loaded]));
  });

  it('prepares a slice a task until the matcher says none is left, then stops', async () => {
    const first = made.count;
    vi.useFakeTimers();
    try {
      unfinished.slices = 2;
      await createPackEngine(async () => bundled, () => undefined, async () => vectors).current();
      // Every timer the slices set runs: a loop that never stopped would not end here.
      await vi.runAllTimersAsync();
      expect(prepared.filter((id) => id >= first)).toEqual([first, first, first]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('warms every matcher up a slice a task once it is prepared, until it says done, then stops', async () => {
    const first = made.count;
    vi.useFakeTimers();
    try {
      unfinished.slices = 1;
      await createPackEngine(async () => bundled, () => undefined, async () => vectors).current();
      await createPackEngine(async () => bundled).current();
      await vi.runAllTimersAsync();
      const mine = (id: number) => warmed.filter((w) => w === id).length;
      // Each was warmed up, the one with the table once its two prepare slices were done.
      expect(mine(first)).toBeGreaterThanOrEqual(1);
      expect(mine(first + 1)).toBeGreaterThanOrEqual(1);
      expect(prepared.filter((id) => id >= first)).toEqual([first, first]);
      // Done: no slice is left scheduled, and a replaced set's matcher is not warmed further.
      const calls = warmed.length;
      await vi.runAllTimersAsync();
      expect(warmed.length).toBe(calls);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops warming up the matcher of a pack set that was replaced', async () => {
    vi.useFakeTimers();
    try {
      const engine = createPackEngine(async () => bundled);
      const id = made.count;
      await engine.current();
      engine.invalidate();
      await vi.runAllTimersAsync();
      expect(warmed.filter((w) => w === id)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a table that fails to load leaves the words-only matcher, not a failed pack set', async () => {
    const engine = createPackEngine(async () => bundled, () => undefined, () => Promise.reject(new Error('offline')));
    const { matcher } = await engine.current();
    expect(matcher.search('I was charged twice').suggestions.length).toBeGreaterThan(0);
  });
});
