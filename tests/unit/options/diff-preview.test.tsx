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
    expect(root().querySelector('details summary')?.textContent).toBe('Και 2980 ακόμα');
    expect(root().querySelectorAll('details li')).toHaveLength(2980);
    expect(root().textContent).toContain('Νέες (3000)');
  });

  it('folds nothing in a small update', () => {
    uiLang.value = 'en';
    act(() => render(<DiffPreview diff={diff({ added: [{ id: 'a', type: 'sop', title: 'A' }], changed: [] })} />, root()));
    expect(root().querySelector('details')).toBeNull();
  });
});
