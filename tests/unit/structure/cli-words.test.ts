/**
 * odigos says every word in the trainer's language from one table (knowledge/cli/cli-words.ts) and each command's
 * help from its declaration, Greek and English side by side. A line printed or thrown as an English literal in
 * knowledge/cli would reach a Greek trainer in English, unnoticed: this test finds it in the source.
 */
import { describe, expect, it } from 'vitest';
import { CLI_COUNTED, CLI_STRINGS } from '../../../knowledge/cli/cli-words';
import { COMMANDS } from '../../../knowledge/cli/commands';
import { sourceTexts } from './source-files';

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const placesOf = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** The literal text of a template or string, `${…}` left out (nested braces too). */
function literalText(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '$' && source[i + 1] === '{') {
      let depth = 0;
      for (i++; i < source.length; i++) {
        if (source[i] === '{') depth++;
        else if (source[i] === '}' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

describe("odigos's words", () => {
  it('every word of the table in Greek and English, the Greek with no place the English lacks', () => {
    for (const [key, { el, en }] of Object.entries(CLI_STRINGS)) {
      expect(en.trim(), key).not.toBe('');
      expect(el.trim(), key).not.toBe('');
      expect([...placesOf(el)].filter((p) => !placesOf(en).has(p)), key).toEqual([]);
      if (el.replace(/\{\w+\}/g, '').match(/[a-zA-Zα-ωΑ-Ω]{3}/)) expect(el, key).toMatch(GREEK);
    }
    for (const [key, forms] of Object.entries(CLI_COUNTED)) for (const form of Object.values(forms.el)) expect(form, key).toMatch(GREEK);
  });

  it('every command\'s summary, description and options have Greek words', () => {
    for (const c of COMMANDS) {
      expect(c.summary.el, c.name).toMatch(GREEK);
      expect(c.description.el, c.name).toMatch(GREEK);
      for (const [name, o] of Object.entries(c.options)) expect(o.description.el, `${c.name} --${name}`).toMatch(GREEK);
    }
  });

  it('no line printed or thrown in knowledge/cli is an English literal', () => {
    const found: string[] = [];
    for (const [file, text] of sourceTexts(['knowledge/cli'])) {
      if (file.includes('/qc/') && !file.endsWith('options.ts')) continue; // the qc report's HTML has its own table (report-strings.ts)
      text.split('\n').forEach((line, i) => {
        // A failure built from a literal instead of cliSaid(…).
        if (/new (?:CliFailure|UsageError)\(\s*['"`]/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        // A printed literal with words in it (a layout of `${…}` alone is fine).
        for (const m of line.matchAll(/io\.(?:out|err)\(\s*(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
          if (/[a-zA-Z]{3,}/.test(literalText(m[1]!).replace(/\bodigos\b/g, ''))) found.push(`${file}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
