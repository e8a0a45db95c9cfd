/**
 * Both bundled packs loaded together, as the extension runs: el-core and en-core share entry ids on purpose, so
 * layering must keep both languages, and each message must be answered in its own language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node/compile';
import { createMatcher } from '../../../knowledge/engine';
import { suggestReply } from '../../../knowledge/engine/suggest-reply';
import type { CompiledPack, Entry } from '../../../knowledge/types';

const el = compilePack(join(process.cwd(), 'knowledge/packs/el-core'));
const en = compilePack(join(process.cwd(), 'knowledge/packs/en-core'));
const both = createMatcher([
  { pack: el, priority: 0 },
  { pack: en, priority: 0 },
]);

const langOf = (packId: string, entryId: string) => both.entry(packId, entryId)?.lang;

describe('el-core and en-core together', () => {
  it('keeps the entries of both languages that share an id', () => {
    const shared = el.entries.filter((e) => en.entries.some((x) => x.id === e.id)).map((e) => e.id);
    expect(shared).toEqual(expect.arrayContaining(['apology-general', 'double-card-charge']));
    expect(both.size).toBe(el.entries.length + en.entries.length);
    expect(both.entry(el.meta.id, 'double-card-charge')?.lang).toBe('el');
    expect(both.entry(en.meta.id, 'double-card-charge')?.lang).toBe('en');
  });

  it('raises the de-escalation entries and the apology of the message\'s own topic for a mood, never another topic\'s apology', () => {
    const r = both.search('Τρίτη φορά που γράφω, απαράδεκτο! Το δέμα μου δεν ήρθε ποτέ, το tracking λέει παραδόθηκε αλλά δεν το παρέλαβα.', { limit: 8 });
    const ids = r.suggestions.map((s) => s.entryId);
    expect(ids[0]).toBe('delivery-delay');
    expect(ids.slice(0, 6)).toEqual(expect.arrayContaining(['empathy-repeat-contact', 'apology-late-delivery', 'angry-customer']));
    const boosted = r.suggestions.filter((s) => s.boostedBy.length).map((s) => s.entryId);
    expect(boosted).toContain('apology-late-delivery');
    expect(boosted).not.toContain('apology-missing-item');
    expect(boosted).not.toContain('apology-double-charge');
  });

  it('puts the SOP first for a new problem and keeps entries that presuppose a later stage out of the top 3 until then', () => {
    const text = 'Καλησπέρα, με χρεώσατε δύο φορές για την ίδια παραγγελία';
    const now = both.search(text, { limit: 5 }).suggestions;
    expect(now[0]).toMatchObject({ entryId: 'double-card-charge', type: 'sop' });
    const stageOf = (s: { packId: string; entryId: string }) => both.entry(s.packId, s.entryId)?.stage;
    expect(now.slice(0, 3).filter((s) => stageOf(s) === 'resolved')).toEqual([]);
    const resolved = both.search(text, { limit: 3, stage: 'resolved' }).suggestions;
    expect(resolved[0]).toMatchObject({ entryId: 'refund-double-charge' });
    // A customer thanking and closing is the resolved stage too: closing templates come up without being told.
    const thanks = both.search('Σας ευχαριστώ πολύ, όλα εντάξει τώρα!', { limit: 3, type: 'template' }).suggestions;
    expect(thanks.some((s) => s.entryId.startsWith('closing'))).toBe(true);
  });

  it('answers an English message with English entries and a Greek one with Greek entries', () => {
    const english = both.search('I was charged twice for the same order, please refund the duplicate payment').suggestions;
    expect(english[0]?.entryId).toMatch(/double-charge|double-card-charge/);
    expect(english.map((s) => langOf(s.packId, s.entryId))).toEqual(english.map(() => 'en'));

    const greek = both.search('Με χρεώσατε δύο φορές για την ίδια παραγγελία').suggestions;
    expect(greek[0]?.entryId).toMatch(/double-charge|double-card-charge/);
    expect(greek.map((s) => langOf(s.packId, s.entryId))).toEqual(greek.map(() => 'el'));

    const greeklish = both.search('me xreosate 2 fores gia tin idia paraggelia').suggestions;
    expect(greeklish[0]?.entryId).toMatch(/double-charge|double-card-charge/);
    expect(greeklish.map((s) => langOf(s.packId, s.entryId))).toEqual(greeklish.map(() => 'el'));
  });

  it('brings up a greeting template for a greeting alone, in Greek, Greeklish and English', () => {
    for (const text of ['Καλημέρα', 'καλησπέρα', 'Γεια σας', 'kalimera', 'geia sas', 'Hello', 'Good morning', 'Hi']) {
      const first = both.search(text, { limit: 3 }).suggestions[0];
      expect(first?.entryId, text).toMatch(/^greeting-/);
      expect(first?.matchedTerms.length, text).toBeGreaterThan(0);
    }
  });

  it('brings up a closing for a sign-off with no thanks in it, in Greek, Greeklish and English', () => {
    for (const text of ['Εντάξει, μόνο αυτό ήθελα να μάθω. Καλό απόγευμα!', 'οκ τελεια, καλη συνεχεια', 'ok teleia, ayto htan, kalo brady', "that's everything, have a good one"]) {
      expect(both.search(text, { limit: 3 }).suggestions[0]?.entryId, text).toMatch(/^closing-/);
    }
  });

  it('finds a shortcut in the requested language first', () => {
    expect(both.byShortcut('sorry', { lang: 'en' })[0]?.lang).toBe('en');
    expect(both.byShortcut('sorry', { lang: 'el' })[0]?.lang).toBe('el');
    // Both languages are still there for an agent who wants the other one.
    expect(new Set(both.byShortcut('sorry').map((e) => e.lang))).toEqual(new Set(['el', 'en']));
  });
});

describe('suggestions for real-looking messages, both packs loaded', () => {
  // The overlay searches the customer's latest message with the subject after it (lib/overlay/session.ts).
  const demo = (message: string, subject: string) => both.search(`${message}\n${subject}`).suggestions;
  const english = demo(
    'This is the third time I am writing and I still have not had my money back. Nobody tells me anything. ' +
      'I want the duplicate charge refunded today.',
    'Charged twice for one order',
  );
  const greek = demo(
    'Είναι η τρίτη φορά που γράφω και ακόμα δεν έχω πάρει πίσω τα χρήματα! Με χρέωσαν διπλά και κανείς δεν μου ' +
      'λέει τίποτα. Θέλω να μου επιστρέψετε το ποσό σήμερα.',
    'Διπλή χρέωση στην κάρτα μου',
  );

  it('puts the double-charge procedure or its templates first, not an unrelated case', () => {
    for (const suggestions of [english, greek]) {
      const top3 = suggestions.slice(0, 3).map((s) => s.entryId);
      expect(top3.filter((id) => /double-charge|double-card-charge/.test(id)).length).toBeGreaterThanOrEqual(2);
      expect(top3.some((id) => id.startsWith('out-of-stock'))).toBe(false);
    }
  });

  it('brings the SOP first on the demo desk’s new, angry double-charge tickets, and nothing for a later stage in the top 3', () => {
    for (const suggestions of [english, greek]) {
      expect(suggestions[0]).toMatchObject({ entryId: 'double-card-charge', type: 'sop' });
      expect(suggestions.slice(0, 3).filter((s) => both.entry(s.packId, s.entryId)?.stage === 'resolved')).toEqual([]);
    }
  });

  it('explains matches with meaningful words only', () => {
    const FUNCTION_WORDS = ['not', 'still', 'time', 'this', 'have', 'had', 'want', 'today', 'one', 'anything', 'δεν', 'και', 'που', 'ακόμα', 'φορά', 'θέλω', 'τίποτα', 'σήμερα', 'να', 'μου'];
    const explained = [...english, ...greek].flatMap((s) => s.matchedTerms.map((t) => t.toLowerCase()));
    expect(explained).toEqual(expect.arrayContaining(['duplicate', 'charge', 'χρέωσαν', 'διπλά']));
    expect(explained.filter((t) => FUNCTION_WORDS.includes(t))).toEqual([]);
  });

  it('keeps relevance on the bundled eval sets with both packs loaded, in the customer\'s language', () => {
    const rates = (file: string, lang: 'el' | 'en') => {
      const cases = readFileSync(join(process.cwd(), 'knowledge/eval', file), 'utf8').split('\n').filter(Boolean)
        .map((l) => JSON.parse(l) as { text: string; expect: string | string[] });
      let top1 = 0;
      let wrongLanguage = 0;
      for (const c of cases) {
        const s = both.search(c.text, { limit: 3 }).suggestions;
        if ([c.expect].flat().includes(s[0]?.entryId ?? '')) top1++;
        wrongLanguage += s.filter((x) => langOf(x.packId, x.entryId) !== lang).length;
      }
      return { top1: top1 / cases.length, wrongLanguage };
    };
    // Floors a few queries under today's figures (el 97.7 %, Greeklish 100 % since issue 14's el-core vocabulary; en
    // kept at its old floor, 91.7 % today).
    for (const [file, lang, min] of [['el.jsonl', 'el', 0.95], ['greeklish.jsonl', 'el', 0.97], ['en.jsonl', 'en', 0.8]] as const) {
      const r = rates(file, lang);
      expect(r.top1, file).toBeGreaterThanOrEqual(min);
      expect(r.wrongLanguage, file).toBe(0);
    }
  });
});

/**
 * The long desk (tests/fixtures/desk/long-thread.js) as the overlay asks about it: the customer's angry third
 * message and the ticket's subject, at the new stage, through suggestReply (variants, language) as the panel lists it.
 */
