import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DiffPreview } from '@/components/options/DiffPreview';
import type { PackDiff } from '@/knowledge/pack/diff';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();
const diff = (d: Pick<PackDiff, 'added' | 'changed'>): PackDiff => ({
  from: { id: 'p', version: '1.0.0' }, to: { id: 'p', version: '1.1.0' }, removed: [], metaChanged: [], versionBumped: true, warnings: [], warningCodes: [], ...d,
});

/** A pack of thousands of entries is previewed in a page's height, its Accept button within reach. */
describe('DiffPreview of a large pack', () => {
  it('lists the first twenty of each kind and folds the rest under «Και N ακόμα»', () => {
    uiLang.value = 'el';
    const added = Array.from({ length: 3000 }, (_, i) => ({ id: `t-${i}`, type: 'template' as const, title: `Πρότυπο ${i}` }));
    act(() => render(<DiffPreview diff={diff({ added, changed: [{ id: 'a', type: 'sop', title: 'Α', fields: ['title'] }] })} />, root()));
    const open = [...root().querySelectorAll('li')].filter((li) => !li.closest('details'));
    expect(open).toHaveLength(21);
    expect(root().querySelector('details summary')?.textContent).toBe('Και 2.980 ακόμα');
    expect(root().querySelectorAll('details li')).toHaveLength(2980);
    expect(root().textContent).toContain('Νέες (3.000)');
    expect(root().querySelector('.diff-added')?.textContent).toBe('+3.000');
  });

  it('folds nothing in a small update', () => {
    uiLang.value = 'en';
    act(() => render(<DiffPreview diff={diff({ added: [{ id: 'a', type: 'sop', title: 'A' }], changed: [] })} />, root()));
    expect(root().querySelector('details')).toBeNull();
  });
});

describe('DiffPreview warnings', () => {
  const warned = (): PackDiff => ({
    ...diff({ added: [], changed: [{ id: 'a', type: 'sop', title: 'Α', fields: ['title'] }] }),
    versionBumped: false,
    warnings: ['the content changed but the version was not bumped (still 1.0.0): agents will not be offered the update'],
    warningCodes: [{ code: 'notBumped', params: { a: '1.0.0' } }],
  });

  it('says them in Greek from their codes (a Greek page showed the English sentence), in English as before', () => {
    uiLang.value = 'el';
    act(() => render(<DiffPreview diff={warned()} />, root()));
    expect(root().querySelector('p.muted')?.textContent).toBe('το περιεχόμενο άλλαξε αλλά η έκδοση όχι (ακόμη 1.0.0): στους εκπροσώπους δεν θα προταθεί η ενημέρωση');
    uiLang.value = 'en';
    act(() => render(<DiffPreview diff={warned()} />, root()));
    expect(root().querySelector('p.muted')?.textContent).toBe(warned().warnings[0]);
  });

  it('a diff stored before the codes (an update waiting since) keeps its English words', () => {
    uiLang.value = 'el';
    const { warningCodes: _codes, ...stored } = warned();
    act(() => render(<DiffPreview diff={stored as PackDiff} />, root()));
    expect(root().querySelector('p.muted')?.textContent).toBe(warned().warnings[0]);
  });
});
