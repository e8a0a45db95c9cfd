import type { Page } from 'playwright-core';

/** One task the page's renderer main thread ran (content scripts run there too), in milliseconds. */
export interface MainThreadTask {
  /** Thread CPU time: what the task cost the page, and what a loaded machine does not inflate. */
  cpuMs: number;
  /** Wall time: grows whenever the renderer waits for a core, so it says little on a shared 2-core machine. */
  wallMs: number;
}

export interface MainThreadTrace {
  /** Stops tracing and returns every top-level task of the page's main thread since the trace began. */
  stop(): Promise<MainThreadTask[]>;
}

/** A task event, as Chromium's trace writes it (times in µs; `tdur` is the thread's CPU time). */
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frame?: string; processId?: number; frames?: Array<{ frame: string; processId: number }> } };
}

// Top-level task wrappers: the scheduler's ('toplevel') and the one DevTools draws long tasks from.
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline'];

/**
 * Traces the main thread of the renderer showing `page` from now until `stop()`. The Long Tasks API cannot do
 * this job under load: it reports wall time, and a 20 ms task of a descheduled renderer shows as 74 ms.
 * Start it after the page has navigated (its renderer process is found from its main frame).
 */
export async function traceMainThreadTasks(page: Page): Promise<MainThreadTrace> {
  const cdp = await page.context().newCDPSession(page);
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return mainThreadTasks(events, frameId);
    },
  };
}

/** The renderer processes that showed the frame (a cross-site navigation moves it to another). */
function framePids(events: TraceEvent[], frameId: string): Set<number> {
  const pids = new Set<number>();
  for (const e of events) {
    for (const f of e.args?.data?.frames ?? []) if (f.frame === frameId) pids.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.frame === frameId && e.args.data.processId) pids.add(e.args.data.processId);
  }
  return pids;
}

function mainThreadTasks(events: TraceEvent[], frameId: string): MainThreadTask[] {
  const pids = framePids(events, frameId);
  if (pids.size === 0) throw new Error(`the trace does not say which renderer showed frame ${frameId}`);
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.pid - b.pid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // The two wrappers nest (and a nested run loop nests tasks): keep the outermost of each.
  const outermost: TraceEvent[] = [];
  for (const t of tasks) {
    const last = outermost.at(-1);
    if (last && last.pid === t.pid && t.ts < last.ts + (last.dur ?? 0)) continue;
    outermost.push(t);
  }
  if (outermost.length === 0) throw new Error('the trace holds no task of the page\'s main thread');
  if (!outermost.some((t) => t.tdur !== undefined)) throw new Error('the trace has no thread CPU time (tdur) for main-thread tasks');
  // Chromium 156 leaves the thread time off a few tasks of a trace (6 of 647 in one run): their wall time stands in,
  // never less than the CPU they took, so a long task is never missed (at worst a descheduled one is counted long).
  return outermost.map((t) => ({ cpuMs: (t.tdur ?? t.dur ?? 0) / 1000, wallMs: (t.dur ?? 0) / 1000 }));
}

/** For a failure message: each task's CPU and wall time. */
export const describeTask = (t: MainThreadTask) => `${t.cpuMs.toFixed(1)} ms CPU (${t.wallMs.toFixed(1)} ms wall)`;

/** The task that cost the most CPU (for a log line that shows how far under the limit a test stayed). */
export const costliest = (tasks: MainThreadTask[]) => tasks.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
