import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SiteLayoutBar } from '@/components/overlay/SiteLayoutBar';
import { ForgetFailed } from '@/components/overlay/ForgetFailed';
import { uiLang } from '@/lib/i18n';
import { FailureError, shownFailure } from '@/lib/failure';
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

  it('a forget the storage refused is said (ForgetFailed, with the extras in the page), with what to do, and the layout is still offered to forget (it failed silently)', () => {
    uiLang.value = 'el';
    const full = new FailureError({ code: 'siteProfile.notForgotten', diskFull: true }, 'the layout for https://help.example.gr was not forgotten: IO error: FILE_ERROR_NO_SPACE');
    act(() => render(<SiteLayoutBar reading="pointed" onPick={vi.fn()} onForget={vi.fn()} forgetFailed={<ForgetFailed failed={shownFailure(full)} />} />, root()));
    const alert = root().querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe(
      'Η διάταξη δεν ξεχάστηκε, γιατί ο δίσκος του υπολογιστή γέμισε· ο Οδηγός διαβάζει ακόμη ό,τι δείξατε. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και δοκιμάστε ξανά.' +
        'Τεχνικές λεπτομέρειες: the layout for https://help.example.gr was not forgotten: IO error: FILE_ERROR_NO_SPACE',
    );
    expect(alert.querySelector('[lang="en"]')).not.toBeNull();
    expect(root().querySelector('button')?.textContent).toBe('Ξεχάστε τη διάταξη της σελίδας');
    const other = new FailureError({ code: 'siteProfile.notForgotten', diskFull: false }, 'the layout was not forgotten: storage refused');
    act(() => render(<SiteLayoutBar reading="pointed" onPick={vi.fn()} onForget={vi.fn()} forgetFailed={<ForgetFailed failed={shownFailure(other)} />} />, root()));
    expect(root().querySelector('[role="alert"]')?.textContent).toMatch(/^Η διάταξη δεν ξεχάστηκε, γιατί το πρόγραμμα περιήγησης δεν αποθήκευσε την αλλαγή· .* κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης\./);
  });
});
