/**
 * The reports `odigos qc` and `odigos insights` write, opened as a QC lead opens them: a file in Chromium with no
 * network, no console error, every chart drawn and in view when scrolled to, in Greek and in English, and the
 * skipped input named on the page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simExportedAt, simulateAgent, writeAgentExport } from '../../bench/qc-sim';
import { odigos } from '../unit/cli/run';
import { CHROMIUM, screenshot } from '../support/browser';

let browser: Browser;
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'odigos-qc-e2e-'));
  const at = simExportedAt(10);
  files = Array.from({ length: 4 }, (_, i) => writeAgentExport(dir, simulateAgent(i, 10, 6, 7), i % 2 ? 'parquet' : 'jsonl', at));
  const broken = join(dir, 'broken.jsonl');
  writeFileSync(broken, '{"format":"odigos-qc","v":1,"type":"interaction"\n');
  files.push(broken);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a report file offline; collects console errors and any request that is not the file itself. */
async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => r.url() !== pathToFileURL(file).href && requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests };
}

/** Every chart has a drawn size, marks inside it, and is in the viewport once scrolled to. */
async function expectChartsVisible(page: Page, atLeast: number) {
  const charts = page.locator('figure.chart svg');
  expect(await charts.count()).toBeGreaterThanOrEqual(atLeast);
  for (const svg of await charts.all()) {
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(100);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    // Bars and lines are paths: an empty chart has only its axes.
    expect(await svg.locator('path').count()).toBeGreaterThan(4);
  }
}

/**
 * What a QC lead reads, whole: every number with its unit on one line («15 λεπτά», not «15» over «λεπτά»), and every
 * chart label inside its chart and not cut by the chart library (it cut Greek SOP titles at about 18 letters,
 * «Τηλέφωνο — μεταφορ...», where English ones kept 28); a label longer than the report's budget ends in «…».
 */
async function expectReadable(page: Page) {
  const wrapped = await page.locator('td.n').evaluateAll((cells) =>
    cells
      .filter((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })
      .map((td) => td.textContent),
  );
  expect(wrapped).toEqual([]);
  const labels = await page.locator('figure.chart svg text').evaluateAll((texts) =>
    texts.map((t) => ({ text: t.textContent ?? '', x: t.getBoundingClientRect().left - t.closest('svg')!.getBoundingClientRect().left })),
  );
  const words = labels.filter((l) => /\p{L}{3}/u.test(l.text));
  expect(words.length).toBeGreaterThan(10);
  expect(words.filter((l) => l.x < 0 || l.text.endsWith('...'))).toEqual([]);
  expect(words.filter((l) => l.text.endsWith('…') && l.text.length < 30)).toEqual([]);
}

