import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SiteLayoutBar } from '@/components/overlay/SiteLayoutBar';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from './render-root';

const root = useRenderRoot();

function show(reading: 'guessing' | 'pointed') {
  const onPick = vi.fn();
  const onForget = vi.fn();
  act(() => render(<SiteLayoutBar reading={reading} onPick={onPick} onForget={onForget} />, root()));
  return { onPick, onForget, button: root().querySelector('button')! };
}

describe('SiteLayoutBar: under the context line on pages Odigos reads by guessing', () => {
  it('offers to point at the conversation while guessing', () => {
    const { button, onPick, onForget } = show('guessing');
    expect(button.textContent).toBe('Δείξτε τη συνομιλία');
    expect(button.title).toContain('μηνύματα του πελάτη και το πλαίσιο απάντησης');
    act(() => button.click());
    expect(onPick).toHaveBeenCalledOnce();
    expect(onForget).not.toHaveBeenCalled();
  });

  it('says it reads what the agent pointed at, and offers to forget it (English)', () => {
    uiLang.value = 'en';
    const { button, onPick, onForget } = show('pointed');
    expect(root().textContent).toBe("Reading what you pointed at. Forget this page's layout");
    act(() => button.click());
    expect(onForget).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
  });
});
