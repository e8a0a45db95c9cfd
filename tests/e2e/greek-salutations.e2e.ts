import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, overlay, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT, serve, STRICT_CSP, type Route, type Served } from '../support/static-server';
import { seedStorage, type SeedSnippet } from '../fixtures/editors/harness';
import { openPaletteOnTicket, useDemoDesk } from '../support/demo-desk';

/**
 * A Zendesk workspace fed from a registry: the requester is «ΠAΠAΔOΠOYΛOΣ ΓΙΩΡΓΟΣ», surname first, in capitals,
 * with Latin A, O and Y typed on the wrong keyboard. What the agent's shortcuts insert must address him as a
 * Greek company would: «Αγαπητέ κύριε Παπαδόπουλε», «Γεια σου, Γιώργο», and the next ticket's customer as a woman.
 */
const REGISTRY_NAME = 'ΠAΠAΔOΠOYΛOΣ ΓΙΩΡΓΟΣ';

/** The Zendesk fixture with the first ticket's requester written as the registry writes him. */
const capsDesk: Route = async (req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/tests/fixtures/crm/zendesk-registry.html') return false;
  const html = (await readFile(join(REPO_ROOT, 'tests/fixtures/crm/zendesk.html'), 'utf8')).replaceAll('Γιώργος Παπαδόπουλος', REGISTRY_NAME);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP }).end(html);
  return true;
};

/**
 * The same workspace with the requester «ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ», a surname no list holds: in capitals its stress could be
 * Μάχλας or Μαχλάς. His first message is signed «Γιώργος Μαχλάς», and the agent's reply no longer names him.
 */
const SIGNED_NAME = 'ΜΑΧΛΑΣ ΓΙΩΡΓΟΣ';
const signedDesk: Route = async (req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/tests/fixtures/crm/zendesk-signed.html') return false;
  const html = (await readFile(join(REPO_ROOT, 'tests/fixtures/crm/zendesk.html'), 'utf8'))
    .replaceAll('Γιώργος Παπαδόπουλος', SIGNED_NAME)
    .replace('Καλημέρα σας κύριε Παπαδόπουλε,', 'Καλημέρα σας,')
    .replace('<p>Μπορείτε να το ελέγξετε;</p>', '<p>Μπορείτε να το ελέγξετε;</p><p>Με εκτίμηση,<br>Γιώργος Μαχλάς<br>210 1234567</p>');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP }).end(html);
  return true;
};

/**
 * The same workspace with a company as the requester: «ΓΑΛΑΞΙΑΣ», a one-word business name that reads as a man's
 * name («Γεια σου, Γαλαξία»), and beside it the card's «Επωνυμία: ΓΑΛΑΞΙΑΣ», which says it is a company.
 */
const COMPANY_NAME = 'ΓΑΛΑΞΙΑΣ';
const companyDesk: Route = async (req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/tests/fixtures/crm/zendesk-company.html') return false;
  const html = (await readFile(join(REPO_ROOT, 'tests/fixtures/crm/zendesk.html'), 'utf8'))
    .replaceAll('Γιώργος Παπαδόπουλος', COMPANY_NAME)
    .replace('Καλημέρα σας κύριε Παπαδόπουλε,', 'Καλημέρα σας,')
    .replace(
      `<span>${COMPANY_NAME}</span></div>`,
      `<span>${COMPANY_NAME}</span></div><dl class="org-card"><dt>Επωνυμία</dt><dd>${COMPANY_NAME}</dd><dt>ΑΦΜ</dt><dd>099999999</dd></dl>`,
    );
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP }).end(html);
  return true;
};

/**
 * The same workspace with the requester «Δήμος Κρανιάς» — a man called Δήμος whose surname no list holds and that
 * ends as a place's genitive does — or the municipality «Δήμος Παύλου Μελά», named after a person: the man is greeted
 * by his surname, the municipality neutrally (knowledge/names/municipality-data.ts tells them apart).
 */
const MAN_DIMOS = 'Δήμος Κρανιάς';
const MUNICIPALITY = 'Δήμος Παύλου Μελά';
const dimosDesk: Route = async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const name = path === '/tests/fixtures/crm/zendesk-dimos.html' ? MAN_DIMOS : path === '/tests/fixtures/crm/zendesk-municipality.html' ? MUNICIPALITY : undefined;
  if (!name) return false;
  const html = (await readFile(join(REPO_ROOT, 'tests/fixtures/crm/zendesk.html'), 'utf8'))
    .replaceAll('Γιώργος Παπαδόπουλος', name)
    .replace('Καλημέρα σας κύριε Παπαδόπουλε,', 'Καλημέρα σας,');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP }).end(html);
  return true;
};

const SNIPPETS: SeedSnippet[] = [
  { id: 'g1', title: 'Επίσημος χαιρετισμός', shortcut: 'xair', body: '{{customer.salutation}},\n\nΣας ευχαριστούμε για την επικοινωνία.' },
  { id: 'g2', title: 'Φιλικός χαιρετισμός', shortcut: 'geiasou', formality: 'informal', body: '{{customer.salutation}}! Πες μου τι χρειάζεσαι.' },
  { id: 'g3', title: 'Τηλεφωνική επιβεβαίωση', shortcut: 'kalim', body: 'Καλημέρα σας {{customer.formalName|}}, μιλάτε με την εξυπηρέτηση πελατών.' },
];

