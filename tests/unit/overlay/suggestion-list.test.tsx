import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SuggestionList } from '@/components/overlay/SuggestionList';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from './render-root';
import type { Suggestion, TemplateEntry } from '@/knowledge/types';
import { entryGist } from '@/knowledge/template/gist';
import { markWords } from '@/knowledge/text/mark';
import { sop, suggestions, template } from './fixtures';

const informal: TemplateEntry = { ...template, id: 'apology-informal', title: 'Συγγνώμη (φιλική)', formality: 'informal' };

const root = useRenderRoot();

const entries = { 'el-core/double-card-charge': sop, 'el-core/apology-double-charge': template };

/** What the background's knowledge service sends with the suggestions (lib/background/knowledge-service.ts). */
const gistsOf = (list: Suggestion[]) =>
  Object.fromEntries(
    list.flatMap((s) => {
      const entry = entries[`${s.packId}/${s.entryId}` as keyof typeof entries];
      return entry ? [[`${s.packId}/${s.entryId}`, markWords(entryGist(entry), s.matchedTerms)]] : [];
    }),
  );

function show(onOpen = vi.fn(), focusKey?: string, variants?: Record<string, Suggestion[]>, done?: Record<string, number[]>) {
  act(() => {
    render(
      <SuggestionList
        suggestions={suggestions}
        entries={{ ...entries, 'el-core/apology-informal': informal }}
        variants={variants}
        gists={gistsOf(suggestions)}
        today="2026-05-01"
        focusKey={focusKey}
        done={done}
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
  it('is a list named «Προτάσεις» whose items carry entry id and type and show Διαδικασία or Πρότυπο', () => {
    show();
    expect(root().querySelector('ul')?.getAttribute('aria-label')).toBe('Προτάσεις');
    expect(items().map((li) => [li.dataset.entryId, li.dataset.entryType])).toEqual([
      ['double-card-charge', 'sop'],
      ['apology-double-charge', 'template'],
      ['refund-request', 'sop'],
    ]);
    expect(items()[0].querySelector('.odigos-type')?.textContent).toContain('Διαδικασία');
    expect(items()[1].querySelector('.odigos-type')?.textContent).toContain('Πρότυπο');
    expect(items()[1].textContent).toContain('Επανάληψη');
    expect(items()[1].querySelector('.odigos-cue')?.getAttribute('title')).toBe('Επανειλημμένη επικοινωνία');
    expect(items()[1].textContent).toContain('Θέλει αναθεώρηση');
    expect(items()[0].textContent).not.toContain('Θέλει αναθεώρηση');
  });

  it('says on an SOP\'s card how many of its steps the agent ticked on this ticket, in Greek and English', () => {
    const all = sop.steps.length;
    show(vi.fn(), undefined, undefined, { 'double-card-charge': [1, 2, 99], 'refund-request': [] });
    expect(items()[0].querySelector('[data-progress]')?.textContent).toBe(`2 από ${all} βήματα`);
    expect(items()[2].querySelector('[data-progress]')).toBeNull();
    uiLang.value = 'en';
    try {
      show(vi.fn(), undefined, undefined, { 'double-card-charge': [1, 2] });
      expect(items()[0].querySelector('[data-progress]')?.textContent).toBe(`2 of ${all} steps`);
    } finally {
      uiLang.value = 'el';
    }
  });

  it('shows what differs: an SOP\'s purpose, a template\'s first line that says something, and the matched words', () => {
    show();
    expect(items()[0].querySelector('.odigos-gist')?.textContent).toBe('Να επιστραφεί γρήγορα το ποσό.');
    // The salutation line says nothing of the template: the next line, fields as [Label], other placeholders as …
    expect(items()[1].querySelector('.odigos-gist')?.textContent).toBe('Για το αίτημα … και την παραγγελία [Αριθμός παραγγελίας] λυπούμαστε.');
    expect([...items()[0].querySelectorAll('.odigos-why mark')].map((m) => m.textContent)).toEqual(['χρέωσαν', 'διπλά']);
    expect(items()[2].querySelector('.odigos-why')?.textContent).toBe('Ταιριάζει: επιστροφή');
    // Pack text that looks like markup stays text.
    expect(root().querySelector('img')).toBeNull();
    expect(items()[1].textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('marks the matched words where the gist has them, whatever their ending', () => {
    const marked = [{ ...suggestions[0], matchedTerms: ['γρήγορη', 'ποσού'] }];
    act(() => {
      render(
        <SuggestionList
          suggestions={marked}
          entries={entries}
          gists={gistsOf(marked)}
          today="2026-05-01"
          onOpen={vi.fn()}
        />,
        root(),
      );
    });
    expect([...items()[0].querySelectorAll('.odigos-gist mark')].map((m) => m.textContent)).toEqual(['γρήγορα', 'ποσό']);
  });

  it('names after the gist only the matched words it does not show, on one line with the moods that raised the card', () => {
    act(() => {
      render(
        <SuggestionList
          suggestions={suggestions}
          entries={entries}
          gists={gistsOf(suggestions)}
          alsoMatched={{ 'el-core/double-card-charge': ['διπλά'], 'el-core/apology-double-charge': [] }}
          today="2026-05-01"
          onOpen={vi.fn()}
        />,
        root(),
      );
    });
    expect(items()[0].querySelector('.odigos-item-meta .odigos-why')?.textContent).toBe('Ταιριάζει: διπλά');
    // Nothing left to name: no «Ταιριάζει» line, the moods alone.
    expect(items()[1].querySelector('.odigos-why')).toBeNull();
    expect(items()[1].querySelector('.odigos-item-meta .odigos-cue')?.textContent).toBe('Επανάληψη');
  });

  it('offers the template in the other register beside it, labelled, and opens it', () => {
    const variant: Suggestion = { ...suggestions[1], entryId: 'apology-informal', title: 'Συγγνώμη (φιλική)' };
    const onOpen = show(vi.fn(), undefined, { 'el-core/apology-double-charge': [variant] });
    const other = items()[1].querySelector<HTMLButtonElement>('button.odigos-variant')!;
    expect(other.textContent).toBe('Άλλο ύφος: Φιλικό (εσύ) — Συγγνώμη (φιλική)');
    // Reachable with Tab from the item it belongs to (no button inside a button).
    expect(other.parentElement?.localName).toBe('li');
    act(() => other.click());
    expect(onOpen).toHaveBeenCalledWith(variant);
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

  it('says which phrase an entry found by meaning alone means the same as', () => {
    const byMeaning: Suggestion = { ...suggestions[2]!, matchedTerms: [], matchedWords: [], similarTo: 'I want my money back' };
    act(() => {
      render(<SuggestionList suggestions={[byMeaning]} entries={entries} gists={{}} today="2026-05-01" onOpen={vi.fn()} />, root());
    });
    const similar = root().querySelector('[data-similar]');
    expect(similar?.textContent).toContain('Παρόμοιο νόημα:');
    expect(similar?.querySelector('q')?.textContent).toBe('I want my money back');
  });
});
