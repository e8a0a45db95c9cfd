import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../../components/options/pack-errors';
import { uiLang } from '../../../lib/i18n';
import type { CompiledPack } from '../../../knowledge/types';
import { takeInPack } from '../../../lib/background/pack-intake';
import { compilePack } from '../../../knowledge/node/compile';
import { serializePack } from '../../../knowledge/pack/serialize';

/**
 * A pack.json refused on import names the entry of each problem for the options page. A whole-pack check names it
 * only as where its problem is: read from the problem's code (`at.entry`), not from the English words.
 */
describe('the entry a refused pack.json names', () => {
  it('is the entry of a whole-pack check\'s problem, from its code', async () => {
    const pack = compilePack(join(import.meta.dirname, 'fixtures/good'), { now: new Date('2026-12-06T10:00:00Z') });
    const [first, second] = pack.entries;
    const twice = { ...pack, entries: [first!, { ...second!, id: first!.id }, ...pack.entries.slice(2)] };
    const taken = await takeInPack(serializePack(twice), { from: 'pack.json', pinnedKeys: [], now: new Date('2026-12-06T10:00:00Z') });
    expect(taken.ok).toBe(false);
    if (taken.ok || taken.failure.code !== 'pack.unusable') throw new Error('not refused for its errors');
    const { problems } = taken.failure;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.text.startsWith(`entry "${p.entry}": `), p.text).toBe(true);
    expect(problems.some((p) => p.entry === first!.id && /duplicate id/.test(p.text))).toBe(true);
  });
});

/**
 * The options page said a refused pack's problem only in the technical detail, in English: it says it now in the
 * agent's language from the problem's code, the entry named once (in the place, not again before the problem).
 */
describe('a refused pack.json\'s first problem on the options page', () => {
  const refusal = async (change: (entry: CompiledPack['entries'][number], pack: CompiledPack) => void) => {
    const pack = compilePack(join(import.meta.dirname, 'fixtures/good'), { now: new Date('2026-12-06T10:00:00Z') });
    change(pack.entries[0]!, pack);
    const taken = await takeInPack(serializePack(pack), { from: 'pack.json', pinnedKeys: [], now: new Date('2026-12-06T10:00:00Z') });
    if (taken.ok) throw new Error('not refused');
    return { failure: taken.failure, id: pack.entries[0]!.id };
  };
  afterEach(() => {
    uiLang.value = 'el';
  });

  it('is said in Greek to a Greek page and in English to an English one', async () => {
    const { failure, id } = await refusal((e) => {
      e.title = '\u200b\u200b';
    });
    uiLang.value = 'el';
    const el = describeFailure(failure);
    expect(el).toContain(`καταχώριση «${id}», πεδίο «τίτλος», γραμμή `);
    expect(el).toContain('. Το πεδίο «τίτλος» δεν δείχνει τίποτα: έχει μόνο αόρατους χαρακτήρες (κενά μηδενικού πλάτους, σημάδια κατεύθυνσης). Ζητήστε διορθωμένη έκδοση');
    expect(el).not.toMatch(/shows nothing|entry "/);
    uiLang.value = 'en';
    expect(describeFailure(failure)).toContain('. "title" shows nothing: it holds only invisible characters (zero-width spaces, direction marks). Ask whoever');
  });

  it('names the entry of a whole-pack check once, in the place', async () => {
    const { failure, id } = await refusal((e, pack) => {
      pack.entries[1]!.id = e.id;
    });
    uiLang.value = 'el';
    const el = describeFailure(failure);
    expect(el, el).not.toContain(`Καταχώριση «${id}»`);
    expect(el.split(id).length - 1, el).toBe(1);
  });
});
