import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { DEMO_SPA, serve, STRICT_CSP } from '../support/static-server';
import { customerWrites, useDemoDesk } from '../support/demo-desk';
import { costliest, describeTask, traceMainThreadTasks } from '../support/main-thread-tasks';

const DOUBLE_CHARGE = /double-charge|double-card-charge/;

/** The suggestions list of the overlay («Προτάσεις» / "Suggestions"). */
const list = (page: Page, name = 'Προτάσεις') => overlay(page).getByRole('list', { name });
const items = (page: Page, name?: string) => list(page, name).locator('[data-entry-id]');
const topIds = async (page: Page, n: number, name?: string) =>
  (await items(page, name).evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')))).slice(0, n);

const FORGOT_PASSWORD = 'Επίσης ξέχασα τον κωδικό μου και δεν μπορώ να μπω στον λογαριασμό μου για να δω την παραγγελία.';
const PASSWORD = /password-reset/;

/** What the page's content script asks the background from now on ([request, text asked about]). */
async function recordRequests(browser: ExtensionBrowser): Promise<() => Promise<Array<[string, string]>>> {
  const sw = await browser.serviceWorker();
  type Global = { recorded: Array<[string, string]>; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
  await sw.evaluate(() => {
    const g = globalThis as unknown as Global;
    if (!g.recorded) {
      g.chrome.runtime.onMessage.addListener((m) => {
        const msg = m as { odigos?: string; payload?: { text?: string } };
        if (msg?.odigos) g.recorded.push([msg.odigos, msg.payload?.text ?? '']);
      });
    }
    g.recorded = [];
  });
  return () => sw.evaluate(() => (globalThis as unknown as Global).recorded);
}

async function openDoubleChargeSop(page: Page) {
  await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('διπλή χρέωση');
  await list(page).locator('[data-entry-id="double-card-charge"]').first().waitFor();
  await list(page).locator('[data-entry-id="double-card-charge"] button').first().click();
  await overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
}

describe('overlay: suggestions, SOP and templates on the demo CRM (strict CSP)', () => {
  const desk = useDemoDesk();

  it('reads the Greek ticket and suggests what fits: double charge in the top 3, repeat-contact cue', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toContain('#48213');
    expect(await overlay(page).locator('.odigos-context').textContent()).toContain('Γιώργος Παπαδόπουλος');
    await items(page).first().waitFor();
    const top = await topIds(page, 3);
    expect(top.some((id) => DOUBLE_CHARGE.test(id ?? ''))).toBe(true);
    await overlay(page).getByRole('list', { name: 'Διάθεση πελάτη' }).getByText('Επανειλημμένη επικοινωνία').waitFor();
    // What tells the card apart: the SOP's purpose, with the word the customer also used («χρέωσαν») marked in it;
    // not an excerpt of the customer's message, which every card used to repeat.
    const latest = (await page.locator('.thread .msg--customer .msg-body').last().textContent()) ?? '';
    const doubleCharge = list(page).locator('[data-entry-id="double-card-charge"]');
    const gist = doubleCharge.locator('.odigos-gist');
    expect(await gist.textContent()).toMatch(/^Να επιστραφεί γρήγορα το ποσό που χρεώθηκε/);
    expect(await gist.locator('mark').allTextContents()).toContain('χρεώθηκε');
    expect(latest).toContain('χρέωσαν');
    expect(await list(page).locator('.odigos-gist').allTextContents()).not.toContain(expect.stringContaining('χρέωσαν διπλά'));
    // The page is pushed aside, not covered: the CRM's reply box ends left of the panel.
    const reply = await page.locator('#reply').boundingBox();
    const panel = await overlay(page).locator('.odigos-panel').boundingBox();
    expect((reply?.x ?? 0) + (reply?.width ?? 0)).toBeLessThanOrEqual(panel?.x ?? 0);
    await screenshot(page, 'overlay-el-suggestions');
  });

  it('moves through the list with the keyboard, opens with Enter and comes back with Escape', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await items(page).nth(1).waitFor();
    const buttons = items(page).locator('button');
    await buttons.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await items(page).nth(1).getAttribute('data-entry-id');
    expect(await buttons.nth(1).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await overlay(page).locator(`article[data-entry-id="${second}"]`).waitFor();
    await page.keyboard.press('Escape');
    await items(page).first().waitFor();
    expect(await buttons.nth(1).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  });

  it('a search that finds nothing says what to try next, and Esc brings the conversation’s suggestions back', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await items(page).first().waitFor();
    const search = overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' });
    await search.fill('ξψζ κουκουβάγια');
    await overlay(page)
      .getByRole('status')
      .getByText('Δεν βρέθηκε κάτι σχετικό. Δοκιμάστε άλλες λέξεις ή πατήστε Esc για τις προτάσεις της συνομιλίας.')
      .waitFor();
    await search.press('Escape');
    await items(page).first().waitFor();
    expect(await search.inputValue()).toBe('');
    await page.close();
  });

  it('opens a template with the order number the customer wrote already in its field («παραγγελία 100482»)', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('συγγνώμη διπλή χρέωση');
    const card = list(page).locator('[data-entry-id="apology-double-charge"]').first();
    await card.locator('button').first().click();
    const tpl = overlay(page).locator('article.odigos-template');
    // The number is in the customer's first message; the latest one («Είναι η τρίτη φορά…») has none. Before: empty.
    await expect.poll(() => tpl.getByRole('textbox', { name: 'Αριθμός παραγγελίας' }).inputValue()).toBe('100482');
    await expect.poll(async () => (await tpl.locator('.odigos-preview').textContent()) ?? '').toContain('παραγγελίας 100482');
    await page.close();
  });

  it('keeps the SOP checklist across a reload, and inserts a linked template into the reply box', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await openDoubleChargeSop(page);
    const sop = overlay(page).locator('article.odigos-sop');
    expect(await sop.textContent()).toContain('Λογιστήριο');
    expect(await sop.locator('.odigos-branches').first().textContent()).toMatch(/Αν .+ → βήμα 4/);
    expect(await sop.locator('.odigos-escalation').textContent()).toContain('Προϊστάμενος βάρδιας');
    await sop.locator('input[data-step="1"]').check();
    await sop.locator('input[data-step="2"]').check();
    await sop.getByText('(2 από 8)').waitFor();
    await screenshot(page, 'overlay-el-sop');

    // The ticket's next page opens the SOP the agent had open, at its ticks (no search, no click).
    await page.reload();
    const again = overlay(page).locator('article.odigos-sop');
    await overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    await again.getByText('(2 από 8)').waitFor();
    expect(await again.locator('input[data-step="1"]').isChecked()).toBe(true);
    expect(await again.locator('input[data-step="2"]').isChecked()).toBe(true);
    expect(await again.locator('input[data-step="3"]').isChecked()).toBe(false);
    await again.locator('[role=timer]').waitFor();

    // Step 8 links the follow-up template: it opens filled from the page and goes into the reply box.
    await again.locator('li[data-step="8"] .odigos-step-templates button').first().click();
    const tpl = overlay(page).locator('article.odigos-template');
    await tpl.waitFor();
    // The preview is filled by the background a moment after the view opens.
    await expect.poll(async () => (await tpl.locator('.odigos-preview').textContent()) ?? '').toMatch(/Γιώργο|Παπαδόπουλε/);
    await screenshot(page, 'overlay-el-template');
    await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
    await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
    const value = await page.locator('#reply').inputValue();
    expect(value).toMatch(/Γιώργο|Παπαδόπουλε/);
    expect(value).toContain('48213');
    expect(value).not.toContain('{{');
    // Escape goes back to the SOP it came from.
    await tpl.getByRole('button', { name: 'Εισαγωγή' }).focus();
    await page.keyboard.press('Escape');
    await overlay(page).locator('article.odigos-sop').waitFor();
    // Closing the SOP forgets it: the ticket's next page (the tests below) shows the suggestions again.
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    await list(page).locator('[data-entry-id]').first().waitFor();
  });

  it('follows the agent to another ticket: header, suggestions and views all change', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await openDoubleChargeSop(page);
    await page.locator('nav a[href$="/tickets/48220"]').click();
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toContain('#48220');
    expect(await overlay(page).locator('.odigos-context').textContent()).toContain('Μαρία Κωνσταντίνου');
    expect(await overlay(page).locator('article.odigos-sop').count()).toBe(0);
    await expect
      .poll(async () => (await topIds(page, 3)).some((id) => DOUBLE_CHARGE.test(id ?? '')), { timeout: 10_000 })
      .toBe(false);
    expect((await topIds(page, 5)).some((id) => /deliver|courier|late/.test(id ?? ''))).toBe(true);
    // Back on #48213 its SOP is open again where the agent left it; closing it forgets it for the tests below.
    await page.locator('nav a[href$="/tickets/48213"]').click();
    await overlay(page).getByRole('heading', { name: 'Διπλή χρέωση κάρτας' }).waitFor();
    await overlay(page).getByRole('button', { name: 'Πίσω' }).first().click();
    await list(page).locator('[data-entry-id]').first().waitFor();
  });

  it('causes no long task (> 50 ms of CPU) while the agent types a reply and new messages arrive, and re-ranks for them', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await items(page).first().waitFor();
    expect((await topIds(page, 3)).some((id) => PASSWORD.test(id ?? ''))).toBe(false);
    // CPU time of the page's main-thread tasks (the content script's among them): the Long Tasks API reports wall
    // time, which a loaded machine stretches (a 20 ms task showed as 74 ms), so it failed for the machine, not us.
    const trace = await traceMainThreadTasks(page);
    await page.locator('#reply').pressSequentially('Καλησπέρα σας, ελέγχουμε τη χρέωση αμέσως.', { delay: 15 });
    // The agent sends, then the customer writes about something else: the overlay reads it and re-ranks.
    await page.getByRole('button', { name: 'Αποστολή' }).click();
    await customerWrites(page, FORGOT_PASSWORD);
    await expect.poll(async () => (await topIds(page, 3)).some((id) => PASSWORD.test(id ?? '')), { timeout: 20_000 }).toBe(true);
    const tasks = await trace.stop();
    console.log(`${tasks.length} main-thread tasks; longest: ${describeTask(costliest(tasks))}`);
    expect(tasks.filter((t) => t.cpuMs > 50).map(describeTask)).toEqual([]);
  });

  it('toggles with Alt+Shift+O typed in the page and stops reading while collapsed', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48213'));
    await items(page).first().waitFor();
    await page.locator('#reply').click();
    await page.keyboard.press('Alt+Shift+O');
    await overlay(page).getByRole('button', { name: 'Άνοιγμα του Οδηγού' }).waitFor();
    // Space given back to the page when collapsed.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');

    // A message arrives while collapsed: nothing reads it. An open overlay asks within ~300 ms (its debounces);
    // a negative has no event to wait for, so this window is generous and can only err towards passing.
    const requests = await recordRequests(desk.browser);
    await customerWrites(page, FORGOT_PASSWORD);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 2000)));
    // Every open tab's shortcuts ask for the keyword list again when Chromium delivers the managed policy (seconds
    // after start-up, often inside this window): that carries nothing from the page, so it is not reading.
    expect((await requests()).filter(([kind]) => kind !== 'templates.keys')).toEqual([]);

    await page.keyboard.press('Alt+Shift+O');
    await overlay(page).getByRole('complementary', { name: 'Πάνελ Οδηγού' }).waitFor();
    // Opened again, it reads the page at once: the message that came meanwhile is what it suggests for.
    await expect.poll(async () => (await topIds(page, 3)).some((id) => PASSWORD.test(id ?? '')), { timeout: 20_000 }).toBe(true);
    expect((await requests()).filter(([kind]) => kind === 'knowledge.suggest').map(([, text]) => text)).toEqual([
      expect.stringContaining(FORGOT_PASSWORD),
    ]);
  });
});