describe('the long desk’s angry third contact about a double charge, a new ticket', () => {
  const LONG_DESK = {
    el: 'Είναι η τρίτη φορά που γράφω και ακόμα δεν έχω πάρει πίσω τα χρήματα! Με χρέωσαν διπλά και κανείς δεν μου λέει τίποτα.\nΔιπλή χρέωση στην κάρτα μου',
    en: 'This is the third time I am writing and I still have not had my money back. Nobody tells me anything.\nCharged twice for one order',
  } as const;
  const stageOf = (s: { packId: string; entryId: string }) => both.entry(s.packId, s.entryId)?.stage;

  it.each([
    ['el', 'formal'],
    ['el', 'informal'],
    ['en', 'formal'],
    ['en', 'informal'],
  ] as const)('%s, %s: the SOP first, nothing for a later stage in the top 3, the mood raises this topic’s apology only', (lang, formality) => {
    const { suggestions } = suggestReply(both, LONG_DESK[lang], { formality, lang, limit: 8 });
    expect(suggestions[0]).toMatchObject({ entryId: 'double-card-charge', type: 'sop' });
    expect(suggestions.slice(0, 3).filter((s) => stageOf(s) !== undefined && stageOf(s) !== 'new')).toEqual([]);
    const boosted = suggestions.filter((s) => s.boostedBy.length).map((s) => s.entryId);
    // The apology of the topic the list leads with rises in Greek as in English; no other topic's apology does.
    expect(boosted.some((id) => id.startsWith('apology-double-charge'))).toBe(true);
    expect(boosted.filter((id) => id.startsWith('apology-') && !id.startsWith('apology-double-charge') && !id.startsWith('apology-general'))).toEqual([]);
  });

  it('a lost parcel on the third contact gets no double-charge apology, and the de-escalation SOP in the top few', () => {
    for (const text of ['Τρίτη φορά που γράφω, απαράδεκτο!', 'Τρίτη φορά που γράφω, απαράδεκτο! Το δέμα μου χάθηκε.\nΤο δέμα δεν έχει έρθει ακόμα']) {
      const ids = suggestReply(both, text, { formality: 'formal', lang: 'el', limit: 8 }).suggestions.map((s) => s.entryId);
      expect(ids.filter((id) => id.includes('double-charge'))).toEqual([]);
      expect(ids.slice(0, 5)).toContain('angry-customer');
    }
  });
});

