import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Palette } from '@/components/palette/Palette';
import type { TemplateHit } from '@/lib/background/templates-service';
import { useRenderRoot } from '../overlay/render-root';

const hit = (id: string): TemplateHit => ({ packId: 'p', entryId: id, title: id, lang: 'en', fields: [] }) as unknown as TemplateHit;

describe('palette: Enter typed right after the query', () => {
  const root = useRenderRoot();

  /** The palette showing the empty query's suggestion, `query` typed and Enter pressed before its search answered. */
  async function enterBeforeAnswer(query: string) {
    let answer!: (hits: TemplateHit[]) => void;
    const search = vi.fn((q: string) => (q ? new Promise<TemplateHit[]>((r) => (answer = r)) : Promise.resolve([hit('suggested')])));
    const onPick = vi.fn();
    render(<Palette anchor={{ x: 10, y: 10, height: 20 }} theme="light" search={search} preview={async () => ''} onPick={onPick} onClose={() => undefined} />, root());
    await vi.waitFor(() => expect(root().querySelectorAll('[role=option]')).toHaveLength(1));
    const input = root().querySelector<HTMLInputElement>('[role=combobox]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(search).toHaveBeenCalledWith(query));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    return { onPick, answer: (hits: TemplateHit[]) => answer(hits) };
  }

  it('picks the first template found for the query typed, not one the list still shows from before it', async () => {
    // The search runs in the background: a fast agent's «sorry⏎» came before its answer, and Enter put in the
    // first suggestion for the empty query the list still showed.
    const { onPick, answer } = await enterBeforeAnswer('sorry');
    expect(onPick).not.toHaveBeenCalled();
    answer([hit('sorry'), hit('suggested')]);
    await vi.waitFor(() => expect(onPick).toHaveBeenCalledTimes(1));
    expect(onPick).toHaveBeenCalledWith(hit('sorry'));
  });

  it('picks nothing when the query typed finds nothing', async () => {
    const { onPick, answer } = await enterBeforeAnswer('κουκουβάγια');
    answer([]);
    await vi.waitFor(() => expect(root().querySelectorAll('[role=option]')).toHaveLength(0));
    expect(onPick).not.toHaveBeenCalled();
  });
});
