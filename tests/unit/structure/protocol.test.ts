import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceTexts } from './source-files';

/**
 * The message protocol has one home, lib/messages.ts: no file adds requests to it from elsewhere (declaration
 * merging spread it over ten files once, and callers had to import a service's module just for its types).
 */
describe('the message protocol', () => {
  const texts = sourceTexts(['knowledge', 'lib', 'components', 'app', 'entrypoints']);

  it('is declared in lib/messages.ts only', () => {
    const merging = texts.filter(([, text]) => /declare module ['"][^'"]*messages['"]/.test(text)).map(([f]) => f);
    expect(merging).toEqual([]);
    const text = readFileSync('lib/messages.ts', 'utf8');
    for (const name of ['timeline.add', 'overlay.insert', 'packs.list', 'knowledge.suggest', 'templates.expand', 'notes.save', 'site.enable', 'policy.get', 'extras.inject', 'packs.siteProfiles']) {
      expect(text).toContain(`'${name}':`);
    }
  });

  it('needs no empty type imports to bring a declaration in', () => {
    expect(texts.filter(([, text]) => /import type \{\s*\} from/.test(text)).map(([f]) => f)).toEqual([]);
  });
});