describe('praise against the complaint it negates (issue 14)', () => {
  const top = (text: string, n: number) => both.search(text, { limit: n }).suggestions.map((s) => s.entryId);

  it('brings the compliment first for praise that the phone is answered, not the call-back procedure of «nobody answers»', () => {
    for (const text of [
      'Επιτέλους μια εταιρεία που σηκώνει το τηλέφωνο… Συγχαρητήρια!',
      'μπραβο σας που σηκωνετε το τηλεφωνο',
      'well done, someone finally answers the phone',
      'Finally a company that answers the phone. Congratulations!',
    ]) {
      expect(top(text, 3)[0], text).toBe('compliment');
    }
  });

  it('still brings the call-back procedure first when nobody answers', () => {
    expect(top('Κανείς δεν σηκώνει το τηλέφωνο εδώ και μισή ώρα', 3)[0]).toBe('callback-request');
    expect(top('Nobody answers the phone, I have been trying for an hour', 3)[0]).toBe('callback-request');
  });
});

describe('praise as a mood: it raises the compliment entries over the topic it praises (issue 14)', () => {
  const top = (text: string, n: number) => both.search(text, { limit: n }).suggestions.map((s) => s.entryId);

  it('brings the compliment procedure and its thanks first for praise of a topic a complaint shares', () => {
    for (const text of [
      'Congratulations, someone actually picks up the phone',
      'Συγχαρητήρια, κάποιος σηκώνει το τηλέφωνο',
      'sygxarhthria, kapoios shkwnei to thlefwno',
      'great job, the engineer fixed my internet',
      'μπράβο σας, ο κούριερ ήρθε στην ώρα του',
    ]) {
      const ids = top(text, 3);
      expect(ids[0], text).toBe('compliment');
      expect(ids.slice(0, 3).filter((id) => id.startsWith('compliment-thanks')).length, text).toBeGreaterThan(0);
    }
  });

  it('shows the praise cue, and the thanks it raised say so', () => {
    const r = both.search('Συγχαρητήρια, κάποιος σηκώνει το τηλέφωνο', { limit: 3 });
    expect(r.cues.map((c) => c.kind)).toEqual(['praise']);
    expect(r.suggestions.find((s) => s.entryId === 'compliment-thanks')?.boostedBy).toEqual(['praise']);
  });

  it('leaves sarcasm and complaints to their own entries', () => {
    expect(top('μπράβο σας, τρίτη φορά που σας γράφω για το δέμα', 1)[0]).not.toBe('compliment');
    expect(top('Κανείς δεν σηκώνει το τηλέφωνο', 1)[0]).toBe('callback-request');
    // "great job" is a compliment trigger: the sarcasm reading steps the compliment back behind the parcel.
    expect(top('great job losing my parcel', 1)[0]).toBe('delivery-delay');
  });

  it('lets a request beside the praise lead: the praise is a courtesy, the request is what the agent answers', () => {
    expect(top('Excellent service as always. I need to change my delivery address.', 1)[0]).toBe('address-change');
    expect(top('Thank you so much for the great service last time! Now I need to change my delivery address for order 123.', 1)[0]).toBe('address-change');
    expect(top('Great job on the app update! How do I reset my password?', 1)[0]).toBe('account-password-reset');
    expect(both.search('Συγχαρητήρια για την εξυπηρέτηση! Θέλω να αλλάξω τη διεύθυνση παράδοσης.', { limit: 1 }).cues.map((c) => c.kind)).not.toContain('praise');
  });

  it('brings the call-back procedure for "nobody picks up the phone", not the delivery reschedule of "pick it up"', () => {
    expect(top('nobody picks up the phone', 1)[0]).toBe('callback-request');
    expect(top("I'll pick it up from the depot myself", 1)[0]).toBe('courier-reschedule-redirect');
  });
});