describe('overlay in English and dark', () => {
  it('suggests for the English double-charge ticket, with a Repeat contact badge', async () => {
    const site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    const browser = await launchWithExtension({ locale: 'en-GB', colorScheme: 'dark' });
    try {
      const page = await browser.context.newPage();
      await page.goto(site.url('/desk/en/tickets/73105'));
      await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toContain('#73105');
      expect(await overlay(page).locator('.odigos-context').textContent()).toContain('Sarah Collins');
      await items(page, 'Suggestions').first().waitFor();
      expect((await topIds(page, 3, 'Suggestions')).some((id) => DOUBLE_CHARGE.test(id ?? ''))).toBe(true);
      await overlay(page).getByRole('list', { name: 'Customer mood' }).getByText('Repeat contact').waitFor();
      expect(await overlay(page).locator('.odigos-panel').getAttribute('data-theme')).toBe('dark');
      await screenshot(page, 'overlay-en-dark-suggestions');
      await list(page, 'Suggestions').locator('[data-entry-id="apology-double-charge"] .odigos-item-btn').click();
      const tpl = overlay(page).locator('article.odigos-template');
      await tpl.getByRole('heading', { name: 'Apology for a double card charge' }).waitFor();
      // The English pack's text, filled from the English ticket, with English controls around it.
      const preview = tpl.locator('.odigos-preview');
      await expect.poll(async () => (await preview.textContent()) ?? '', { timeout: 20_000 }).toMatch(/^Dear Sarah Collins,/);
      const text = (await preview.textContent()) ?? '';
      // The order number the customer wrote («charged twice for order 552190») is already filled in (before: [Order number]).
      expect(text).toContain('I am very sorry that you were charged twice for order 552190.');
      expect(text).not.toMatch(/[\u0370-\u03ff\u1f00-\u1fff]|\{\{/);
      await tpl.getByRole('button', { name: 'Insert' }).waitFor();
      expect(await tpl.getByRole('textbox', { name: 'Order number' }).inputValue()).toBe('552190');
      await screenshot(page, 'overlay-en-dark-template');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
