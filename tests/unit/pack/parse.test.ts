// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compilePack, parseDuration, parseSopBody } from '../../../knowledge/node';
import { isIndexData } from '../../../knowledge/engine/index-data';
import type { SopEntry, TemplateEntry } from '../../../knowledge/types';
import { GOOD, NOW } from './helpers';

describe('parseDuration', () => {
  it.each([
    ['15m', 15],
    ['2h', 120],
    ['1d', 1440],
    ['1.5h', 90],
  ])('%s → %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
  it.each(['15', '15 minutes', 'h', '-1m', ''])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('parseSopBody', () => {
  it('reads numbered steps, branches in Greek and English, arrows and links', () => {
    const { steps, problems } = parseSopBody(
      [
        'Εισαγωγή πριν τα βήματα. [[ignored-here]]',
        '1. Ευχαριστήστε. [[greeting-formal]]',
        '2. Ελέγξτε.',
        '   - Αν: δύο χρεώσεις → βήμα 3',
        '   - If: pre-auth -> step 1',
        '   - If: over 500 € → escalate',
        '   - Αλλιώς → κλιμάκωση',
        '   - Else -> step 3',
        '   - Αν ο πελάτης είναι θυμωμένος, μιλήστε ήρεμα',
        '3. Επιστροφή.',
        '   Και επιβεβαίωση. [[refund]] [[refund]]',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(steps).toEqual([
      { n: 1, text: 'Ευχαριστήστε. [[greeting-formal]]', branches: [], templates: ['greeting-formal'] },
      {
        n: 2,
        text: 'Ελέγξτε.\n- Αν ο πελάτης είναι θυμωμένος, μιλήστε ήρεμα',
        branches: [
          { condition: 'δύο χρεώσεις', goto: 3 },
          { condition: 'pre-auth', goto: 1 },
          { condition: 'over 500 €', goto: 'escalate' },
          { condition: '', goto: 'escalate' },
          { condition: '', goto: 3 },
        ],
        templates: [],
      },
      { n: 3, text: 'Επιστροφή.\nΚαι επιβεβαίωση. [[refund]] [[refund]]', branches: [], templates: ['refund'] },
    ]);
  });

  it('reports misnumbered steps, branches without targets and bad targets, by body line', () => {
    const { problems } = parseSopBody(['1. Α', '   - Αν: κάτι', '   - If: x → nowhere', '3. Γ'].join('\n'));
    expect(problems).toEqual([
      { line: 2, problem: { code: 'branch.noTarget', params: { bullet: 'Αν: κάτι' } } },
      { line: 3, problem: { code: 'branch.badTarget', params: { target: 'nowhere' } } },
      { line: 4, problem: { code: 'step.misnumbered', params: { n: 3, expected: 2 } } },
    ]);
  });

  it('requires at least one step', () => {
    expect(parseSopBody('Μόνο κείμενο.').problems[0].problem.code).toBe('sop.noSteps');
  });
});

describe('compilePack on a good source folder', () => {
  const pack = compilePack(GOOD, { now: NOW });

  it('reads pack.yaml and every *.md below it, skipping README.md', () => {
    expect(pack.schema).toBe('odigos-pack');
    expect(pack.schemaVersion).toBe(1);
    expect(pack.meta).toEqual({
      id: 'fixture-good',
      name: 'Δοκιμαστικό πακέτο',
      version: '1.2.0',
      lang: 'el',
      description: 'Μικρό πακέτο για τις δοκιμές του μεταγλωττιστή.',
      reviewBy: '2030-01-01',
    });
    expect(pack.builtAt).toBe(NOW.toISOString());
    expect(pack.entries.map((e) => e.id).sort()).toEqual(['apology-formal', 'apology-informal', 'double-card-charge', 'greeting-formal']);
    // A prebuilt index for exactly these entries, which the matcher uses instead of indexing at run time.
    expect(isIndexData(pack.index, pack.entries.map((e) => e.id))).toBe(true);
  });

  it('turns an SOP into typed fields and steps, keeping the body as written', () => {
    const sop = pack.entries.find((e) => e.id === 'double-card-charge') as SopEntry;
    expect(sop).toMatchObject({
      type: 'sop',
      lang: 'el',
      department: 'Λογιστήριο',
      terms: { Προέγκριση: 'Δέσμευση ποσού που ακυρώνεται αυτόματα.' },
      metrics: { firstResponseMinutes: 15, completionMinutes: 2880 },
      escalation: { when: 'Το ποσό ξεπερνά τα 500 €.', to: 'Προϊστάμενος βάρδιας' },
      triggers: ['διπλη χρεωση', 'me xreosan 2 fores', 'χρεώθηκα δύο φορές'],
      tags: ['πληρωμές', 'κάρτα'],
      source: { file: 'sops/double-card-charge.md', line: 1 },
    });
    expect(sop.body.startsWith('Πριν ξεκινήσετε, ανοίξτε την παραγγελία.\n\n1. Ευχαριστήστε')).toBe(true);
    expect(sop.steps.map((s) => [s.n, s.branches.length, s.templates])).toEqual([
      [1, 0, ['greeting-formal']],
      [2, 3, []],
      [3, 0, []],
      [4, 0, ['apology-formal']],
    ]);
    expect(sop.steps[2].text).toBe('Εξηγήστε την προέγκριση.\nΗ δέσμευση φεύγει σε λίγες μέρες.');
  });

  it('reads templates with defaults and one-or-many channels', () => {
    const byId = (id: string) => pack.entries.find((e) => e.id === id) as TemplateEntry;
    expect(byId('greeting-formal')).toMatchObject({ channels: ['email'], formality: 'formal', tone: 'greeting', triggers: [], tags: [] });
    expect(byId('apology-formal')).toMatchObject({ shortcut: 'diplh', channels: ['email', 'chat'], reviewBy: '2031-06-30' });
    expect(byId('apology-informal')).toMatchObject({ shortcut: 'diplh', formality: 'informal', channels: ['chat'] });
    expect(byId('apology-informal').body).toBe('{{customer.firstName|Γεια σου}}, συγγνώμη για τη διπλή χρέωση!');
  });
});
