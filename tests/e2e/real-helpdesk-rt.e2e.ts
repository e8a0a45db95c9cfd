import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, notesFrame, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';
import { controlsUnderPanel } from '../support/covered';
import { caretRect, expectBesideCaret } from '../support/caret';
import { odigos } from '../unit/cli/run';

/**
 * A real helpdesk, as agents meet it: Request Tracker 5 from Debian's packages, on 127.0.0.1, with a Greek
 * customer's ticket filed through its mail gateway (then the agent's reply, an internal comment, and the
 * customer's follow-up). Odigos has no adapter for RT: the generic reader must find the conversation by itself.
 * In an English-language Chromium, opening the ticket and touching nothing must give, by itself, a fitting
 * Greek suggestion first, Greek entries only in the top 3, the customer's name and the ticket number the page
 * shows, and no RT control under the panel.
 * In a Greek-language Chromium (RT speaks Greek then), a Greek agent works a long ticket and a short one: what the
 * panel reads, the reply page, a shortcut in RT's CKEditor, notes per ticket (see the second describe block).
 * In an English-language Chromium (RT in English), an English agent, James Carter, works a day: RT's home page, a
 * long English ticket, its reply page (shortcut and palette in CKEditor, the reply RT sends), the next ticket, notes,
 * and what the QC report reads of it all (the third describe block).
 */
const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
const SCRIPT = join(REPO_ROOT, 'tests', 'support', 'rt-e2e.sh');
const installed = existsSync(RT_SERVER) && ['/usr/bin/rt-mailgate-5', '/usr/sbin/rt-setup-database-5'].every(existsSync);

if (!installed) {
  const say = 'Request Tracker 5 is NOT installed: the real-helpdesk e2e cannot run here. Install it as .ci/run does.';
  // In CI its absence is a failure (.ci/run installs it); on a developer's machine, say it loudly and skip.
  if (process.env.CI) throw new Error(say);
  console.warn(`\n${'!'.repeat(100)}\n${say}\n${'!'.repeat(100)}\n`);
}

const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Opens a ticket's reply page with the recipients (RT's PreviewScrips, loaded by AJAX after CKEditor) held back until
 * the returned function is called: an agent quick on the keys, or a slow server. Resolves once CKEditor is ready.
 */
