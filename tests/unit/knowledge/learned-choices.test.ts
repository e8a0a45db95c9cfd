// @vitest-environment node
/**
 * Learning from the agent's choices (knowledge/learn/choices.ts): bounded, fading, resettable, and never able to
 * bring up an entry the message's words did not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node/compile';
import { createMatcher } from '../../../knowledge/engine';
import { suggestReply } from '../../../knowledge/engine/suggest-reply';
import {
  choicesSize, emptyChoices, HALF_LIFE_DAYS, learnedBoosts, MAX_BOOST, MAX_PAIRS, MAX_WEIGHT, messageTerms, readChoices, recordChoice,
} from '../../../knowledge/learn/choices';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1);
const PARCEL = 'Το δέμα μου δεν έχει έρθει ακόμα, η παραγγελία 100517 έπρεπε να φτάσει την Τρίτη';
const key = 'el-core/info-delivery-tracking';

describe('the table of choices', () => {
  it('reads a message’s content words, not its function words', () => {
    const terms = messageTerms(PARCEL);
    expect(terms.length).toBeGreaterThan(3);
    expect(terms.length).toBeLessThanOrEqual(24);
    expect(messageTerms('και να το με σε')).toEqual([]);
  });

  it('a choice raises the entry for a similar message, two raise it more, and never past MAX_BOOST', () => {
    const terms = messageTerms(PARCEL);
    const similar = messageTerms('Δεν έχει έρθει το δέμα της παραγγελίας μου');
    const once = recordChoice(emptyChoices(), terms, key, NOW);
    const twice = recordChoice(once, terms, key, NOW);
    const b1 = learnedBoosts(once, similar, NOW).get(key)!;
    const b2 = learnedBoosts(twice, similar, NOW).get(key)!;
    expect(b1).toBeGreaterThan(1);
    expect(b2).toBeGreaterThan(b1);
    let many = twice;
    for (let i = 0; i < 50; i++) many = recordChoice(many, terms, key, NOW);
    expect(learnedBoosts(many, terms, NOW).get(key)).toBeCloseTo(MAX_BOOST, 6);
    expect(Math.max(...Object.values(many.pairs).flatMap((e) => Object.values(e).map(([w]) => w)))).toBeLessThanOrEqual(MAX_WEIGHT);
    // An unrelated message gets nothing.
    expect(learnedBoosts(many, messageTerms('Θέλω να αλλάξω τον κωδικό πρόσβασης'), NOW).size).toBe(0);
  });

  it('fades: half the weight after the half-life, forgotten after long disuse', () => {
    const terms = messageTerms(PARCEL);
    const t = recordChoice(recordChoice(emptyChoices(), terms, key, NOW), terms, key, NOW);
    const now = learnedBoosts(t, terms, NOW).get(key)! - 1;
    const later = learnedBoosts(t, terms, NOW + HALF_LIFE_DAYS * DAY).get(key)! - 1;
    expect(later).toBeCloseTo(now / 2, 6);
    // The next choice prunes pairs that faded away.
    const year = recordChoice(t, ['αλλο'], 'el-core/other', NOW + 365 * DAY);
    expect(choicesSize(year)).toBe(1);
  });

  it('stays bounded: at most MAX_PAIRS pairs, the weakest dropped first', () => {
    let t = emptyChoices();
    const strong = messageTerms(PARCEL);
    t = recordChoice(recordChoice(t, strong, key, NOW), strong, key, NOW);
    for (let i = 0; i < MAX_PAIRS / 20 + 5; i++) {
      t = recordChoice(t, Array.from({ length: 24 }, (_, j) => `w${i}x${j}`), `p/e${i}`, NOW);
    }
    expect(choicesSize(t)).toBeLessThanOrEqual(MAX_PAIRS);
    expect(learnedBoosts(t, strong, NOW).get(key)).toBeGreaterThan(1);
  });

  it('resets to empty, and reads anything it did not write as empty', () => {
    expect(choicesSize(emptyChoices())).toBe(0);
    for (const bad of [undefined, null, 'x', 42, { version: 2, pairs: {} }, { version: 1 }]) expect(readChoices(bad)).toEqual(emptyChoices());
    // Damaged pairs inside a table count for nothing and are dropped by the next choice.
    const damaged = readChoices({ version: 1, pairs: { dema: { 'p/a': 'x', 'p/b': [NaN, 0], 'p/c': null }, other: 7 } });
    expect(learnedBoosts(damaged, ['dema'], NOW)).toEqual(new Map());
    expect(choicesSize(recordChoice(damaged, ['dema'], 'p/a', NOW))).toBe(1);
  });
});

describe('learning in the ranking', () => {
  const el = compilePack(join(process.cwd(), 'knowledge/packs/el-core'));
  const en = compilePack(join(process.cwd(), 'knowledge/packs/en-core'));
  const m = createMatcher([{ pack: el, priority: 0 }, { pack: en, priority: 0 }]);

  it('raises a template chosen twice on one parcel ticket for another parcel ticket, says so, and leaves the first entry', () => {
    // The demo desk's two parcel tickets (demo/crm/tickets.js), as the overlay asks about them.
    const courier =
      'Γεια σας, το δέμα μου με την παραγγελία 100517 έπρεπε να έρθει την Τρίτη και ακόμα δεν έχει φτάσει. Από την Παρασκευή θα είμαι ' +
      'εκτός Αθηνών. Μπορεί ο courier να το φέρει άλλη μέρα ή να το παραλάβει η γειτόνισσά μου;\nΤο δέμα δεν έχει έρθει ακόμα';
    const late = 'Πέρασαν άλλες δύο μέρες και δεν έχω νέα. Πότε θα έρθει επιτέλους η παραγγελία μου; Τη χρειάζομαι μέχρι την Παρασκευή.\nΠότε θα έρθει η παραγγελία μου;';
    let t = emptyChoices();
    for (let i = 0; i < 2; i++) t = recordChoice(t, messageTerms(courier), 'el-core/apology-late-delivery', NOW);
    const learned = learnedBoosts(t, messageTerms(late), NOW);
    const plain = suggestReply(m, late, { formality: 'formal', lang: 'el', limit: 8 }).suggestions;
    const after = suggestReply(m, late, { formality: 'formal', lang: 'el', limit: 8, learned }).suggestions;
    const at = (list: typeof plain) => list.findIndex((s) => s.entryId === 'apology-late-delivery');
    expect(at(plain)).toBeGreaterThan(0);
    expect(at(after)).toBeGreaterThanOrEqual(0);
    expect(at(after)).toBeLessThan(at(plain));
    expect(after[at(after)]?.chosenBefore).toBe(true);
    expect(after.filter((s) => s.chosenBefore).map((s) => s.entryId)).toEqual(['apology-late-delivery']);
    expect(after[0]?.entryId).toBe(plain[0]?.entryId);
    // Reset: an empty table gives the plain list back.
    const reset = suggestReply(m, late, { formality: 'formal', lang: 'el', limit: 8, learned: learnedBoosts(emptyChoices(), messageTerms(late), NOW) }).suggestions;
    expect(reset.map((s) => s.entryId)).toEqual(plain.map((s) => s.entryId));
  });

  it('cannot bring an unrelated entry to the top, however often it was chosen', () => {
    const text = 'Με χρεώσατε δύο φορές για την ίδια παραγγελία';
    let t = emptyChoices();
    for (let i = 0; i < 100; i++) t = recordChoice(t, messageTerms(text), 'el-core/closing-email', NOW);
    const learned = learnedBoosts(t, messageTerms(text), NOW);
    const ids = suggestReply(m, text, { formality: 'formal', lang: 'el', limit: 8, learned }).suggestions.map((s) => s.entryId);
    expect(ids[0]).toBe('double-card-charge');
    expect(ids.slice(0, 3)).not.toContain('closing-email');
    // A boost larger than MAX_BOOST (a damaged table) is held to it.
    const huge = new Map([['el-core/apology-double-charge', 1000]]);
    const raised = suggestReply(m, text, { formality: 'formal', lang: 'el', limit: 8, learned: huge }).suggestions;
    const plain = suggestReply(m, text, { formality: 'formal', lang: 'el', limit: 8 }).suggestions;
    const score = (list: typeof plain) => list.find((s) => s.entryId === 'apology-double-charge')!.score;
    expect(score(raised) / score(plain)).toBeCloseTo(MAX_BOOST, 2);
  });
});
