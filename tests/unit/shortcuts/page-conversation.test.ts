import { describe, expect, it } from 'vitest';
import { readPageConversation } from '@/lib/shortcuts/context';
import { loadFixture } from '../crm/load-fixture';

const URL = 'https://desk.parcelo.example/tickets/5521';

describe('what a shortcut fills its placeholders from', () => {
  it('reads the layout the agent pointed at, not the generic guess', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    // Guessing reads the activity log beside the thread.
    expect(readPageConversation(doc).customerText).toMatch(/^Password reset email sent/);
    const pointed = readPageConversation(doc, [{ match: 'https://desk.parcelo.example', message: '.stream', reply: '.ed' }]);
    expect(pointed.customerText).toMatch(/^I was charged twice on my card/);
    expect(pointed.context.customer?.firstName).toBe('Maria');
    // "Signed in as Dana Reyes" in the top bar: {{agent.name}}.
    expect(pointed.context.agent?.name).toBe('Dana Reyes');
  });
});
