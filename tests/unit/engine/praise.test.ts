// @vitest-environment node
/**
 * Praise is a mood that is also the message's topic (issue 14, "right for the moment"): «Συγχαρητήρια, κάποιος
 * σηκώνει το τηλέφωνο» shares the call-back procedure's words, and the entries whose triggers say the praise
 * (cues.ts answersPraise) must lead. Sarcasm and complaints that use the same praise words must not.
 * The complaint entry has more of the text's words each time, so without the praise cue it comes first.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, createMatcher } from '../../../knowledge/engine';
import type { CompiledPack, Entry, Lang } from '../../../knowledge/types';

function entry(id: string, title: string, triggers: string[], lang: Lang, type: 'sop' | 'template'): Entry {
  const body = lang === 'el' ? 'Καταγράψτε το αίτημα και ενημερώστε τον πελάτη.' : 'Log the request and update the customer.';
  if (type === 'template') return { id, title, lang, triggers, tags: [], body, type, tone: 'closing', channels: ['chat'], formality: 'formal', fields: [] } as Entry;
  return { id, title, lang, triggers, tags: [], body, type, department: 'Service', purpose: '', terms: {}, metrics: {}, steps: [] };
}
function pack(entries: Entry[]): CompiledPack {
  return { schema: 'odigos-pack', schemaVersion: 1, meta: { id: 'p', name: 'p', version: '1.0.0', lang: 'el' }, builtAt: '2026-01-01T00:00:00Z', entries, index: buildIndex(entries) };
}

const ENTRIES: Record<Lang, Entry[]> = {
  el: [
    entry('callback', 'Επανάκληση', ['κανείς δεν σηκώνει το τηλέφωνο', 'δεν σηκώνετε το τηλέφωνο', 'σηκώνει κάποιος το τηλέφωνο', 'καλέστε με πίσω'], 'el', 'sop'),
    entry('parcel', 'Χαμένο δέμα', ['χάσατε το δέμα μου', 'το δέμα δεν ήρθε', 'πού είναι το δέμα'], 'el', 'sop'),
    entry('compliment', 'Έπαινος', ['συγχαρητήρια', 'μπράβο σας', 'εξαιρετική εξυπηρέτηση', 'θέλω να επαινέσω', 'δυο καλά λόγια', 'ήταν πολύ ευγενικός'], 'el', 'sop'),
    entry('compliment-thanks', 'Ευχαριστίες για έπαινο', ['συγχαρητήρια', 'μπράβο σας'], 'el', 'template'),
    entry('address', 'Αλλαγή διεύθυνσης', ['αλλαγή διεύθυνσης'], 'el', 'sop'),
  ],
  en: [
    entry('callback', 'Call-back request', ['nobody answers the phone', 'does anyone answer the phone', 'someone answers the phone', 'call me back'], 'en', 'sop'),
    entry('parcel', 'Lost parcel', ['you lost my parcel', 'losing my parcel', 'where is my parcel'], 'en', 'sop'),
    entry('compliment', 'Compliment', ['congratulations', 'well done', 'great job', 'excellent service', 'i want to give a compliment', 'pass on my thanks'], 'en', 'sop'),
    entry('compliment-thanks', 'Thanks for a compliment', ['congratulations', 'great job'], 'en', 'template'),
    entry('address', 'Change of address', ['change my address'], 'en', 'sop'),
  ],
};
const top = (lang: Lang, text: string) => {
  const r = createMatcher([{ pack: pack(ENTRIES[lang]), priority: 0 }]).search(text, { limit: 5 });
  return { ids: r.suggestions.map((s) => s.entryId), raised: r.suggestions.filter((s) => s.boostedBy.includes('praise')).map((s) => s.entryId) };
};

describe('praise raises the entries that answer it over the topic it praises', () => {
  it('Greek, Greeklish and English praise bring a compliment entry first, and say the praise raised it', () => {
    for (const [lang, text] of [
      ['el', 'Συγχαρητήρια, κάποιος σηκώνει επιτέλους το τηλέφωνο'],
      ['el', 'sygxarhthria, kapoios shkwnei epitelous to thlefwno'],
      ['el', 'Μπράβο σας, σηκώσατε το τηλέφωνο αμέσως'],
      ['en', 'Congratulations, someone actually answers the phone'],
      ['en', 'great job, someone answers the phone at last'],
    ] as Array<[Lang, string]>) {
      const { ids, raised } = top(lang, text);
      expect(ids.slice(0, 2), text).toEqual(expect.arrayContaining(['compliment']));
      expect(ids[0], text).toMatch(/^compliment/);
      expect(raised, text).toContain('compliment');
      expect(raised, text).not.toContain('callback');
    }
  });

  it('sarcasm and complaints with the same praise words keep their own entry first, raised by nothing', () => {
    for (const [lang, text, first] of [
      ['el', 'μπράβο σας, τρίτη φορά που κανείς δεν σηκώνει το τηλέφωνο', 'callback'],
      ['el', 'Μπράβο σας, χάσατε το δέμα μου', 'parcel'],
      ['en', 'great job losing my parcel', 'parcel'],
      ['en', 'congratulations, nobody answers the phone', 'callback'],
      ['en', 'well done, you lost my parcel again', 'parcel'],
    ] as Array<[Lang, string, string]>) {
      const { ids, raised } = top(lang, text);
      expect(ids[0], text).toBe(first);
      expect(raised, text).toEqual([]);
    }
  });

  it('the index lists the entries that answer praise, read from their triggers when it is built', () => {
    // Neither the call-back's 'someone answers the phone' nor the parcel's triggers are praise.
    expect(buildIndex(ENTRIES.en).dp).toEqual([2, 3]);
    expect(buildIndex(ENTRIES.el).dp).toEqual([2, 3]);
  });

  it('sarcasm steps the entries answering praise back, where their own praise trigger would lead', () => {
    // "great job" is the compliment's own trigger: only the sarcasm reading keeps it from answering the lost parcel.
    const compliment = (text: string, lang: Lang) => top(lang, text).ids.indexOf('compliment');
    expect(compliment('great job losing my stuff', 'en')).not.toBe(0);
    expect(compliment('great job with the "tracking" of my parcel 🙄', 'en')).not.toBe(0);
    expect(compliment('μπράβο σας, το δέμα ήρθε χάλια', 'el')).not.toBe(0);
    // Beside a request, a question or a repeat contact the praise is only set aside: its entries keep their place.
    expect(compliment('great job, could you pass it on?', 'en')).toBe(0);
    expect(compliment('great job again', 'en')).toBe(0);
  });

  it('a complaint without praise words is unchanged', () => {
    expect(top('el', 'Κανείς δεν σηκώνει το τηλέφωνο').ids[0]).toBe('callback');
    expect(top('en', 'Nobody answers the phone').ids[0]).toBe('callback');
  });
});
