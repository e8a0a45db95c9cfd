import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ImportPane } from '@/components/studio/ImportPane';
import { uiLang } from '@/lib/i18n';
import type { ImportState } from '@/studio/model/ui';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/**
 * What the import did to a template, in the trainer's words: «Τόνος κατά εκτίμηση: de-escalation» and «Γλώσσα
 * προτύπου: en» named the file's codes, where the template's form offers «Αποκλιμάκωση» and «Αγγλικά».
 */
describe('the import report', () => {
  const state = (): ImportState => ({
    busy: false, text: '', format: 'csv', chosen: [true],
    preview: {
      forms: [], files: ['templates/calm.md'],
      result: {
        format: 'csv', skipped: [],
        templates: [{
          source: 'Line 2', title: 'Calm down', body: 'Please stay calm.', tags: [], triggers: [], tone: 'de-escalation', formality: 'formal', lang: 'en',
          notes: [{ code: 'tone-guessed', to: 'de-escalation' }, { code: 'lang-detected', to: 'en' }],
        }],
      },
    },
  });
  const notes = () => [...root().querySelectorAll('li[data-code]')].map((li) => li.textContent);

  it('names the guessed tone and the template\'s language as the form does, in Greek and in English', () => {
    uiLang.value = 'el';
    act(() => render(<ImportPane state={state()} onSet={() => undefined} onFile={() => undefined} onRead={() => undefined} onApply={() => undefined} />, root()));
    expect(notes()).toEqual(['Τόνος κατά εκτίμηση: Αποκλιμάκωση', 'Γλώσσα προτύπου: Αγγλικά']);
    act(() => { uiLang.value = 'en'; });
    act(() => render(<ImportPane state={state()} onSet={() => undefined} onFile={() => undefined} onRead={() => undefined} onApply={() => undefined} />, root()));
    expect(notes()).toEqual(['Tone guessed: De-escalation', 'Template language: English']);
    uiLang.value = 'el';
  });
});