/** Types «/keyword» into the reply box and Tab, as the agent does; the box's text once the shortcut has expanded. */
async function typeShortcut(page: Page, box: Locator, keyword: string, read: () => Promise<string>): Promise<string> {
  await box.click();
  await page.keyboard.type(`/${keyword}`, { delay: 30 });
  await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
  await expect.poll(read).toContain(`/${keyword}`);
  await page.keyboard.press('Tab');
  await expect.poll(read, { timeout: 20_000 }).not.toContain(`/${keyword}`);
  return read();
}

describe('Greek salutations on a CRM page that writes names as registries do', () => {
  let site: Served;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    site = await serve({ routes: [capsDesk, signedDesk, companyDesk, dimosDesk], htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    browser = await launchWithExtension();
    await seedStorage(browser, SNIPPETS);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const composer = (page: Page) => page.locator('[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]');

  async function expandIn(page: Page, keyword: string, shot?: string): Promise<string> {
    const box = composer(page);
    const text = (await typeShortcut(page, box, keyword, () => box.innerText())).replace(/\u00a0/g, ' ');
    if (shot) await screenshot(page, shot);
    // Empty the composer for the next shortcut, as the agent would (an empty paragraph keeps its line).
    await box.evaluate((el) => {
      const p = el.ownerDocument.createElement('p');
      p.append(el.ownerDocument.createElement('br'));
      el.replaceChildren(p);
    });
    return text;
  }

  it('reads the name surname first and addresses the customer in the vocative, in title case', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/tests/fixtures/crm/zendesk-registry.html'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toBe(`${REGISTRY_NAME} · #48213`);
    expect(await expandIn(page, 'xair', 'greek-salutation-registry-name')).toMatch(/^Αγαπητέ κύριε Παπαδόπουλε,\s+Σας ευχαριστούμε για την επικοινωνία\.$/);
    expect(await expandIn(page, 'geiasou')).toBe('Γεια σου, Γιώργο! Πες μου τι χρειάζεσαι.');
    expect(await expandIn(page, 'kalim')).toBe('Καλημέρα σας κύριε Παπαδόπουλε, μιλάτε με την εξυπηρέτηση πελατών.');

    // The next ticket's customer is a woman: her first name says so.
    await page.getByRole('button', { name: 'Άνοιγμα #48220' }).click();
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toBe('Μαρία Κωνσταντίνου · #48220');
    expect(await expandIn(page, 'xair')).toMatch(/^Αγαπητή κυρία Κωνσταντίνου,/);
    expect(await expandIn(page, 'geiasou')).toBe('Γεια σου, Μαρία! Πες μου τι χρειάζεσαι.');
    await page.close();
  });

  it('takes the stress of a surname in capitals from the customer\'s signature in the thread', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/tests/fixtures/crm/zendesk-signed.html'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toBe(`${SIGNED_NAME} · #48213`);
    // What the agent sees: the field in capitals, the signature spelt out in the customer's message.
    expect(await page.locator('#pane-48213 .zd-comment').first().innerText()).toMatch(/Με εκτίμηση,\s+Γιώργος Μαχλάς/);
    // Without the signature the rules would write «κύριε Μάχλα» (tests/unit/names/page-stress.test.ts).
    expect(await expandIn(page, 'xair', 'greek-salutation-signed-name')).toMatch(/^Αγαπητέ κύριε Μαχλά,\s+Σας ευχαριστούμε για την επικοινωνία\.$/);
    // The agent sees it: the composer that holds it is inside the viewport and nothing (the panel) lies over it.
    const seen = await composer(page).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
      return { inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth, own: !!top && el.contains(top) };
    });
    expect(seen).toEqual({ inside: true, own: true });
    expect(await expandIn(page, 'kalim')).toBe('Καλημέρα σας κύριε Μαχλά, μιλάτε με την εξυπηρέτηση πελατών.');
    await page.close();
  });

  it('greets a company the card labels «Επωνυμία» neutrally, never by its name in the vocative', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/tests/fixtures/crm/zendesk-company.html'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toBe(`${COMPANY_NAME} · #48213`);
    expect(await page.locator('#pane-48213 .org-card').innerText()).toContain('Επωνυμία');
    expect(await expandIn(page, 'xair', 'greek-salutation-company')).toMatch(/^Αγαπητέ\/ή πελάτη,\s+Σας ευχαριστούμε για την επικοινωνία\.$/);
    // Not «Γεια σου, Γαλαξία!»: no first name to greet, so the neutral opening.
    expect(await expandIn(page, 'geiasou')).toBe('Αγαπητέ/ή πελάτη! Πες μου τι χρειάζεσαι.');
    // «Καλησπέρα σας {{customer.formalName|}}»: no one to call «κύριε», so nothing.
    expect(await expandIn(page, 'kalim')).toBe('Καλημέρα σας, μιλάτε με την εξυπηρέτηση πελατών.');
    await page.close();
  });

  it('greets a man called Δήμος by a surname that ends like a place, and a municipality named after a person neutrally', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url('/tests/fixtures/crm/zendesk-dimos.html'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toBe(`${MAN_DIMOS} · #48213`);
    // Was «Αγαπητέ/ή πελάτη»: Κρανιάς was read as the genitive of a place.
    expect(await expandIn(page, 'xair', 'greek-salutation-dimos')).toMatch(/^Αγαπητέ κύριε Κρανιά,\s+Σας ευχαριστούμε για την επικοινωνία\.$/);
    expect(await expandIn(page, 'geiasou')).toBe('Γεια σου, Δήμο! Πες μου τι χρειάζεσαι.');
    await page.goto(site.url('/tests/fixtures/crm/zendesk-municipality.html'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent()).toBe(`${MUNICIPALITY} · #48213`);
    // Was «Αγαπητέ κύριε Παύλου Μελά».
    expect(await expandIn(page, 'xair')).toMatch(/^Αγαπητέ\/ή πελάτη,\s+Σας ευχαριστούμε για την επικοινωνία\.$/);
    expect(await expandIn(page, 'kalim')).toBe('Καλημέρα σας, μιλάτε με την εξυπηρέτηση πελατών.');
    await page.close();
  });
});

