import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CueBadges } from '@/components/overlay/CueBadges';
import type { Cue } from '@/knowledge/types';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from './render-root';

const root = useRenderRoot();
const cues: Cue[] = [{ kind: 'repeat-contact', words: ['τρίτη φορά'] }, { kind: 'frustration', words: ['Nobody'] }];

/** The customer's words beside each mood, quoted as the UI's language quotes: the English panel showed «Nobody». */
describe('CueBadges quote the customer’s words in the UI’s language', () => {
  it('Greek: guillemets', () => {
    act(() => render(<CueBadges cues={cues} />, root()));
    expect([...root().querySelectorAll('.odigos-cue-words')].map((w) => w.textContent)).toEqual([': «τρίτη φορά»', ': «Nobody»']);
  });

  it('English: curly quotes, not Greek guillemets', () => {
    uiLang.value = 'en';
    act(() => render(<CueBadges cues={cues} />, root()));
    expect(root().textContent).toBe('Repeat contact: “τρίτη φορά”Frustrated: “Nobody”');
  });
});

// #73120 on the English desk: “I found out it is out of stock. Nobody told me! … nobody” showed Frustrated: “Nobody”, “nobody”.
describe('CueBadges quote a word once whatever its case', () => {
  it('one quote for “Nobody” and “nobody”, in the first one\u2019s case; other words kept', () => {
    uiLang.value = 'en';
    const twice: Cue[] = [
      { kind: 'frustration', words: ['Nobody', 'nobody'] },
      { kind: 'frustration', words: ['NOBODY', 'unacceptable'] },
      { kind: 'repeat-contact', words: ['nobody'] },
    ];
    act(() => render(<CueBadges cues={twice} />, root()));
    expect(root().textContent).toBe('Frustrated: “Nobody”, “unacceptable”Repeat contact: “nobody”');
  });
});
