import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_SPA, serve, STRICT_CSP, type Served } from '../support/static-server';
import { caretRect } from '../support/caret';
import {
  firefoxInstalled,
  FIREFOX,
  launchFirefoxWithExtension,
  overlayBox,
  pressCombo,
  screenshotFirefox,
  type FirefoxWithExtension,
} from '../support/firefox';

/**
 * The Firefox build (MV2: a background page, a sidebar, no side panel) in Debian's Firefox ESR, on the demo desk and
 * the full-height desk under a strict CSP, in a Greek Firefox: what the agent sees. Driven by puppeteer-core over
 * WebDriver BiDi: the notes (an extension page framed in the overlay) are typed into and read back with the keyboard
 * and the clipboard, as an agent would (firefox-pages.e2e.ts reads that frame's own document, and the extension's
 * pages).
 */
if (!firefoxInstalled) {
  const say = `Firefox ESR is NOT installed (${FIREFOX}): the Firefox e2e cannot run here. Install it as .ci/run does (apt-get install firefox-esr).`;
  // In CI its absence is a failure (.ci/run installs it); on a developer's machine, say it loudly and skip.
  if (process.env.CI) throw new Error(say);
  console.warn(`\n${'!'.repeat(100)}\n${say}\n${'!'.repeat(100)}\n`);
}

const TICKET = '/desk/el/tickets/48213';
const DOUBLE_CHARGE = /double-charge|double-card-charge/;

/** The overlay's suggestions («Προτάσεις»), as entry ids and languages, once there are some. */
function suggestions(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('odigos-overlay')?.shadowRoot;
    const list = root?.querySelector('ul[aria-label="Προτάσεις"]');
    return [...(list?.querySelectorAll('[data-entry-id]') ?? [])].map((e) => ({ id: e.getAttribute('data-entry-id') ?? '', lang: e.getAttribute('lang') }));
  });
}

const overlayText = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector('odigos-overlay')?.shadowRoot?.querySelector(sel)?.textContent ?? '', selector);

describe.skipIf(!firefoxInstalled)('Firefox ESR: the Firefox build on the demo desk (strict CSP)', () => {
  let firefox: FirefoxWithExtension;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ spa: DEMO_SPA, htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    firefox = await launchFirefoxWithExtension();
  }, 90_000);
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  it('the panel reads the Greek conversation and suggests what fits, in Greek, beside the page', async () => {
    const page = await firefox.newPage();
    await page.goto(site.url(TICKET));
    await expect.poll(() => overlayText(page, '.odigos-context')).toContain('#48213');
    expect(await overlayText(page, '.odigos-context')).toContain('Γιώργος Παπαδόπουλος');
    await expect.poll(async () => (await suggestions(page)).length).toBeGreaterThanOrEqual(3);
    const top = (await suggestions(page)).slice(0, 3);
    expect(top.some((e) => DOUBLE_CHARGE.test(e.id))).toBe(true);
    expect(top.map((e) => e.lang)).toEqual(['el', 'el', 'el']);
    // The UI speaks Greek: the search box and the mood cue the customer's words earned («τρίτη φορά»).
    expect(await overlayText(page, '.odigos-search-label')).toBe('Αναζήτηση στη γνώση');
    expect(await overlayText(page, 'ul[aria-label="Διάθεση πελάτη"]')).toContain('Επανειλημμένη επικοινωνία');
    // The page is pushed aside, not covered: the reply box ends left of the panel.
    const reply = await page.$eval('#reply', (el) => el.getBoundingClientRect().right);
    expect(reply).toBeLessThanOrEqual((await overlayBox(page, '.odigos-panel'))!.x);
    await screenshotFirefox(page, 'firefox-panel-el');
    await page.close();
  });

  it('a shortcut expands in the reply box: /sorry + Tab gives the formal apology', async () => {
    const page = await firefox.newPage();
    await page.goto(site.url(TICKET));
    await page.click('#reply');
    await page.keyboard.type('/sorry', { delay: 20 });
    await page.waitForSelector('html[data-odigos-shortcut-keys]');
    await page.keyboard.press('Tab');
    const value = () => page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value);
    await expect.poll(value).toMatch(/^Σας ζητώ ειλικρινά συγγνώμη για την ταλαιπωρία\./);
    expect(await value()).not.toContain('/sorry');
    await page.close();
  });

  /** The ticket with «/sorry» and its Tab typed into the reply box at once, once Odigos knows its shortcuts (no waits after). */
  async function sorryTabbed(): Promise<Page> {
    const page = await firefox.newPage();
    await page.goto(site.url(TICKET));
    await page.click('#reply');
    await page.waitForSelector('html[data-odigos-shortcut-keys]');
    await page.keyboard.type('/sorry');
    await page.keyboard.press('Tab');
    return page;
  }

  it('keys typed at once after the shortcut\'s Tab land after the template, in order, with focus kept in the reply box', async () => {
    // Held while the template goes in, then typed by the extras (a paste per run, in Firefox's isolated world).
    const page = await sorryTabbed();
    await page.keyboard.type(' Thanks, refunded.');
    const value = () => page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value);
    // At the template's {{cursor}}, its end: «…πώς θα το διορθώσουμε. », then what the agent typed (its space too).
    await expect.poll(value).toMatch(/διορθώσουμε\.\s+Thanks, refunded\.$/);
    expect(await value()).toMatch(/^Σας ζητώ ειλικρινά συγγνώμη/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');
    await page.close();
  });

  it('a second Tab typed with the shortcut\'s waits for the template, then moves on to Send (the template whole, nothing sent)', async () => {
    const page = await sorryTabbed();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('btn-send');
    const value = await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value);
    expect(value).toMatch(/^Σας ζητώ ειλικρινά συγγνώμη[^]*διορθώσουμε\.\s*$/);
    expect(await page.$eval('.sent-status', (el) => el.textContent)).toBe('');
    await page.close();
  });

  it('a private note is saved and found again after a reload', async () => {
    const page = await firefox.newPage();
    await page.goto(site.url(TICKET));
    const words = 'Ζητά επιστροφή της διπλής χρέωσης, επανάκληση αύριο.';
    await openNotes(page);
    // The note has loaded (the customer-meeting template is in it): its text takes typing now.
    await expect.poll(() => readNotes(page)).toMatch(/^Απόψεις και επιθυμίες του πελάτη/);
    await clickNotesText(page);
    await pressCombo(page, ['Control', 'End']);
    await page.keyboard.type(words, { delay: 10 });
    await screenshotFirefox(page, 'firefox-notes-el');
    await expect.poll(() => readNotes(page)).toContain(words);
    await page.reload();
    await openNotes(page);
    await expect.poll(() => readNotes(page)).toContain(words);
    expect(await readNotes(page)).toMatch(/^Απόψεις και επιθυμίες του πελάτη/);
    await page.close();
  });
});

