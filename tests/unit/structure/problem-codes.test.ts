import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../../knowledge/node/compile';
import { checkCompiledPack } from '../../../knowledge/pack/compiled';
import { PROBLEM_WORDS, problemWords, type ProblemCode } from '../../../knowledge/pack/problem-words';
import type { Problem } from '../../../knowledge/pack/problems';
import { sourceTexts } from './source-files';

/**
 * The validator's problems are codes with parameters, their words declared once in Greek and English
 * (knowledge/pack/problem-words.ts): the studio and odigos say them in the reader's language from the code. A
 * message written out in English where a problem is made would show in English to a Greek trainer, unnoticed.
 */
const CODES = Object.keys(PROBLEM_WORDS) as ProblemCode[];
const placesOf = (text: string) => new Set([...text.replace(/\{\{[^{}]*\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
/** Codes whose words are only their parameters (a wrapper, a shape), so their Greek has no Greek letter of its own. */
const ONLY_PARAMETERS = new Set(['value.other', 'kind.shape', 'format.bare', 'format.predicate', 'format.whole', 'refused.linked', 'quoted']);
/**
 * Codes that carry words from outside the validator in `detail` (the YAML and JSON parsers', a thrown error's, the
 * index checker's, a JavaScript RegExp's refusal of a site profile's ticketId, a schema library message that is no code): each is
 * listed here on purpose.
 */
const OUTSIDE_WORDS = ['yaml.invalid', 'json.invalid', 'item.unreadable', 'index.corrupt', 'index.misfit', 'siteProfile.regex', 'format.predicate'];

describe('problem codes', () => {
  it('every code has its words in Greek and English, the Greek in Greek, with no parameter English lacks', () => {
    for (const code of CODES) {
      const { el, en } = PROBLEM_WORDS[code];
      expect(en.trim(), code).not.toBe('');
      expect(el.trim(), code).not.toBe('');
      const english = placesOf(en);
      for (const place of placesOf(el)) expect(english.has(place), `${code}: {${place}} is in the Greek only`).toBe(true);
      if (!ONLY_PARAMETERS.has(code)) expect(el.replace(/\{\w+\}/g, ''), code).toMatch(/[\u0370-\u03ff\u1f00-\u1fff]/);
    }
  });

  it('carries words from outside the validator only where it says so', () => {
    expect(CODES.filter((c) => placesOf(PROBLEM_WORDS[c].en).has('detail')).sort()).toEqual([...OUTSIDE_WORDS].sort());
  });

  const producers = sourceTexts(['knowledge', 'studio', 'components/studio']);

  it('every code a producer says is declared, and every declared code is said somewhere', () => {
    const said = new Set<string>();
    for (const [file, text] of producers) {
      if (file.endsWith('problem-words.ts')) {
        for (const m of text.matchAll(/said\('([\w.]+)'/g)) said.add(m[1]!);
        continue;
      }
      for (const m of text.matchAll(/\b(?:said|issueSaid|notA|isNot|matching\([^,]+,\s*\d+)\(?\s*,?\s*'([a-zA-Z][\w.]*)'/g)) said.add(m[1]!);
      // Codes chosen in an expression (`said(greek ? 'agreement.greek' : 'agreement.english')`), in the files that say problems.
      if (/from '[^']*problem(?:-words|s)'/.test(text) || file.endsWith('problem-words.ts')) for (const m of text.matchAll(/'([a-z][a-zA-Z]*\.[a-zA-Z]+(?:\.[a-zA-Z]+)?)'/g)) if (m[1]! in PROBLEM_WORDS) said.add(m[1]!);
      for (const code of said) expect(code in PROBLEM_WORDS, `${file}: "${code}" is no declared code`).toBe(true);
    }
    const unsaid = CODES.filter((c) => !said.has(c) && !c.startsWith('os.') && !c.startsWith('severity.'));
    expect(unsaid).toEqual([]);
  });

  it('no producer writes a problem as free text', () => {
    const handMade = producers.filter(([f, text]) => !f.startsWith('knowledge/cli/') && /severity: '(?:error|warning)'[^}]*\bmessage: [`'"]/.test(text)).map(([f]) => f);
    expect(handMade).toEqual([]);
    // The format declaration's messages are codes (issueSaid), not English predicates.
    const format = producers.find(([f]) => f === 'knowledge/pack/format.ts')![1];
    expect(format.match(/['`](?:is|must|has|contains|shows|uses) [^'`]*['`]/g) ?? []).toEqual([]);
  });
});

describe('what the validator reports', () => {
  const fullySaid = (p: Problem) => {
    expect(p.code in PROBLEM_WORDS, p.message).toBe(true);
    expect(problemWords(p, 'en'), p.code).toBe(p.message);
    // Every place filled in, in both languages.
    for (const lang of ['el', 'en'] as const) expect([...placesOf(problemWords(p, lang))], `${p.code} (${lang}): ${problemWords(p, lang)}`).toEqual([]);
  };

  it('a bad source folder: every problem a code whose English is the message, every place filled in both languages', () => {
    const problems = validateSource(join(import.meta.dirname, '../pack/fixtures/bad'));
    expect(problems.length).toBeGreaterThan(20);
    problems.forEach(fullySaid);
  });

  it('a bad compiled pack: the format declaration\'s problems too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-codes-'));
    try {
      const pack = {
        schema: 'https://odigos.dev/schema/pack-1.json',
        schemaVersion: 1,
        meta: { id: 'x', name: '', version: '1.0', lang: 'fr' },
        builtAt: 'yesterday',
        entries: [{ id: 'a', type: 'faq' }, { id: 'b', type: 'template', title: ['x'], body: 'Hi\u202e', triggers: 'x', tone: 'sad', channels: [], formality: 'formal', lang: 'en' }, 3],
        index: { v: 99 },
        extra: true,
      };
      writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
      const { problems } = checkCompiledPack(pack, join(dir, 'pack.json'), { today: '2027-01-01' });
      expect(problems.length).toBeGreaterThan(8);
      problems.forEach(fullySaid);
      expect(problems.filter((p) => p.code === 'format.predicate' || JSON.stringify(p.params ?? {}).includes('format.predicate')).map((p) => p.message)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