describe('layering by id', () => {
  const entry = (over: Partial<Entry>): Entry =>
    ({
      id: 'late-parcel', type: 'sop', title: 'Late parcel', lang: 'en', triggers: ['where is my parcel'], tags: [],
      body: 'Check the courier tracking.', department: 'CS', purpose: 'Late parcels', terms: {}, metrics: {}, steps: [],
      ...over,
    }) as Entry;
  const pack = (id: string, entries: Entry[]): CompiledPack => ({
    schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: null,
    meta: { id, name: id, version: '1.0.0', lang: entries[0]!.lang },
  });

  const greekLateParcel = entry({
    lang: 'el', title: 'Καθυστέρηση δέματος', triggers: ['πού είναι το δέμα μου'], body: 'Ελέγξτε την αποστολή.',
    purpose: 'Δέματα που αργούν',
  });

  it('replaces a lower-priority entry of the same language only', () => {
    const m = createMatcher([
      { pack: pack('bundled-en', [entry({})]), priority: 0 },
      { pack: pack('bundled-el', [greekLateParcel]), priority: 0 },
      { pack: pack('team', [entry({ title: 'Late parcel (team procedure)' })]), priority: 5 },
    ]);
    expect(m.size).toBe(2);
    expect(m.search('where is my parcel').suggestions.map((s) => s.packId)).toEqual(['team']);
    expect(m.search('πού είναι το δέμα μου').suggestions.map((s) => s.packId)).toEqual(['bundled-el']);
  });

  it('keeps both entries with the same id and language at the same priority', () => {
    const m = createMatcher([
      { pack: pack('a', [entry({})]), priority: 3 },
      { pack: pack('b', [entry({ title: 'Late parcel, other team' })]), priority: 3 },
    ]);
    expect(m.size).toBe(2);
    expect(m.search('where is my parcel').suggestions.map((s) => s.packId).sort()).toEqual(['a', 'b']);
  });
});
