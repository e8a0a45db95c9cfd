// @vitest-environment node
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiledPack,
  compilePack,
  loadPack,
  PackError,
  serializePack,
  writeFileAtomic,
  writePack, } from '../../../knowledge/node';
import { CHANNELS, STAGES, TONES, type CompiledPack, type SopEntry, type TemplateEntry } from '../../../knowledge/types';
import { packJsonSchema } from '../../../knowledge/schema/generate';
import { SITE_PROFILE_KEYS } from '../../../knowledge/site-profile';
import { BAD, GOOD, lines, NOW, tempDir } from './helpers';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../knowledge/schema/pack.schema.json'), 'utf8'));
const fresh = (): CompiledPack => JSON.parse(serializePack(compilePack(GOOD, { now: NOW })));
const check = (value: unknown) => lines(checkCompiledPack(value, 'pack.json', { today: '2026-01-15' }).problems);

describe('compilePack', () => {
  it('throws a PackError carrying every problem when the source has errors', () => {
    try {
      compilePack(BAD, { now: NOW });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackError);
      expect((e as PackError).problems.filter((p) => p.severity === 'error')).toHaveLength(26);
      expect((e as PackError).message).toContain('bad-fields.md:6: error: unknown tone "sad"');
    }
  });
});

describe('writing a pack', () => {
  it('writes a pack.json that loads back identical', () => {
    const out = join(tempDir(), 'sub', 'pack.json');
    const pack = compilePack(GOOD, { now: NOW });
    writePack(pack, out);
    const loaded = loadPack(out, { now: NOW });
    expect(loaded.kind).toBe('compiled');
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.pack).toEqual(JSON.parse(JSON.stringify(pack)));
  });

  it('replaces a file atomically and leaves no temporary file behind', () => {
    const dir = tempDir();
    const out = join(dir, 'pack.json');
    writeFileSync(out, 'old');
    writeFileAtomic(out, 'new');
    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['pack.json']);
  });

  it('leaves nothing (and no temporary file) when the target cannot be written', () => {
    const dir = tempDir();
    const out = join(dir, 'is-a-folder');
    writeFileAtomic(join(out, 'x'), 'x'); // makes `out` a folder: renaming a file over it fails
    expect(() => writeFileAtomic(out, 'data')).toThrow();
    expect(readdirSync(dir)).toEqual(['is-a-folder']);
  });
});

