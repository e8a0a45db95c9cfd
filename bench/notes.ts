/**
 * Notes benchmark: 10,000 notes → the notes page opens and searches within 200 ms.
 *   node --import tsx bench/notes.ts            Node figures (index build, search p50/p95, filters)
 *   node --import tsx bench/notes.ts --browser  also real Chromium with the built e2e extension
 *                                               (ODIGOS_OUT_DIR=.output-x npx wxt build --mode e2e first)
 * Exported as `runNotesBench()` for bench/run.ts.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Note } from '../lib/notes/model';
import { buildNotesIndex, filterNotes, overdueNotes, searchNotes, vocabularyOf, withSearchKey } from '../lib/notes/search';
import { meetingTemplate } from '../lib/notes/template';

const TARGET_MS = 200;
const WORDS = (
  'χρέωση διπλή κάρτα επιστροφή χρημάτων παραγγελία καθυστέρηση παράδοση κούριερ προϊόν ελαττωματικό αλλαγή ' +
  'μεγέθους ακύρωση συνδρομής λογαριασμός κωδικός πρόσβασης τιμολόγιο απόδειξη εγγύηση επισκευή τεχνικός ραντεβού ' +
  'τηλέφωνο επανάκληση προϊστάμενος παράπονο ευγενικός θυμωμένος τρίτη φορά περιμένω απάντηση σήμερα αύριο ' +
  'δέμα κατάστημα πόντοι κουπόνι έκπτωση πληρωμή αντικαταβολή τράπεζα μεταφορά λάθος διεύθυνση'
).split(' ');
const NAMES = ['Γιώργος Παπαδόπουλος', 'Μαρία Κωνσταντίνου', 'Δημήτρης Αλεξίου', 'Ελένη Γεωργίου', 'Νίκος Ιωάννου', 'Άννα Μιχαήλ'];
const SITES = ['https://acme.zendesk.com', 'https://shop.freshdesk.com', 'https://desk.zoho.eu'];

/** Deterministic pseudo-random numbers, so every run measures the same notes. */
function rng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

export function generateNotes(count: number, now = Date.UTC(2026, 2, 1)): Note[] {
  const r = rng(8);
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  const template = meetingTemplate('el').split('\n\n');
  return Array.from({ length: count }, (_, i) => {
    const site = SITES[i % SITES.length];
    const at = now - Math.floor(r() * 80 * 86_400_000);
    const text = template.map((h) => `${h}\n${sentence(8 + Math.floor(r() * 20))}.`).join('\n\n');
    const followUpAt = r() < 0.2 ? at + Math.floor(r() * 10 * 86_400_000) : null;
    return {
      interactionId: `zendesk:${new URL(site).host}:${100_000 + i}`,
      site,
      url: `${site}/agent/tickets/${100_000 + i}`,
      label: `#${100_000 + i} — ${NAMES[i % NAMES.length]}`,
      createdAt: at,
      updatedAt: at,
      version: 1,
      fields: { text, customer: NAMES[i % NAMES.length], followUpAt, status: (['open', 'waiting', 'resolved'] as const)[i % 3] },
      fieldAt: { text: at, customer: at, followUpAt: at, status: at },
      timeline: [{ at, event: { kind: 'cue', cue: 'repeat-contact', words: ['τρίτη φορά'] } }],
    };
  });
}

const QUERIES = ['επιστροφη', 'ΧΡΕΩΣΗ καρτα', 'καθυστερηση παραδοσης', 'Παπαδοπουλος', 'επανακλησ', 'συνδρομης ακυρωση', 'εγγυηση επισκευη', 'κουριρ', '100042'];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (x: number) => `${x.toFixed(1)} ms`;

function nodeFigures(raw: Note[]) {
  const k = performance.now();
  const notes = raw.map(withSearchKey);
  const keyEach = (performance.now() - k) / raw.length;
  const t0 = performance.now();
  const index = buildNotesIndex(notes);
  const build = performance.now() - t0;
  const v = performance.now();
  vocabularyOf(index);
  const vocabulary = performance.now() - v;
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      const s = performance.now();
      const found = filterNotes(searchNotes(index, q), { status: round % 2 ? 'open' : undefined }, Date.UTC(2026, 2, 1));
      times.push(performance.now() - s);
      hits += found.length;
    }
  }
  const o = performance.now();
  overdueNotes(notes, Date.UTC(2026, 2, 1));
  const overdue = performance.now() - o;
  return { keyEach, build, vocabulary, words: index.vocabulary!.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), overdue, hits };
}

