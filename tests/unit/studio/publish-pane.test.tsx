import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PublishPane } from '@/components/studio/PublishPane';
import { uiLang } from '@/lib/i18n';
import type { StudioProblem } from '@/studio/model/api';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/**
 * The errors that stop publishing, as Try it and Mix-ups list theirs: each names its entry, linked to it (the page
 * listed only «Σφάλμα: Το «title» είναι κενό», in which of the pack's entries it did not say), and those beyond the
 * first ten are counted, not dropped in silence.
 */
describe('publishing blocked by errors', () => {
  it('names each error\'s entry with a link, and counts the errors not listed', () => {
    uiLang.value = 'el';
    const problems: StudioProblem[] = Array.from({ length: 12 }, (_, i) => ({
      file: `templates/t${i}.md`, severity: 'error', code: 'field.empty', params: { field: 'title' }, message: '"title" is empty',
    }));
    const preview = { current: '1.2.0', next: '1.3.0', problems, outDir: '/tmp/out', keyFile: '/tmp/k', keyExists: false };
    const state = { busy: false, bump: 'minor' as const, changelog: '', outDir: '/tmp/out', keyFile: '/tmp/k', url: '', preview };
    const entryAt = (file: string) => (file === 'templates/t0.md' ? { title: 'Συγγνώμη για τη διπλή χρέωση', href: '#/entry/templates/t0.md' } : undefined);
    act(() => render(<PublishPane state={state} unsaved={false} entryAt={entryAt} onSet={() => undefined} onPreview={() => undefined} onPublish={() => undefined} />, root()));
    const items = [...root().querySelectorAll('#st-publish-problems li')];
    expect(items).toHaveLength(10);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('#/entry/templates/t0.md');
    expect(items[0]!.textContent).toMatch(/^Συγγνώμη για τη διπλή χρέωση: Σφάλμα: /);
    expect(items[1]!.textContent).toMatch(/^templates\/t1\.md: Σφάλμα: /);
    expect(root().textContent).toContain('Και 2 ακόμη σφάλματα: δείτε τις καταχωρίσεις με κόκκινη σήμανση στη λίστα.');
  });
});

/**
 * A pack.yaml whose version is not x.y.z («v2»): the three bumps all offered «1.0.0», three identical buttons, and
 * nothing said why. Now the page says the version is invalid, naming it, and offers the one sensible version.
 */
describe('publishing a pack whose version is invalid', () => {
  const renderWith = (current: string, lastPublished?: string) => {
    const preview = { current, next: '1.0.0', problems: [], outDir: '/tmp/out', keyFile: '/tmp/k', keyExists: false, ...(lastPublished ? { lastPublished } : {}) };
    const state = { busy: false, bump: 'minor' as const, changelog: '', outDir: '/tmp/out', keyFile: '/tmp/k', url: '', preview };
    act(() => render(<PublishPane state={state} unsaved={false} entryAt={() => undefined} onSet={() => undefined} onPreview={() => undefined} onPublish={() => undefined} />, root()));
  };
  const choices = () => [...root().querySelectorAll('input[name="bump"]')].map((r) => r.closest('label')!.textContent!.trim());

  it('says the version is invalid, names it, and offers 1.0.0 once, not as three bumps', () => {
    uiLang.value = 'el';
    renderWith('v2');
    expect(root().textContent).toContain('Η τρέχουσα έκδοση «v2» δεν είναι έγκυρη (μια έκδοση γράφεται όπως 1.0.0).');
    expect(choices()).toEqual([]);
    expect(root().querySelector('.st-next')?.textContent).toContain('Θα δημοσιευτεί ως 1.0.0.');
  });

  it('counts on from the last published version when there is one', () => {
    uiLang.value = 'el';
    renderWith('1.4', '1.4.0');
    expect(root().textContent).toContain('Η τρέχουσα έκδοση «1.4» δεν είναι έγκυρη');
    expect(choices()).toEqual(['Διόρθωση (1.4.1)', 'Προσθήκες (1.5.0)', 'Μεγάλη αλλαγή (2.0.0)']);
  });

  it('a version below the last published (pack.yaml put back from a copy) counts on from the published one, and says so', () => {
    // 1.3.0 was offered over the 2.0.0 agents have, and publishing it stopped with «version 1.3.0 is not above the
    // published 2.0.0», in English in the Greek studio.
    uiLang.value = 'el';
    renderWith('1.2.0', '2.0.0');
    expect(choices()).toEqual(['Διόρθωση (2.0.1)', 'Προσθήκες (2.1.0)', 'Μεγάλη αλλαγή (3.0.0)']);
    expect(root().textContent).toContain('Η νέα μετρά από την τελευταία δημοσιευμένη, 2.0.0.');
    expect(root().textContent).not.toContain('δεν είναι έγκυρη');
  });

  it('a valid version offers its three bumps and says nothing of validity', () => {
    uiLang.value = 'el';
    renderWith('1.2.3');
    expect(root().textContent).not.toContain('δεν είναι έγκυρη');
    expect(choices()).toEqual(['Διόρθωση (1.2.4)', 'Προσθήκες (1.3.0)', 'Μεγάλη αλλαγή (2.0.0)']);
  });
});
