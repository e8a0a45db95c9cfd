import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SnippetsSection, type SnippetStore } from '@/components/options/SnippetsSection';
import type { SnippetProblem } from '@/lib/store/snippets';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

/** Save with problems: the focus goes to the first field named wrong (it stayed on Save, the problems unheard). */
describe('options: own template form, Save with problems', () => {
  async function saveWith(problems: SnippetProblem[]): Promise<Element | null> {
    const store: SnippetStore = { load: async () => [], watch: () => () => undefined, save: vi.fn(), remove: async () => [], check: () => problems };
    await act(async () => render(<SnippetsSection store={store} policy={undefined} />, root()));
    await flush();
    await act(async () => [...root().querySelectorAll('button')].find((b) => b.textContent === 'Προσθήκη προτύπου')!.click());
    const save = [...root().querySelectorAll<HTMLButtonElement>('form button')].find((b) => b.textContent === 'Αποθήκευση')!;
    save.focus();
    await act(async () => void root().querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(store.save).not.toHaveBeenCalled();
    return document.activeElement;
  }

  it('an empty form: the title field, first in the form', async () => {
    expect((await saveWith(['body', 'title'])) as HTMLInputElement).toBe(root().querySelector('input[name="title"]'));
  });

  it('a taken shortcut and no text: the shortcut field', async () => {
    expect(await saveWith(['body', 'duplicate'])).toBe(root().querySelector('input[name="shortcut"]'));
  });

  it('no text only: the text box', async () => {
    expect(await saveWith(['body'])).toBe(root().querySelector('textarea'));
  });
});
