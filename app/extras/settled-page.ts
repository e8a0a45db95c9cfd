import type { PageConversation } from '@/lib/shortcuts/context';

/** How long after the page opened its parts may still be coming in (RT's reply page: its recipients, ~0.3 s after its editor). */
const SETTLING_MS = 5000;
/** The longest a shortcut waits for them: on a ticket page that never names its customer, this is all it costs. */
const WAIT_MS = 1500;

/** The page's next change, or the end of `ms`. */
const pageChange = (ms: number) =>
  new Promise<void>((resolve) => {
    const seen = new MutationObserver(() => done());
    const timer = setTimeout(done, ms);
    function done() {
      seen.disconnect();
      clearTimeout(timer);
      resolve();
    }
    seen.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  });

/**
 * The reading a shortcut fills its template from, once it names the customer of the ticket it names: a page opened a
 * moment ago may still be loading the part that does (RT's reply page lists the requestor, the reply's recipient, by
 * AJAX after its editor is ready; typed before, '/arxh' greeted «Αγαπητέ/ή πελάτη»). Read again at each change while
 * the page is young; a page with no ticket, or an older one, is taken as it is.
 */
export async function settledPage(readPage: () => Promise<PageConversation>): Promise<PageConversation> {
  let page = await readPage();
  const until = Math.min(SETTLING_MS, performance.now() + WAIT_MS);
  while (!page.context.customer?.name && page.context.ticket?.id && performance.now() < until) {
    await pageChange(until - performance.now());
    page = await readPage();
  }
  return page;
}
