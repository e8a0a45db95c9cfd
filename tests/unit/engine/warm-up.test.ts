/**
 * The warm-up after load (knowledge/engine/warm-up.ts): searches of the packs' own phrases, so that V8 compiles the
 * search code before the agent's first search, then everything they cached forgotten. What it must never do is
 * change an answer or leave a cache behind that an agent's fresh query would find. (Its speed is the benchmark's:
 * `npm run bench -- engine`.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher, type PackInput } from '../../../knowledge/engine';
import { Corpus } from '../../../knowledge/engine/corpus';
import { createIsolatingMatcher } from '../../../knowledge/engine/isolated';
import { parseVectors } from '../../../knowledge/engine/semantic';
import { Scores } from '../../../knowledge/engine/scores';
import { analyseQuery } from '../../../knowledge/engine/query';
import { matchWords } from '../../../knowledge/engine/match-words';
import { candidates } from '../../../knowledge/engine/rank';
import { warmUpSearches, warmUpSteps, warmUpTexts } from '../../../knowledge/engine/warm-up';
import { forgetReadings } from '../../../knowledge/text/analyze';
import { compilePack } from '../../../knowledge/node/compile';
import { ALL } from './eval-queries';
import { evalPack } from './eval-pack';

const bundled: PackInput[] = ['el-core', 'en-core'].map((p, i) => ({ pack: compilePack(join(process.cwd(), 'knowledge/packs', p)), priority: i }));
const vectors = parseVectors(readFileSync(join(process.cwd(), 'knowledge/vectors/en-vectors.bin')));
const texts = [...ALL.map(([text]) => text), ...readFileSync(join(process.cwd(), 'knowledge/eval/greeklish.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)];

/** Every answer to every text, with and without the template filter. */
const answers = (m: { search: ReturnType<typeof createMatcher>['search'] }) =>
  texts.flatMap((t) => [m.search(t, { limit: 10 }), m.search(t, { limit: 10, type: 'template' })]);

describe('the warm-up after load', () => {
  it('answers every text exactly as a matcher that never warmed up, words only and by meaning', () => {
    for (const options of [{}, { vectors }]) {
      const warmed = createMatcher(bundled, options);
      while (!warmed.warmUp!());
      expect(answers(warmed)).toEqual(answers(createMatcher(bundled, options)));
    }
  });

  it('fits the meaning stage first, and says done from then on without searching again', () => {
    const m = createMatcher(bundled, { vectors });
    while (!m.warmUp!());
    expect(m.prepare!()).toBe(true);
    forgetReadings();
    expect(m.warmUp!()).toBe(true);
    // A further call searched nothing: no word was analysed.
    expect(forgetReadings()).toBe(0);
  });

  it('leaves no word reading, decoded postings, phrase or typo correction of its searches behind', () => {
    const corpus = new Corpus(bundled);
    const scores = new Scores(corpus);
    // The words part of a search on this corpus: what fills its caches.
    const search = (text: string) => {
      const q = analyseQuery(text);
      if (matchWords(q, corpus, scores, () => false)) candidates(q, corpus, scores, {});
      scores.reset();
      for (const w of text.split(/\s+/).slice(0, 3)) corpus.fuzzy.correct(w.toLowerCase());
      for (let doc = 0; doc < 3; doc++) {
        corpus.verbatim(doc);
        corpus.phrases(doc);
      }
    };
    const steps = warmUpSteps(corpus, search);
    steps.next();
    steps.next();
    // Midway, its searches have cached (so the checks below can fail).
    expect(corpus.packs.some((p) => p.decoded.size > 0 && p.verbatim.size > 0 && p.phrases.size > 0)).toBe(true);
    while (!steps.next().done);
    expect(corpus.packs.map((p) => [p.decoded.size, p.verbatim.size, p.phrases.size])).toEqual(corpus.packs.map(() => [0, 0, 0]));
    expect(corpus.fuzzy.forget()).toBe(0);
    expect(forgetReadings()).toBe(0);
  });

  it('searches the packs’ own phrases as customers write them: as written, with a typo, in Latin letters, a long message', () => {
    const corpus = new Corpus(bundled);
    const list = [...warmUpTexts(corpus, 40)].map(([text]) => text);
    expect(list).toHaveLength(40);
    const phrases = new Set(corpus.live.flatMap((d) => [d.entry.title, ...d.entry.triggers]));
    expect(list.filter((t) => phrases.has(t)).length).toBeGreaterThanOrEqual(10);
    expect(list.some((t) => /^[a-z0-9 ]+$/.test(t) && !phrases.has(t))).toBe(true); // a Greek phrase in Latin keys
    expect(list.some((t) => t.split(' ').length >= 50)).toBe(true);
    expect(list.every((t) => t.trim() !== '')).toBe(true);
    expect(warmUpSearches(corpus.live.length)).toBe(Math.ceil(corpus.live.length / 10));
    expect(warmUpSearches(50_000)).toBe(500);
    expect([...warmUpTexts(new Corpus([]), 10)]).toEqual([]);
  });

  it('runs one search a step, as many as warmUpSearches says for the corpus, then forgets', () => {
    const corpus = new Corpus(bundled);
    const searched: string[] = [];
    for (const _ of warmUpSteps(corpus, (text) => searched.push(text)));
    expect(searched).toEqual([...warmUpTexts(corpus, warmUpSearches(corpus.live.length))].map(([text]) => text));
    expect(searched.length).toBeGreaterThan(10);
  });

  it('is passed on by the isolating matcher (which fits the meaning stage first), and a matcher without packs is warm at once', () => {
    const isolated = createIsolatingMatcher(bundled, () => undefined, { vectors });
    // The first slice fits (hundreds of ms for the bundled English entries), so it is not done.
    expect(isolated.warmUp!()).toBe(false);
    while (!isolated.warmUp!());
    expect(isolated.prepare!()).toBe(true);
    expect(isolated.search('χρεώθηκα δύο φορές').suggestions[0]?.entryId).toMatch(/double.*charge/);
    expect(createMatcher([]).warmUp!()).toBe(true);
    expect(createMatcher([{ pack: evalPack(), priority: 0 }]).warmUp).toBeTypeOf('function');
  });
});
