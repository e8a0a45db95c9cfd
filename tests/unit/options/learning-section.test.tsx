import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LearningSection } from '@/components/options/LearningSection';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/** The section once its count has loaded: the line under the help text. */
async function countLine(remembered: number): Promise<string> {
  // A new section each time: it loads its count once, when it mounts.
  act(() => render(null, root()));
  act(() => render(<LearningSection load={async () => remembered} reset={vi.fn(async () => undefined)} />, root()));
  const line = await vi.waitFor(() => root().querySelector('[data-learned-count]') ?? Promise.reject(new Error('not loaded')));
  return line.textContent!;
}

describe('LearningSection: what Odigos learnt, in words an agent reads', () => {
  it('with nothing learnt says so and how it learns, not «0 καταχωρίσεις»', async () => {
    const line = await countLine(0);
    expect(line).toBe('Δεν έχει μάθει τίποτα ακόμη: μαθαίνει όταν εισάγετε ένα πρότυπο ή ακολουθείτε μια διαδικασία.');
    expect(root().querySelector('button')!.disabled).toBe(true);
  });

  it('counts the entries with the article Greek needs («τις επιλογές σας»), one and many', async () => {
    expect(await countLine(1)).toBe('Θυμάται τις επιλογές σας για 1 καταχώριση.');
    expect(await countLine(3)).toBe('Θυμάται τις επιλογές σας για 3 καταχωρίσεις.');
  });

  it('in English too', async () => {
    uiLang.value = 'en';
    expect(await countLine(0)).toBe('Nothing learnt yet: it learns when you insert a template or follow an SOP.');
    expect(await countLine(2)).toBe('It remembers your choices for 2 entries.');
  });
});
