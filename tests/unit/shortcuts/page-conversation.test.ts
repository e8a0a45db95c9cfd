import { describe, expect, it } from 'vitest';
import { createPageReading } from '@/lib/crm/page-reading';
import { pageConversation } from '@/lib/shortcuts/context';
import '@/lib/crm/index';
import { loadFixture } from '../crm/load-fixture';

const URL = 'https://desk.parcelo.example/tickets/5521';
const POINTED = { match: 'https://desk.parcelo.example', message: '.stream', reply: '.ed' };

describe('what a shortcut fills its placeholders from: the tab reading', () => {
  it('reads the layout the agent pointed at, and names the ticket as the overlay does', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const signal = new AbortController().signal;
    const reading = await createPageReading({ doc, signal, profiles: async () => ({ all: [POINTED], own: true }) });
    expect(reading.pointed).toBe(true);
    const page = pageConversation(reading.now().snapshot, doc.location);
    expect(page.customerText).toMatch(/^I was charged twice on my card/);
    expect(page.context.customer?.firstName).toBe('Maria');
    // "Signed in as Dana Reyes" in the top bar: {{agent.name}}.
    expect(page.context.agent?.name).toBe('Dana Reyes');
    expect(page.label).toMatch(/^Maria .* · #5521$/);
  });

  it('falls back to the page address when nothing was read', () => {
    const page = pageConversation(undefined, new globalThis.URL(URL) as unknown as Location);
    expect(page).toEqual({ context: {}, interactionId: 'https://desk.parcelo.example/tickets/5521' });
  });
});
