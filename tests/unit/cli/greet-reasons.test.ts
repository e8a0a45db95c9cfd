// @vitest-environment node
/**
 * `odigos greet` says every reason the name module gives from its code (knowledge/names/reasons.ts) and the line the
 * CLI's words table has for it (`greet.reason.<code>`), in Greek and in English: a code added without its lines fails
 * here instead of reaching a trainer as a bare code, and no English sentence is read back by its shape any more (a
 * pattern table did that, and a reason reworded in English slipped past it in English).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_STRINGS } from '../../../knowledge/cli/cli-words';
import { NAME_REASON_CODES } from '../../../knowledge/names/reasons';
import { ROOT } from './run';

const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const lines = CLI_STRINGS as Record<string, { el: string; en: string }>;

describe('greet says the name module\'s reasons from their codes', () => {
  it.each(NAME_REASON_CODES)('%s has its Greek and English line, with the same named parts', (code) => {
    const line = lines[`greet.reason.${code}`];
    expect(line, `no greet.reason.${code} in knowledge/cli/cli-words.ts`).toBeDefined();
    expect(line!.el).toMatch(/[α-ω]/);
    expect(places(line!.el)).toEqual(places(line!.en));
  });

  it('the words table has no reason line for a code the name module does not give', () => {
    const said = Object.keys(lines).filter((k) => k.startsWith('greet.reason.')).map((k) => k.slice('greet.reason.'.length));
    expect(said.sort()).toEqual([...NAME_REASON_CODES].sort());
  });

  it('the name module writes no sentence of its own: every reason it gives is a code', () => {
    for (const file of ['knowledge/names/understand.ts', 'knowledge/names/email-name.ts']) {
      const pushed = readFileSync(join(ROOT, file), 'utf8').split('\n').filter((l) => l.includes('reasons.push('));
      expect(pushed.length, file).toBeGreaterThan(0);
      for (const line of pushed) expect(line, file).toMatch(/reasons\.push\((because\(|\.\.\.found\.reasons)/);
    }
  });
});
