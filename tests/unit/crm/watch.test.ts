import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickAdapter, watchConversation, type ConversationSnapshot } from '@/lib/crm';
import { act, loadFixture } from './load-fixture';

// Fake timers drive the debounce; nothing here measures time.
const settle = async () => {
  await Promise.resolve(); // deliver mutation records
  await vi.advanceTimersByTimeAsync(1300); // one URL poll + the debounce
};

describe('watchConversation', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  async function watch(fixture: string, url: string) {
    const doc = await loadFixture(fixture, url);
    const seen: ConversationSnapshot[] = [];
    const w = watchConversation(pickAdapter(doc.location, doc), doc, (s) => seen.push(s), controller.signal);
    return { doc, seen, w };
  }

  it('reports the first read, then a new customer message, and nothing when nothing changed', async () => {
    const { doc, seen } = await watch('zendesk', 'https://acme.zendesk.com/agent/tickets/48213');
    expect(seen).toHaveLength(1);
    doc.querySelector('#log-48213 .zd-comment')!.setAttribute('data-seen', 'yes'); // a DOM change that reads the same
    await settle();
    expect(seen).toHaveLength(1);
    act(doc, '#new-message-48213');
    await settle();
    expect(seen).toHaveLength(2);
    expect(seen[1].latestCustomerMessage).toMatch(/^Σας παρακαλώ, χρειάζομαι απάντηση/);
    expect(seen[1].customerMessages.at(-1)).toMatch(/^Είναι η τρίτη φορά/);
  });

  it('reads at once when the page is left or hidden, so a reply shown a moment before is not lost with it', async () => {
    const { doc, seen } = await watch('zendesk', 'https://acme.zendesk.com/agent/tickets/48213');
    act(doc, '#new-message-48213');
    await Promise.resolve(); // the change is seen; its reading waits for the pause
    expect(seen).toHaveLength(1);
    doc.defaultView!.dispatchEvent(new Event('pagehide'));
    // Within the event itself: the page may be gone at the next task.
    expect(seen).toHaveLength(2);
    await settle();
    expect(seen).toHaveLength(2); // the pending reading, once run, finds nothing new
    doc.querySelector('#log-48213 .zd-comment')!.setAttribute('data-seen', 'yes');
    act(doc, '#go-48220');
    Object.defineProperty(doc, 'visibilityState', { value: 'hidden', configurable: true });
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(seen.map((s) => s.ticketId)).toEqual(['48213', '48213', '48220']);
  });

  it('reports another ticket after in-page navigation (pushState, no DOM change in the observed log)', async () => {
    const { doc, seen } = await watch('zendesk', 'https://acme.zendesk.com/agent/tickets/48213');
    act(doc, '#go-48220');
    await settle();
    expect(seen.map((s) => s.ticketId)).toEqual(['48213', '48220']);
    act(doc, '#new-message-48213'); // the background ticket changes: the agent is on 48220
    await settle();
    expect(seen).toHaveLength(2);
  });

  it('follows hash navigation (Zammad tasks)', async () => {
    const { doc, seen } = await watch('zammad', 'https://desk.example.org/#ticket/zoom/31');
    act(doc, '#go-32');
    doc.defaultView!.dispatchEvent(new Event('hashchange'));
    await settle();
    expect(seen.map((s) => s.ticketId)).toEqual(['31045', '31052']);
  });

  it('reads nothing while paused and catches up on resume', async () => {
    const { doc, seen, w } = await watch('freshdesk', 'https://acme.freshdesk.com/a/tickets/73105');
    w.pause();
    act(doc, '#new-message');
    await settle();
    expect(seen).toHaveLength(1);
    w.resume();
    expect(seen).toHaveLength(2);
    expect(seen[1].latestCustomerMessage).toBe('Still nothing. Please call me back.');
  });

  it('stops for good when aborted', async () => {
    const { doc, seen } = await watch('freshdesk', 'https://acme.freshdesk.com/a/tickets/73105');
    controller.abort();
    act(doc, '#new-message');
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('keeps snapshots small over a 1,000-message thread', async () => {
    const { doc, seen } = await watch('intercom', 'https://app.intercom.com/a/inbox/abc123/inbox/admin/555/conversation/18842');
    const stream = doc.querySelector('.conversation__stream')!;
    for (let i = 1; i <= 1000; i++) {
      const part = doc.createElement('div');
      part.className = `conversation__part ${i % 2 ? 'o__user-comment' : 'o__admin'}`;
      part.textContent = `Message number ${i} about my refund`;
      stream.append(part);
    }
    await settle();
    expect(seen).toHaveLength(2);
    expect(seen[1].latestCustomerMessage).toBe('Message number 999 about my refund');
    expect(seen[1].customerMessages).toHaveLength(7);
    expect(seen[1].customerMessages[0]).toBe('Message number 985 about my refund');
  });

  it('reports the adapter problem with a generic read when the helpdesk markup disappears', async () => {
    const doc = await loadFixture('intercom', 'https://app.intercom.com/a/inbox/abc123/inbox/admin/555/conversation/18842');
    const problems: string[] = [];
    watchConversation(pickAdapter(doc.location, doc), doc, (s, p) => problems.push(`${s.adapter}:${p?.message ?? ''}`), controller.signal);
    // A redesign re-renders the stream with other class names.
    for (const el of doc.querySelectorAll('.o__user-comment, .o__admin')) {
      const part = doc.createElement('div');
      part.className = 'part';
      part.textContent = el.textContent;
      el.replaceWith(part);
    }
    await settle();
    expect(problems).toEqual(['intercom:', expect.stringMatching(/^generic:intercom: no messages found/)]);
  });
});