/** Open the overlay's notes («Σημειώσεις») and wait for their frame to be shown. */
async function openNotes(page: Page): Promise<void> {
  const button = await page.waitForSelector('odigos-overlay >>> button ::-p-text(Σημειώσεις)');
  await button!.click();
  await expect.poll(async () => (await overlayBox(page, 'iframe.odigos-notes-frame'))?.height ?? 0).toBeGreaterThan(200);
}

/**
 * What the notes text holds, read as an agent can (BiDi shows no extension document): select it all, copy, and
 * paste it over the reply box's text.
 */
async function readNotes(page: Page): Promise<string> {
  await clickNotesText(page);
  await pressCombo(page, ['Control', 'a']);
  await pressCombo(page, ['Control', 'c']);
  await page.focus('#reply');
  await pressCombo(page, ['Control', 'a']);
  await pressCombo(page, ['Control', 'v']);
  return page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value);
}

/** Click into the notes text (the frame's first field), near its top left. */
async function clickNotesText(page: Page): Promise<void> {
  const frame = (await overlayBox(page, 'iframe.odigos-notes-frame'))!;
  await page.mouse.click(frame.x + 60, frame.y + 60);
}

describe.skipIf(!firefoxInstalled)('Firefox ESR: the palette on a full-height desk scrolled to its reply box', () => {
  let firefox: FirefoxWithExtension;
  let site: Served;
  beforeAll(async () => {
    site = await serve({ htmlHeaders: { 'Content-Security-Policy': STRICT_CSP } });
    firefox = await launchFirefoxWithExtension({ viewport: { width: 1280, height: 800 } });
  }, 90_000);
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });

  it('Ctrl+Shift+Space opens the Greek palette inside the viewport, right above the caret, and Enter inserts', async () => {
    const page = await firefox.newPage();
    await page.goto(site.url('/tests/fixtures/desk/long-thread.html?lang=el'));
    await page.waitForSelector('odigos-overlay');
    // The reply box's bottom at the bottom of the window: no room for the palette below the caret.
    await page.evaluate(() => {
      const r = document.getElementById('reply')!.getBoundingClientRect();
      scrollBy(0, r.bottom - innerHeight + 10);
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(400);
    await page.click('#reply');
    await page.keyboard.type('Καλημέρα σας κύριε Παπαδόπουλε,', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Σχετικά με ', { delay: 10 });
    const caret = await caretRect(page);
    await pressCombo(page, ['Control', 'Shift', ' ']);
    const dialog = '[role="dialog"][aria-label="Παλέτα προτύπων"]';
    await expect.poll(() => page.evaluate((sel) => !!document.querySelector('odigos-overlay')?.shadowRoot?.querySelector(`${sel} [role="option"]`), dialog)).toBe(true);
    const box = (await overlayBox(page, dialog))!;
    const view = page.viewport()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    expect(box.y + box.height).toBeLessThanOrEqual(view.height);
    // Right above the caret's line (a few pixels apart), spanning its x.
    const gap = caret.y - (box.y + box.height);
    expect(gap, `palette ${JSON.stringify(box)} caret ${JSON.stringify(caret)}`).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(12);
    expect(caret.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(caret.x).toBeLessThanOrEqual(box.x + box.width);
    // On top of everything the page draws, at its centre.
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const onTop = await page.evaluate(({ x, y }) => {
      const hit = document.elementFromPoint(x, y);
      return hit?.localName === 'odigos-overlay' && !!hit.shadowRoot?.elementFromPoint(x, y)?.closest('[role="dialog"]');
    }, centre);
    expect(onTop).toBe(true);
    await screenshotFirefox(page, 'firefox-palette-long-page-el');
    await page.keyboard.press('Enter');
    const value = () => page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value);
    await expect.poll(value).not.toMatch(/Σχετικά με $/);
    expect(await value()).toMatch(/^Καλημέρα σας κύριε Παπαδόπουλε,\nΣχετικά με \S/);
    await page.close();
  });
});
