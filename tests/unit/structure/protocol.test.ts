import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The message protocol has one home, lib/messages.ts: no file adds requests to it from elsewhere (declaration
 * merging spread it over ten files once, and callers had to import a service's module just for its types).
 */
const root = process.cwd();

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the message protocol', () => {
  const source = ['knowledge', 'lib', 'components', 'app', 'entrypoints'].flatMap(files);

  it('is declared in lib/messages.ts only', () => {
    const merging = source.filter((f) => /declare module ['"][^'"]*messages['"]/.test(readFileSync(join(root, f), 'utf8')));
    expect(merging).toEqual([]);
    const text = readFileSync(join(root, 'lib/messages.ts'), 'utf8');
    for (const name of ['timeline.add', 'overlay.insert', 'packs.list', 'knowledge.suggest', 'templates.expand', 'notes.save', 'site.enable', 'policy.get', 'extras.inject', 'packs.siteProfiles']) {
      expect(text).toContain(`'${name}':`);
    }
  });

  it('needs no empty type imports to bring a declaration in', () => {
    expect(source.filter((f) => /import type \{\s*\} from/.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });
});
