import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary } from '../../../knowledge/engine/fuzzy';

const vocabulary = new FuzzyVocabulary(['e:suggest', 'e:password', 'e:deliveri', 'p:paketo', 'p:logariasmo', 'p:apaksiot', 'p:akir']);
const corrected = (term: string) => vocabulary.correct(term).map((c) => c.term);

describe('typo correction', () => {
  it('corrects a slip or two', () => {
    expect(corrected('e:pasword')).toEqual(['e:password']);
    expect(corrected('e:deliveyr')).toEqual(['e:deliveri']);
    expect(corrected('p:pakato')).toEqual(['p:paketo']);
    expect(corrected('p:logarismo')).toEqual(['p:logariasmo']);
  });

  it('judges the slips against the word, not its key-space prefix: "sluggish" is not "suggest"', () => {
    expect(corrected('e:sluggish')).toEqual([]);
  });

  it('reads no word as another that merely holds most of it: «Αξιότιμοι» is not «απαξιωτικά», «ασκήσω» not «ακυρώσω»', () => {
    expect(corrected('p:aksiotim')).toEqual([]);
    expect(corrected('p:aski')).toEqual([]);
    expect(corrected('p:akiri')).toEqual(['p:akir']);
  });
});
