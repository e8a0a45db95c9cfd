// @vitest-environment node
/**
 * The customers' mood in the QC report, from one agent's export made in real Chromium on Request Tracker 5 (one
 * angry customer, tests/fixtures/qc/one-angry-customer.jsonl): the QC lead reads which mood it was and how many.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/static-server';
import { odigos } from '../cli/run';

const EXPORT = join(REPO_ROOT, 'tests', 'fixtures', 'qc', 'one-angry-customer.jsonl');

async function moodSection(lang: 'el' | 'en'): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'odigos-qc-mood-')), 'report.html');
  const run = await odigos('qc', EXPORT, '--lang', lang, '-o', out);
  expect(run.code, run.stderr).toBe(0);
  return /<section id="mood"[\s\S]*?<\/section>/.exec(readFileSync(out, 'utf8'))?.[0] ?? '';
}

describe('the customers\' mood by week', () => {
  it('one mood only: the chart names it and a table counts it (it was one blue bar with no name)', async () => {
    const el = await moodSection('el');
    const svg = /<svg[\s\S]*<\/svg>/.exec(el)?.[0] ?? '';
    expect(svg).toMatch(/>Θυμός<\/text>/);
    expect(el).toMatch(/<th scope="col">Διάθεση<\/th>/);
    expect(el).toMatch(/<tr><td>30\/11\/2026<\/td><td>Θυμός<\/td><td class="n">1<\/td><\/tr>/);
    const en = await moodSection('en');
    expect(en).toMatch(/>Angry<\/text>/);
    expect(en).toMatch(/<td>Angry<\/td><td class="n">1<\/td>/);
  }, 60_000);
});
