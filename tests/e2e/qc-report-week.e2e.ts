/**
 * A Greek QC lead opens Monday's report on a 1366 × 768 laptop (tests/fixtures/qc-week/lead-week.ts: six agents,
 * Greek and English, a cut file, an older export, one export given three times). What they read must be what the
 * agents did: the customers' own words and nothing of the notes under them, the cut file named in Greek with what
 * to do, the older export's agent said to have no name, with its file, everything inside the page's width and not covered.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWeek, type WeekFiles } from '../fixtures/qc-week/lead-week';
import { odigos } from '../unit/cli/run';
import { CHROMIUM, SCREENSHOT_DIR, screenshot } from '../support/browser';

let browser: Browser;
let dir: string;
let week: WeekFiles;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'odigos-qc-week-e2e-'));
  week = await writeWeek(join(dir, 'exports'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function report(lang: 'el' | 'en', folder = 'exports'): Promise<{ page: Page; errors: string[] }> {
  const out = join(dir, `report-${folder}-${lang}.html`);
  const run = await odigos('qc', join(dir, folder), '--tz', 'Europe/Athens', '--lang', lang, '-o', out);
  expect(run.code, run.stderr).toBe(0);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(out).href);
  return { page, errors };
}

/** Scrolled to, the element is inside the viewport and what is drawn at its centre is the element itself. */
async function expectSeen(el: Locator) {
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(await el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (top === e || e.contains(top));
  })).toBe(true);
}

