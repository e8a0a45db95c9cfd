// @vitest-environment node
/**
 * "News" is one sense (knowledge/text/news-sense.ts): «νέα»/«νέο» the noun ("news": «δεν έχω νέα»), "news", and "any
 * update", read alike in triggers and in the customer's text, against «νέα» the adjective ("new": the card template's
 * trigger «πότε θα έρθει η νέα κάρτα») and "new". Demo ticket #48240 is a delayed order whose customer has no news:
 * the blocked-card template ranked fifth on the panel through «νέα» alone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickAdapter, readConversation } from '@/lib/crm';
import { compilePack } from '@/knowledge/node/compile';
import { buildIndex, createMatcher } from '@/knowledge/engine';
import { readPhrase } from '@/knowledge/engine/fields';
import { analyseQuery } from '@/knowledge/engine/query';
import { tokenize } from '@/knowledge/text/fold';
import { NEWS, newsSense } from '@/knowledge/text/news-sense';
import type { CompiledPack, Entry, Lang } from '@/knowledge/types';
import { demoDesk } from './demo-desk';
import { pageReply } from './moment-harness';

/** The sense of `word` in `text`. */
function senseOf(text: string, word: string, lang?: 'el' | 'en') {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.raw.toLowerCase() === word.toLowerCase());
  expect(i, `${word} in ${text}`).toBeGreaterThanOrEqual(0);
  return newsSense(tokens, i, lang);
}

describe('the news sense of a word', () => {
  it.each([
    ['δεν έχω νέα', 'νέα'], ['κανένα νέο;', 'νέο'], ['υπάρχουν νέα για την παραγγελία μου;', 'νέα'], ['Νέα;', 'Νέα'],
    ['υπάρχει κάτι νέο;', 'νέο'], ['αναμένω νέα σας', 'νέα'], ['δεν έχω κανένα νέο ακόμα', 'νέο'], ['kanena neo?', 'neo'],
    ['exw nea gia thn paraggelia?', 'nea'], ['any news on my refund?', 'news'], ['News?', 'News'],
  ])('«%s»: %s is news', (text, word) => expect(senseOf(text, word)).toBe('news'));

  it.each([['any update?', 'update'], ['Any updates on this?', 'updates'], ['no update on the tracking', 'update']])(
    '«%s»: %s asks for news',
    (text, word) => expect(senseOf(text, word)).toBe('update'),
  );

  it.each([
    ['πότε θα έρθει η νέα κάρτα', 'νέα'], ['έχω νέα κάρτα', 'νέα'], ['τα νέα προϊόντα', 'νέα'], ['νέα διεύθυνση', 'νέα'],
    ['να πάει στο νέο μου σπίτι', 'νέο'], ['nea karta', 'nea'], ['when will my new card arrive', 'new'],
    ['I need to update my address', 'update'], ['the update broke my phone', 'update'], ['update my number', 'update'],
  ])('«%s»: %s is not', (text, word) => expect(senseOf(text, word)).toBeNull());

  it('Greeklish is no spelling of an English entry’s words', () => expect(senseOf('kanena neo', 'neo', 'en')).toBeNull());

  it.each([
    ['δεν έχω νέα για την αποστολή', 'el'], ['αναμένω νέα σας', 'el'], ['any update', 'en'], ['any news on', 'en'],
    ['πότε θα έρθει η νέα κάρτα', 'el'], ['new card', 'en'],
  ] as const)('«%s» is read the same in a trigger as in a message', (text, lang) => {
    const indexed = readPhrase(text, lang, undefined, true).words.map((terms) => terms[0]);
    const asked = analyseQuery(text).sequence.map((w) => w.variants[0]!.term);
    expect(asked).toEqual(indexed);
    expect(indexed.includes(NEWS)).toBe(/νέα σας|για την|news|update/.test(text));
  });
});

const EN_OTHERS = ['change my address', 'cancel my order', 'forgot my password', 'parcel is lost', 'wrong item', 'broken device', 'company invoice', 'discount code'];
const EL_OTHERS = ['αλλαγή διεύθυνσης αποστολής', 'ακύρωση παραγγελίας', 'ξέχασα τον κωδικό', 'χαμένο δέμα', 'λάθος προϊόν', 'σπασμένη συσκευή', 'τιμολόγιο εταιρείας', 'κουπόνι έκπτωσης'];
function sop(id: string, lang: Lang, triggers: string[]): Entry {
  const body = lang === 'el' ? 'Ελέγξτε το αίτημα στο σύστημα και ενημερώστε τον πελάτη.' : 'Check the request in the system and tell the customer.';
  return { id, title: triggers[0]!, lang, triggers, tags: [], body, type: 'sop', department: 'Support', purpose: '', terms: {}, metrics: {}, steps: [] };
}
function rank(entries: Entry[], text: string) {
  const lang = entries[0]!.lang;
  const others = (lang === 'el' ? EL_OTHERS : EN_OTHERS).map((t, i) => sop(`other-${i}`, lang, [t]));
  const all = [...others, ...entries];
  const pack: CompiledPack = { schema: 'odigos-pack', schemaVersion: 1, meta: { id: 'p', name: 'p', version: '1.0.0', lang }, builtAt: '2026-01-01T00:00:00Z', entries: all, index: buildIndex(all) };
  return createMatcher([{ pack, priority: 0 }]).search(text, { limit: 10 }).suggestions.filter((s) => !s.entryId.startsWith('other-'));
}

