/**
 * A Greek trainer's day in the studio on content the project has never seen (seed 003: call-backs and accessibility,
 * in seed 002's SOP anatomy), with the mistakes trainers make, at 1366×768: a new folder, a template saved before its
 * title, HTML pasted from a web page, a misspelt fill-in field, the tab closed right after typing; then the pack
 * published, installed in Options, its SOP suggested on the demo desk and its shortcut expanded in the reply box.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { customerWrites, useDemoDesk } from '../support/demo-desk';
import { addItems, editorStatus, openStudioPage, saveEntry, startStudio, stopStudio, type Studio } from '../support/studio';

const VIEWPORT = { width: 1366, height: 768 };
const bodyProblems = (page: Page) => page.locator('[data-field="body"] .st-problem');

const CALLBACK_BODY = '{{customer.salutation}},\n\nόπως συμφωνήσαμε, θα σας καλέσουμε στο {{field:Τηλέφωνο}} στις {{field:Ώρα}}. Αν η ώρα δεν σας βολεύει πια, απαντήστε σε αυτό το μήνυμα.\n\n{{agent.name}}';

describe('a Greek trainer’s day: call-backs and accessibility, from an empty folder to the agent’s reply box', () => {
  const root = mkdtempSync(join(tmpdir(), 'odigos-trainer-day-'));
  const folder = join(root, 'prosvasimotita');
  const published = join(root, 'published');
  let studio: Studio;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    studio = await startStudio(folder, '--new');
    ({ browser, page } = await openStudioPage(studio, VIEWPORT));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (studio) await stopStudio(studio);
    rmSync(root, { recursive: true, force: true });
  });

  it('a new folder greets the trainer with the way to create the pack, not with an error', async () => {
    await expect.poll(() => page.locator('main').textContent()).toContain('Ο φάκελος δεν έχει ακόμα πακέτο');
    // It said «1 σφάλμα» in red, and the validator's «Δεν είναι φάκελος πηγής πακέτου» under the home's own words.
    expect(await page.locator('.st-health').textContent()).toBe('Χωρίς προβλήματα');
    expect(await page.locator('main').textContent()).not.toContain('Δεν είναι φάκελος πηγής πακέτου');
    await screenshot(page, 'trainer-day-new-folder');
    await page.getByRole('link', { name: 'Δημιουργία πακέτου' }).click();
    await page.getByLabel('Όνομα (υποχρεωτικό)').fill('Προσβασιμότητα και επανακλήσεις');
    await page.getByRole('button', { name: 'Δημιουργία πακέτου' }).click();
    await expect.poll(() => existsSync(join(folder, 'pack.yaml'))).toBe(true);
  });

  it('a template saved before its title takes its id from the title typed after', async () => {
    await page.getByRole('button', { name: '+ Νέο πρότυπο' }).click();
    await page.getByLabel('Συντόμευση').fill('epanaklisi');
    await page.getByLabel('Κείμενο (υποχρεωτικό)').fill(CALLBACK_BODY);
    await saveEntry(page);
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Επανάκληση σε συμφωνημένη ώρα');
    await expect.poll(() => page.getByLabel('Αναγνωριστικό (υποχρεωτικό)').inputValue()).toBe('epanaklisi-se-symfonimeni-ora');
    await addItems(page, 'f-triggers', ['θέλω να με πάρετε τηλέφωνο', 'καλέστε με πίσω', 'kaleste me piso']);
    await expect.poll(() => page.locator('.st-editor .st-problem').count()).toBe(0);
    // Saved with its title, the file leaves the «new-entry» it was given untitled for the name its id gives (it
    // kept templates/new-entry.md for good), and the address and the list follow it.
    expect(await saveEntry(page)).toBe('templates/epanaklisi-se-symfonimeni-ora.md');
    expect(existsSync(join(folder, 'templates/epanaklisi-se-symfonimeni-ora.md'))).toBe(true);
    expect(existsSync(join(folder, 'templates/new-entry.md'))).toBe(false);
    await expect.poll(() => page.url()).toMatch(/#\/entry\/templates\/epanaklisi-se-symfonimeni-ora\.md$/);
    await expect.poll(() => page.locator('a[data-file]').evaluateAll((links) => links.map((a) => a.getAttribute('data-file')))).toEqual(['templates/epanaklisi-se-symfonimeni-ora.md']);
  });

  it('HTML pasted from a web page and a misspelt fill-in field are said at the text, in Greek, with the fix', async () => {
    const body = page.getByLabel('Κείμενο (υποχρεωτικό)');
    await body.fill('<p class="MsoNormal">Καλησπέρα σας,</p><p>σας ευχαριστούμε για την υπομονή σας&nbsp;🙂</p><script>alert(1)</script>');
    await expect.poll(() => bodyProblems(page).textContent()).toContain('Το κείμενο έχει κώδικα HTML («<p class="MsoNormal">»), μάλλον από επικόλληση');
    await page.locator('[data-field="body"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'trainer-day-html-pasted');
    // The preview shows the tags as text, never as markup (pack content is data).
    expect(await page.locator('.st-preview script').count()).toBe(0);
    await body.fill(CALLBACK_BODY.replace('{{field:Ώρα}}', '{{feild:Ώρα}}'));
    await expect.poll(() => bodyProblems(page).textContent()).toContain('Άγνωστο σύμβολο {{feild:Ώρα}}: μήπως εννοείτε {{field:Ώρα}};');
    await screenshot(page, 'trainer-day-misspelt-field');
    await body.fill(CALLBACK_BODY);
    await expect.poll(() => bodyProblems(page).count()).toBe(0);
    expect(await editorStatus(page).getAttribute('data-status')).toBe('clean');
  });

  it('the tab closed right after typing keeps what was typed: the next tab has it as a draft', async () => {
    // Saved with a title once, the file keeps its name when the title changes.
    const file = 'templates/epanaklisi-se-symfonimeni-ora.md';
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Επανάκληση σε συμφωνημένη ώρα και τρόπο');
    await page.close({ runBeforeUnload: true }); // Ctrl+W before the draft's check was due
    page = await browser.newPage({ locale: 'el-GR', viewport: VIEWPORT });
    page.setDefaultTimeout(20_000);
    await page.goto(studio.url);
    await page.locator(`a[data-file="${file}"] .st-badge-draft`).waitFor();
    await page.locator(`a[data-file="${file}"]`).click();
    await expect.poll(() => page.getByLabel('Τίτλος (υποχρεωτικό)').inputValue()).toBe('Επανάκληση σε συμφωνημένη ώρα και τρόπο');
    await saveEntry(page);
  });

  it('an SOP in seed 002’s anatomy with a branch and the call-back template at its step, then published', async () => {
    await page.getByRole('button', { name: '+ Νέα διαδικασία' }).click();
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Αναπάντητη κλήση: επανάκληση πελάτη');
    await page.getByLabel('Τμήμα (υποχρεωτικό)').fill('Τηλεφωνικό κέντρο');
    await page.getByLabel('Σκοπός (υποχρεωτικό)').fill('Κανένα αίτημα δεν μένει αναπάντητο: όποιος δεν βρήκε διαθέσιμο εκπρόσωπο λαμβάνει κλήση πίσω το συντομότερο δυνατόν, την ώρα που τον βολεύει.');
    await page.getByLabel('Πρώτη απάντηση').fill('2h');
    await page.locator('[id="f-steps.0"]').fill('Επιβεβαιώστε τον αριθμό τηλεφώνου και την ώρα που βολεύει τον πελάτη.');
    await page.getByRole('button', { name: 'Προσθήκη «Αν…»' }).click();
    await page.getByLabel('Συνθήκη (βήμα 1, διακλάδωση 1)').fill('ο πελάτης δεν απαντά σε δύο κλήσεις');
    await page.getByRole('button', { name: 'Προσθήκη βήματος' }).click();
    await page.locator('[id="f-steps.1"]').fill('Καλέστε την ώρα που συμφωνήθηκε και στείλτε γραπτή επιβεβαίωση.');
    await page.getByLabel('Σύνδεση προτύπου στο βήμα 2').selectOption({ label: 'Επανάκληση σε συμφωνημένη ώρα και τρόπο' });
    await page.getByRole('button', { name: 'Προσθήκη βήματος' }).click();
    await page.locator('[id="f-steps.2"]').fill('Αφήστε μήνυμα και στείλτε e-mail με όλους τους τρόπους επικοινωνίας.');
    await page.getByLabel('Συνέχεια (βήμα 1, διακλάδωση 1)').selectOption('3');
    await addItems(page, 'f-triggers', ['με πήρατε και δεν πρόλαβα να απαντήσω', 'αναπάντητη κλήση από εσάς', 'me pirate kai den prolava']);
    await expect.poll(() => page.locator('.st-editor .st-problem').count()).toBe(0);
    await saveEntry(page);
    await expect.poll(() => page.locator('.st-health').textContent()).toBe('Χωρίς προβλήματα');

    await page.getByRole('link', { name: 'Δημοσίευση' }).click();
    await page.getByLabel('Φάκελος εξόδου').fill(published);
    await page.getByLabel('Κλειδί υπογραφής (ιδιωτικό)').fill(join(root, 'keys', 'prosvasimotita.key'));
    await page.getByLabel('Τι άλλαξε (σημειώσεις έκδοσης)').fill('Επανακλήσεις πελατών που δεν βρήκαν εκπρόσωπο.');
    // What was typed is still there when the trainer presses the button (twice a run has published elsewhere).
    expect(await page.getByLabel('Φάκελος εξόδου').inputValue()).toBe(published);
    await page.getByRole('button', { name: 'Έκδοση, υπογραφή και αποθήκευση' }).click();
    await expect.poll(() => page.locator('#st-published-h').textContent(), { timeout: 60_000 }).toMatch(/^Δημοσιεύτηκε η έκδοση /);
    // The trainer is told where the pack went: the folder they typed.
    const listed = await page.locator('.st-done li').allTextContents();
    const field = await page.getByLabel('Φάκελος εξόδου').inputValue();
    expect(listed, `the files the studio says it wrote: ${listed.join(', ')}; the folder field now: ${field}`).toContain(join(published, 'prosvasimotita.json'));
    expect(existsSync(join(published, 'prosvasimotita.json'))).toBe(true);
  });

  it('a second template given the same shortcut stops Try it, and the error says which entry it is in, with a way to it', async () => {
    await page.getByRole('button', { name: '+ Νέο πρότυπο' }).click();
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα όρασης');
    await page.getByLabel('Συντόμευση').fill('epanaklisi');
    await page.getByLabel('Κείμενο (υποχρεωτικό)').fill('{{customer.salutation}},\n\nσας στέλνουμε το έγγραφο σε μεγάλη γραμματοσειρά, όπως ζητήσατε.\n\n{{agent.name}}');
    await expect.poll(() => page.locator('[data-field="shortcut"] .st-problem').count()).toBe(1);
    // The id the long title gives ends at a word («…-provlimata-or» it was, cut at 60 letters).
    const id = page.getByLabel('Αναγνωριστικό (υποχρεωτικό)');
    await expect.poll(() => id.inputValue()).toBe('engrafo-se-megali-grammatoseira-gia-pelates-me-provlimata');
    // And so does the file name the editor says it will write, under the title.
    const file = page.getByText('Αρχείο: θα γραφτεί στο templates/engrafo-se-megali-grammatoseira-gia-pelates-me-provlimata.md', { exact: true });
    expect(await file.isVisible()).toBe(true);
    await screenshot(page, 'trainer-day-long-title-id');
    // The new draft carries the clash in the list, not the older saved template (the validator blamed whichever
    // file sorted second, and «engrafo-…» sorts before «epanaklisi-…»).
    await page.locator('a[data-new] .st-badge-error').waitFor();
    expect(await page.locator('a[data-file="templates/epanaklisi-se-symfonimeni-ora.md"] .st-badge-error').count()).toBe(0);
    // Under the long title, each badge is one line inside the 300px list («νέο, χωρίς αρχείο ακόμα» wrapped to
    // four lines, squeezed beside the other badges).
    const badges = await page.locator('a[data-new] .st-badge').evaluateAll((els) => els.map((b) => {
      const box = b.getBoundingClientRect();
      const list = b.closest('.st-aside')!.getBoundingClientRect();
      return { text: b.textContent, lines: Math.round(box.height / parseFloat(getComputedStyle(b).lineHeight)), inside: box.left >= list.left && box.right <= list.right };
    }));
    expect(badges.slice(0, 2).map((b) => b.text)).toEqual(['νέο, χωρίς αρχείο ακόμα', '1 σφάλμα']);
    expect(badges.filter((b) => b.lines !== 1 || !b.inside)).toEqual([]);
    await screenshot(page, 'trainer-day-new-badge');
    await page.getByRole('link', { name: 'Δοκιμή' }).click();
    await page.getByLabel('Μήνυμα πελάτη', { exact: true }).fill('Δεν βλέπω καλά, μπορείτε να μου στείλετε το συμβόλαιο με μεγάλα γράμματα;');
    await page.getByRole('button', { name: 'Δοκιμή', exact: true }).click();
    const blocked = page.locator('#try-blocked li').first();
    // The clash is the new draft's error, naming the saved template by its title; the draft is linked.
    await expect.poll(() => blocked.textContent()).toMatch(
      /^Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα όρασης: Σφάλμα: Η συντόμευση «epanaklisi» \(επίσημο\) υπάρχει ήδη στο «Επανάκληση σε συμφωνημένη ώρα και τρόπο» \(templates\/epanaklisi-se-symfonimeni-ora\.md\)/,
    );
    await screenshot(page, 'trainer-day-try-blocked');
    await blocked.getByRole('link', { name: 'Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα όρασης' }).click();
    await expect.poll(() => page.locator('#st-editor-h').textContent()).toBe('Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα όρασης');
  });

  describe('on the agent’s side, with the built extension', () => {
    const desk = useDemoDesk();

    it('installed in Options, its SOP is suggested for a call-back message and its shortcut expands in the reply box', async () => {
      const options = await desk.browser.openExtensionPage('options.html');
      const input = options.getByLabel('Αρχείο πακέτου (pack.json)');
      await expect.poll(() => input.isDisabled(), { timeout: 60_000 }).toBe(false);
      await input.setInputFiles(join(published, 'prosvasimotita.json'));
      await options.getByRole('region', { name: /^Εισαγωγή: / }).getByRole('button', { name: 'Αποδοχή' }).click({ timeout: 60_000 });
      await expect.poll(() => options.locator('body').textContent(), { timeout: 60_000 }).toContain('Εγκαταστάθηκε το πακέτο «Προσβασιμότητα και επανακλήσεις», έκδοση');
      await options.close();

      const agent = await desk.browser.context.newPage();
      await agent.setViewportSize(VIEWPORT);
      await agent.goto(desk.site.url('/desk/el/tickets/48213'));
      await customerWrites(agent, 'Καλησπέρα, με πήρατε τηλέφωνο το πρωί και δεν πρόλαβα να απαντήσω. Μπορείτε να με καλέσετε πίσω μετά τις 5;');
      const suggested = overlay(agent).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id="anapantiti-klisi-epanaklisi-pelati"]');
      await suggested.waitFor({ timeout: 30_000 });
      await screenshot(agent, 'trainer-day-desk-suggested');

      await agent.locator('#reply').click();
      await agent.keyboard.type('/epanaklisi', { delay: 30 });
      await agent.keyboard.press('Tab');
      const form = agent.getByRole('dialog', { name: /^Συμπληρώστε πριν από την εισαγωγή: / });
      await form.getByRole('textbox', { name: 'Τηλέφωνο' }).fill('210 1234567');
      await form.getByRole('textbox', { name: 'Ώρα' }).fill('17:30');
      await screenshot(agent, 'trainer-day-desk-fields');
      await agent.keyboard.press('Enter');
      await expect.poll(() => agent.locator('#reply').inputValue()).toContain('θα σας καλέσουμε στο 210 1234567 στις 17:30.');
      await screenshot(agent, 'trainer-day-desk-expanded');
      expect(readFileSync(join(published, 'prosvasimotita.json'), 'utf8')).not.toContain('<script>');
      await agent.close();
    });
  });
});
