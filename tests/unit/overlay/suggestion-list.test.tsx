import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SuggestionList } from '@/components/overlay/SuggestionList';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from './render-root';
import { customerText, sop, suggestions, template } from './fixtures';

const root = useRenderRoot();

const entries = { 'el-core/double-card-charge': sop, 'el-core/apology-double-charge': template };

function show(onOpen = vi.fn(), focusKey?: string) {
  act(() => {
    render(
      <SuggestionList
        suggestions={suggestions}
        entries={entries}
        sourceText={customerText}
        today="2026-05-01"
        focusKey={focusKey}
        onOpen={onOpen}
      />,
      root(),
    );
  });
  return onOpen;
}
const items = () => [...root().querySelectorAll<HTMLLIElement>('ul.odigos-list > li')];
const buttons = () => items().map((li) => li.querySelector('button')!);
const press = (el: Element, key: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('SuggestionList', () => {
  it('is a list named «Προτάσεις» whose items carry entry id and type and show ΔΛ or Πρότυπο', () => {
    show();
    expect(root().querySelector('ul')?.getAttribute('aria-label')).toBe('Προτάσεις');
    expect(items().map((li) => [li.dataset.entryId, li.dataset.entryType])).toEqual([
      ['double-card-charge', 'sop'],
      ['apology-double-charge', 'template'],
      ['refund-request', 'sop'],
    ]);
    expect(items()[0].querySelector('.odigos-type')?.textContent).toContain('ΔΛ');
    expect(items()[1].querySelector('.odigos-type')?.textContent).toContain('Πρότυπο');
    expect(items()[1].textContent).toContain('Επανειλημμένη επικοινωνία');
    expect(items()[1].textContent).toContain('Θέλει αναθεώρηση');
    expect(items()[0].textContent).not.toContain('Θέλει αναθεώρηση');
  });

  it('highlights the matched words of the customer text with <mark> elements, and pack text stays text', () => {
    show();
    expect([...items()[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['χρέωσαν', 'διπλά']);
    expect(items()[0].querySelector('.odigos-why')?.textContent).toContain('Με χρέωσαν διπλά και κανείς');
    // A term not in the text is still shown, marked, on its own.
    expect([...items()[2].querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['επιστροφή']);
    expect(root().querySelector('img')).toBeNull();
    expect(items()[1].textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps one item in the tab order and moves it with the arrow keys, Home and End', () => {
    show();
    expect(buttons().map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons()[0].focus();
    press(buttons()[0], 'ArrowDown');
    expect(document.activeElement).toBe(buttons()[1]);
    expect(buttons().map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    press(buttons()[1], 'End');
    expect(document.activeElement).toBe(buttons()[2]);
    press(buttons()[2], 'ArrowDown');
    expect(document.activeElement).toBe(buttons()[0]);
    press(buttons()[0], 'ArrowUp');
    expect(document.activeElement).toBe(buttons()[2]);
    press(buttons()[2], 'Home');
    expect(document.activeElement).toBe(buttons()[0]);
  });

  it('opens the item the agent activates (Enter on a button is a click)', () => {
    const onOpen = show();
    act(() => buttons()[1].click());
    expect(onOpen).toHaveBeenCalledWith(suggestions[1]);
  });

  it('returns focus to the item the agent came back from', () => {
    show(vi.fn(), 'el-core/refund-request');
    expect(document.activeElement).toBe(buttons()[2]);
    expect(buttons()[2].tabIndex).toBe(0);
  });

  it('names the list in English when the UI is English', () => {
    uiLang.value = 'en';
    show();
    expect(root().querySelector('ul')?.getAttribute('aria-label')).toBe('Suggestions');
    expect(items()[0].querySelector('.odigos-type')?.textContent).toContain('SOP');
    expect(items()[1].textContent).toContain('Repeat contact');
  });
});
