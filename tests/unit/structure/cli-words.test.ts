/**
 * odigos says every word in the trainer's language from one table (knowledge/cli/cli-words.ts) and each command's
 * help from its declaration, Greek and English side by side. A line printed or thrown as an English literal would
 * reach a Greek trainer in English, unnoticed: this test finds it in the source of every module the CLI runs, not
 * only knowledge/cli (the name module's reasons and the pack diff's warnings were English sentences collected in
 * lists that greet and diff printed, read back into Greek by their shape; nothing here looked at them).
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_COUNTED, CLI_STRINGS } from '../../../knowledge/cli/cli-words';
import { COMMANDS } from '../../../knowledge/cli/commands';
import { moduleGraph } from '../../../knowledge/cli/module-graph';

const ROOT = process.cwd();

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

  it('bin/odigos.mjs runs knowledge/cli/main.ts, whose imports the next test follows', () => {
    expect(readFileSync(join(ROOT, 'bin/odigos.mjs'), 'utf8')).toContain("new URL('../knowledge/cli/main.ts', import.meta.url)");
    const files = cliModules().map(([file]) => file);
    // The commands' own modules and what they print from: the names, the pack diff, the studio's server.
    for (const file of ['knowledge/cli/commands/greet.ts', 'knowledge/names/understand.ts', 'knowledge/pack/diff.ts', 'studio/server/start.ts']) expect(files).toContain(file);
  });

  it('no line printed, thrown or collected for printing in a module the CLI runs is an English literal', () => {
    const found: string[] = [];
    for (const [file, text] of cliModules()) {
      if (file.startsWith('knowledge/cli/qc/') && !file.endsWith('options.ts')) continue; // the qc report's HTML has its own table (report-strings.ts)
      text.split('\n').forEach((line, i) => {
        if (/^\s*(\*|\/\/)/.test(line)) return; // a comment
        const at = `${file}:${i + 1}: ${line.trim()}`;
        // A failure built from a literal instead of cliSaid(…).
        if (/new (?:CliFailure|UsageError)\(\s*['"`]/.test(line)) found.push(at);
        // A printed literal with words in it (a layout of `${…}` alone is fine), through io or around it.
        for (const m of line.matchAll(/(?:io\.(?:out|err)|console\.(?:log|info|warn|error)|process\.std(?:out|err)\.write)\(\s*(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
          if (/[a-zA-Z]{3,}/.test(literalText(m[1]!).replace(/\bodigos\b/g, ''))) found.push(at);
        }
        // A sentence collected into a list a command prints (greet's reasons, diff's warnings were): the module
        // gives a code and its values, and cli-words.ts says it.
        for (const m of line.matchAll(/\.push\(\s*(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
          if ((literalText(m[1]!).match(/\b[a-zA-Z]{2,}\b/g) ?? []).length >= 3) found.push(at);
        }
      });
    }
    expect(found).toEqual([]);
  });
});

/**
 * Every module `odigos` runs, as [path, text]: knowledge/cli/main.ts (what bin/odigos.mjs loads) and all it imports,
 * followed through every file (static and dynamic imports, as the verdict cache follows them), generated data
 * tables left out (lists of names and words, no sentence of odigos's).
 */
function cliModules(): Array<readonly [file: string, text: string]> {
  return moduleGraph([join(ROOT, 'knowledge/cli/main.ts')], ROOT)
    .files.map((f) => relative(ROOT, f).split(sep).join('/'))
    .filter((f) => !/-data\.ts$/.test(f))
    .map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const);
}
