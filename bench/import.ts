/**
 * The extension's import path in real Chromium with the built e2e extension: a pack.json handed over as the options
 * page does (`packs.import`: sent, checked, stored), then the first suggestions from it (the service worker rebuilds
 * its matcher) and warm queries, and the service worker's JavaScript heap after garbage collection, read through the
 * DevTools protocol. A 500-entry pack is the baseline of the same run for the 5,000-entry one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { compileSource } from '../knowledge/node/compile';
import { serializePack } from '../knowledge/pack/serialize';
import { buildDir } from '../tests/support/policy';
import { writeSourcePack } from './cli';
import { generateQueries } from './corpus';

const ROOT = join(import.meta.dirname, '..');

/** The e2e build, made if it is missing (the benchmark must run on a fresh clone). */
function ensureBuild(): void {
  if (existsSync(join(buildDir(), 'manifest.json'))) return;
  console.log('building the e2e extension (npx wxt build --mode e2e) …');
  const r = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npx wxt build --mode e2e failed');
}

/** A compiled pack of `n` generated entries with its own id, as the file a trainer would hand over. */
function packText(n: number, seed: number): { text: string; id: string; queries: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-import-bench-'));
  try {
    const entries = writeSourcePack(dir, n, seed);
    const { pack, problems } = compileSource(dir);
    if (!pack) throw new Error(problems.map((p) => p.message).slice(0, 5).join('\n'));
    const id = `bench-${n}`;
    // The first query names one entry outright (its title and a trigger): it must come up, whatever else competes.
    const named = entries[Math.floor(entries.length / 2)]!;
    const queries = [`${named.title} ${named.triggers[0] ?? ''}`, ...generateQueries(entries, 11, seed + 1).short];
    return { text: serializePack({ ...pack, meta: { ...pack.meta, id } }), id, queries };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The service worker's used JS heap after a full garbage collection, in bytes (DevTools protocol). */
async function workerHeap(cdp: CDPSession): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  if (!sw) throw new Error('no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let next = 1;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = next++;
      const listener = (e: { sessionId: string; message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
        if (e.sessionId !== sessionId || msg.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', listener);
        resolve(msg.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId });
  return usedSize!;
}

/** A request to the service worker from the options page, timed there (ms). */
function timedRequest(page: Page, name: string, payload: unknown): Promise<{ ms: number; value: unknown }> {
  return page.evaluate(
    async ({ name, payload }) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
      const t0 = performance.now();
      const reply = await api.runtime.sendMessage({ odigos: name, payload });
      const ms = performance.now() - t0;
      if (!reply.ok) throw new Error(reply.error);
      return { ms, value: reply.value };
    },
    { name, payload },
  );
}

interface Figures {
  entries: number;
  megabytes: number;
  importMs: number;
  firstMs: number;
  warmMs: number;
  heap: number;
}

async function measure(page: Page, cdp: CDPSession, n: number, seed: number): Promise<Figures> {
  const { text, id, queries } = packText(n, seed);
  // As the options page sends a file: its bytes in base64, decoded by the service worker as strictly as the CLI.
  const data = Buffer.from(text, 'utf8').toString('base64');
  const imported = await timedRequest(page, 'packs.import', { data, fileName: `${id}.json`, layer: 'personal' });
  // The matcher is rebuilt on the first query after the packs changed: that query is the time to suggestions.
  const first = await timedRequest(page, 'knowledge.search', { query: queries[0], limit: 20 });
  const found = (first.value as { suggestions: Array<{ packId: string }> }).suggestions.some((s) => s.packId === id);
  if (!found) throw new Error(`the first query after importing ${id} found nothing from it`);
  const warm: number[] = [];
  for (const q of queries.slice(1)) warm.push((await timedRequest(page, 'knowledge.search', { query: q, limit: 8 })).ms);
  warm.sort((a, b) => a - b);
  const heap = await workerHeap(cdp);
  await timedRequest(page, 'packs.remove', { id });
  return { entries: n, megabytes: text.length / 1048576, importMs: imported.ms, firstMs: first.ms, warmMs: warm[warm.length >> 1]!, heap };
}

export async function runImportBench(options: { quick?: boolean } = {}): Promise<boolean> {
  ensureBuild();
  const { launchWithExtension } = await import('../tests/support/browser');
  const browser = await launchWithExtension();
  try {
    const page = await browser.openExtensionPage('options.html');
    const cdp = await browser.context.newCDPSession(page);
    // The bundled packs loaded and searched once: the heap and times below are what an imported pack adds.
    await timedRequest(page, 'knowledge.search', { query: 'διπλή χρέωση', limit: 8 });
    const before = await workerHeap(cdp);
    const [small, large] = options.quick ? [50, 200] : [500, 5_000];
    const base = await measure(page, cdp, small, 41);
    const big = await measure(page, cdp, large, 43);
    const mb = (b: number) => (b / 1048576).toFixed(1);
    const ms = (x: number) => x.toFixed(0);
    console.log(`Import path in Chromium (options page → service worker), service worker heap with the bundled packs ${mb(before)} MB`);
    console.log('entries   file MB  import ms  first suggestions ms  warm query ms  worker heap MB (after GC)');
    for (const f of [base, big]) {
      console.log(
        `${f.entries.toLocaleString('en').padStart(7)} ${f.megabytes.toFixed(1).padStart(9)} ${ms(f.importMs).padStart(10)} ${ms(f.firstMs).padStart(21)} ` +
          `${f.warmMs.toFixed(1).padStart(14)} ${mb(f.heap).padStart(15)}`,
      );
    }
    const per = (f: Figures, x: number) => x / f.entries;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(
      `per entry, ${large.toLocaleString('en')} vs ${small.toLocaleString('en')}: import ${ratio(per(big, big.importMs), per(base, base.importMs))}, ` +
        `first suggestions ${ratio(per(big, big.firstMs), per(base, base.firstMs))}, heap added ${ratio(per(big, big.heap - before), per(base, base.heap - before))}`,
    );
    return true;
  } finally {
    await browser.close();
  }
}
