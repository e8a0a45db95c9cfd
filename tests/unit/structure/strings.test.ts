import { describe, expect, it } from 'vitest';
import { sourceTexts } from './source-files';

/**
 * UI words are declared one way (defineStrings, definePlurals in lib/i18n.ts) and read through accessors named
 * one way (`say`, `say<Area>`; `count`, `count<Area>`): a reader meets the same word for the same thing in
 * every file (there were eight names once, `tp` with two meanings).
 */
describe('UI words', () => {
  const texts = sourceTexts(['lib', 'components', 'app', 'entrypoints', 'studio']);

  it('are read through say… (words) and count… (counted words) accessors', () => {
    const tables = texts.flatMap(([f, text]) => [...text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*(defineStrings|definePlurals)\(/g)].map((m) => ({ f, name: m[1], kind: m[2] })));
    expect(tables.length).toBeGreaterThan(10);
    const wrong = tables.filter(({ name, kind }) => !(kind === 'defineStrings' ? /^say([A-Z]\w*)?$/ : /^count([A-Z]\w*)?$/).test(name));
    expect(wrong).toEqual([]);
  });

  it('have no table outside defineStrings/definePlurals', () => {
    // A hand-made lookup (`table[key][lang]`) beside the mechanism is a second one.
    const handMade = texts.filter(([f, text]) => f !== 'lib/i18n.ts' && /\[\w+\]\[(uiLang\.value|lang)\]/.test(text)).map(([f]) => f);
    expect(handMade).toEqual([]);
  });
});
