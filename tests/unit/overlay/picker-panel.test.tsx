import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PickerPanel, type PickerState } from '@/components/overlay/PickerPanel';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from './render-root';

const root = useRenderRoot();

function show(state: PickerState) {
  const onCancel = vi.fn();
  const onRetry = vi.fn();
  act(() => render(<PickerPanel state={state} onCancel={onCancel} onRetry={onRetry} />, root()));
  return { onCancel, onRetry };
}
const button = (name: string) => [...root().querySelectorAll('button')].find((b) => b.textContent === name);
const steps = () => [...root().querySelectorAll('ol li')].map((li) => `${li.textContent}${li.getAttribute('aria-current') ? ' ←' : ''}${li.hasAttribute('data-done') ? ' ✓' : ''}`);

describe('PickerPanel: the overlay while the agent points at the page', () => {
  it('says what to click first, in Greek, with Cancel', () => {
    const { onCancel } = show({ step: 'message' });
    expect(root().querySelector('h2')?.textContent).toBe('Δείξτε τη συνομιλία');
    expect(root().querySelector('[role=status]')?.textContent).toBe('Κάντε κλικ στην περιοχή με τα μηνύματα του πελάτη (Esc για ακύρωση)');
    expect(steps()).toEqual(['Τα μηνύματα του πελάτη ←', 'Το πλαίσιο απάντησης']);
    expect(button('Ξανά από την αρχή')).toBeUndefined();
    act(() => button('Ακύρωση')!.click());
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('then the reply box, the first step marked done (English)', () => {
    uiLang.value = 'en';
    show({ step: 'reply' });
    expect(root().querySelector('[role=status]')?.textContent).toBe('Click the box where you type your reply (Esc to cancel)');
    expect(steps()).toEqual(["The customer's messages ✓", 'The reply box ←']);
    expect(root().textContent).toContain('↑ and ↓ make the outline bigger or smaller; Enter chooses.');
  });

  const UNCLOSED = { code: 'siteProfile.selector', params: { key: 'reply', problem: { code: 'selector.unclosedQuote' } } } as const;

  it('says the profile validator\'s problems in the agent\'s language (Greek)', () => {
    uiLang.value = 'el';
    show({ step: 'not-saved', problems: [], invalid: [UNCLOSED] });
    expect([...root().querySelectorAll('[role=alert] li')].map((li) => li.textContent)).toEqual(['Ο επιλογέας «reply» έχει εισαγωγικά που δεν κλείνουν.']);
  });

  it('says why nothing was saved, and offers a fresh start (focused)', () => {
    uiLang.value = 'en';
    const { onRetry, onCancel } = show({ step: 'not-saved', problems: ['no-message', 'no-reply-box'], invalid: [UNCLOSED] });
    const alert = root().querySelector('[role=alert]')!;
    expect(alert.querySelector('p')?.textContent).toBe('Not saved:');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'no customer message was found in the area you chose',
      'the box you chose does not take text',
      '"reply" selector has an unclosed quote',
    ]);
    expect(root().querySelector('[role=status]')).toBeNull();
    expect(document.activeElement).toBe(button('Start again'));
    act(() => button('Start again')!.click());
    act(() => button('Cancel')!.click());
    expect(onRetry).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