describe('loadPack', () => {
  it('accepts a source folder, its pack.yaml or a compiled pack.json', () => {
    expect(loadPack(GOOD, { now: NOW }).pack?.meta.id).toBe('fixture-good');
    expect(loadPack(join(GOOD, 'pack.yaml'), { now: NOW }).kind).toBe('source');
    expect(loadPack(join(GOOD, 'nope.json'))).toMatchObject({ unusable: 'missing', problems: [{ message: expect.stringMatching(/^no such file or folder/) }] });
  });

  it('reports invalid JSON with its line', () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "schema": "odigos-pack",\n  oops\n}');
    const { pack, problems } = loadPack(file);
    expect(pack).toBeUndefined();
    expect(lines(problems)[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: error: invalid JSON`));
  });
});

describe('checkCompiledPack', () => {
  it('accepts what the compiler writes', () => {
    expect(check(fresh()).filter((l) => l.includes('error'))).toEqual([]);
  });

  it('rejects something that is not a pack', () => {
    expect(check([1, 2])).toEqual(['pack.json: error: a compiled pack must be a JSON object, not a list']);
    expect(check({ hello: 1 })).toEqual(expect.arrayContaining([
      'pack.json: error: missing required field "schema"',
      'pack.json: error: missing required field "index"',
      'pack.json: error: missing required field "entries"',
      'pack.json: warning: unknown field "hello" (ignored)',
    ]));
    expect(check({ ...fresh(), schema: 'other' })).toContain('pack.json: error: "schema" must be "odigos-pack" (is this an Odigos pack?)');
  });

  it('rejects a newer schema version, a bad version and bad entries, naming the entry', () => {
    const pack = fresh();
    (pack as { schemaVersion: number }).schemaVersion = 2;
    pack.meta.version = 'v2';
    const template = pack.entries.find((e) => e.id === 'apology-formal') as TemplateEntry;
    pack.entries.push({ ...template, tone: 'closing' }, { ...template, tone: 'closing' });
    (template as { tone: string }).tone = 'sad';
    const sop = pack.entries.find((e) => e.type === 'sop') as SopEntry;
    sop.steps[1].branches[0].goto = 42;
    const found = check(pack);
    expect(found).toEqual(expect.arrayContaining([
      'pack.json: error: "schemaVersion" is 2, newer than this tool understands (1): update Odigos',
      'pack.json: error: meta: "version" is "v2", which is not a semver version (e.g. 1.0.0)',
      expect.stringMatching(/^pack\.json: error: entry "apology-formal": "tone" is "sad", which is not one of: empathy, /),
      expect.stringMatching(/^pack\.json: error: entry "apology-formal": duplicate id "apology-formal"/),
      expect.stringMatching(/^pack\.json: error: entry "double-card-charge": step 2 branches to step 42, which does not exist/),
    ]));
  });

  it('taken in to be used (warnings: false), finds every error the full check finds and spends nothing on warnings', () => {
    const pack = fresh();
    const template = pack.entries.find((e) => e.id === 'apology-formal') as TemplateEntry;
    template.triggers = ['!!!', ...template.triggers];
    template.reviewBy = '2020-01-01';
    template.body += '\n{{customer.nickname}} {{field:το τιμολόγιο / την απόδειξη}}\nand {{customer.name';
    const sop = pack.entries.find((e) => e.type === 'sop') as SopEntry;
    sop.steps[1].branches[0].goto = 42;
    sop.body += '\nSee [[no-such-template]] and [[unclosed';
    sop.purpose += ' {{policy.days}}';
    const full = checkCompiledPack(pack, 'pack.json', { today: '2026-01-15' }).problems;
    const used = checkCompiledPack(pack, 'pack.json', { today: '2026-01-15', warnings: false }).problems;
    // The full check does warn here (so the test can fail), and errors of every kind are there.
    expect(full.filter((p) => p.severity === 'warning').length).toBeGreaterThanOrEqual(4);
    expect(lines(used)).toEqual(lines(full.filter((p) => p.severity === 'error')));
    expect(lines(used)).toEqual(expect.arrayContaining([
      expect.stringMatching(/placeholder "\{\{customer\.name" is not closed/),
      expect.stringMatching(/step 2 branches to step 42/),
      expect.stringMatching(/link \[\[no-such-template\]\] points to no template/),
      expect.stringMatching(/link "\[\[" is not closed/),
      expect.stringMatching(/variable \{\{policy\.days\}\} is not defined/),
    ]));
  });

  it('reports a refused template once, naming the SOPs that link it, not again at every step and link (the import path too)', () => {
    const pack = fresh();
    (pack.entries.find((e) => e.id === 'apology-formal') as { tone: string }).tone = 'sad';
    (pack.entries.find((e) => e.id === 'greeting-formal') as { channels: string[] }).channels = [];
    const found = check(pack).filter((l) => l.includes('error'));
    expect(found).toEqual([
      'pack.json: error: entry "apology-formal": "tone" is "sad", which is not one of: empathy, apology, reassurance, de-escalation, follow-up, closing, greeting, information — [[apology-formal]] is linked from "double-card-charge": that link works once this is fixed',
      'pack.json: error: entry "greeting-formal": "channels" is an empty list (expected one or more of: email, chat, phone, in-person) — [[greeting-formal]] is linked from "double-card-charge": that link works once this is fixed',
    ]);
    // With the templates gone altogether, the links are the mistake.
    pack.entries = pack.entries.filter((e) => e.type === 'sop' || e.id !== 'apology-formal');
    expect(check(pack).filter((l) => l.includes('apology-formal'))).toEqual([
      'pack.json: error: entry "double-card-charge": "steps[3].templates" links "apology-formal", which is no template in this pack',
      'pack.json: error: entry "double-card-charge": link [[apology-formal]] points to no template in this pack',
    ]);
  });

  it('refuses a 19 MB template text (and an over-long SOP text) naming the entry, the field and the entry\'s line', () => {
    // It passed, and a preview would have sent the whole of it to the tab.
    const pack = fresh();
    (pack.entries.find((e) => e.id === 'greeting-formal') as TemplateEntry).body = 'Καλησπέρα σας. '.repeat(1_300_000);
    const sop = pack.entries.find((e) => e.type === 'sop') as SopEntry;
    sop.steps[0].text += 'α'.repeat(5_000);
    sop.terms['Προέγκριση'] += 'α'.repeat(5_000);
    const text = JSON.stringify(pack, null, 2);
    const lineOf = (id: string) => text.split('\n').findIndex((l) => l.includes(`"id": "${id}"`)) + 1;
    const found = lines(checkCompiledPack(JSON.parse(text), 'p.json', { today: '2026-01-15', text }).problems).filter((l) => l.includes('error'));
    expect(found).toEqual([
      `p.json:${lineOf(sop.id)}: error: entry "${sop.id}": "steps[0].text" is 5,044 characters long, more than the 5,000 it may hold: shorten it or split it`,
      `p.json:${lineOf(sop.id)}: error: entry "${sop.id}": "terms["Προέγκριση"]" is 5,039 characters long, more than the 5,000 it may hold: shorten it or split it`,
      `p.json:${lineOf('greeting-formal')}: error: entry "greeting-formal": "body" is 19,500,000 characters long, more than the 20,000 it may hold: shorten it or split it`,
    ]);
    // The same fields one character shorter than the limits pass.
    (pack.entries.find((e) => e.id === 'greeting-formal') as TemplateEntry).body = 'α'.repeat(20_000);
    sop.steps[0].text = 'α'.repeat(5_000);
    sop.terms['Προέγκριση'] = 'α'.repeat(5_000);
    expect(check(pack).filter((l) => l.includes('error'))).toEqual([]);
  });

  it('gives entry problems the line of the entry when the file text is known', () => {
    const pack = fresh();
    (pack.entries[1] as { formality: string }).formality = 'casual';
    const text = JSON.stringify(pack, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes(`"id": "${pack.entries[1].id}"`)) + 1;
    const found = lines(checkCompiledPack(JSON.parse(text), 'p.json', { today: '2026-01-15', text }).problems);
    // (The SOP that links the entry is named after it: refused.ts.)
    expect(found.map((l) => l.replace(/ — \[\[.*$/, ''))).toContain(`p.json:${line}: error: entry "${pack.entries[1].id}": "formality" is "casual", which is not one of: formal, informal`);
  });
});

describe('pack.schema.json', () => {
  it('is what the format declaration generates (run npm run schema after changing knowledge/pack/format.ts)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../../knowledge/schema/pack.schema.json'), 'utf8')).toBe(packJsonSchema());
  });

  it('has the same enums and versions as the code', () => {
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.properties.schema.const).toBe('odigos-pack');
    expect(schema.$defs.templateEntry.properties.tone.enum).toEqual([...TONES]);
    expect(schema.$defs.templateEntry.properties.channels.items.enum).toEqual([...CHANNELS]);
    expect(schema.$defs.templateEntry.properties.stage.enum).toEqual([...STAGES]);
    expect(schema.$defs.templateEntry.properties.formality.enum).toEqual(['formal', 'informal']);
    expect(schema.$defs.meta.properties.lang.enum).toEqual(['el', 'en']);
  });

  it('lists as required every field the compiler always writes', () => {
    const pack = fresh();
    expect(Object.keys(pack).sort()).toEqual([...schema.required].sort());
    const sop = pack.entries.find((e) => e.type === 'sop')!;
    const template = pack.entries.find((e) => e.type === 'template')!;
    for (const key of schema.$defs.sopEntry.required) expect(sop).toHaveProperty(key);
    for (const key of schema.$defs.templateEntry.required) expect(template).toHaveProperty(key);
    expect(new RegExp(schema.$defs.slug.pattern).test('double-card-charge')).toBe(true);
  });

  it('declares site profiles with the fields the content script checks', () => {
    expect(Object.keys(schema.$defs.siteProfile.properties).sort()).toEqual([...SITE_PROFILE_KEYS].sort());
  });
});