async function browserFigures(notes: Note[]) {
  const { launchWithExtension } = await import('../tests/support/browser');
  const browser = await launchWithExtension();
  try {
    const page = await browser.openExtensionPage('notes.html');
    await page.locator('html[data-ready="true"]').waitFor();
    // Baseline in the same run: the same page with no notes (what loading the page itself costs on this machine).
    const emptyOpens: number[] = [];
    for (let round = 0; round < 3; round++) {
      await page.reload();
      await page.locator('html[data-complete="true"]').waitFor();
      emptyOpens.push(await page.evaluate(() => performance.getEntriesByName('odigos-notes-complete')[0].startTime));
    }
    // Straight into the extension's IndexedDB (the page created the schema on load).
    await page.evaluate(async (all) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('odigos-notes');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('notes', 'readwrite');
        for (const n of all) tx.objectStore('notes').put(n);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, notes.map(withSearchKey));
    const opens: number[] = [];
    const reads: number[] = [];
    const searches: number[] = [];
    for (let round = 0; round < 3; round++) {
      await page.reload();
      await page.locator('html[data-complete="true"]').waitFor();
      opens.push(await page.evaluate(() => performance.getEntriesByName('odigos-notes-ready')[0].startTime));
      reads.push(await page.evaluate(() => performance.getEntriesByName('odigos-notes-complete')[0].startTime));
      // Typo matching's word list is gathered while idle, before the agent types.
      await page.waitForTimeout(400);
      for (const q of QUERIES) {
        searches.push(
          await page.evaluate(async (query) => {
            const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
            const count = document.querySelector('.notes-list [role="status"]')!;
            const before = count.textContent;
            const start = performance.now();
            box.value = query;
            box.dispatchEvent(new Event('input', { bubbles: true }));
            // Until the list shows the new result (or a frame passed if the count happens to be the same).
            for (let i = 0; i < 100 && count.textContent === before; i++) await new Promise((r) => setTimeout(r, 0));
            await new Promise((r) => requestAnimationFrame(() => r(null)));
            return performance.now() - start;
          }, q),
        );
      }
    }
    return { empty: percentile(emptyOpens, 0.5), read: percentile(reads, 0.5), open: percentile(opens, 0.5), openMax: Math.max(...opens), p50: percentile(searches, 0.5), p95: percentile(searches, 0.95) };
  } finally {
    await browser.close();
  }
}

export async function runNotesBench(options: { browser?: boolean; count?: number } = {}): Promise<boolean> {
  const count = options.count ?? 10_000;
  const notes = generateNotes(count);
  const n = nodeFigures(notes);
  console.log(`notes bench: ${count.toLocaleString('en')} notes (${n.words.toLocaleString('en')} distinct words)`);
  console.log(`  node    search key per stored note ${ms(n.keyEach)} · index ${ms(n.build)} · vocabulary (idle, once) ${ms(n.vocabulary)}`);
  console.log(`          search p50 ${ms(n.p50)} p95 ${ms(n.p95)} · overdue list ${ms(n.overdue)}`);
  let ok = n.build + n.p95 <= TARGET_MS;
  if (options.browser) {
    const b = await browserFigures(notes);
    const ratio = (x: number) => `${(x / b.empty).toFixed(2)}×`;
    console.log(`  chromium empty notes page ready (baseline) p50 ${ms(b.empty)}`);
    console.log(`           10,000 notes: newest painted p50 ${ms(b.open)} (${ratio(b.open)} baseline, max ${ms(b.openMax)}) · all read and searchable p50 ${ms(b.read)} (${ratio(b.read)})`);
    console.log(`           search→list p50 ${ms(b.p50)} p95 ${ms(b.p95)}`);
    ok &&= b.open <= TARGET_MS && b.p50 <= TARGET_MS;
  }
  console.log(`  target ≤ ${TARGET_MS} ms: ${ok ? 'met' : 'MISSED'}`);
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runNotesBench({ browser: process.argv.includes('--browser') }).then((ok) => (process.exitCode = ok ? 0 : 1));
}
