import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/crm';
import { loadFixture } from '../crm/load-fixture';
import { pageReply } from './moment-harness';

/**
 * The saved pages of a live Request Tracker 5 (tests/fixtures/crm/generic-rt-*.html) read as the panel reads them and
 * ranked through its path with both bundled packs: what the agent saw on them (issue 14 item 3).
 */
describe('right for the moment on the saved Request Tracker tickets', () => {
  it('#8, "Any news?" after a refund complaint signed "Thanks, Olivia": the refund first, the progress update in the top 3, no thanks', async () => {
    const snap = genericAdapter.read(await loadFixture('generic-rt-any-news-en', 'http://127.0.0.1:8131/Ticket/Display.html?id=8'));
    expect(snap.latestCustomerMessage).toBe('Any news?');
    for (const stage of [undefined, 'working'] as const) {
      const reply = pageReply(snap, 8, stage ? { stage } : {});
      const top = reply.suggestions.map((s) => s.entryId);
      // The first mail's sign-off was the «Thanks» cue shown, and the update for the chaser was eighth or lower.
      expect(reply.cues.map((c) => c.kind)).not.toContain('gratitude');
      expect(reply.closing).toBeUndefined();
      expect(top.slice(0, 3)).toContain('follow-up-update');
      if (!stage) expect(top[0]).toBe('refund-request');
    }
  });

  it('#7, «Ευχαριστώ, το πήρα!» after a missing gift voucher: still a closing, its thanks the latest message\'s', async () => {
    const snap = genericAdapter.read(await loadFixture('generic-rt-thanks-el', 'http://127.0.0.1:8131/Ticket/Display.html?id=7'));
    expect(snap.latestCustomerMessage).toBe('Ευχαριστώ, το πήρα!');
    // Also with the checklist under way (a step ticked): the customer's closing ends the work, and the closing no
    // longer waits behind the identity-verification SOP the voucher's e-mail and code words matched.
    for (const stage of [undefined, 'working'] as const) {
      const reply = pageReply(snap, 8, stage ? { stage } : {});
      expect(reply.closing).toBe(true);
      expect(reply.cues.map((c) => c.kind)).toContain('gratitude');
      expect(reply.suggestions[0]?.entryId).toBe('closing-email');
      expect(reply.suggestions.slice(0, 3).map((s) => s.entryId)).not.toContain('followup-status-update');
    }
  });
});
