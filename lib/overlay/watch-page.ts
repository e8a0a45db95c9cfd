import type { ConversationSnapshot, CrmAdapter } from '../crm/types';
import { AdapterError } from '../crm/types';

export interface PageRead {
  snapshot?: ConversationSnapshot;
  /** Set when the site's adapter failed and the generic reading was used instead. */
  fellBack?: AdapterError;
}

/** Read with the site's adapter; a changed page falls back to the generic reader instead of breaking. */
export function readPage(adapter: CrmAdapter, fallback: CrmAdapter, doc: Document): PageRead {
  try {
    return { snapshot: adapter.read(doc) };
  } catch (err) {
    const fellBack = err instanceof AdapterError ? err : new AdapterError(adapter.id, String(err));
    try {
      return { snapshot: fallback.read(doc), fellBack };
    } catch {
      return { fellBack };
    }
  }
}

const same = (a: ConversationSnapshot | undefined, b: ConversationSnapshot | undefined) =>
  a?.interactionId === b?.interactionId &&
  a?.latestCustomerMessage === b?.latestCustomerMessage &&
  a?.customer.name === b?.customer.name &&
  a?.customerMessages.length === b?.customerMessages.length;

/**
 * Call `onChange` with a fresh reading whenever the conversation changes (new message, another ticket):
 * a MutationObserver on the adapter's root plus SPA navigation, debounced. Stops with `signal`, so a
 * collapsed overlay observes nothing.
 */
export function watchPage(
  adapter: CrmAdapter,
  fallback: CrmAdapter,
  doc: Document,
  onChange: (read: PageRead) => void,
  signal: AbortSignal,
  debounceMs = 150,
): void {
  let last: ConversationSnapshot | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  };
  let observed: Node = doc.body ?? doc.documentElement;
  const observer = new MutationObserver(later);
  const observe = () => {
    observer.disconnect();
    observed = adapter.observeRoot(doc) ?? doc.body ?? doc.documentElement;
    observer.observe(observed, { childList: true, subtree: true, characterData: true });
  };
  observe();
  const check = () => {
    if (!observed.isConnected) observe(); // the SPA replaced the root: follow the new one
    const read = readPage(adapter, fallback, doc);
    if (same(read.snapshot, last) && !read.fellBack) return;
    last = read.snapshot;
    onChange(read);
  };
  const win = doc.defaultView;
  win?.addEventListener('popstate', later);
  win?.addEventListener('wxt:locationchange', later);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    win?.removeEventListener('popstate', later);
    win?.removeEventListener('wxt:locationchange', later);
  });
  check();
}