describe('odigos qc report in Chromium', () => {
  it('Greek: opens offline with no console error, draws every chart and names the skipped file', async () => {
    const out = join(dir, 'report.html');
    const run = await odigos('qc', ...files, '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const { page, errors, requests } = await open(out);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ποιοτικός έλεγχος εξυπηρέτησης');
    // The first section names itself: it repeated the h1 («Ποιοτικός έλεγχος εξυπηρέτησης» twice in a row).
    expect(await page.locator('h2').first().textContent()).toBe('Η περίοδος με μια ματιά');
    for (const h of ['Χρόνοι ανά διαδικασία, έναντι των στόχων της', 'Τήρηση διαδικασιών: τα βήματα που παραλείπονται', 'Επανακλήσεις: υποσχέθηκαν, τηρήθηκαν, εκκρεμούν', 'Απόψεις πελατών ανά θέμα (αυτολεξεί)']) {
      await page.getByRole('heading', { name: h }).waitFor();
    }
    expect(await page.locator('[data-figure="interactions"]').textContent()).toBe('240');
    await expectChartsVisible(page, 7);
    await expectReadable(page);
    const skipped = page.locator('.skipped li');
    expect(await skipped.first().textContent()).toContain('broken.jsonl:1');
    expect(await page.locator('[data-left-out]').getAttribute('data-left-out')).toBe('1');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'qc-report-el');
    await page.getByRole('heading', { name: 'Τήρηση διαδικασιών: τα βήματα που παραλείπονται' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'qc-report-el-adherence');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('Greek, printed: nothing cut at the page’s edge (the wide tables scrolled, so paper lost their last columns)', async () => {
    const out = join(dir, 'report-print.html');
    const run = await odigos('qc', ...files, '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const { page } = await open(out);
    // A laptop first: 1366 × 768 scrolls down only.
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    // A4 portrait within 10 mm margins is 190 mm, 718 CSS px: every table, chart and card inside it.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('table, figure.chart svg, .card, blockquote')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => `${e.closest('section')?.id}: ${e.tagName} to ${Math.round(e.getBoundingClientRect().right)} px`),
    );
    expect(cut).toEqual([]);
    await page.locator('#callbacks').scrollIntoViewIfNeeded();
    await screenshot(page, 'qc-report-el-print-callbacks');
    const pdf = await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' }, printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  it('English, in a 400 px window: the charts keep their words readable and scroll sideways, as the tables do', async () => {
    // Each chart was shrunk to the window's width, its 12 px labels drawn 4 px high: an SOP's title unreadable.
    const out = join(dir, 'report-en-narrow.html');
    const run = await odigos('qc', ...files, '--lang', 'en', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const { page, errors } = await open(out);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.getByRole('heading', { name: 'Customer service quality control', level: 1 }).waitFor();
    const heights = await page.locator('figure.chart svg text').evaluateAll((texts) =>
      texts.filter((t) => /\p{L}{3}/u.test(t.textContent ?? '')).map((t) => t.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
    // The page itself does not scroll sideways: each chart does, inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.locator('figure.chart').nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'qc-report-en-400');
    expect(errors).toEqual([]);
  });

  it('English: each chart’s legend keeps its entries apart (the next icon used to sit on “target”)', async () => {
    const out = join(dir, 'report-en.html');
    const run = await odigos('qc', ...files, '--lang', 'en', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const { page, errors } = await open(out);
    await page.getByRole('heading', { name: 'Customer service quality control', level: 1 }).waitFor();
    expect(await page.locator('h2').first().textContent()).toBe('The period at a glance');
    // A legend is the line of words along a chart's top; each entry's 25 px icon stands before its words.
    const gaps = await page.locator('figure.chart svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const top = svg.getBoundingClientRect().top;
        const words = [...svg.querySelectorAll('text')]
          .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
          .filter((w) => /\p{L}{3}/u.test(w.text) && w.box.top - top < 24)
          .sort((a, b) => a.box.left - b.box.left);
        return words.slice(1).map((w, i) => ({ after: words[i].text, gap: Math.round(w.box.left - words[i].box.right) }));
      }),
    );
    expect(gaps.length).toBeGreaterThan(1);
    expect(gaps.filter((g) => g.gap < 30)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('Greek, nothing to count: the page says why at its top, draws no blank chart and names the skipped file', async () => {
    // It drew «— / —» cards and eight empty charts, with no word of why, above the skipped file far below.
    const out = join(dir, 'report-none.html');
    const run = await odigos('qc', files[files.length - 1]!, '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const { page, errors } = await open(out);
    await page.setViewportSize({ width: 1366, height: 768 });
    const said = page.locator('[data-empty="report"]');
    expect(await said.textContent()).toMatch(/^Τα αρχεία που δόθηκαν δεν περιέχουν καμία αλληλεπίδραση/);
    const box = await said.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(768);
    expect(await page.locator('figure.chart').count()).toBe(0);
    expect(await page.locator('.meta dd').first().textContent()).toBe('—');
    expect(await page.locator('.skipped li').first().textContent()).toContain('broken.jsonl:1');
    await screenshot(page, 'qc-report-el-none');
    expect(errors).toEqual([]);
  });

  it('English insights: topics with triggers and examples, charts drawn, no console error', async () => {
    const out = join(dir, 'insights.html');
    const run = await odigos('insights', ...files, '--pack', 'knowledge/packs/el-core', '--lang', 'en', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const { page, errors, requests } = await open(out);
    await page.getByRole('heading', { name: 'Customer messages with no good suggestion, by topic' }).waitFor();
    const topics = page.locator('.topic[data-topic-count]');
    expect(await topics.count()).toBeGreaterThan(1);
    expect(await topics.first().locator('.triggers code').count()).toBeGreaterThan(1);
    expect(await topics.first().locator('blockquote').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Confusable pairs: the agent picked B when A ranked first' }).waitFor();
    await expectChartsVisible(page, 3);
    await expectReadable(page);
    // The entries neither suggested nor used are one line, their list folded until it is opened.
    const neither = page.locator('#unused details.folded');
    const count = Number(await neither.getAttribute('data-count'));
    expect(count).toBeGreaterThan(10);
    await neither.locator('summary').waitFor({ state: 'visible' });
    expect(await neither.locator('summary').textContent()).toBe(`${count} entries neither suggested nor used`);
    expect(await neither.locator('li').first().isVisible()).toBe(false);
    await neither.locator('summary').click();
    await neither.locator('li').first().waitFor({ state: 'visible' });
    expect(await neither.locator('li').count()).toBe(count);
    await neither.scrollIntoViewIfNeeded();
    await screenshot(page, 'insights-report-en-unused');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'insights-report-en');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
