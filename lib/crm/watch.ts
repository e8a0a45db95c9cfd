/**
 * Keeps the overlay in step with the conversation: re-reads (debounced) when the thread's DOM changes or the
 * URL changes, and reports only when what was read actually changed (a new customer message, another ticket).
 * Cheap by design: one observer on the adapter's root, no per-message state, a low-rate URL poll because
 * history.pushState fires no event.
 */
import type { ConversationSnapshot, CrmAdapter } from './types';
import { readConversation, type ConversationRead } from './registry';

export interface ConversationWatch {
  /** Stop observing (the overlay is collapsed); nothing is read until resume. */
  pause(): void;
  /** Observe again and re-read at once. */
  resume(): void;
  /** Re-read now (e.g. after the agent saved a site profile). */
  refresh(): void;
}

export interface WatchOptions {
  debounceMs?: number;
  pollMs?: number;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function sameRead(a: ConversationRead | undefined, b: ConversationRead): boolean {
  return !!a && a.problem?.message === b.problem?.message && sameSnapshot(a.snapshot, b.snapshot);
}

/** A change inside an editor (the agent's draft) or inside Odigos' own UI. */
function typedOrOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.closest('[contenteditable]:not([contenteditable="false"]),textarea,[role=textbox]')) return true;
  const root = el.getRootNode();
  return el.localName.startsWith('odigos-') || (root instanceof ShadowRoot && root.host.localName.startsWith('odigos-'));
}

function sameSnapshot(a: ConversationSnapshot, b: ConversationSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One reading of the page and what it cost in milliseconds; no reading when even the generic reader failed. */
function timedRead(adapter: CrmAdapter, document: Document): { read?: ConversationRead; cost: number } {
  const started = performance.now();
  try {
    return { read: readConversation(adapter, document), cost: performance.now() - started };
  } catch {
    return { cost: performance.now() - started };
  }
}

/** A single-page helpdesk changes tickets without loading a page: every way the browser tells of it. */
function listenForNavigation(win: Window | null, onLocation: () => void, signal: AbortSignal): void {
  for (const type of ['popstate', 'hashchange', 'wxt:locationchange']) win?.addEventListener(type, onLocation, { signal });
  // history.pushState fires no window event; Chromium's Navigation API reports it at once (elsewhere the poll does).
  (win as (Window & { navigation?: EventTarget }) | null)?.navigation?.addEventListener('currententrychange', onLocation, { signal });
}

/**
 * The agent sends a reply and goes straight on to the next ticket (or tab): a reading still waiting for its pause
 * would never come, and the reply the page shows would go unrecorded. Read at once when the page is hidden or left,
 * while it is still there: what the reading reports is sent on within the event (the same reading is never
 * reported twice).
 */
function readOnLeave(document: Document, read: () => void, signal: AbortSignal): void {
  const flush = (e: Event) => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') read();
  };
  document.defaultView?.addEventListener('pagehide', flush, { signal });
  document.addEventListener('visibilitychange', flush, { signal });
}

export function watchConversation(
  adapter: CrmAdapter,
  document: Document,
  onChange: (snapshot: ConversationSnapshot, problem?: ConversationRead['problem']) => void,
  signal: AbortSignal,
  { debounceMs = 150, pollMs = 1000 }: WatchOptions = {},
): ConversationWatch {
  const win = document.defaultView;
  let last: ConversationRead | undefined;
  let root: Node | undefined;
  let href = document.location?.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let paused = false;
  let cost = 0;

  // The agent typing in a rich editor changes the DOM at every key: that is never a reason to read the page again.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !typedOrOurs(r.target))) schedule();
  });

  function observe(): void {
    const next = adapter.observeRoot(document) ?? document.body ?? undefined;
    if (next === root) return;
    observer.disconnect();
    root = next;
    if (root) observer.observe(root, OBSERVE);
  }

  function check(): void {
    clearTimeout(timer); // read now (the page is being left): the pending reading is this one
    timer = undefined;
    if (paused || signal.aborted) return;
    const timed = timedRead(adapter, document);
    // A page that changes all the time (a ticking clock) is read at most a fraction of the time.
    cost = timed.cost;
    const read = timed.read;
    if (!read) return; // even the generic reader failed: keep the last good read
    observe(); // the root may have been replaced (another ticket rendered)
    if (sameRead(last, read)) return;
    last = read;
    onChange(read.snapshot, read.problem);
  }

  function schedule(): void {
    if (timer === undefined && !paused) timer = setTimeout(check, Math.max(debounceMs, cost * 4));
  }

  function onLocation(): void {
    if (document.location?.href === href) return;
    href = document.location?.href;
    schedule();
  }

  const poll = setInterval(() => {
    if (paused) return;
    onLocation();
    if (root && !root.isConnected) schedule();
  }, pollMs);

  listenForNavigation(win, onLocation, signal);
  readOnLeave(document, check, signal);
  adapter.watch?.(document, signal, schedule);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
    clearTimeout(timer);
  });

  observe();
  check();
  return {
    pause() {
      paused = true;
      observer.disconnect();
      root = undefined;
      clearTimeout(timer);
      timer = undefined;
    },
    resume() {
      if (!paused || signal.aborted) return;
      paused = false;
      href = document.location?.href;
      observe();
      check();
    },
    refresh() {
      if (!paused) check();
    },
  };
}