async function replyPageBeforeRecipients(page: Page, base: string, id: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/Helpers/PreviewScrips**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${base}/Ticket/Update.html?Action=Respond&id=${id}`);
  await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
  return release;
}

const DOUBLE_CHARGE = /double-charge|double-card-charge|card-billing-dispute|refund/;

describe.skipIf(!installed)('a real helpdesk: Request Tracker 5 on this machine', () => {
  const env = { ...process.env, RT_DIR: `/tmp/odigos-rt-${process.pid}`, RT_PORT: '' };
  let base = '';
  const ticketIn = (file: string) => readFileSync(join(env.RT_DIR, file), 'utf8').trim();

  beforeAll(async () => {
    env.RT_PORT = String(await freePort());
    await run('sh', [SCRIPT, 'start'], { env, timeout: 120_000 });
    base = `http://127.0.0.1:${env.RT_PORT}`;
  }, 180_000);

  afterAll(async () => {
    await run('sh', [SCRIPT, 'stop'], { env, timeout: 60_000 }).catch(() => undefined);
    rmSync(env.RT_DIR, { recursive: true, force: true });
  }, 90_000);

  /** RT logs in from the address too (its own login form posts the same two fields); it lands on its home page. */
  async function logIn(page: Page, user = 'agent', pass = 'agentpass123') {
    await page.goto(`${base}/?user=${user}&pass=${pass}`);
    // Attached: beside the docked panel RT may fold «Logged in as» into its «More» menu, as in a narrower window.
    await page.locator('#preferences').waitFor({ state: 'attached' });
  }

  /**
   * RT's menus overlapping what stands beside them: the page menu and the ticket's title, the top menu and the search
   * box. RT fits them to the width its script measures; docked, that was still the whole window's.
   */
  const menusOverlapping = (page: Page) =>
    page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)?.getBoundingClientRect();
      const pairs = [['#header h1', '#page-menu'], ['#app-nav', '#topactions']] as const;
      return pairs.filter(([a, b]) => {
        const [p, q] = [box(a), box(b)];
        return p && q && p.right > q.left + 1 && q.right > p.left + 1 && p.bottom > q.top + 1 && q.bottom > p.top + 1;
      }).map((pair) => pair.join(' / '));
    });

  describe('a Greek ticket, an English-language browser', () => {
    let ticket = '';
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      ticket = ticketIn('ticket.id');
      browser = await launchWithExtension({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    }, 30_000);

    it('opening the ticket, touching nothing: Greek double-charge help, the customer and the number, nothing of RT covered', async () => {
      const page = await browser.context.newPage();
      await logIn(page);
      const opened = Date.now();
      await page.goto(`${base}/Ticket/Display.html?id=${ticket}`);
      const items = overlay(page).getByRole('list', { name: 'Suggestions' }).locator('[data-entry-id]');
      const top3 = () => items.evaluateAll((els) => els.slice(0, 3).map((e) => ({ id: e.getAttribute('data-entry-id'), lang: e.getAttribute('lang') })));
      // With no key or click: the list settles on the conversation (a first answer may come from a partial page). How long
      // that takes is logged, not asserted: on a loaded 2-core machine wall time says more about the load than about us.
      await expect
        .poll(async () => {
          const top = await top3();
          return top.length === 3 && DOUBLE_CHARGE.test(top[0].id ?? '') && top.every((e) => e.lang === 'el');
        }, { interval: 100 })
        .toBe(true);
      const took = Date.now() - opened;
      const header = overlay(page).locator('.odigos-context');
      const shown = (await page.locator('#header h1').innerText()).match(/#(\d+)/)![1];
      expect(await header.textContent()).toContain('Μαρία Παπαδοπούλου');
      expect(await header.textContent()).toContain(`#${shown}`);
      // The UI stays the agent's (English); the entries follow the conversation (Greek).
      expect(await overlay(page).locator('.odigos-panel').getAttribute('lang')).toBe('en');
      console.log(`RT: suggestions settled ${took} ms after opening; top 3: ${JSON.stringify(await top3())}`);
      await screenshot(page, 'rt-ticket-1280x720');

      // Every visible RT control, at the top and scrolled (RT pins its page menu when scrolled), stays reachable.
      expect(await controlsUnderPanel(page)).toEqual([]);
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(400);
      expect(await controlsUnderPanel(page)).toEqual([]);
      await screenshot(page, 'rt-ticket-scrolled');
      await page.close();
    });
  });

  describe('a Greek agent on RT in Greek: a long ticket, its reply page, another ticket', () => {
    let browser: ExtensionBrowser;
    let long = '';
    let short = '';
    const entries = (page: Page) => overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id]');
    const ids = (page: Page) => entries(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id') ?? ''));
    /** The words each card says it matched («Ταιριάζει: …»), all cards together. */
    const matched = (page: Page) => overlay(page).locator('.odigos-why:not([data-similar]) mark').allTextContents();

    beforeAll(async () => {
      long = ticketIn('ticket-long.id');
      short = ticketIn('ticket-short.id');
      browser = await launchWithExtension({ locale: 'el-GR', viewport: { width: 1366, height: 768 } });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    }, 30_000);

    it('the long ticket: the customer\'s latest problem first, read from their words only, not RT\'s quote toggle or the agent\'s quoted lines', async () => {
      const page = await browser.context.newPage();
      await logIn(page);
      // RT's home page, where the login lands: this agent owns a ticket, so it lists «Τα 10 πιο επείγοντα αιτήματα που
      // έχω αναλάβει» too. The unowned list's rows were read as customer messages from «Προτεραιότητα» (QC counted it).
      await overlay(page).getByText('Δεν βρέθηκε συνομιλία σε αυτή τη σελίδα.').waitFor();
      expect(await entries(page).count()).toBe(0);
      await page.goto(`${base}/Ticket/Display.html?id=${long}`);
      // RT speaks Greek to a Greek browser: its menus, history and fold toggles are Greek words too.
      await page.locator('#header h1').getByText(`#${long}:`).waitFor();
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ · #${long}`);
      // The parcel came at last, broken: the latest mail's problem leads, not the week of delivery talk before it.
      await expect.poll(async () => (await ids(page))[0]).toMatch(/^(wrong-or-damaged-item|apology-wrong-item)$/);
      // The customer's words only: RT's «Προβολή αναφερομένου κειμένου» and the agent's lines the mail quotes
      // («η courier θα επαναλάβει την αποστολή», «Στις Τρί, 3 Δεκ…») were matched before.
      const words = (await matched(page)).map((w) => w.toLowerCase());
      expect(words.length).toBeGreaterThan(0);
      expect(words.filter((w) => ['προβολή', 'κειμένου', 'courier', 'τρί', 'έγραψε'].includes(w))).toEqual([]);
      expect(await controlsUnderPanel(page)).toEqual([]);
      // RT laid its Greek page menu out for the whole 1366 px window: beside the panel it lay over the ticket's title.
      await expect.poll(() => menusOverlapping(page)).toEqual([]);
      await screenshot(page, 'rt-el-long-ticket-1366x768');

      // The SOP for it, two steps ticked; a reload keeps them.
      const openSop = () => overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id="wrong-or-damaged-item"] button').first().click();
      await openSop();
      const sop = overlay(page).locator('article.odigos-sop');
      await sop.locator('input[data-step="1"]').check();
      await sop.locator('input[data-step="2"]').check();
      await page.reload();
      // Reopened by itself at the same ticks (the agent's place in the checklist is kept across RT's pages).
      await sop.getByText('(2 από 7)').waitFor();
      // Closed: forgotten (the next tests find the list), and its card says how far the agent is.
      await overlay(page).locator('.odigos-back').click();
      await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id="wrong-or-damaged-item"] [data-progress]').getByText('2 από 7 βήματα').waitFor();
      await page.close();
    });

    it('the reply page (no conversation on it) after the ticket\'s page: the ticket\'s conversation, said to come from there; no message made of RT\'s form; a shortcut and the panel\'s «Εισαγωγή» land in CKEditor at the caret, greeting the customer and signed with the agent\'s name', async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await logIn(page);
      // The agent reads the ticket's conversation, then clicks «Απάντηση»: RT 5's reply page shows the ticket's
      // number and subject, not its history.
      await page.goto(`${base}/Ticket/Display.html?id=${long}`);
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ · #${long}`);
      await expect.poll(async () => (await ids(page)).length).toBeGreaterThan(0);
      await page.goto(`${base}/Ticket/Update.html?Action=Respond&id=${long}`);
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      // RT's «Αυτοματισμοί και Παραλήπτες» box («…με πρότυπο σελίδας Αλληλογραφία σε HTML») was read as the
      // customer's message: «Θυμός: «HTML»» and billing SOPs. RT fetches that box a moment after the page; before
      // it, its file drop zone («Αποθέστε τα αρχεία εδώ…») was read so.
      await page.locator('#previewscrips').getByText('Αυτοματισμοί και Παραλήπτες').waitFor();
      // The page showed only «#N» and «Δεν βρέθηκε συνομιλία», and templates greeted «Αγαπητέ/ή πελάτη»: the panel
      // goes on from the ticket's page, read a click earlier in this browser, and says so.
      await expect.poll(() => header.textContent()).toContain(`ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ · #${long}`);
      const carried = overlay(page).locator('[data-reading="carried"]');
      await carried.waitFor();
      expect(await carried.textContent()).toBe('Διαβάστηκε νωρίτερα στη σελίδα συνομιλίας του αιτήματος.');
      expect(await overlay(page).getByText('Δεν βρέθηκε συνομιλία σε αυτή τη σελίδα.').count()).toBe(0);
      // The latest problem's SOP leads the SOPs (the one opened on this ticket may bring its next templates first).
      const firstSop = () => entries(page).evaluateAll((els) => els.find((e) => e.getAttribute('data-entry-type') === 'sop')?.getAttribute('data-entry-id'));
      await expect.poll(firstSop).toBe('wrong-or-damaged-item');
      // Matched on the customer's words, none of RT's form.
      await expect.poll(async () => (await matched(page)).length).toBeGreaterThan(0);
      expect((await matched(page)).filter((w) => /html|αυτοματισμ|παραλήπτ|αποθέστε|επισυνάψετε|αποεπιλέξτε|πρότυπο/i.test(w))).toEqual([]);
      expect(await controlsUnderPanel(page)).toEqual([]);
      await screenshot(page, 'rt-el-reply-page-1920x1080');

      const editor = page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body');
      await editor.click();
      await page.keyboard.type('Πρώτη γραμμή.', { delay: 20 });
      await page.keyboard.press('Enter');
      await page.keyboard.type('Τελευταία γραμμή.', { delay: 20 });
      // A new first line above the agent's two: the template goes in at the caret, before their words, and greets
      // (after words of the agent's own it would leave its salutation out: a reply greets once, at its top).
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type('/enhm', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      const caret = await caretRect(page);
      await page.keyboard.press('Tab');
      const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
      const fields = form.getByRole('textbox');
      await fields.first().waitFor();
      await expectBesideCaret(page, form, caret);
      for (const [i, text] of ['το δέμα επιστράφηκε', 'νέα αποστολή αύριο', 'την Παρασκευή'].entries()) await fields.nth(i).fill(text);
      await screenshot(page, 'rt-el-reply-form-1920x1080');
      await page.keyboard.press('Enter');
      await expect.poll(() => form.count()).toBe(0);
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      await expect.poll(text).toContain('Επόμενο βήμα: νέα αποστολή αύριο.');
      const written = await text();
      // Where the caret was, above the agent's two lines; RT names the agent «agent» (its login): replies were
      // signed so, now with the real name RT writes beside it.
      // The shortcut's «{{customer.salutation}}» greets the customer of the ticket's page, not «Αγαπητέ/ή πελάτη».
      expect(written).toMatch(/^Αγαπητέ κύριε Τερζή, Σας ενημερώνω για το αίτημά σας .*Με εκτίμηση, Support Agent Πρώτη γραμμή\. Τελευταία γραμμή\.$/);
      expect(written).not.toContain('/enhm');
      await screenshot(page, 'rt-el-reply-inserted-1920x1080');

      // From the panel, after typing in the template's field there: the text goes into CKEditor where the caret
      // was. It went into RT's hidden source textarea (and, through the focus, into the panel's own field), while
      // the panel said «Προστέθηκε στην απάντηση.»; CKEditor would have sent the reply without it.
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('συγγνώμη χαλασμένο προϊόν');
      await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id="apology-wrong-item"] button').first().click();
      const tpl = overlay(page).locator('article.odigos-template');
      const field = tpl.getByRole('textbox').first();
      await field.fill('χαλασμένο');
      await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
      await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
      await expect.poll(text).toMatch(/Τελευταία γραμμή\. Λυπούμαστε πολύ που λάβατε χαλασμένο προϊόν\..*πού έγινε το λάθος\.$/);
      expect(await field.inputValue()).toBe('χαλασμένο');
      await screenshot(page, 'rt-el-reply-panel-insert-1920x1080');

      // A template that greets, from the panel, into an emptied reply: the customer of the ticket's page, in the
      // vocative (after the words above it would go in without its salutation).
      await editor.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Delete');
      await expect.poll(text).toBe('');
      await overlay(page).locator('.odigos-back').click();
      await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('οδηγίες επιστροφής προϊόντος');
      await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id="info-return-instructions"] button').first().click();
      await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
      await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
      await expect.poll(text).toMatch(/^Αγαπητέ κύριε Τερζή, /);
      expect(await text()).not.toContain('πελάτη,');
      await screenshot(page, 'rt-el-reply-panel-greeting-1920x1080');
      await page.close();
    });

    it('another ticket in the same tab: the panel, its suggestions and the notes follow it, and come back', async () => {
      const page = await browser.context.newPage();
      await logIn(page);
      await page.goto(`${base}/Ticket/Display.html?id=${long}`);
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`#${long}`);
      await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
      const box = notesFrame(page).getByRole('textbox', { name: 'Σημειώσεις' });
      await expect.poll(() => box.isEnabled()).toBe(true);
      await box.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('Θα στείλει φωτογραφίες της καφετιέρας.', { delay: 10 });
      await notesFrame(page).getByText(/Αποθηκεύτηκε/).waitFor();

      await page.goto(`${base}/Ticket/Display.html?id=${short}`);
      await expect.poll(() => header.textContent()).toContain(`Ελένη Γεωργίου · #${short}`);
      await expect.poll(async () => (await ids(page))[0]).toMatch(/password/);
      // One short mail under RT's mail headers: «Από: … <eleni.g@example.com>» was read as her words («eleni», «g»).
      expect((await matched(page)).filter((w) => /eleni|example|support|^g$/i.test(w))).toEqual([]);
      await screenshot(page, 'rt-el-short-ticket-1366x768');
      await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
      await expect.poll(() => box.isEnabled()).toBe(true);
      expect(await box.inputValue()).not.toContain('καφετιέρας');

      await page.goBack();
      await expect.poll(() => header.textContent()).toContain(`ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ · #${long}`);
      await overlay(page).getByRole('button', { name: 'Σημειώσεις' }).click();
      await expect.poll(() => box.isEnabled()).toBe(true);
      await expect.poll(() => box.inputValue()).toContain('Θα στείλει φωτογραφίες της καφετιέρας.');
      await page.close();
    });

    it('a new complaint whose subject is a sentence: on its reply page the customer, his words and «Αγαπητέ κύριε Νικολάου», not RT\'s title «Update ticket #N: …»', async () => {
      const complaint = ticketIn('ticket-complaint.id');
      const page = await browser.context.newPage();
      await logIn(page);
      await page.goto(`${base}/Ticket/Display.html?id=${complaint}`);
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`Γιώργος Νικολάου · #${complaint}`);
      await expect.poll(async () => (await ids(page))[0]).toBe('delivery-delay');
      // Straight to «Απάντηση»: before CKEditor came, the page's title was read as the customer's message and replaced
      // the ticket's reading, so the panel showed «#N» only, matched «6», «ήρθε» of the title, and greeted «Αγαπητέ/ή πελάτη».
      await page.goto(`${base}/Ticket/Update.html?Action=Respond&id=${complaint}`);
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      await page.locator('#previewscrips').getByText('Αυτοματισμοί και Παραλήπτες').waitFor();
      await expect.poll(() => header.textContent()).toContain(`Γιώργος Νικολάου · #${complaint}`);
      await overlay(page).locator('[data-reading="carried"]').waitFor();
      await expect.poll(async () => (await matched(page)).length).toBeGreaterThan(0);
      expect((await matched(page)).filter((w) => w === complaint || /^update$|^ticket$/i.test(w))).toEqual([]);
      await expect.poll(() => menusOverlapping(page)).toEqual([]);
      await screenshot(page, 'rt-el-complaint-reply-1366x768');

      const editor = page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body');
      await editor.click();
      await page.keyboard.type('/parapono', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      await page.keyboard.press('Tab');
      const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
      const fields = form.getByRole('textbox');
      await fields.first().waitFor();
      for (const [i, text] of ['ΠΑΡ-0147', 'η παραγγελία δεν παραδόθηκε', '11 Δεκεμβρίου'].entries()) await fields.nth(i).fill(text);
      await page.keyboard.press('Enter');
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      await expect.poll(text).toMatch(/^Αγαπητέ κύριε Νικολάου, Σας ευχαριστούμε που μας γράψατε\..*ΠΑΡ-0147.*Με εκτίμηση, Support Agent$/);
      await screenshot(page, 'rt-el-complaint-reply-inserted-1366x768');
      await page.close();
    });

    it('the reply page opened straight, its ticket never read in this browser: the shortcut greets «Αγαπητή κυρία Παπαδοπούλου», whom RT\'s «Προς» names, though typed before RT listed her', async () => {
      // Maria's ticket: no other test of this browser opens it, so no reading of its own page is kept to carry over.
      const maria = ticketIn('ticket.id');
      const page = await browser.context.newPage();
      await logIn(page);
      // The page says who the requestor is in one place only, the reply's recipients in «Αυτοματισμοί και Παραλήπτες»,
      // which RT loads by AJAX after CKEditor is ready (~0.3 s here). Held back until the shortcut is typed: an agent
      // quick on the keys, or a slow server.
      const release = await replyPageBeforeRecipients(page, base, maria);
      const recipient = page.locator('#previewscrips label').getByText('Μαρία Παπαδοπούλου <maria@example.com>');
      const editor = page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body');
      await editor.click();
      await page.keyboard.type('/arxh', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      expect(await recipient.count()).toBe(0);
      await page.keyboard.press('Tab');
      release();
      await recipient.waitFor();
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      // It greeted «Αγαπητέ/ή πελάτη»: the page's reading had no customer before the ticket's own page was read, and
      // a shortcut typed before RT had listed the recipients was filled from a reading without them.
      await expect.poll(text).toMatch(/^Αγαπητή κυρία Παπαδοπούλου, Σας ευχαριστούμε για το μήνυμά σας\./);
      expect(await text()).not.toContain('/arxh');
      await screenshot(page, 'rt-el-reply-straight-shortcut-1366x768');
      await page.close();
    });

    it('a shortcut, then Enter before its template came: the greeting replaces «/arxh» where CKEditor moved it, and no «/arxh» is sent', async () => {
      const page = await browser.context.newPage();
      await logIn(page);
      await page.goto(`${base}/Ticket/Display.html?id=${short}`);
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`Ελένη Γεωργίου · #${short}`);
      await page.goto(`${base}/Ticket/Update.html?Action=Respond&id=${short}`);
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      const editor = page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body');
      await editor.click();
      await page.keyboard.type('/arxh', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      // The agent goes on at once: CKEditor makes the bare first line a paragraph (a new text node) on Enter. The
      // template went in at the reply's top, and «/arxh» stayed below it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      await expect.poll(text).toMatch(/^Αγαπητή κυρία Γεωργίου, Σας ευχαριστούμε για το μήνυμά σας\./);
      expect(await text()).not.toContain('/arxh');
      await screenshot(page, 'rt-el-shortcut-then-enter-1366x768');
      await page.close();
    });

    it('a last mail of a few words under RT\'s mail headers («Ευχαριστώ, το πήρα!», "Any news?"): those words are the customer\'s latest, not the headers', async () => {
      const page = await browser.context.newPage();
      await logIn(page);
      const header = overlay(page).locator('.odigos-context');
      const headerWords = (id: string) => (w: string) => w === id || /^(προς|θέμα|από|to|from|subject|support|example|helpdesk)$/i.test(w);
      const thanks = ticketIn('ticket-thanks.id');
      await page.goto(`${base}/Ticket/Display.html?id=${thanks}`);
      await expect.poll(() => header.textContent()).toContain(`Σοφία Αλεξίου · #${thanks}`);
      // RT's div.content (header table and body) was read as the mail: the panel matched «7», «Προς», «Θέμα», led with
      // delivery and invoice SOPs and said «Στάδιο: νέο αίτημα» to a customer saying thanks on a resolved ticket.
      await expect.poll(async () => (await ids(page))[0]).toBe('closing-email');
      await expect.poll(() => overlay(page).locator('.odigos-stage [role=status]').textContent()).toBe('Στάδιο: επιλύθηκε');
      expect((await matched(page)).filter(headerWords(thanks))).toEqual([]);
      await screenshot(page, 'rt-el-thanks-ticket-1366x768');
      const news = ticketIn('ticket-any-news.id');
      await page.goto(`${base}/Ticket/Display.html?id=${news}`);
      await expect.poll(() => header.textContent()).toContain(`Olivia Bennett · #${news}`);
      // "Any news?" under «Από: … Θέμα: Re: [helpdesk.example.com #8] … Προς: support@example.com»: matched "8", "support", "example".
      await expect.poll(async () => (await ids(page))[0]).toBe('refund-request');
      await expect.poll(async () => (await matched(page)).length).toBeGreaterThan(0);
      expect((await matched(page)).filter(headerWords(news))).toEqual([]);
      await screenshot(page, 'rt-el-any-news-ticket-1366x768');
      await page.close();
    });
  });
  describe('an English agent on RT in English: a long ticket, its reply page, the next ticket, the QC report', () => {
    let browser: ExtensionBrowser;
    let ticket = '';
    let next = '';
    const suggestions = (page: Page) => overlay(page).getByRole('list', { name: 'Suggestions' }).locator('li[data-entry-id]');
    const ids = (page: Page) => suggestions(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id') ?? ''));
    const editorOf = (page: Page) => page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body');
    const NOTE = 'Customer prefers email; refund to the original card.';

    /** Wholly inside the viewport, and on top at its corners and centre (no RT menu over it). */
    async function expectInViewAndOnTop(page: Page, el: Locator) {
      const box = (await el.boundingBox())!;
      const vp = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
      expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
      const tops = await page.evaluate((b) => [[b.x + 3, b.y + 3], [b.x + b.width - 3, b.y + 3], [b.x + 3, b.y + b.height - 3], [b.x + b.width - 3, b.y + b.height - 3], [b.x + b.width / 2, b.y + b.height / 2]]
        .map(([x, y]) => document.elementFromPoint(x, y)?.localName ?? ''), box);
      expect(tops.filter((t) => !t.startsWith('odigos-'))).toEqual([]);
    }

    /** Opens the notes on this page and waits until they can be typed in. */
    async function openNotes(page: Page) {
      await overlay(page).getByRole('button', { name: 'Notes' }).click();
      const box = notesFrame(page).getByRole('textbox', { name: 'Notes' });
      await expect.poll(() => box.isEnabled()).toBe(true);
      return box;
    }

    beforeAll(async () => {
      ticket = ticketIn('ticket-en.id');
      next = ticketIn('ticket-en-short.id');
      browser = await launchWithExtension({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    }, 30_000);

    it('James Carter\'s day: the new problem\'s SOP, a note, a shortcut and the palette in CKEditor, the reply RT sends, the next ticket, and the QC report', async () => {
      const page = await browser.context.newPage();
      await logIn(page, 'jcarter', 'jcarterpass123');
      // RT's home page («RT at a glance») has ticket lists and forms, no conversation: it was read as one customer
      // message from «jcarter», and QC counted it as an interaction answered at once.
      await overlay(page).getByText('No conversation found on this page.').waitFor();
      expect(await suggestions(page).count()).toBe(0);

      await page.goto(`${base}/Ticket/Display.html?id=${ticket}`);
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`Daniel Whitmore · #${ticket}`);
      // A week of delivery mails, then the desk came and the card was charged twice: the new problem's English SOP leads.
      await expect.poll(async () => (await ids(page))[0]).toBe('double-card-charge');
      expect(await overlay(page).locator('.odigos-panel').getAttribute('lang')).toBe('en');
      await expectInViewAndOnTop(page, overlay(page).locator('.odigos-panel'));
      expect(await controlsUnderPanel(page)).toEqual([]);
      await screenshot(page, 'rt-en-ticket-1366x768');
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(400);
      expect(await controlsUnderPanel(page)).toEqual([]);
      await screenshot(page, 'rt-en-ticket-scrolled-1366x768');
      await page.mouse.wheel(0, -700);

      await overlay(page).getByRole('list', { name: 'Suggestions' }).locator('li[data-entry-id="double-card-charge"] button').first().click();
      await overlay(page).locator('article.odigos-sop input[data-step="1"]').check();
      await overlay(page).locator('.odigos-back').click();
      // A private note, written under «Outcome:» only; nothing of it reaches the page.
      let notes = await openNotes(page);
      await notes.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(NOTE, { delay: 5 });
      await notesFrame(page).getByText(/Saved/).waitFor();
      // The page's own script: its DOM, the panel's (open) shadow root, and the notes' frame (another origin) hold none of it.
      const pageSees = () => page.evaluate((n) => {
        const shadow = document.querySelector('odigos-overlay')?.shadowRoot;
        const frames = [...(shadow?.querySelectorAll('iframe') ?? [])].map((f) => { try { return f.contentDocument?.documentElement.outerHTML ?? ''; } catch { return ''; } });
        return [document.documentElement.outerHTML, shadow?.innerHTML ?? '', ...frames, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].some((t) => t.includes(n));
      }, NOTE.slice(0, 24));
      expect(await pageSees()).toBe(false);

      // The reply page at 1920×1080: the note is there, and again after a reload.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${base}/Ticket/Update.html?Action=Respond&id=${ticket}`);
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      await expect.poll(() => header.textContent()).toContain(`Daniel Whitmore · #${ticket}`);
      notes = await openNotes(page);
      await expect.poll(() => notes.inputValue()).toContain(NOTE);
      await page.reload();
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      notes = await openNotes(page);
      await expect.poll(() => notes.inputValue()).toContain(NOTE);
      expect(await pageSees()).toBe(false);
      await overlay(page).getByRole('button', { name: 'Notes' }).click();
      await page.locator('#previewscrips').getByText('Scrips and Recipients').waitFor();

      // A shortcut typed into RT's CKEditor: the customer greeted by name, signed with the name RT shows for «jcarter».
      const editor = editorOf(page);
      await editor.click();
      await page.keyboard.type('/dbl', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      await page.keyboard.press('Tab');
      const form = page.getByRole('dialog', { name: /Fill in before inserting/ });
      const fields = form.getByRole('textbox');
      await fields.first().waitFor();
      await expectInViewAndOnTop(page, form);
      await fields.nth(0).fill('20417');
      await fields.nth(1).fill('£349.00');
      await page.keyboard.press('Enter');
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      await expect.poll(text).toMatch(/^Dear Daniel Whitmore, I am very sorry that you were charged twice for order 20417\..*£349\.00 has been returned\. Kind regards, James Carter$/);

      // The palette (Ctrl+Shift+Space) at the end of the reply: English words find the English template first; the
      // Greek «Πότε θα δει ο πελάτης τα χρήματα» led, and Enter put Greek into the English reply.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Shift+Space');
      const palette = page.getByRole('dialog', { name: 'Template palette' });
      // The palette's code loads with the extras on first use: under a loaded CI machine that took over 10 s once.
      await palette.waitFor({ timeout: 30_000 });
      await palette.getByRole('combobox', { name: 'Search templates' }).fill('refund timeline');
      await expect.poll(() => palette.getByRole('option').first().textContent()).toMatch(/^Refund issued/);
      await expectInViewAndOnTop(page, palette);
      await screenshot(page, 'rt-en-palette-1920x1080');
      await page.keyboard.press('Enter');
      const refund = page.getByRole('dialog', { name: /Fill in before inserting/ });
      const refundFields = refund.getByRole('textbox');
      await refundFields.first().waitFor();
      for (let i = 0; i < (await refundFields.count()); i++) await refundFields.nth(i).fill(['£349.00', '20417', '4 December'][i] ?? 'x');
      await page.keyboard.press('Enter');
      await expect.poll(text).toMatch(/Kind regards, James Carter .*£349\.00/);
      expect(await text()).not.toMatch(/\p{Script=Greek}/u);
      const written = await text();

      // RT's own preview of recipients runs when the editor loses focus (it copies CKEditor into the form): the text stays.
      await page.locator('input[name=UpdateSubject]').click();
      await expect.poll(() => page.locator('textarea#UpdateContent').inputValue()).toContain('charged twice for order 20417');
      await page.locator('#previewscrips div.titlebox-content:not(.refreshing)').waitFor();
      expect(await text()).toBe(written);
      await screenshot(page, 'rt-en-reply-written-1920x1080');

      // What RT sends is what the agent sees: the ticket's history after submitting (read over for a moment first).
      await page.waitForTimeout(1_100);
      await Promise.all([page.waitForURL(/Display\.html/), page.click('form[name=TicketUpdate] input[name=SubmitTicket]')]);
      // The reply as RT's history shows it (loaded by AJAX after the page), and on to the next page the moment it is
      // there, as agents do: the reply is recorded all the same (it was recorded only when Odigos read the page again,
      // a moment later, and a page left sooner lost it).
      // A comment for colleagues: RT's comment page explains its notifications in sentences («On Comment Notify
      // AdminCcs as Comment with template Admin Comment in HTML»), read as the customer («Angry: "HTML"», social-media
      // SOPs); the panel goes on from the ticket's conversation instead.
      const comment = `${base}/Ticket/Update.html?Action=Comment&id=${ticket}`;
      const shown = await page.evaluate(async (url) => {
        const body = () => [...document.querySelectorAll<HTMLElement>('.history-container .transaction.message .messagebody')].at(-1);
        while (!body()?.innerText.includes('charged twice for order 20417')) await new Promise((r) => setTimeout(r, 10));
        setTimeout(() => location.assign(url));
        return body()!.innerText;
      }, comment);
      const sent = shown.replace(/\s+/g, ' ').trim();
      expect(sent).toContain('Dear Daniel Whitmore, I am very sorry that you were charged twice for order 20417.');
      expect(sent).toContain('Kind regards, James Carter');
      expect(sent).not.toMatch(/\p{Script=Greek}/u);
      await page.waitForURL(comment);
      await page.locator('#previewscrips').getByText('Scrips and Recipients').waitFor();
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      await editorOf(page).click();
      await page.keyboard.type('Refund of the duplicate charge requested from accounts.', { delay: 5 });
      // Leaving the editor makes RT fetch that box again: the page changes, and is read again, under our eyes.
      await page.locator('input[name=UpdateSubject]').click();
      await page.locator('#previewscrips div.titlebox-content:not(.refreshing)').waitFor();
      // Until then the panel showed the carried conversation, then switched to the box's words (0.7 s later here).
      for (let i = 0; i < 8; i++) {
        expect(await overlay(page).locator('[data-reading="carried"]').count()).toBe(1);
        await page.waitForTimeout(250);
      }
      await expect.poll(() => header.textContent()).toContain(`Daniel Whitmore · #${ticket}`);
      const firstSop = () => suggestions(page).evaluateAll((els) => els.find((e) => e.getAttribute('data-entry-type') === 'sop')?.getAttribute('data-entry-id'));
      await expect.poll(firstSop).toBe('double-card-charge');
      expect(await overlay(page).locator('.odigos-cues [data-cue="anger"], .odigos-cue[data-cue="anger"]').count()).toBe(0);
      expect((await overlay(page).locator('.odigos-why:not([data-similar]) mark').allTextContents()).filter((w) => /html|notify|comment|scrips/i.test(w))).toEqual([]);

      // The next ticket in the list: its own customer, problem and (empty) notes.
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${base}/Ticket/Display.html?id=${next}`);
      await expect.poll(() => header.textContent()).toContain(`Emma Clarke · #${next}`);
      await expect.poll(async () => (await ids(page))[0]).toMatch(/password/);
      notes = await openNotes(page);
      expect(await notes.inputValue()).not.toContain(NOTE);
      await screenshot(page, 'rt-en-next-ticket-1366x768');
      await page.close();

      // The QC side: the agent's export, read by the QC lead's report. Two tickets (RT's home page is none), the SOP
      // and its step, and no heading of the note's template read as the customer's views ("Key facts:" was).
      const notesPage = await browser.openExtensionPage('notes.html');
      await notesPage.locator('html[data-complete="true"]').waitFor();
      await expect.poll(() => notesPage.locator('.notes-item').filter({ hasText: `#${ticket}` }).count()).toBe(1);
      const dir = mkdtempSync(join(tmpdir(), 'odigos-rt-qc-'));
      const [file] = await Promise.all([notesPage.waitForEvent('download'), notesPage.getByRole('button', { name: 'Export for the QC team (JSON Lines)' }).click()]);
      const exported = join(dir, file.suggestedFilename());
      await file.saveAs(exported);
      const rows = readFileSync(exported, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      const interactions = rows.filter((r) => r.type === 'interaction');
      expect(interactions.map((r) => r.interaction_id).sort()).toEqual([`generic:127.0.0.1:${env.RT_PORT}:${ticket}`, `generic:127.0.0.1:${env.RT_PORT}:${next}`]);
      const worked = interactions.find((r) => r.interaction_id.endsWith(`:${ticket}`));
      expect(worked).toMatchObject({ sop_id: 'double-card-charge', steps_done: [1] });
      expect(worked.views).toBeUndefined();
      // The reply is timed at the second RT shows for it ("Sun Dec 06 00:24:40 2026"), after the two templates put
      // into it: the seconds were dropped, and it came before them.
      const events = rows.filter((r) => r.type === 'event' && r.interaction_id.endsWith(`:${ticket}`));
      const reply = events.findLast((e) => e.kind === 'message' && e.sender === 'agent');
      const inserted = events.filter((e) => e.kind === 'template-inserted');
      expect(inserted.map((e) => e.entry_id)).toEqual(['apology-double-charge', 'refund-timeline']);
      for (const e of inserted) expect(Date.parse(reply.event_at)).toBeGreaterThan(Date.parse(e.event_at));
      // Heard as sent (RT's «Update Ticket» posts the form: the page is left with the agent's words), timed by the
      // send, not only the history's sighting of it.
      expect(reply.shown).toBe(false);
      // One reply, though it was recorded as the agent sent it and again when RT's history showed it.
      expect(events.filter((e) => e.kind === 'message' && e.sender === 'agent' && Date.parse(e.event_at) > Date.parse(inserted[0].event_at))).toHaveLength(1);
      // The reply is the two templates as inserted: compared with both, nothing of the refund one is the agent's own
      // words (it was compared with the apology only, and "Refund", "issued"… were "added by the agent").
      expect(reply.edit_entry).toMatch(/\/apology-double-charge$/);
      expect(reply.added ?? []).toEqual([]);
      const report = join(dir, 'report.html');
      const qc = await odigos('qc', exported, '--lang', 'en', '--json', '-o', report);
      expect(qc.code, qc.stderr).toBe(0);
      const figures = JSON.parse(qc.stdout);
      expect(figures.summary[0].interactions).toBe(2);
      expect(JSON.stringify(figures.views)).not.toMatch(/Key facts|Agreed actions|Outcome/);
      await notesPage.goto(pathToFileURL(report).href);
      await notesPage.getByRole('heading', { name: "Customers' views by topic (verbatim)" }).waitFor();
      expect(await notesPage.locator('body').innerText()).not.toContain('Key facts:');
      await screenshot(notesPage, 'rt-en-qc-report');
      await notesPage.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('"Any news?" from Olivia Bennett <olivia.b@…>: the shortcut\'s update greets "Dear Olivia Bennett", not "Dear Bennett Olivia"', async () => {
      const news = ticketIn('ticket-any-news.id');
      const page = await browser.context.newPage();
      await logIn(page, 'jcarter', 'jcarterpass123');
      await page.goto(`${base}/Ticket/Display.html?id=${news}`);
      const header = overlay(page).locator('.odigos-context');
      await expect.poll(() => header.textContent()).toContain(`Olivia Bennett · #${news}`);
      await page.goto(`${base}/Ticket/Update.html?Action=Respond&id=${news}`);
      await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances: { UpdateContent?: { status: string } } } }).CKEDITOR?.instances.UpdateContent?.status === 'ready');
      await page.locator('#previewscrips').getByText('Scrips and Recipients').waitFor();
      // The ticket's conversation, carried from its page (as the agent sees it in the panel before typing).
      await expect.poll(() => header.textContent()).toContain(`Olivia Bennett · #${news}`);
      const editor = editorOf(page);
      await editor.click();
      await page.keyboard.type('/update', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      await page.keyboard.press('Tab');
      const fields = page.getByRole('dialog', { name: /Fill in before inserting/ }).getByRole('textbox');
      await fields.first().waitFor();
      for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(['the warehouse has scanned your return', 'the refund', 'tomorrow'][i] ?? 'x');
      await page.keyboard.press('Enter');
      // Her address's «olivia.b» made "Olivia" the surname: the reply opened "Dear Bennett Olivia,".
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      await expect.poll(text).toMatch(/^Dear Olivia Bennett, A quick update on your request/);
      await screenshot(page, 'rt-en-any-news-update-1366x768');
      await page.close();
    });

    it('the palette on a reply page opened straight, picked after RT listed the recipients: «Αγαπητή κυρία Παπαδοπούλου», not «Αγαπητέ/ή πελάτη»', async () => {
      // Maria's ticket, never read in this browser: the reply page names her only in the recipients RT loads by
      // AJAX after CKEditor. The palette opened before they came was filled from its opening reading.
      const maria = ticketIn('ticket.id');
      const page = await browser.context.newPage();
      await logIn(page, 'jcarter', 'jcarterpass123');
      const release = await replyPageBeforeRecipients(page, base, maria);
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      const editor = editorOf(page);
      await editor.click();
      await page.keyboard.press('Control+Shift+Space');
      const palette = page.getByRole('dialog', { name: 'Template palette' });
      await palette.waitFor({ timeout: 30_000 });
      await palette.getByRole('combobox', { name: 'Search templates' }).fill('Έναρξη απάντησης σε email');
      await expect.poll(() => palette.getByRole('option').first().textContent()).toMatch(/^Έναρξη απάντησης σε email/);
      const recipient = page.locator('#previewscrips label').getByText('Μαρία Παπαδοπούλου <maria@example.com>');
      expect(await recipient.count()).toBe(0);
      release();
      await recipient.waitFor();
      await page.keyboard.press('Enter');
      const text = async () => (await editor.innerText()).replace(/\s+/g, ' ').trim();
      await expect.poll(text).toMatch(/^Αγαπητή κυρία Παπαδοπούλου, Σας ευχαριστούμε για το μήνυμά σας\./);
      await page.close();
    });
  });
});
