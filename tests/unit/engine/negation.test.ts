// @vitest-environment node
/**
 * A trigger that negates («κανείς δεν σηκώνει το τηλέφωνο», "nobody answers the phone") describes a failure; praise
 * that the phone is answered shares its words and must not get its word pairs as evidence (fields.ts phrasePairs).
 * The entry the rule should raise has the id that loses a tie (ties go by id), as in ranking-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, createMatcher } from '../../../knowledge/engine';
import { tokenize } from '../../../knowledge/text/fold';
import { negates } from '../../../knowledge/text/analyze';
import type { CompiledPack, Entry, Lang } from '../../../knowledge/types';

function sop(id: string, title: string, triggers: string[], lang: Lang): Entry {
  const body = lang === 'el' ? 'Καταγράψτε το αίτημα και ενημερώστε τον πελάτη.' : 'Log the request and update the customer.';
  return { id, title, lang, triggers, tags: [], body, type: 'sop', department: 'Service', purpose: '', terms: {}, metrics: {}, steps: [] };
}
function pack(entries: Entry[]): CompiledPack {
  return { schema: 'odigos-pack', schemaVersion: 1, meta: { id: 'p', name: 'p', version: '1.0.0', lang: 'el' }, builtAt: '2026-01-01T00:00:00Z', entries, index: buildIndex(entries) };
}

const OTHERS: Record<Lang, string[]> = {
  el: ['αλλαγή διεύθυνσης', 'ακύρωση παραγγελίας', 'ξέχασα τον κωδικό', 'χαμένο δέμα', 'λάθος προϊόν', 'σπασμένη συσκευή'],
  en: ['change my address', 'cancel my order', 'forgot my password', 'lost parcel', 'wrong item', 'broken device'],
};
const order = (lang: Lang, entries: Array<[string, string, string[]]>, text: string) => {
  const all = [...entries.map(([id, title, triggers]) => sop(id, title, triggers, lang)), ...OTHERS[lang].map((t, i) => sop(`other-${i}`, t, [t], lang))];
  return createMatcher([{ pack: pack(all), priority: 0 }]).search(text, { limit: 5 }).suggestions.map((s) => s.entryId).filter((id) => !id.startsWith('other-'));
};

describe('negation polarity of trigger word pairs', () => {
  // Two triggers of the same length and words but the negation: without the rule they tie, and the tie goes to a-fail.
  const GREEK: Array<[string, string, string[]]> = [
    ['a-fail', 'Τηλέφωνο', ['κανείς δεν σηκώνει το τηλέφωνο']],
    ['z-ok', 'Τηλέφωνο', ['επιτέλους κάποιος σηκώνει το τηλέφωνο']],
  ];
  const ENGLISH: Array<[string, string, string[]]> = [
    ['a-fail', 'Phone', ['nobody answers the phone']],
    ['z-ok', 'Phone', ['somebody answers the phone']],
  ];

  it('a text that does not negate gets the pairs of the trigger without a negation only', () => {
    expect(order('el', GREEK, 'μπράβο, σηκώνετε το τηλέφωνο')[0]).toBe('z-ok');
    expect(order('en', ENGLISH, 'finally, answers the phone')[0]).toBe('z-ok');
  });

  it('a text that negates still gets the negated trigger first, in either word order', () => {
    expect(order('el', GREEK, 'δεν σηκώνει το τηλέφωνο')[0]).toBe('a-fail');
    expect(order('el', GREEK, 'το τηλέφωνο δεν το σηκώνετε')[0]).toBe('a-fail');
    expect(order('en', ENGLISH, 'no, nobody answers the phone')[0]).toBe('a-fail');
    expect(order('en', ENGLISH, 'the phone: nobody answers')[0]).toBe('a-fail');
  });

  it('praise that the phone is answered brings the praise entry, not the complaint that nobody answers', () => {
    const entries: Array<[string, string, string[]]> = [
      ['a-callback', 'Επανάκληση', ['κανείς δεν σηκώνει το τηλέφωνο', 'καλέστε με πίσω']],
      ['z-praise', 'Έπαινος', ['μπράβο σας']],
    ];
    expect(order('el', entries, 'μπράβο σας που σηκώνετε το τηλέφωνο')[0]).toBe('z-praise');
    expect(order('el', entries, 'μπράβο σας, κανείς δεν σηκώνει το τηλέφωνο')[0]).toBe('a-callback');
  });
});

describe('what reads as a negation', () => {
  const word = (w: string, lang?: 'el' | 'en') => negates(tokenize(w)[0]!, lang);

  it('reads Greek, Greeklish and English negations, contractions too', () => {
    for (const w of ['δεν', 'ΔΕΝ', 'μην', 'μη', 'ούτε', 'όχι', 'den', 'dn', 'oxi', 'not', 'never', 'nobody', "don't", 'doesn’t', 'cannot']) expect(word(w), w).toBe(true);
  });

  it('does not read words that share a stem or a spelling with one', () => {
    // Stemmed, «μήνα» (month) keys as «μην»; «κανείς» is also "anyone" and, unaccented, κάνεις ("you do").
    for (const w of ['μήνα', 'μήνες', 'κανείς', 'κάνεις', 'mine', 'know', 'note']) expect(word(w), w).toBe(false);
    // An English entry's "min" is minutes, not Greeklish «μην».
    expect(word('min', 'en')).toBe(false);
    expect(word('min', 'el')).toBe(true);
  });
});