describe('the QC lead’s week in Chromium at 1366 × 768', () => {
  it('Greek: the customers’ words only, the cut file said in Greek with what to do, the older export’s agent unnamed, with its file', async () => {
    const { page, errors } = await report('el');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ποιοτικός έλεγχος εξυπηρέτησης');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    // Each heading label on the line of its value: «Δημιουργήθηκε» ended the first line and its date began the second.
    const apart = await page.locator('dl.meta dt').evaluateAll((dts) =>
      dts.filter((dt) => Math.abs(dt.getBoundingClientRect().top - dt.nextElementSibling!.getBoundingClientRect().top) > 2).map((dt) => dt.textContent),
    );
    expect(apart).toEqual([]);
    await screenshot(page, 'qc-week-el-top');

    // The views quoted: agents typed into the template's empty lines, and the key facts and agreed actions under
    // the next headings were quoted as the customer's words.
    const quotes = await page.locator('#views blockquote').allTextContents();
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => /Βασικά στοιχεία|Key facts|Συμφωνημένες ενέργειες|Agreed actions/.test(q))).toEqual([]);
    await expectSeen(page.locator('#views blockquote').first());
    await screenshot(page, 'qc-week-el-views');

    // Νίκος's views under his own heading, «ΑΠΟΨΗ ΠΕΛΑΤΗ:» in capitals or «apopsi pelati:»: counted as missing.
    const nikos = page.locator('#by-agent tr', { hasText: 'Νίκος Τσακίρης' });
    const noViews = week.truth.filter((t) => t.agentKey === 'nikos' && !t.views).length;
    await expectSeen(nikos.locator('td').last());
    expect(await nikos.locator('td').last().textContent()).toBe(String(noViews));
    expect(await page.locator('#by-agent th').last().textContent()).toBe('Χωρίς απόψεις πελάτη');

    // The older export's agent: no name (a hash before, then the file's name as if it were one), and which file.
    const older = page.locator('#by-agent td', { hasText: 'odigos-notes-2026-10-26.json' });
    await expectSeen(older);
    expect(await older.textContent()).toBe('Εκπρόσωπος χωρίς όνομα (αρχείο odigos-notes-2026-10-26.json)');
    expect(await page.locator('#by-agent svg text', { hasText: 'odigos-notes' }).allTextContents()).toEqual(['Χωρίς όνομα (odigos-notes-2026-10-26)']);
    await screenshot(page, 'qc-week-el-agents');

    // Each bar of the adherence chart says which step it is (cut from the end, eight read «Αλλαγή ημερομηνίας παράδοσης …»).
    const chart = page.locator('#adherence figure.chart svg');
    await expectSeen(chart);
    const steps = await chart.locator('text').evaluateAll((texts) => texts.map((t) => t.textContent ?? '').filter((t) => t.includes('Βήμα')));
    expect(steps.length).toBeGreaterThan(5);
    expect(steps.filter((l) => !/ · (?:Βήμα \d+|Βήματα \d+–\d+)$/.test(l))).toEqual([]);
    expect(new Set(steps).size).toBe(steps.length);
    // What a QC lead reads at a glance: each bar «n από N», the most often skipped first, steps in a row with the
    // same counts as one bar, and the steps seen too seldom to tell counted apart (fifteen bars at 100 % before).
    const counts = await chart.locator('text').evaluateAll((texts) => texts.map((t) => t.textContent ?? '').filter((t) => /^\d+ από \d+$/.test(t)));
    expect(counts.length).toBe(steps.length);
    const skipped = counts.map((c) => Number(c.split(' ')[0]));
    expect(skipped).toEqual([...skipped].sort((a, b) => b - a));
    expect(steps.some((l) => l.includes('Βήματα'))).toBe(true);
    expect(await page.locator('#adherence details[data-folded="few-seen"] summary').textContent()).toMatch(/^(1 βήμα εμφανίστηκε|\d+ βήματα εμφανίστηκαν) σε λιγότερες από 5 αλληλεπιδράσεις, εκτός γραφήματος και πίνακα$/);
    await screenshot(page, 'qc-week-el-adherence');

    // The cut file: named, in Greek, with what to do.
    const cut = page.locator('#input .skipped li', { hasText: 'odigos-qc-katerina-2026-10-26.jsonl' });
    await expectSeen(cut);
    expect(await cut.textContent()).toMatch(/η εξαγωγή είναι ελλιπής .* ζητήστε από τον εκπρόσωπο να τη στείλει ξανά/);
    // Whom to ask, and for which export: her export leaves her name out (qcExportOmit agentName), so her id and team.
    const ask = cut.locator('[data-ask]');
    await expectSeen(ask);
    expect(await ask.textContent()).toMatch(
      /^Τι να ζητήσετε ξανά — εκπρόσωπος: χωρίς όνομα στην εξαγωγή \(κωδικός a-91c7d3e5a0f8, Ομάδα Θεσσαλονίκης\)· η εξαγωγή της \d\d\/10\/2026 \d\d:\d\d, .*\. Η εγγραφή που κόπηκε είναι της αλληλεπίδρασης \S+\.$/,
    );
    expect(await page.locator('#input').textContent()).not.toMatch(/cut short|notes JSON export/);
    await page.locator('#input').screenshot({ path: join(SCREENSHOT_DIR, 'qc-week-el-input-ask.png') });
    await screenshot(page, 'qc-week-el-input');
    expect(errors).toEqual([]);
  });

  it('English: the same input section in English; the older export’s agent unnamed, with its file', async () => {
    const { page, errors } = await report('en');
    const older = page.locator('#by-agent td', { hasText: 'odigos-notes-2026-10-26.json' });
    await expectSeen(older);
    expect(await older.textContent()).toBe('Unnamed agent (file odigos-notes-2026-10-26.json)');
    expect(await page.locator('#by-agent svg text', { hasText: 'odigos-notes' }).allTextContents()).toEqual(['Unnamed (odigos-notes-2026-10-26)']);
    await screenshot(page, 'qc-week-en-agents');
    const cut = page.locator('#input .skipped li', { hasText: 'odigos-qc-katerina-2026-10-26.jsonl' });
    await expectSeen(cut);
    expect(await cut.textContent()).toContain('cut short (the file ends inside this record): the export is incomplete');
    expect(await page.locator('#input').textContent()).toContain('odigos-notes v1 (notes JSON export)');
    await screenshot(page, 'qc-week-en-input');
    expect(errors).toEqual([]);
  });

  it('Greek: Γιώργος’s export cut, then sent again whole, counted once, the merge said in Greek; Νίκος’s cut Parquet named with what to do', async () => {
    cpSync(join(dir, 'exports'), join(dir, 'resent'), { recursive: true });
    const text = readFileSync(week.files.giorgos, 'utf8');
    writeFileSync(join(dir, 'resent', 'odigos-notes-2026-10-26 (cut).json'), text.slice(0, Math.floor(text.length * 0.6)));
    // Νίκος's Parquet export cut before its footer, beside the whole one.
    const parquet = readFileSync(week.files.nikos);
    writeFileSync(join(dir, 'resent', 'odigos-qc-nikos-2026-10-26 (cut).parquet'), parquet.subarray(0, Math.floor(parquet.length * 0.8)));
    const once = await report('el');
    const interactions = await once.page.locator('[data-figure="interactions"]').textContent();
    const { page, errors } = await report('el', 'resent');
    // Each file stood for an agent of its own: the cut file's interactions were all counted a second time.
    expect(await page.locator('[data-figure="interactions"]').textContent()).toBe(interactions);
    // Each cut file said once, among the merges: the whole one resent holds everything, nothing to ask again.
    const covered = page.locator('#input .merged li[data-covered]');
    expect(await covered.count()).toBe(2);
    const notes = covered.filter({ hasText: 'odigos-notes-2026-10-26 (cut).json' });
    await expectSeen(notes);
    expect(await notes.textContent()).toMatch(/: είχε κοπεί, αλλά στάλθηκε ξανά ολόκληρο ως odigos-notes-2026-10-26\.json, που περιέχει όλες τις εγγραφές του και όσες έλειπαν μετά το σημείο όπου κόπηκε· μετρήθηκαν από εκεί, μία φορά\. Δεν χρειάζεται να ζητήσετε ξανά την εξαγωγή\.$/);
    expect(await covered.filter({ hasText: 'odigos-qc-nikos-2026-10-26 (cut).parquet' }).textContent()).toContain('στάλθηκε ξανά ολόκληρο ως odigos-qc-nikos-2026-10-26.parquet');
    expect(await page.locator('#input h3').allTextContents()).toContain('Συγχωνεύτηκαν');
    // Under «Παραλείφθηκαν», «ζητήστε … ξανά» for the files just said to be counted from the whole ones: only Κατερίνα's is left.
    const skipped = await page.locator('#input .skipped li').allTextContents();
    expect(skipped.filter((l) => l.includes('(cut)'))).toEqual([]);
    expect(skipped.some((l) => l.includes('odigos-qc-katerina-2026-10-26.jsonl'))).toBe(true);
    // Counted with the word's own form (it read «Εγγραφές που έμειναν εκτός: 1.», a label where a count is meant).
    expect(await page.locator('#input [data-left-out]').textContent()).toBe('Έμεινε εκτός 1 εγγραφή.');
    expect(await page.locator('#input p').first().textContent()).toMatch(/^Διαβάστηκαν 10 αρχεία, με \d+ εγγραφές\. \d+ αλληλεπιδράσεις από διπλές ή επικαλυπτόμενες εξαγωγές μετρήθηκαν μία φορά\. /);
    await page.locator('#input').screenshot({ path: join(SCREENSHOT_DIR, 'qc-week-el-input-merged.png') });
    await screenshot(page, 'qc-week-el-merged');
    expect(errors).toEqual([]);
  });

  it('Greek: a cut Parquet export with no whole one beside it does not read as if nothing was lost', async () => {
    const parquet = readFileSync(week.files.nikos);
    cpSync(join(dir, 'exports'), join(dir, 'parquet-lost'), { recursive: true });
    writeFileSync(join(dir, 'parquet-lost', 'odigos-qc-nikos-2026-10-26.parquet'), parquet.subarray(0, Math.floor(parquet.length * 0.8)));
    const { page, errors } = await report('el', 'parquet-lost');
    const leftOut = page.locator('#input [data-left-out]');
    // Wrapped over two lines, the bold words' box has the paragraph's own space at its centre: the paragraph is seen.
    await expectSeen(leftOut.locator('xpath=..'));
    // «Έμεινε εκτός 1 εγγραφή.», Κατερίνα's cut line only: Νίκος's whole week was missing without a word.
    expect(await leftOut.textContent()).toBe('Έμεινε εκτός 1 εγγραφή, και όσες είχε 1 αρχείο που δεν διαβάζεται (άγνωστος αριθμός).');
    const cut = page.locator('#input .skipped li', { hasText: 'odigos-qc-nikos-2026-10-26.parquet' });
    await expectSeen(cut);
    expect(await cut.textContent()).toContain('ζητήστε από τον εκπρόσωπο να στείλει ξανά την εξαγωγή');
    // Cut before its footer, nothing in it can be read, its agent neither: whom to ask is whoever sent it.
    expect(await cut.locator('[data-ask]').textContent()).toBe('Από ό,τι διαβάζεται στο αρχείο δεν φαίνεται ποιος το εξήγαγε: ζητήστε το ξανά από όποιον σας έστειλε το odigos-qc-nikos-2026-10-26.parquet.');
    await screenshot(page, 'qc-week-el-parquet-lost');
    await page.locator('#input').screenshot({ path: join(SCREENSHOT_DIR, 'qc-week-el-input-lost.png') });
    expect(errors).toEqual([]);
  });
});
