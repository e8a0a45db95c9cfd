import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EntryList } from '@/components/studio/EntryList';
import { uiLang } from '@/lib/i18n';
import { emptyTemplate } from '@/studio/model/entry-form';
import type { EntrySummary, StudioState } from '@/studio/model/api';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

const entry = (type: 'sop' | 'template', id: string, title: string): EntrySummary => ({ file: `${type}s/${id}.md`, hash: 'h', id, type, title, errors: 0, warnings: 0, draft: false });
const STATE: StudioState = {
  folder: '/tmp/pack', bundled: false, revision: 1, packLang: 'el', pack: { hash: 'p' }, broken: [], newDrafts: [], packProblems: [], counts: { errors: 0, warnings: 0 },
  entries: [entry('sop', 'bereavement', 'Απώλεια κατόχου λογαριασμού'), entry('template', 'apology', 'Συγγνώμη για την καθυστέρηση'), entry('template', 'thanks', 'Ευχαριστούμε για την υπομονή')],
};

function filterBy(text: string) {
  act(() => render(<EntryList state={STATE} onNew={() => undefined} />, root()));
  const input = root().querySelector<HTMLInputElement>('input[type="search"]')!;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const headings = () => [...root().querySelectorAll('h2')].map((h) => h.textContent);
const titles = () => [...root().querySelectorAll('.st-entry-title')].map((t) => t.textContent);

/** What the trainer sees of the entry list under a filter. */
describe('EntryList: the filter', () => {
  it('hides a kind with nothing that matches (an empty «Διαδικασίες» heading stood over nothing)', () => {
    filterBy('συγγνώμη');
    expect(titles()).toEqual(['Συγγνώμη για την καθυστέρηση']);
    expect(headings()).toEqual(['Πρότυπα απαντήσεων']);
    expect(root().textContent).not.toContain('δεν ταιριάζει');
  });

  it('says so when nothing matches, in the UI language', () => {
    filterBy('ζζζ');
    expect(headings()).toEqual([]);
    expect(root().querySelector('[role="status"]')?.textContent).toBe('Καμία καταχώριση δεν ταιριάζει με «ζζζ».');
    uiLang.value = 'en';
    filterBy('zzz');
    expect(root().querySelector('[role="status"]')?.textContent).toBe('No entry matches “zzz”.');
  });

  it('shows both kinds, each with its «new» button, without a filter', () => {
    filterBy('');
    expect(headings()).toEqual(['Διαδικασίες (ΤΔΛ)', 'Πρότυπα απαντήσεων']);
    expect([...root().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['+ Νέα διαδικασία', '+ Νέο πρότυπο']);
  });
});

describe('EntryList: a new draft', () => {
  it('carries its own errors (a shortcut a saved template has), beside «new»', () => {
    uiLang.value = 'el';
    const draft = { key: 'new:template-1', kind: 'entry' as const, baseHash: null, savedAt: 1, checkedAt: 'templates/engrafo.md', errors: 1, warnings: 0, form: { ...emptyTemplate(), title: 'Έγγραφο σε μεγάλη γραμματοσειρά' } };
    act(() => render(<EntryList state={{ ...STATE, newDrafts: [draft] }} onNew={() => undefined} />, root()));
    const item = root().querySelector('a[data-new="templates/engrafo.md"]')!;
    expect([...item.querySelectorAll('.st-badge')].map((b) => b.textContent)).toEqual(['νέο, χωρίς αρχείο ακόμα', '1 σφάλμα']);
    expect(root().querySelectorAll('a[data-file] .st-badge-error')).toHaveLength(0);
  });
});
