import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { BuiltInOnlyNotice } from '@/components/overlay/BuiltInOnly';
import { createOverlaySession } from '@/lib/overlay/session';
import { sessionLater } from '@/lib/overlay/session-later';
import { uiLang } from '@/lib/i18n';
import type { SuggestReply } from '@/lib/background/knowledge-service';
import { useRenderRoot } from './render-root';
import { doubleChargeTicket } from './double-charge-ticket';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// With the pack storage refused the background serves the bundled packs (lib/background/active-packs.ts): the panel
// lists their suggestions and says, above them, which packs are missing, why and what to do.
const root = useRenderRoot();
afterEach(() => vi.restoreAllMocks());

const ticket = doubleChargeTicket;

const entry = { id: 'double-charge', type: 'template', title: 'Διπλή χρέωση', lang: 'el', triggers: [], tags: [], body: 'Λυπούμαστε.', tone: 'apology', channels: ['email'], formality: 'formal' };
const reply = (packsUnavailable?: SuggestReply['packsUnavailable']): SuggestReply => ({
  suggestions: [{ packId: 'el-core', entryId: 'double-charge', type: 'template', title: 'Διπλή χρέωση', score: 0.9, matchedTerms: [], matchedWords: [], matchedFields: [], boostedBy: [] }],
  cues: [],
  entries: { 'el-core/double-charge': entry },
  variants: {},
  gists: {},
  alsoMatched: {},
  ...(packsUnavailable ? { packsUnavailable } : {}),
} as unknown as SuggestReply);

async function panelWith(value: SuggestReply): Promise<HTMLElement> {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) =>
    (msg as { odigos?: string }).odigos === 'knowledge.suggest' ? { ok: true, value } : { ok: true, value: null },
  );
  const session = createOverlaySession({ insert: async () => false, debounceMs: 0, later: async () => sessionLater });
  act(() => render(<OverlayApp session={session} onCopy={async () => undefined} detail={() => null} saveFailed={() => null} builtInOnly={(p) => <BuiltInOnlyNotice {...p} />} failureWords={async () => undefined} />, root()));
  await act(async () => {
    session.setSnapshot(ticket);
    await vi.waitFor(() => expect(session.status.value).toBe('ready'), { timeout: 5_000 });
  });
  session.dispose();
  return root();
}

const full = { failure: { code: 'pack.diskFull' }, message: 'the disk is full, so the browser cannot open the pack storage (QuotaExceededError: …)' } as const;

describe('the panel while the installed packs cannot be opened', () => {
  it('on a full disk: the bundled suggestions, and above them what is missing, why, what to do, that nothing was lost', async () => {
    const panel = await panelWith(reply(full));
    const notice = panel.querySelector('.odigos-warn[role="status"]');
    expect(notice?.textContent).toBe(
      'Ο δίσκος γέμισε: μέχρι να ελευθερώσετε χώρο και να ανανεώσετε τη σελίδα, οι προτάσεις έρχονται μόνο από τα ενσωματωμένα πακέτα, όχι από όσα εγκαταστήσατε. Δεν χάθηκε τίποτα.',
    );
    expect(panel.textContent).toContain('Διπλή χρέωση');
    expect(panel.querySelector('[role="alert"]')).toBeNull();
  });

  it('a storage that will not open: said as every surface says it, in English for an English UI', async () => {
    uiLang.value = 'en';
    const panel = await panelWith(reply({ failure: { code: 'pack.storageFailed' }, message: 'pack storage failed: VersionError' }));
    expect(panel.querySelector('.odigos-warn[role="status"]')?.textContent).toBe('The browser could not open the knowledge pack storage. Close and reopen it; if this message is still shown after that, the storage is damaged and restarting again will not help: Odigos’ settings, under “Knowledge”, say what you can do.');
  });

  it('with every pack there, no notice', async () => {
    const panel = await panelWith(reply());
    expect(panel.querySelector('.odigos-warn')).toBeNull();
    expect(panel.textContent).toContain('Διπλή χρέωση');
  });
});
