import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ImportPane } from '@/components/studio/ImportPane';
import { readCsv } from '@/knowledge/import/csv';
import { QualityPane } from '@/components/studio/QualityPane';
import { uiLang } from '@/lib/i18n';
import type { StudioProblem } from '@/studio/model/api';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/** The studio's Greek pages say what the engine and the importers report as data, in Greek. */
describe('the studio says the engine’s and the importers’ findings in Greek', () => {
  it('a phrase that brought up no entry reads «Καμία καταχώριση», not the engine’s "(nothing)"', () => {
    uiLang.value = 'el';
    const cv = { k: 5, cases: 3, top1: 2 / 3, top3: 2 / 3, confusions: [{ expected: 'lathos-megethos', got: '(nothing)', count: 1, example: 'μου έρχονται μικρά' }] };
    const result = { cv, titles: { 'lathos-megethos': 'Λάθος μέγεθος παπουτσιών' } };
    act(() => render(<QualityPane state={{ busy: false, result }} fileOf={() => 'sops/lathos-megethos.md'} entryAt={() => undefined} onRun={() => undefined} />, root()));
    const row = root().querySelector('tbody tr')!;
    expect([...row.children].map((c) => c.textContent).slice(0, 2)).toEqual(['Λάθος μέγεθος παπουτσιών', 'Καμία καταχώριση']);
    expect(root().textContent).not.toContain('nothing');
  });

  it('the errors that stop Mix-ups each name the entry they are in, linked to it: a clash names only the other entry', () => {
    uiLang.value = 'el';
    const blocked: StudioProblem[] = [
      {
        file: 'templates/new-entry.md', line: 5, severity: 'error', code: 'shortcut.duplicate',
        params: { shortcut: 'epanaklisi', formality: { code: 'formality.formal' }, other: 'evcharistoume', where: 'templates/evcharistoume.md:5' },
        message: 'shortcut "epanaklisi" (formal) is also used by "evcharistoume"',
      },
      { file: 'templates/draft.md', severity: 'error', code: 'field.empty', params: { field: 'title' }, message: '"title" is empty' },
    ];
    const titles: Record<string, string> = { 'templates/new-entry.md': 'Επανάκληση σε συμφωνημένη ώρα' };
    act(() => render(<QualityPane state={{ busy: false, result: { titles: {}, blocked } }} fileOf={() => undefined} entryAt={(f) => (titles[f] === undefined ? undefined : { title: titles[f], href: `#/entry/${f}` })} onRun={() => undefined} />, root()));
    const items = [...root().querySelectorAll('#cv-blocked li')];
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('#/entry/templates/new-entry.md');
    expect(items[0].textContent).toMatch(/^Επανάκληση σε συμφωνημένη ώρα: Σφάλμα: Η συντόμευση «epanaklisi»/);
    expect(items[1].textContent).toMatch(/^templates\/draft\.md: Σφάλμα: /);
  });

  it('a JSON export cut short is said in Greek, with its line and what to do', () => {
    uiLang.value = 'el';
    const preview = { error: 'not valid JSON (line 4): …', failure: { code: 'brokenJson' as const, line: 4 }, forms: [], files: [] };
    const state = { busy: false, text: '{', format: '', chosen: [], preview };
    act(() => render(<ImportPane state={state} onSet={() => undefined} onFile={() => undefined} onRead={() => undefined} onApply={() => undefined} />, root()));
    expect(root().querySelector('[role="alert"]')?.textContent).toBe(
      'Το αρχείο είναι JSON που δεν διαβάζεται (στη γραμμή 4): κόπηκε ή αλλοιώθηκε. Εξαγάγετέ το ξανά από το εργαλείο σας.',
    );
  });

  it('a CSV row without text is named by its line in the trainer\'s words, and nothing found offers nothing to add', () => {
    uiLang.value = 'el';
    const skipped = readCsv('title;body\nbroken;\n').skipped;
    expect(skipped).toEqual([{ source: 'broken', line: 2, reason: 'no-text' }]);
    const preview = { result: { format: 'csv' as const, templates: [], skipped }, forms: [], files: [] };
    act(() => render(<ImportPane state={{ busy: false, text: 'x', format: '', chosen: [], preview }} onSet={() => undefined} onFile={() => undefined} onRead={() => undefined} onApply={() => undefined} />, root()));
    // Was «2: broken: χωρίς κείμενο» beside a disabled «Προσθήκη 0 προτύπων στο πακέτο».
    expect(root().querySelector('[aria-labelledby="st-import-skipped"] li')?.textContent).toBe('Γραμμή 2 («broken»): χωρίς κείμενο');
    expect([...root().querySelectorAll('button')].map((b) => b.textContent)).not.toContainEqual(expect.stringContaining('Προσθήκη'));
  });

  it('the import\'s file field is in the trainer\'s language, not the browser\'s «Choose File», and says the file chosen', async () => {
    uiLang.value = 'el';
    const chosen: File[] = [];
    const draw = (fileName?: string) =>
      act(() => render(<ImportPane state={{ busy: false, text: '', fileName, format: '', chosen: [] }} onSet={() => undefined} onFile={(f) => chosen.push(f)} onRead={() => undefined} onApply={() => undefined} />, root()));
    draw();
    const field = root().querySelector('label.file-chooser')!;
    expect(field.textContent).toBe('Αρχείο εξαγωγήςΕπιλογή αρχείου…');
    const input = field.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).toBe('.json,.csv,.yml,.yaml,.txt');
    Object.defineProperty(input, 'files', { value: [new File(['[]'], 'macros.json')] });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(chosen.map((f) => f.name)).toEqual(['macros.json']);
    draw('macros.json');
    expect(root().querySelector('.file-chooser-name')!.textContent).toBe('macros.json');
    uiLang.value = 'en';
    draw();
    expect(root().querySelector('label.file-chooser')!.textContent).toBe('Export fileChoose a file…');
    uiLang.value = 'el';
  });
});
