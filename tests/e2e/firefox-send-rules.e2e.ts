import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { richDesk } from '../support/rich-desk';
import { serve, type Served } from '../support/static-server';
import { firefoxInstalled, FIREFOX, launchFirefoxWithExtension, pressCombo, type FirefoxWithExtension } from '../support/firefox';

/**
 * The send rules of a helpdesk Odigos does not know (lib/crm/send-watch.ts), in Debian's Firefox ESR with the
 * Firefox build: Firefox's rich box, keys and posts differ from Chromium's (Ctrl+Enter may break a line, the box's
 * words change as Firefox edits them). The same hard fixture as the Chromium e2e (qc-send-capture.e2e.ts); what the
 * notes store holds for each ticket is asked from an extension page, as the QC export reads it.
 */
if (!firefoxInstalled) {
  const say = `Firefox ESR is NOT installed (${FIREFOX}): the Firefox send-rules e2e cannot run here. Install it as .ci/run does (apt-get install firefox-esr).`;
  if (process.env.CI) throw new Error(say);
  console.warn(`\n${'!'.repeat(100)}\n${say}\n${'!'.repeat(100)}\n`);
}

type Event = { kind: string; from?: string; sent?: boolean; thread?: boolean; shown?: boolean };

describe.skipIf(!firefoxInstalled)('Firefox ESR: a reply recorded when sent on an unknown helpdesk, only the real send', () => {
  const desk = richDesk();
  let firefox: FirefoxWithExtension;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ routes: [desk.route] });
    firefox = await launchFirefoxWithExtension();
  }, 90_000);
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  /** The agent's replies on a ticket's note, as the notes store keeps them (asked from the notes page). */
  async function agentReplies(id: string): Promise<Event[]> {
    const notes = await firefox.openExtensionPage('notes.html');
    try {
      return await notes.evaluate(async (interactionId) => {
        const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ value?: { timeline: { event: Event }[] } }> } } }).browser;
        const reply = await api.runtime.sendMessage({ odigos: 'notes.get', payload: { interactionId } });
        return (reply?.value?.timeline ?? []).map((e) => e.event).filter((e) => e.kind === 'message' && e.from === 'agent');
      }, `generic:${new URL(site.origin).host}:${id}`);
    } finally {
      await notes.close();
    }
  }

  async function open(id: string, tab = false): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(site.url(`/rich/Ticket/Display.html?id=${id}${tab ? '&tab=1' : ''}`));
    const context = () => page.evaluate(() => document.querySelector('odigos-overlay')?.shadowRoot?.querySelector('.odigos-context')?.textContent ?? '');
    await expect.poll(context, { timeout: 20_000 }).toContain(`#${id}`);
    return page;
  }

  it('Ctrl+Enter that only breaks a line and the writing on after it are no reply; «Αποστολή» is one', async () => {
    const page = await open('61');
    await page.click('button.open-reply');
    await pressCombo(page, ['Control', 'Home']);
    await page.keyboard.type('Καλημέρα σας κυρία Κωνσταντίνου, ', { delay: 5 });
    await pressCombo(page, ['Control', 'Enter']);
    await page.keyboard.type('η επιστροφή των 59,90€ έγινε σήμερα.', { delay: 5 });
    await page.select('select[name=Status]', 'Επιλύθηκε');
    await page.click('button.update');
    await expect.poll(() => desk.statuses, { timeout: 10_000 }).toEqual(['61:Επιλύθηκε']);
    await new Promise((ok) => setTimeout(ok, 13_000)); // past the 12 s a held send waits for its words to leave
    await page.click('button.send');
    await expect.poll(() => desk.replies.get('61')?.length ?? 0, { timeout: 10_000 }).toBe(1);
    expect(desk.replies.get('61')![0]).toMatch(/^Καλημέρα σας κυρία Κωνσταντίνου,\s*η επιστροφή των 59,90€ έγινε σήμερα\./);
    // Yesterday's reply (the thread's), and today's, sent: nothing from the Ctrl+Enter or the status saved.
    await expect.poll(() => agentReplies('61'), { timeout: 20_000 }).toEqual([
      expect.objectContaining({ shown: true }),
      expect.objectContaining({ sent: true, thread: true }),
    ]);
    await page.close();
  });

  it('a reply the helpdesk’s macro wrote (the agent typed nothing) is recorded as sent', async () => {
    const page = await open('62');
    await page.click('button.open-reply');
    await page.click('button.macro');
    await page.click('button.send');
    await expect.poll(() => desk.replies.get('62')?.length ?? 0, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => agentReplies('62'), { timeout: 20_000 }).toEqual([
      expect.objectContaining({ shown: true }),
      expect.objectContaining({ sent: true, thread: true }),
    ]);
    await page.close();
  });

  it('a form Firefox posts into a new tab, the box keeping its words, is a reply sent', async () => {
    const page = await open('63', true);
    await page.click('button.open-reply');
    await pressCombo(page, ['Control', 'Home']);
    await page.keyboard.type('Καλημέρα σας, η επιστροφή έγινε σήμερα και θα φανεί στην κάρτα σας σε 3 εργάσιμες.', { delay: 5 });
    await page.click('button.send');
    await expect.poll(() => desk.replies.get('63'), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Καλημέρα σας, η επιστροφή έγινε σήμερα/)]);
    await expect.poll(() => agentReplies('63'), { timeout: 20_000 }).toEqual([expect.objectContaining({ shown: true }), expect.objectContaining({ sent: true })]);
    await page.close();
  });
});
