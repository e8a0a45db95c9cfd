import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, notesFrame, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';
import { controlsUnderPanel } from '../support/covered';
import { caretRect, expectBesideCaret } from '../support/caret';

/**
 * A real helpdesk, as agents meet it: Request Tracker 5 from Debian's packages, on 127.0.0.1, with a Greek
 * customer's ticket filed through its mail gateway (then the agent's reply, an internal comment, and the
 * customer's follow-up). Odigos has no adapter for RT: the generic reader must find the conversation by itself.
 * In an English-language Chromium, opening the ticket and touching nothing must give, by itself, a fitting
 * Greek suggestion first, Greek entries only in the top 3, the customer's name and the ticket number the page
 * shows, and no RT control under the panel.
 * In a Greek-language Chromium (RT speaks Greek then), a Greek agent works a long ticket and a short one: what the
 * panel reads, the reply page, a shortcut in RT's CKEditor, notes per ticket (see the second describe block).
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

  /** RT logs in from the address too (its own login form posts the same two fields). */
  async function logIn(page: Page) {
    await page.goto(`${base}/?user=agent&pass=agentpass123`);
    await page.locator('#preferences').waitFor();
  }

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
      await screenshot(page, 'rt-el-long-ticket-1366x768');

      // The SOP for it, two steps ticked; a reload keeps them.
      const openSop = () => overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id="wrong-or-damaged-item"] button').first().click();
      await openSop();
      const sop = overlay(page).locator('article.odigos-sop');
      await sop.locator('input[data-step="1"]').check();
      await sop.locator('input[data-step="2"]').check();
      await page.reload();
      await openSop();
      await sop.getByText('2 από 7 βήματα').waitFor();
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
      await page.keyboard.press('Home');
      await page.keyboard.type('/enhm', { delay: 20 });
      await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
      const caret = await caretRect(page);
      await page.keyboard.press('Tab');
      const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν την εισαγωγή/ });
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
      // Where the caret was, between the agent's two lines; RT names the agent «agent» (its login): replies were
      // signed so, now with the real name RT writes beside it.
      // The shortcut's «{{customer.salutation}}» greets the customer of the ticket's page, not «Αγαπητέ/ή πελάτη».
      expect(written).toMatch(/^Πρώτη γραμμή\. Αγαπητέ κύριε Τερζή, Σας ενημερώνω για το αίτημά σας .*Με εκτίμηση, Support Agent Τελευταία γραμμή\.$/);
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

      // A template that greets, from the panel: the customer of the ticket's page, in the vocative.
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await overlay(page).locator('.odigos-back').click();
      await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('οδηγίες επιστροφής προϊόντος');
      await overlay(page).getByRole('list', { name: 'Προτάσεις' }).locator('li[data-entry-id="info-return-instructions"] button').first().click();
      await tpl.getByRole('button', { name: 'Εισαγωγή' }).click();
      await tpl.getByRole('status').getByText('Προστέθηκε στην απάντηση.').waitFor();
      await expect.poll(text).toMatch(/πού έγινε το λάθος\. Αγαπητέ κύριε Τερζή, /);
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
  });
});
