/**
 * The «Ταιριάζει: …» / "Matched: …" words of a suggestion card (explain.ts): the words that carry the match, not
 * the counts, common verbs and question words every message has ("two, out, Why, found", «δύο, μέρες, Πέρασαν»,
 * «ήρθε», «γι'»), and never an empty list for an entry that matched. Display only: scores and order are the engine's.
 * Cases from the demo desks' tickets (as the panel reads them) and the bundled packs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickAdapter, readConversation } from '@/lib/crm';
import { compilePack } from '@/knowledge/node/compile';
import { createMatcher } from '@/knowledge/engine';
import { demoDesk, type DeskLang } from './demo-desk';
import { pageReply } from './moment-harness';

function panel(lang: DeskLang, id: string) {
  const doc = demoDesk(lang, id);
  const { snapshot } = readConversation(pickAdapter(doc.location as unknown as Location, doc), doc);
  return pageReply(snapshot, 8);
}

/** Every card's matched words, by entry, lower-cased. */
function shown(lang: DeskLang, id: string): Map<string, string[]> {
  return new Map(panel(lang, id).suggestions.map((s) => [s.entryId, s.matchedTerms.map((w) => w.toLowerCase())]));
}

const FILLER: Record<string, { lang: DeskLang; never: string[]; leads: [string, string[]] }> = {
  '73120': { lang: 'en', never: ['two', 'out', 'why', 'found'], leads: ['out-of-stock-not-notified', ['stock']] },
  // Not «έρθει»: a template matched by it alone (the card template did, with «νέα» read as the adjective) names what matched.
  '48240': { lang: 'el', never: ['πέρασαν', 'δύο', 'μέρες', 'άλλες'], leads: ['delivery-delay', ['παραγγελία']] },
  '48231': { lang: 'el', never: ['ήρθε', 'γι'], leads: ['food-wrong-or-burnt', ['πίτσα', 'καμένη', 'φαγητό']] },
  '48257': { lang: 'el', never: ['ήρθε'], leads: ['invoice-receipt', ['απόδειξη']] },
  '48220': { lang: 'el', never: ['έρθει', 'άλλη', 'μέρα'], leads: ['courier-reschedule', ['courier', 'γειτόνισσά', 'παραλάβει']] },
};

describe('the words a suggestion card says matched', () => {
  it.each(Object.entries(FILLER))('demo ticket #%s: no filler on any card, the key words on the first', (id, c) => {
    const cards = shown(c.lang, id);
    expect(cards.size).toBeGreaterThanOrEqual(5);
    for (const [entry, words] of cards) {
      expect(words.length, `${entry} matched but names no word`).toBeGreaterThan(0);
      for (const w of c.never) expect(words, `${entry} names «${w}»`).not.toContain(w);
    }
    const [entry, key] = c.leads;
    expect([...cards.keys()][0]).toBe(entry);
    for (const w of key) expect(cards.get(entry)).toContain(w);
  });

  it('matchedWords names the same words as matchedTerms, with their fields', () => {
    for (const s of panel('en', '73120').suggestions) {
      expect(s.matchedWords.map((m) => m.word)).toEqual(s.matchedTerms);
      for (const m of s.matchedWords) expect(m.fields.length).toBeGreaterThan(0);
    }
  });

  // «νέα» the noun (news-sense.ts) meets the follow-up template's «νέα για την υπόθεση», function words and all: it once listed «για, την».
  it('an entry matched without content words names no function word («για», «την»)', () => {
    const m = createMatcher([{ pack: compilePack(join(process.cwd(), 'knowledge/packs/el-core')), priority: 0 }]);
    const found = m.search('δεν έχω νέα για την παραγγελία μου', { limit: 8 }).suggestions;
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) {
      expect(s.matchedTerms.length, s.entryId).toBeGreaterThan(0);
      for (const w of ['για', 'την', 'μου']) expect(s.matchedTerms, s.entryId).not.toContain(w);
    }
  });

  it('an entry matched by filler alone still names what matched (never an empty list)', () => {
    const m = createMatcher([
      { pack: compilePack(join(process.cwd(), 'knowledge/packs/el-core')), priority: 0 },
      { pack: compilePack(join(process.cwd(), 'knowledge/packs/en-core')), priority: 0 },
    ]);
    const el = m.search('ήρθε', { limit: 5 }).suggestions;
    expect(el.length).toBeGreaterThan(0);
    for (const s of el) expect(s.matchedTerms).toEqual(['ήρθε']);
    const en = m.search('two weeks', { limit: 5 }).suggestions;
    expect(en.length).toBeGreaterThan(0);
    for (const s of en) expect(s.matchedTerms.length).toBeGreaterThan(0);
  });
});
