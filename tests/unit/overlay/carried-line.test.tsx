import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { BuiltInOnlyNotice } from '@/components/overlay/BuiltInOnly';
import { createOverlaySession } from '@/lib/overlay/session';
import { sessionLater } from '@/lib/overlay/session-later';
import { uiLang } from '@/lib/i18n';
import type { ConversationSnapshot } from '@/lib/crm/types';
import { useRenderRoot } from './render-root';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const root = useRenderRoot();

const replyPage: ConversationSnapshot = {
  adapter: 'generic',
  interactionId: 'generic:rt.example:2',
  ticketId: '2',
  customer: {},
  agent: {},
  customerMessages: [],
  evidence: 'none',
};

/** The panel on a page read as `snapshot`. */
function show(snapshot: ConversationSnapshot) {
  const session = createOverlaySession({ insert: async () => false, debounceMs: 60_000, later: async () => sessionLater });
  act(() => session.setSnapshot(snapshot));
  act(() => render(<OverlayApp session={session} onCopy={async () => undefined} detail={() => null} saveFailed={() => null} builtInOnly={(p) => <BuiltInOnlyNotice {...p} />} failureWords={async () => undefined} />, root()));
  session.dispose();
  return root().querySelector('[data-reading]');
}

describe('the panel says where a reply page\'s conversation comes from', () => {
  it('no conversation on the page and none read before: it says so', () => {
    expect(show(replyPage)?.textContent).toBe('Δεν βρέθηκε συνομιλία σε αυτή τη σελίδα.');
  });

  it('the ticket\'s conversation read earlier on its own page: the line says it comes from there', () => {
    const carried: ConversationSnapshot = {
      ...replyPage,
      carried: true,
      evidence: 'strong',
      customer: { name: 'ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ' },
      latestCustomerMessage: 'Το δέμα ήρθε, αλλά η καφετιέρα είναι χτυπημένη.',
    };
    const line = show(carried);
    expect(line?.getAttribute('data-reading')).toBe('carried');
    expect(line?.textContent).toBe('Διαβάστηκε νωρίτερα στη σελίδα συνομιλίας του αιτήματος.');
    expect(root().querySelector('.odigos-context')?.textContent).toBe('ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ · #2');
    uiLang.value = 'en';
    expect(show(carried)?.textContent).toBe("Read earlier on this ticket's conversation page.");
  });
});

describe('the panel\'s notice that the page changed shape', () => {
  it('already shown, it follows the agent switching language (it kept the words of the language it was set in)', () => {
    const session = createOverlaySession({ insert: async () => false, debounceMs: 60_000, later: async () => sessionLater });
    act(() => session.setSnapshot({ ...replyPage, evidence: 'strong', latestCustomerMessage: 'Πότε έρχεται το δέμα;' }));
    act(() => void (session.notice.value = 'overlay.adapterFallback'));
    act(() => render(<OverlayApp session={session} onCopy={async () => undefined} detail={() => null} saveFailed={() => null} builtInOnly={(p) => <BuiltInOnlyNotice {...p} />} failureWords={async () => undefined} />, root()));
    const notice = () => [...root().querySelectorAll('.odigos-notice')].map((p) => p.textContent);
    expect(notice()).toContain('Η σελίδα άλλαξε μορφή — χρησιμοποιείται γενική ανάγνωση');
    act(() => void (uiLang.value = 'en'));
    expect(notice()).toContain('The page changed shape — using generic reading');
    session.dispose();
  });
});
