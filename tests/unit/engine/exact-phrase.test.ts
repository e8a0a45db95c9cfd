import { describe, expect, it } from 'vitest';
import { containsPhrase, messageKeys, phraseKeys } from '../../../knowledge/engine/exact-phrase';
import { createMatcher } from '../../../knowledge/engine';
import { tokenize } from '../../../knowledge/text/fold';
import { EVAL_ENTRIES, evalPack } from './eval-pack';

const says = (text: string, phrase: string) => {
  const [keys] = phraseKeys(phrase);
  return containsPhrase(messageKeys(tokenize(text)), keys!);
};

describe('a phrase said word for word', () => {
  it('is found in any spelling, wherever it starts in the text', () => {
    expect(says('Καλησπέρα, πού είναι η παραγγελία μου;', 'πού είναι η παραγγελία μου')).toBe(true);
    expect(says('kalhspera pou einai h paraggelia mou', 'πού είναι η παραγγελία μου')).toBe(true);
    // The first word twice: the second start is the one that goes on.
    expect(says('where where is my order', 'where is my order')).toBe(true);
  });

  it('is not found when its words are apart, or when it would run past the end of the text', () => {
    expect(says('where is it, my order', 'where is my order')).toBe(false);
    expect(says('tell me where is my', 'where is my order')).toBe(false);
    expect(says('order', 'where is my order')).toBe(false);
  });

  it('phraseKeys leaves out empty phrases and phrases over 12 words', () => {
    const long = Array.from({ length: 13 }, (_, i) => `word${String.fromCharCode(97 + i)}`).join(' ');
    expect(phraseKeys('', ['!!', long, 'hello there']).map((p) => p.length)).toEqual([2]);
  });
});

describe('a search that no entry answers', () => {
  it('still reports the mood of the text, with no suggestion', () => {
    const m = createMatcher([{ pack: evalPack(EVAL_ENTRIES.filter((e) => e.id === 'en-cancel-order'), 'one'), priority: 0 }]);
    const r = m.search('ΑΠΑΡΑΔΕΚΤΟ ΚΛΙΜΑΤΙΣΤΙΚΟ!!! ψυγείο');
    expect(r.suggestions).toEqual([]);
    expect(r.cues.map((c) => c.kind)).toContain('anger');
  });
});
