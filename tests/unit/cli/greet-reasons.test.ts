// @vitest-environment node
/**
 * `odigos greet` says in Greek every reason the name module gives (knowledge/cli/greet-reasons.ts): each reason
 * written in knowledge/names, its named parts filled with a sample, must have its Greek line. A reason added there
 * without its Greek fails here instead of showing in English to a Greek trainer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reasonWords } from '../../../knowledge/cli/greet-reasons';
import { ROOT } from './run';

/** Every string a `reasons.push(…)` line of the file writes, `${…}` filled with a sample name. */
function reasonsIn(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.includes('reasons.push('))
    .flatMap((line) => {
      const templates = [...line.matchAll(/`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1]!);
      // Strings compared with (`order === 'surname first'`, `includes('-')`) are no reasons.
      const rest = line.replace(/`(?:[^`\\]|\\.)*`/g, '').replace(/(?:===|!==)\s*'[^']*'|includes\('[^']*'\)/g, '');
      const plain = [...rest.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? m[2]!);
      return [...templates, ...plain].map((s) => s.replace(/\$\{(?:[^{}]|\{[^}]*\})*\}/g, 'Γιώργος'));
    });
}

describe('greet says the name module\'s reasons in Greek', () => {
  const reasons = [...reasonsIn('knowledge/names/understand.ts'), ...reasonsIn('knowledge/names/email-name.ts')];

  it('finds the reasons (the scan still reads the files)', () => {
    expect(reasons.length).toBeGreaterThan(20);
  });

  it.each(reasons)('%s', (reason) => {
    const greek = reasonWords(reason, 'el');
    expect(greek, 'no Greek line in knowledge/cli/greet-reasons.ts').not.toBe(reason);
    expect(greek).toMatch(/[α-ω]/);
    expect(reasonWords(reason, 'en')).toBe(reason);
  });
});
