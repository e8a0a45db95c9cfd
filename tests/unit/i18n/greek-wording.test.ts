import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/static-server';

/** Every UI word source: the pages, views, services and the studio declare their strings beside the feature. */
const UI_DIRS = ['app', 'components', 'entrypoints', 'lib', 'studio'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** «πριν την εισαγωγή» is spoken Greek; written Greek says «πριν από την εισαγωγή». */
const BARE_PRIN = /πριν (?:την|τη|το|τον|τα|τις|τους|του|της)\s/u;

describe('Greek UI wording', () => {
  it('says «πριν από την …», never the colloquial «πριν την …»', () => {
    const found = UI_DIRS.flatMap((d) => sources(join(REPO_ROOT, d)))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => ({ file, line: i + 1, text: line })))
      .filter(({ text }) => BARE_PRIN.test(text))
      .map(({ file, line, text }) => `${file.slice(REPO_ROOT.length + 1)}:${line}: ${text.trim()}`);
    expect(found).toEqual([]);
  });
});
