import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { useServedBrowser } from '../support/served-browser';
import { controlsUnderPanel } from '../support/covered';
import { recordedMessages } from '../support/qc-record';
import { caretRect, expectBesideCaret } from '../support/caret';
import type { Served } from '../support/static-server';
import { messageKey } from '../../lib/overlay/message-keys';

/**
 * Three helpdesks Odigos has no adapter for, as their own templates draw a ticket (tests/fixtures/crm/generic-*-el.html),
 * in a Greek Chromium at 1366×768 with the built extension: osTicket (thread entries over a Redactor reply form),
 * Znuny (the article list, the selected article's mail in a frame, no reply box: Znuny answers in popups), GLPI
 * (the timeline of follow-ups, a private task, a refused solution; TinyMCE's frame), and Znuny's reply popup
 * (AgentTicketCompose: no thread, CKEditor's frame quoting the customer's mail). Opening the ticket and touching
 * nothing, the panel must read the customer's latest words and lead with the SOP for them, name the customer and the
 * ticket; at the reply box the palette opens beside the caret, nothing of the desk lies under the panel, and the
 * reply the agent sends is recorded.
 */
const FIXTURES = '/tests/fixtures/crm';
const entries = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id]');
const ids = (page: Page) => entries(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id') ?? ''));
/** The words the cards say they matched («Ταιριάζει: …»), lower case. */
const matched = async (page: Page) => (await overlay(page).locator('.odigos-why:not([data-similar]) mark').allTextContents()).map((w) => w.toLowerCase());
const header = (page: Page) => overlay(page).locator('.odigos-context');

/**
 * The panel's header line: how many lines it takes (its height over its line height), whether the number's text
 * is drawn whole (it ends inside the line's box), and its title (the whole line and the subject).
 */
const oneLine = (page: Page) =>
  header(page).evaluate((p) => {
    const line = parseFloat(getComputedStyle(p).lineHeight) || 19;
    const range = document.createRange();
    range.selectNodeContents(p.lastChild!);
    const box = p.getBoundingClientRect();
    const number = range.getBoundingClientRect();
    return {
      lines: Math.round((p.clientHeight - parseFloat(getComputedStyle(p).paddingBottom)) / line),
      numberWhole: number.right <= box.right + 0.5 && number.width > 0 && (range.toString() || p.lastChild!.textContent!).endsWith('#2026120210000047'),
      title: (p as HTMLElement).title,
    };
  });

/** The desk's form posts and its server answers with the ticket again (as osTicket and GLPI do), keeping the query. */
function postsBack(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST' || !req.url?.startsWith(FIXTURES)) return false;
  req.resume();
  req.on('end', () => res.writeHead(303, { Location: req.url! }).end());
  return true;
}

/** The replies the agent sent (the thread's earlier replies are on the record too, as shown). */
const sent = async (browser: ExtensionBrowser, site: Served, id: string) => (await recordedMessages(browser, site, id)).filter((e) => e.from === 'agent' && e.sent).length;

/** How many messages of each side the record holds from the thread. */
async function senders(browser: ExtensionBrowser, site: Served, id: string): Promise<Record<string, number>> {
  const count: Record<string, number> = {};
  for (const e of await recordedMessages(browser, site, id)) if (e.from && !e.sent) count[e.from] = (count[e.from] ?? 0) + 1;
  return count;
}

/** How far down the desk's bars pinned to the top of the window reach (its fixed header, a sticky bar under it). */
const barsBottom = (page: Page, bars: string) =>
  page.evaluate((sel) => Math.max(0, ...[...document.querySelectorAll(sel)].map((b) => b.getBoundingClientRect().bottom)), bars);

/**
 * The palette at the caret in the reply box (scrolled into view under the desk's fixed header), below the desk's
 * pinned `bars` where it has the room, then its first template put in.
 */
async function paletteAtReply(page: Page, box: Locator, shot: string, bars?: string) {
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await page.keyboard.type('Καλησπέρα σας, ', { delay: 10 });
  expect(await controlsUnderPanel(page)).toEqual([]);
  const caret = await caretRect(page);
  await page.keyboard.press('Control+Shift+Space');
  const dialog = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
  await dialog.locator('[role=option]').first().waitFor();
  await expectBesideCaret(page, dialog, caret);
  if (bars) expect((await dialog.boundingBox())!.y).toBeGreaterThanOrEqual(await barsBottom(page, bars));
  await screenshot(page, shot);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
  // A template with a blank to fill asks for it beside the caret first.
  const fill = overlay(page).getByRole('button', { name: 'Εισαγωγή', exact: true });
  const filled = async () => ((await box.textContent()) ?? '').length > 40;
  await expect.poll(async () => (await filled()) || (await fill.count()) > 0).toBe(true);
  if (!(await filled())) {
    await screenshot(page, `${shot}-fill-in`);
    // The form's buttons are seen whole inside it, even where it is shorter than its fields and scrolls (at 1040×700
    // «Εισαγωγή» was cut at the form's edge under four fields).
    const form = overlay(page).getByRole('dialog', { name: /^Συμπληρώστε πριν από την εισαγωγή/ });
    const [outer, button] = [(await form.boundingBox())!, (await fill.boundingBox())!];
    expect(button.y).toBeGreaterThanOrEqual(outer.y);
    expect(button.y + button.height).toBeLessThanOrEqual(outer.y + outer.height);
    // Each blank in turn: Enter goes on to the next one still empty, and inserts after the last. A choice of wordings
    // (radio buttons in a fieldset) is a blank too: Space takes its first wording, and a «…» in the wording taken
    // («Τέλος πρόωρης αποχώρησης: … €») is one more, a box in its line that Enter goes on to.
    for (let i = 0; i < 12 && (await form.count()) > 0; i++) {
      const onChoice = await form.evaluate((f) => (f.getRootNode() as ShadowRoot).activeElement?.getAttribute('type') === 'radio');
      if (onChoice) await page.keyboard.press('Space');
      else await page.keyboard.type('σήμερα στις 18:00', { delay: 10 });
      await page.keyboard.press('Enter');
    }
  }
  await expect.poll(filled).toBe(true);
}

describe('helpdesks without an adapter, in a Greek browser at 1366×768', () => {
  const served = useServedBrowser({ routes: [postsBack] }, { locale: 'el-GR', viewport: { width: 1366, height: 768 } });

  it('osTicket: the customer\'s third day without internet, not the note\'s double charge; palette in Redactor; the reply sent is recorded', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(`${FIXTURES}/generic-osticket-el.html?id=583107`));
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Δημήτριος Καραγιάννης · #583107');
    await expect.poll(async () => (await ids(page))[0], { timeout: 15_000 }).toBe('internet-outage');
    const top = (await ids(page)).slice(0, 3);
    expect(top.some((id) => /double|refund|billing|bill|invoice/.test(id))).toBe(false);
    // The customer's words: not the latest entry's title (he answered the November bill's mail: «Re: Ο λογαριασμός σας
    // για τον μήνα Νοέμβριο είναι διαθέσιμος στο My NetLine», read with his one-line reply before), nor the internal note («διπλή χρέωση»).
    // QC keeps the customer's latest words as the page showed them to him: his line alone.
    const latest = messageKey('customer', 'Καλημέρα, τρίτη μέρα χωρίς ίντερνετ και ούτε τόνο στο σταθερό. Πότε θα έρθει τεχνικός;');
    await expect.poll(async () => (await recordedMessages(served.browser, served.site, '583107')).some((e) => e.key === latest), { timeout: 15_000 }).toBe(true);
    const words = await matched(page);
    expect(words).toContain('τεχνικός');
    expect(words.filter((w) => ['έγραψε', 'λογαριασμός', 'νοέμβριο', 'μήνα', 'διαθέσιμος', 'διπλή', 'χρέωση', 'λογιστήριο', 'πίστωση'].includes(w))).toEqual([]);
    // Nor osTicket's thread events: SYSTEM's overdue line after his mail («… αυτόματα ως εκπρόθεσμο, γιατί το SLA …
    // παραβιάστηκε …»), the rule's priority, «Σοφία Αλεξίου ανέλαβε το αίτημα».
    expect(words.filter((w) => ['εκπρόθεσμο', 'sla', 'παραβιάστηκε', 'ειδοποιήθηκε', 'επείγουσα', 'κανόνα', 'ανέλαβε'].includes(w))).toEqual([]);
    expect(await controlsUnderPanel(page)).toEqual([]);
    await screenshot(page, 'unseen-osticket-1366x768');

    const box = page.locator('.redactor-in');
    // The reply box low under osTicket's fixed header and the ticket's sticky bar (its number and actions): the
    // palette opened above the caret, up to the window's top, over both, with room for it below the caret.
    await paletteAtReply(page, box, 'unseen-osticket-palette', '#header, #content > .sticky.bar:first-child');
    expect(await box.textContent()).toMatch(/^Καλησπέρα σας, /);
    // The closing, by its shortcut, signed with the name osTicket greets the agent by («Καλώς ήρθατε, Σοφία Αλεξίου»),
    // not «Η ομάδα εξυπηρέτησης».
    await page.locator('html[data-odigos-shortcut-keys]').waitFor();
    await page.keyboard.type(' /telos', { delay: 10 });
    await page.keyboard.press('Tab');
    await expect.poll(() => box.textContent(), { timeout: 15_000 }).toContain('Σοφία Αλεξίου');
    await Promise.all([page.waitForURL(/id=583107/), page.getByRole('button', { name: 'Αποστολή απάντησης' }).click()]);
    await expect.poll(() => sent(served.browser, served.site, '583107'), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('Znuny: the selected article\'s mail in its frame (a refused card payment), the customer from two fields, the ticket number', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(`${FIXTURES}/generic-znuny-el.html?Action=AgentTicketZoom;TicketID=47;ArticleID=61`));
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Ευαγγελία Μαυρίδου · #2026120210000047');
    await expect.poll(async () => (await ids(page))[0], { timeout: 15_000 }).toBe('payment-failed');
    // The 16-digit number went under the name on a second line: one line now, the number whole, the name giving way.
    expect(await oneLine(page)).toEqual({ lines: 1, numberWhole: true, title: 'Ευαγγελία Μαυρίδου · #2026120210000047\nΑπορία για το τιμολόγιο Νοεμβρίου' });
    // Znuny's own words (the action rows, the article's header and table) and the quoted reply are not the customer's.
    const words = await matched(page);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => ['απάντηση', 'εκτύπωση', 'μορφή', 'απλή', 'gr', '06', '5', 'σημείωση', 'προώθηση', 'έγραψε'].includes(w))).toEqual([]);
    // QC's record: the customer wrote (the article was nobody's, named only by its mail's «Από:» header).
    await expect.poll(() => senders(served.browser, served.site, '2026120210000047'), { timeout: 15_000 }).toEqual({ customer: 1 });
    expect(await controlsUnderPanel(page)).toEqual([]);
    await screenshot(page, 'unseen-znuny-1366x768');
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(300);
    expect(await controlsUnderPanel(page)).toEqual([]);
    await screenshot(page, 'unseen-znuny-scrolled');
    await page.close();
  });

  it('Znuny\'s reply popup (AgentTicketCompose at 1040×700): the zoom\'s reading carried with the number, palette at the caret in CKEditor\'s frame under the fixed header, the reply sent is recorded', async () => {
    const zoom = await served.browser.context.newPage();
    await zoom.goto(served.site.url(`${FIXTURES}/generic-znuny-el.html?Action=AgentTicketZoom;TicketID=47;ArticleID=61`));
    await expect.poll(async () => (await ids(zoom))[0], { timeout: 15_000 }).toBe('payment-failed');
    // Znuny answers in a popup window of its own (Core.UI.Popup: 1040×700), with no thread: the compose form alone.
    const url = served.site.url(`${FIXTURES}/generic-znuny-compose-el.html?Action=AgentTicketCompose;TicketID=47;ArticleID=61;ResponseID=1`);
    const [page] = await Promise.all([zoom.waitForEvent('popup'), zoom.evaluate((u) => void window.open(u, 'AgentTicketCompose', 'width=1040,height=700'), url)]);
    await page.setViewportSize({ width: 1040, height: 700 });
    await page.waitForLoadState();
    // No room beside a 300 px panel in a 1040 px window: it waits folded to its tab, over none of the form's controls.
    const tab = overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' });
    await tab.waitFor({ timeout: 15_000 });
    expect(await controlsUnderPanel(page)).toEqual([]);
    await screenshot(page, 'unseen-znuny-compose-folded');
    await tab.click();
    // The customer and the 16-digit number on one line, her words from the zoom (the popup shows none), said so.
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Ευαγγελία Μαυρίδου · #2026120210000047');
    await expect.poll(async () => (await ids(page))[0], { timeout: 15_000 }).toBe('payment-failed');
    expect(await overlay(page).locator('[data-reading="carried"]').textContent()).toBe('Διαβάστηκε νωρίτερα στη σελίδα συνομιλίας του αιτήματος.');
    expect((await oneLine(page)).lines).toBe(1);
    await screenshot(page, 'unseen-znuny-compose-panel');
    await overlay(page).getByRole('button', { name: 'Σύμπτυξη' }).click();
    await tab.waitFor();

    // The empty line under Znuny's salutation, over the signature and the customer's quoted mail.
    const body = page.frameLocator('iframe.cke_wysiwyg_frame').locator('body');
    await paletteAtReply(page, body.locator('p').nth(1), 'unseen-znuny-compose-palette', '.LayoutPopup > .Header');
    const text = (await body.textContent()) ?? '';
    expect(text).toMatch(/^Αγαπητή κυρία Μαυρίδου,\s*Καλησπέρα σας, /);
    expect(text).toContain('Ευαγγελία Μαυρίδου έγραψε:');
    expect(await controlsUnderPanel(page)).toEqual([]);
    await Promise.all([page.waitForURL(/generic-znuny-compose-el/), page.getByRole('button', { name: 'Αποστολή' }).click()]);
    await expect.poll(() => sent(served.browser, served.site, '2026120210000047'), { timeout: 15_000 }).toBe(1);
    await page.close();
    await zoom.close();
  });

  it('Znuny\'s reply popup in a new browser session (the zoom\'s reading gone): the customer\'s mail quoted in the body leads, said to be unsure', async () => {
    // storage.session is the browser session's memory: a new session has no ticket's reading kept.
    const pages = await served.browser.openExtensionPage('notes.html');
    await pages.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }).chrome.storage.session.clear());
    await pages.close();
    const page = await served.browser.context.newPage();
    await page.setViewportSize({ width: 1040, height: 700 });
    await page.goto(served.site.url(`${FIXTURES}/generic-znuny-compose-el.html?Action=AgentTicketCompose;TicketID=47;ArticleID=61;ResponseID=1`));
    await overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).click({ timeout: 15_000 });
    // Nothing was read here before: «Δεν βρέθηκε συνομιλία» and no suggestions. Now her mail under «… έγραψε:».
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Ευαγγελία Μαυρίδου · #2026120210000047');
    await expect.poll(async () => (await ids(page))[0], { timeout: 15_000 }).toBe('payment-failed');
    expect(await overlay(page).locator('[data-reading="weak"]').count()).toBe(1);
    // Her words (and her mail's subject), not the salutation and signature the desk wrote around them, nor the
    // earlier reply she quoted («… εκδόθηκε … επιστροφή χρημάτων …»).
    const words = await matched(page);
    expect(words.filter((w) => ['αγαπητή', 'κυρία', 'αλεξίου', 'έγραψε', 'εκδόθηκε', 'επιστροφή', 'χρημάτων', 'διάθεσή'].includes(w))).toEqual([]);
    await screenshot(page, 'unseen-znuny-compose-alone');
    await page.close();
  });

  it('GLPI: the requester\'s latest follow-up leads (password reset), the technician\'s words are not his; palette in TinyMCE\'s frame; the follow-up sent is recorded', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.site.url(`${FIXTURES}/generic-glpi-el.html?id=1254`));
    await expect.poll(() => header(page).textContent(), { timeout: 15_000 }).toBe('Ιωάννης Παπαθανασίου · #1254');
    await expect.poll(async () => (await ids(page))[0], { timeout: 15_000 }).toMatch(/^(info-)?password-reset$/);
    // The technician's follow-up and refused solution («Ξεκλειδώσαμε», «Ακολουθήστε», «χαρακτήρες») and the private task
    // («Active Directory», «κλειδωμένος») were read as the customer's; the side panel's «Συνδεδεμένα αιτήματα» as the subject.
    expect((await matched(page)).filter((w) => ['ξεκλειδώσαμε', 'ακολουθήστε', 'χαρακτήρες', 'directory', 'κλειδωμένος', 'συνδεδεμένα', 'αιτήματα'].includes(w))).toEqual([]);
    expect(await controlsUnderPanel(page)).toEqual([]);
    await screenshot(page, 'unseen-glpi-1366x768');
    // Who wrote what, as QC keeps it: the technician's follow-up and solution are the agent's (every entry has a
    // div.user-part, and they were the customer's, the requester's description the agent's reply).
    await expect.poll(() => senders(served.browser, served.site, '1254'), { timeout: 15_000 }).toEqual({ customer: 2, agent: 2 });

    const frame = page.frameLocator('iframe[id$="_ifr"]');
    const body = frame.locator('body');
    await paletteAtReply(page, body, 'unseen-glpi-palette');
    // The closing, by its shortcut, signed with the name in GLPI's user menu («Σοφία Αλεξίου» over «Τεχνικός»), not
    // «Η ομάδα εξυπηρέτησης»: only osTicket's greeting named the agent.
    await page.locator('html[data-odigos-shortcut-keys]').waitFor();
    await page.keyboard.type(' /telos', { delay: 10 });
    await page.keyboard.press('Tab');
    await expect.poll(() => body.textContent(), { timeout: 15_000 }).toContain('Σοφία Αλεξίου');
    await Promise.all([page.waitForURL(/id=1254/), page.getByRole('button', { name: 'Προσθήκη', exact: true }).click()]);
    await expect.poll(() => sent(served.browser, served.site, '1254'), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
