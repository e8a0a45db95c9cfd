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
