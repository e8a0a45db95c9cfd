// @vitest-environment node
/**
 * What a native reader checks in the bundled packs, kept true by tests: bereavement has its own template and cue,
 * phone scripts open with the company and do not introduce the agent again at the goodbye, a Greek vocative is
 * set off by commas, and the calques the issue found do not come back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node';
import { createMatcher, detectCues } from '../../../knowledge/engine';
import type { CompiledPack, TemplateEntry } from '../../../knowledge/types';

const ROOT = join(import.meta.dirname, '../../../knowledge/packs');
const el = compilePack(join(ROOT, 'el-core'));
const en = compilePack(join(ROOT, 'en-core'));
const templates = (pack: CompiledPack) => pack.entries.filter((e): e is TemplateEntry => e.type === 'template');
const body = (pack: CompiledPack, id: string) => pack.entries.find((e) => e.id === id)?.body ?? '';

describe('bereavement is not a generic personal situation', () => {
  it.each([
    [el, 'Καλησπέρα, πέθανε ο πατέρας μου τον Μάρτιο και θέλω να κλείσω τη σύνδεσή του'],
    [el, 'pethane o pateras mou, ti prepei na kanw gia to symvolaio tou?'],
    [en, 'My mother passed away last month and I need to close her account'],
  ])('%#: answers a death with condolences and the procedure for the holder\'s account', (pack, text) => {
    const top = createMatcher([{ pack, priority: 0 }]).search(text, { limit: 3 }).suggestions.map((s) => s.entryId);
    expect(top.slice(0, 2).sort()).toEqual(['bereavement', 'empathy-bereavement']);
    expect(top).not.toContain('empathy-personal-situation');
    expect(detectCues(text).map((c) => c.kind)).toContain('bereavement');
  });

  it('opens with condolences, not with thanks', () => {
    expect(body(el, 'empathy-bereavement')).toMatch(/^Λυπάμαι πολύ· τα ειλικρινή μου συλλυπητήρια για την απώλειά σας\./);
    expect(body(en, 'empathy-bereavement')).toMatch(/^I am so sorry for your loss\./);
    expect(el.entries.find((e) => e.id === 'empathy-personal-situation')?.triggers.join(' ')).not.toMatch(/πεθαν/);
  });
});

describe('phone scripts', () => {
  it('open with the company, not with «γεια σας»', () => {
    for (const pack of [el, en]) {
      const greeting = body(pack, 'greeting-phone');
      expect(greeting.startsWith(pack.meta.variables?.['company.name'] ?? '?'), pack.meta.id).toBe(true);
      expect(greeting).not.toMatch(/^Γεια σας|^Hello/);
    }
  });

  it('do not introduce the agent at the goodbye', () => {
    for (const pack of [el, en]) expect(body(pack, 'closing-phone')).not.toMatch(/Ονομάζομαι|με λένε|my name is|agent\.firstName/i);
  });
});

describe('Greek that a Greek company would sign', () => {
  it('sets the vocative off with a comma, as Greek punctuation asks', () => {
    const unpunctuated = templates(el).filter((t) => /[^\s,(«\n]\s*\{\{customer\.firstName/.test(t.body)).map((t) => t.id);
    expect(unpunctuated).toEqual([]);
  });

  it('keeps out the calques the review found', () => {
    const CALQUES = [/για τον χρόνο που ήσασταν μαζί μας/i, /μη(ν)? διστάσετε/i, /λυπάμαι να ακούσω/i, /να έχετε μια (όμορφη|υπέροχη)/i, /κάνει νόημα/i,
      /κάνω για εσάς σήμερα/i, /θα σας βοηθήσει να έχετε/i, /έχετε δίκιο ότι/i, /συγγνώμη [^.!;]*, πραγματικά/i];
    const found = templates(el).flatMap((t) => CALQUES.filter((c) => c.test(t.body)).map((c) => `${t.id}: ${c.source}`));
    expect(found).toEqual([]);
  });

  it('gives the agent\'s name a verb, not the article a bare name needs and whose gender a template cannot know', () => {
    // «είμαι {{agent.firstName}}» reads «είμαι Μαρία»; «με λένε {{agent.firstName}}» is right for any name.
    const bare = templates(el).filter((t) => /(είμαι|εδώ [^,{}]+,) \{\{agent\./.test(t.body)).map((t) => t.id);
    expect(bare).toEqual([]);
  });
});

describe('face-to-face templates', () => {
  it('are said in person, not carried on the phone channel', () => {
    for (const pack of [el, en]) {
      const counter = templates(pack).filter((t) => t.tags.some((tag) => /πρόσωπο με πρόσωπο|face-to-face/.test(tag)));
      expect(counter.length, pack.meta.id).toBeGreaterThanOrEqual(3);
      for (const t of counter) expect(t.channels, `${pack.meta.id} ${t.id}`).toEqual(['in-person']);
      // Notes of a call or a meeting: the meeting is one in person.
      expect(pack.entries.find((e) => e.id === 'customer-meeting-notes'), pack.meta.id).toMatchObject({ channels: expect.arrayContaining(['phone', 'in-person']) });
    }
  });
});

describe('holiday wishes', () => {
  it('wish only what fits the holiday: no fixed «Χρόνια πολλά» for 28 October or Good Friday, a fill-in the agent may leave empty', () => {
    // A wish that fits one holiday reads wrong on another (a national day, a day of mourning): any wish is the agent's to write.
    const FIXED_WISH = /Χρόνια πολλά|Καλ(ό|ή|ές) (Πάσχα|Χριστούγεννα|Ανάσταση|γιορτές|Χρονιά)|Happy (holidays|Easter|Christmas|New Year)|Merry Christmas/i;
    for (const pack of [el, en]) {
      const holiday = templates(pack).filter((t) => t.tags.some((tag) => /αργίες|holidays/.test(tag)));
      expect(holiday.length, pack.meta.id).toBeGreaterThan(0);
      for (const t of holiday) expect(t.body.replace(/\{\{[^}]*\}\}/g, ''), `${pack.meta.id} ${t.id}`).not.toMatch(FIXED_WISH);
    }
    expect(body(el, 'info-holiday-hours')).toMatch(/\{\{field:Ευχή[^}]*\}\}/);
  });
});

describe('English that an English speaker would write', () => {
  it('keeps out the Greek turns the review found', () => {
    const GREEK_ENGLISH = [/you are in touch with/i];
    const found = templates(en).flatMap((t) => GREEK_ENGLISH.filter((c) => c.test(t.body)).map((c) => `${t.id}: ${c.source}`));
    expect(found).toEqual([]);
  });
});