/**
 * The demo desk lists two customers as a registry-fed CRM does, surname first in capitals: «ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ»
 * (both words are first names and surnames: the e-mail address on the card, theocharis.sarantis@…, says which
 * is which) and «ΓΕΩΡΓΙΟΥ ΑΛΕΞ» (Άλεξ is a man's and a woman's name: the card's «Φύλο: Γυναίκα» says which).
 * The agent's shortcuts must address each as a Greek company would, from what the page shows.
 */
describe('Greek salutations from what the demo desk shows about the customer', () => {
  const desk = useDemoDesk();
  beforeAll(async () => {
    await seedStorage(desk.browser, SNIPPETS);
  });

  async function expandInReply(page: Page, keyword: string): Promise<string> {
    const box = page.locator('#reply');
    await box.fill('');
    return typeShortcut(page, box, keyword, () => box.inputValue());
  }

  it('reads the order from the e-mail address and the gender from the card, and writes the names in title case', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48252'));
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent(), { timeout: 15_000 }).toContain('#48252');
    expect(await expandInReply(page, 'xair')).toBe('Αγαπητέ κύριε Σαράντη,\n\nΣας ευχαριστούμε για την επικοινωνία.');
    expect(await expandInReply(page, 'geiasou')).toBe('Γεια σου, Θεοχάρη! Πες μου τι χρειάζεσαι.');
    expect(await expandInReply(page, 'kalim')).toBe('Καλημέρα σας κύριε Σαράντη, μιλάτε με την εξυπηρέτηση πελατών.');
    await screenshot(page, 'greek-salutation-demo-desk');

    await page.locator('nav a[href$="/tickets/48257"]').click();
    await expect.poll(() => overlay(page).locator('.odigos-context').textContent(), { timeout: 15_000 }).toContain('#48257');
    expect(await expandInReply(page, 'xair')).toBe('Αγαπητή κυρία Γεωργίου,\n\nΣας ευχαριστούμε για την επικοινωνία.');
    expect(await expandInReply(page, 'geiasou')).toBe('Γεια σου, Άλεξ! Πες μου τι χρειάζεσαι.');
    await page.close();
  });

  it('writes the Greek customer\'s name in Latin letters in an English template: "Dear Mr Papadopoulos,"', async () => {
    // Ticket #48213's customer is «Γιώργος Παπαδόπουλος»; the agent answers him from the English pack.
    const page = await desk.browser.context.newPage();
    const palette = await openPaletteOnTicket(desk, page, '/desk/el/tickets/48213');
    await palette.getByRole('combobox').pressSequentially('opening greeting formal', { delay: 10 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Opening greeting (formal)');
    const preview = palette.getByRole('region', { name: 'Προεπισκόπηση' });
    // Was "Dear Mr Παπαδόπουλος,": a Greek-script name in an English sentence. Mr still from his Greek name.
    await expect.poll(async () => (await preview.innerText()).trim()).toMatch(/^Dear Mr Papadopoulos,\s+Thank you for contacting us\./);
    expect(await preview.innerText()).not.toMatch(/[\u0370-\u03ff\u1f00-\u1fff]/);
    const seen = await preview.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.height > 0;
    });
    expect(seen).toBe(true);
    await screenshot(page, 'english-template-greek-customer-preview');
    await page.keyboard.press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
    await expect.poll(() => page.locator('#reply').inputValue()).toMatch(/^Dear Mr Papadopoulos,\s+Thank you for contacting us\. .*\(reference 48213\)\./);
    expect(await page.locator('#reply').inputValue()).not.toMatch(/[\u0370-\u03ff\u1f00-\u1fff]/);
    await screenshot(page, 'english-template-greek-customer-inserted');
    await page.close();
  });
});