describe('asking for news ranks by what it is about, not by a new card', () => {
  // The entry that should win has the id that loses a tie (ties go by id).
  const pack = {
    en: [sop('z-refund-status', 'en', ['where is my refund', 'refund status']), sop('a-new-card', 'en', ['when will my new card arrive', 'new card'])],
    el: [sop('z-refund-status', 'el', ['πού είναι η επιστροφή χρημάτων', 'επιστροφή χρημάτων']), sop('a-new-card', 'el', ['πότε θα έρθει η νέα κάρτα', 'νέα κάρτα'])],
  };

  it.each([
    ['en', 'any news on my refund?'], ['en', 'any update on my refund?'], ['el', 'υπάρχουν νέα για την επιστροφή χρημάτων;'],
    ['el', 'κανένα νέο για την επιστροφή χρημάτων;'],
  ] as const)('%s: «%s» puts the refund status first, and the new card is not matched by the news', (lang, text) => {
    const found = rank(pack[lang], text);
    expect(found[0]?.entryId).toBe('z-refund-status');
    expect(found.find((s) => s.entryId === 'a-new-card')?.matchedTerms ?? []).toEqual([]);
  });

  it.each([['en', 'when will my new card arrive?'], ['el', 'πότε θα έρθει η νέα μου κάρτα;'], ['el', 'έχω νέα κάρτα']] as const)('%s: «%s» still finds the new card', (lang, text) => {
    expect(rank(pack[lang], text)[0]?.entryId).toBe('a-new-card');
  });

  it('"any update?" and «κανένα νέο;» find the trigger that says "any news", and "any news?" the one that says «δεν έχω νέα»', () => {
    const progress = [sop('z-progress', 'en', ['any news']), sop('a-app', 'en', ['app update', 'update the app'])];
    expect(rank(progress, 'any update?')[0]?.entryId).toBe('z-progress');
    expect(rank(progress, 'κανένα νέο;')[0]?.entryId).toBe('z-progress');
    const greek = [sop('z-progress', 'el', ['δεν έχω νέα']), sop('a-app', 'el', ['νέα εφαρμογή'])];
    expect(rank(greek, 'any news?')[0]?.entryId).toBe('z-progress');
  });
});

describe('«νέα» on the bundled pack and the demo desk', () => {
  it('demo #48240 («δεν έχω νέα»): the blocked-card template is no longer among the first five', () => {
    const doc = demoDesk('el', '48240');
    const { snapshot } = readConversation(pickAdapter(doc.location as unknown as Location, doc), doc);
    const ids = pageReply(snapshot, 8).suggestions.map((s) => s.entryId);
    expect(ids[0]).toBe('delivery-delay');
    expect(ids.slice(0, 5)).not.toContain('info-card-blocked');
  });

  it('the adjective still finds the new card, and «νέα» the noun does not', () => {
    const m = createMatcher([{ pack: compilePack(join(process.cwd(), 'knowledge/packs/el-core')), priority: 0 }]);
    const adjective = m.search('πότε θα έρθει η νέα κάρτα μου;', { limit: 3 }).suggestions;
    expect(adjective.map((s) => s.entryId)).toContain('info-card-blocked');
    expect(adjective.find((s) => s.entryId === 'info-card-blocked')!.matchedTerms).toContain('νέα');
    for (const [text, word] of [['δεν έχω νέα για την παραγγελία', 'νέα'], ['κανένα νέο για την παραγγελία μου;', 'νέο'], ['υπάρχουν νέα για την παραγγελία μου;', 'νέα']] as const) {
      const card = m.search(text, { limit: 8 }).suggestions.find((s) => s.entryId === 'info-card-blocked');
      expect(card?.matchedTerms ?? [], text).not.toContain(word);
    }
  });

  it('"any news on my refund?" on en-core: a refund entry in the top 5, no card entry matched by "news"', () => {
    const m = createMatcher([{ pack: compilePack(join(process.cwd(), 'knowledge/packs/en-core')), priority: 0 }]);
    const found = m.search('any news on my refund?', { limit: 25 }).suggestions;
    expect(found.slice(0, 5).some((s) => s.entryId.startsWith('refund'))).toBe(true);
    for (const s of found) if (/card/.test(s.entryId)) expect(s.matchedTerms, s.entryId).not.toContain('news');
  });
});
