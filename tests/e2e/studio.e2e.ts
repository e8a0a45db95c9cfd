/**
 * The trainer's studio in real Chromium, as a new trainer meets it: `odigos studio <empty folder>` started as the
 * CLI starts it (a child process serving 127.0.0.1), a pack of two SOPs and three Greek templates written in the
 * forms without opening a file, a Zendesk macro export imported, five customer messages tried, the pack published
 * signed and installed by the built extension. Then what goes wrong: a file changed on disk under an edit, a
 * malformed file, two studios on one folder, and the studio killed with an edit unsaved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { CHROMIUM, launchWithExtension, screenshot } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';
import { addItems, editorStatus, openStudioPage, saveEntry, startStudio, stopStudio, type Studio } from '../support/studio';

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/studio');

const stop = stopStudio;

/** axe-core over the whole page (evaluated, so the page's CSP does not stop it); serious and critical only. */
async function axe(page: Page): Promise<Array<{ id: string; help: string; nodes: unknown[] }>> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact?: string; help: string; nodes: Array<{ target: unknown }> };
    const a = (globalThis as unknown as { axe: { run(ctx: unknown): Promise<{ violations: V[] }> } }).axe;
    return (await a.run(document)).violations;
  });
  return violations.filter((v) => (v as { impact?: string }).impact === 'serious' || (v as { impact?: string }).impact === 'critical');
}

interface TemplateSpec {
  title: string;
  shortcut: string;
  tone: string;
  formality?: string;
  triggers: string[];
  body: string;
}

async function writeTemplate(page: Page, t: TemplateSpec): Promise<string> {
  await page.getByRole('button', { name: '+ Νέο πρότυπο' }).click();
  await page.getByLabel('Τίτλος (υποχρεωτικό)').fill(t.title);
  await page.getByLabel('Συντόμευση').fill(t.shortcut);
  await page.getByLabel('Τόνος').selectOption(t.tone);
  if (t.formality) await page.getByLabel('Ύφος').selectOption(t.formality);
  await page.getByLabel('Κείμενο (υποχρεωτικό)').fill(t.body);
  await addItems(page, 'f-triggers', t.triggers);
  return saveEntry(page);
}

const TEMPLATES: TemplateSpec[] = [
  {
    title: 'Συγγνώμη για την καθυστέρηση',
    shortcut: 'argei',
    tone: 'apology',
    triggers: ['καθυστερεί η παραγγελία', 'αργεί το δέμα', 'argei to dema'],
    body: '{{customer.salutation}},\n\nλυπούμαστε που η παραγγελία {{field:Αριθμός παραγγελίας}} αργεί. Τη βρήκαμε και σας ενημερώνουμε μέχρι αύριο.\n\n{{agent.name}}',
  },
  {
    title: 'Επιστροφή χρημάτων σε 5 ημέρες',
    shortcut: 'epistrofi',
    tone: 'information',
    triggers: ['θέλω τα λεφτά μου πίσω', 'επιστροφή χρημάτων', 'thelo ta lefta mou piso'],
    body: '{{customer.salutation}},\n\nη επιστροφή των χρημάτων σας ξεκίνησε και θα φανεί στον λογαριασμό σας σε 5 εργάσιμες.\n\n{{agent.name}}',
  },
  {
    title: 'Ευχαριστούμε για την υπομονή',
    shortcut: 'efxaristo',
    tone: 'closing',
    triggers: ['ευχαριστώ πολύ για τη βοήθεια', 'efxaristo poli'],
    body: '{{customer.firstName}}, ευχαριστούμε για την υπομονή σας! Είμαστε εδώ για ό,τι χρειαστείτε.',
  },
];

/** A purpose of four lines or so at the studio's width: what seed 002's SOPs state as their aim. */
const PURPOSE =
  'Ο πελάτης μαθαίνει πού είναι η παραγγελία του και πότε φτάνει, σε μία επικοινωνία: δεν τον στέλνουμε στη μεταφορική, δεν του ζητάμε να ξαναπεί τον αριθμό παραγγελίας, και αν η καθυστέρηση ξεπερνά τον χρόνο που του είπαμε, του δίνουμε νέα ημερομηνία γραπτώς μαζί με ό,τι δικαιούται. Αν το δέμα φαίνεται παραδομένο αλλά ο πελάτης δεν το έχει, το ψάχνουμε με τη μεταφορική εμείς, όχι εκείνος.';

describe('the trainer’s studio', () => {
  const root = mkdtempSync(join(tmpdir(), 'odigos-studio-e2e-'));
  const folder = join(root, 'acme-support');
  const published = join(root, 'published');
  const keyFile = join(root, 'keys', 'acme.key');
  let studio: Studio;
  let browser: Browser;
  let page: Page;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    // A new pack in a folder that does not exist yet: the trainer says so with --new.
    studio = await startStudio(folder, '--new');
    ({ browser, page } = await openStudioPage(studio, { width: 1280, height: 900 }));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (studio) await stop(studio);
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the pack from an empty folder', async () => {
    await expect.poll(() => page.locator('main').textContent()).toContain('Ο φάκελος δεν έχει ακόμα πακέτο');
    await page.getByRole('link', { name: 'Ρυθμίσεις πακέτου' }).click();
    await page.getByLabel('Όνομα (υποχρεωτικό)').fill('Υποστήριξη Acme');
    await page.getByLabel('Αναγνωριστικό πακέτου (υποχρεωτικό)').fill('acme-support');
    await page.getByRole('button', { name: 'Δημιουργία πακέτου' }).click();
    await expect.poll(() => existsSync(join(folder, 'pack.yaml'))).toBe(true);
    expect(readFileSync(join(folder, 'pack.yaml'), 'utf8')).toMatch(/^id: acme-support\nname: Υποστήριξη Acme\nversion: 1\.0\.0\nlang: el\n/);
  });

  it('writes three Greek templates in the form: problems at their field with the fix, shortcut clashes, the preview agents see', async () => {
    files.t1 = await writeTemplate(page, TEMPLATES[0]);
    expect(files.t1).toBe('templates/syngnomi-gia-tin-kathysterisi.md');

    // A problem the validator knows, shown at its field, in Greek, with the fix.
    await page.getByRole('button', { name: '+ Νέο πρότυπο' }).click();
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill(TEMPLATES[1].title);
    await page.getByLabel('Συντόμευση').fill('επιστροφή χρημάτων');
    const shortcutField = page.locator('[data-field="shortcut"]');
    await expect.poll(() => shortcutField.locator('.st-problem').textContent()).toContain('επιτρέπει μόνο γράμματα, ψηφία και «-»');
    await expect.poll(() => page.getByLabel('Συντόμευση').getAttribute('aria-invalid')).toBe('true');
    // Another template's shortcut in the same register is a clash…
    await page.getByLabel('Συντόμευση').fill('argei');
    await expect.poll(() => shortcutField.locator('.st-problem').textContent()).toContain('υπάρχει ήδη στο «Συγγνώμη για την καθυστέρηση»');
    await screenshot(page, 'studio-template-problems');
    // …the fixed one is not.
    await page.getByLabel('Συντόμευση').fill(TEMPLATES[1].shortcut);
    await expect.poll(() => shortcutField.locator('.st-problem').count()).toBe(0);

    // A text longer than a template may hold is refused at the body, in Greek, before it could reach a tab.
    await page.getByLabel('Κείμενο (υποχρεωτικό)').fill('Η επιστροφή ξεκίνησε. '.repeat(910));
    await expect.poll(() => page.locator('[data-field="body"] .st-problem').textContent()).toMatch(/Το πεδίο «κείμενο» έχει 20\.0\d\d χαρακτήρες, περισσότερους από τους 20\.000 που επιτρέπονται/);
    // An article before a field whose options carry their own: said in Greek at the body, with the option that breaks
    // the sentence and what to write (it was the validator's English).
    await page.getByLabel('Κείμενο (υποχρεωτικό)').fill('{{customer.salutation}},\n\nσας στείλαμε το {{field:κουπόνι / την ετικέτα}} για την επιστροφή.');
    await expect.poll(() => page.locator('[data-field="body"] .st-problem').textContent()).toContain(
      'Με την επιλογή «την ετικέτα» το «το {{field:κουπόνι / την ετικέτα}}» διαβάζεται «το την ετικέτα»: μετά το «το» δεν μπαίνει δεύτερο άρθρο. Βάλτε το άρθρο ή το ρήμα μέσα σε κάθε επιλογή',
    );
    await screenshot(page, 'studio-template-article-field');
    await page.getByLabel('Κείμενο (υποχρεωτικό)').fill(TEMPLATES[1].body);
    await expect.poll(() => page.locator('[data-field="body"] .st-problem').count()).toBe(0);
    // Said at the counter too: the in-person channel, beside e-mail and chat.
    await page.getByRole('checkbox', { name: 'Πρόσωπο με πρόσωπο (κατάστημα, γκισέ)' }).check();
    await page.locator('[data-field="channels"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'studio-template-channels');
    const preview = page.locator('.st-preview');
    await expect.poll(() => preview.textContent()).toContain('Αγαπητέ κύριε Παπαδόπουλε,');
    await expect.poll(() => preview.textContent()).toContain('Αγαπητή κυρία Κωνσταντίνου,');
    expect(await preview.textContent()).toContain('ΠΑΠΑΔΑΚΗΣ ΝΙΚΟΛΑΟΣ');
    await addItems(page, 'f-triggers', TEMPLATES[1].triggers);
    await screenshot(page, 'studio-template-preview');
    files.t2 = await saveEntry(page);
    expect(readFileSync(join(folder, files.t2), 'utf8')).toMatch(/^channel: \[email, chat, in-person\]$/m);

    files.t3 = await writeTemplate(page, TEMPLATES[2]);
    const t3 = page.locator('.st-preview');
    await expect.poll(() => t3.textContent()).toContain('Γιώργο, ευχαριστούμε για την υπομονή σας!');
    await expect.poll(() => t3.textContent()).toContain('Μαρία, ευχαριστούμε');
  });

  it('writes two SOPs in the seed-002 anatomy: department, purpose, terms, target times, escalation, steps with branches and linked templates', async () => {
    await page.getByRole('button', { name: '+ Νέα διαδικασία' }).click();
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Καθυστέρηση παράδοσης');
    await page.getByLabel('Τμήμα (υποχρεωτικό)').fill('Εξυπηρέτηση πελατών');
    const purpose = page.getByLabel('Σκοπός (υποχρεωτικό)');
    await purpose.fill(PURPOSE);
    // The whole purpose shows: the box grows to its text (it was 2 rows tall, and showed 2 lines of a longer one).
    await expect.poll(() => purpose.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    expect(await purpose.evaluate((el) => el.clientHeight)).toBeGreaterThan(60);
    await page.getByRole('button', { name: 'Προσθήκη όρου' }).click();
    await page.getByLabel('Όρος 1').fill('ΑΠ');
    await page.getByLabel('Σημασία 1').fill('Αριθμός παραγγελίας');
    await page.getByRole('button', { name: 'Προσθήκη όρου' }).click();
    await page.getByLabel('Όρος 2').fill('ΣΑ');
    await page.getByLabel('Σημασία 2').fill('Συνοδευτικό αποστολής της μεταφορικής');
    // Term rows stand apart (they touched: 0 px between one row's boxes and the next's).
    const [term1, term2] = [await page.locator('.st-term').nth(0).boundingBox(), await page.locator('.st-term').nth(1).boundingBox()];
    expect(term2!.y - (term1!.y + term1!.height)).toBeGreaterThanOrEqual(6);
    await page.getByLabel('Πρώτη απάντηση').fill('15 λεπτά');
    await expect.poll(() => page.locator('[data-field="firstResponse"] .st-problem').textContent()).toContain('δεν είναι χρόνος: γράψτε αριθμό και m, h ή d');
    await page.getByLabel('Πρώτη απάντηση').fill('15m');
    await page.getByLabel('Ολοκλήρωση').fill('2d');
    // The two target times side by side: their boxes level, though only the first has a hint under it.
    const top = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())!.y;
    expect(await top('Ολοκλήρωση')).toBeCloseTo(await top('Πρώτη απάντηση'), 0);
    await page.getByLabel('Πότε').fill('Καθυστέρηση πάνω από 7 ημέρες');
    await page.getByLabel('Σε ποιον').fill('Υπεύθυνος βάρδιας');
    await page.locator('[id="f-steps.0"]').fill('Ζητήστε τον αριθμό παραγγελίας και δείτε την κατάσταση στη μεταφορική.');
    await page.getByRole('button', { name: 'Προσθήκη «Αν…»' }).click();
    await page.getByLabel('Συνθήκη (βήμα 1, διακλάδωση 1)').fill('το δέμα έχει παραδοθεί');
    await page.getByRole('button', { name: 'Προσθήκη βήματος' }).click();
    await page.locator('[id="f-steps.1"]').fill('Ζητήστε συγγνώμη και δώστε νέα ημερομηνία.');
    await page.getByLabel('Σύνδεση προτύπου στο βήμα 2').selectOption({ label: TEMPLATES[0].title });
    await page.getByRole('button', { name: 'Προσθήκη βήματος' }).click();
    await page.locator('[id="f-steps.2"]').fill('Κλείστε το αίτημα αφού επιβεβαιώσει ο πελάτης.');
    // A branch with no target is a problem at the branch, until a step is chosen.
    await expect.poll(() => page.locator('[data-field="steps.0.branches.0"] .st-problem').textContent()).toContain('δεν λέει πού συνεχίζει');
    await page.getByLabel('Συνέχεια (βήμα 1, διακλάδωση 1)').selectOption('3');
    await addItems(page, 'f-triggers', ['πού είναι η παραγγελία μου', 'δεν έχω παραλάβει το δέμα', 'pou einai i paraggelia mou']);
    await expect.poll(() => page.locator('.st-editor .st-problem').count()).toBe(0);
    await screenshot(page, 'studio-sop-form');
    files.s1 = await saveEntry(page);

    await page.getByRole('button', { name: '+ Νέα διαδικασία' }).click();
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Διπλή χρέωση στην κάρτα');
    await page.getByLabel('Τμήμα (υποχρεωτικό)').fill('Λογιστήριο');
    await page.getByLabel('Σκοπός (υποχρεωτικό)').fill('Η δεύτερη χρέωση επιστρέφεται χωρίς να ξαναρωτηθεί ο πελάτης.');
    await page.locator('[id="f-steps.0"]').fill('Βρείτε τις δύο χρεώσεις στο σύστημα πληρωμών.');
    await page.getByRole('button', { name: 'Προσθήκη βήματος' }).click();
    await page.locator('[id="f-steps.1"]').fill('Ξεκινήστε την επιστροφή της δεύτερης.');
    await page.getByLabel('Σύνδεση προτύπου στο βήμα 2').selectOption({ label: TEMPLATES[1].title });
    await addItems(page, 'f-triggers', ['με χρέωσαν δύο φορές', 'διπλή χρέωση', 'me xreosan dyo fores']);
    files.s2 = await saveEntry(page);

    const s1 = readFileSync(join(folder, files.s1), 'utf8');
    expect(s1).toContain('1. Ζητήστε τον αριθμό παραγγελίας');
    expect(s1).toMatch(/Αν: το δέμα έχει παραδοθεί → βήμα 3/);
    expect(s1).toContain('[[syngnomi-gia-tin-kathysterisi]]');
    expect(s1).toMatch(/department: Εξυπηρέτηση πελατών/);
    await expect.poll(() => page.locator('.st-health').textContent()).toBe('Χωρίς προβλήματα');
  });

  it('filters the entry list: a kind with no match is hidden, and nothing matching is said in words', async () => {
    const filter = page.getByPlaceholder('Φίλτρο καταχωρίσεων');
    const headings = page.locator('.st-aside h2');
    await filter.fill('συγγνώμη');
    await expect.poll(() => headings.allTextContents()).toEqual(['Πρότυπα απαντήσεων']);
    // Nothing matches: a sentence, not an empty «Διαδικασίες» heading over nothing.
    await filter.fill('ζζζ');
    await expect.poll(() => page.locator('.st-aside [role="status"]').textContent()).toBe('Καμία καταχώριση δεν ταιριάζει με «ζζζ».');
    expect(await headings.count()).toBe(0);
    await screenshot(page, 'studio-filter-nothing');
    await filter.fill('');
    await expect.poll(() => headings.allTextContents()).toEqual(['Διαδικασίες (ΤΔΛ)', 'Πρότυπα απαντήσεων']);
  });

  it('imports a Zendesk macro export, with a report of what was mapped and what could not be', async () => {
    await page.getByRole('link', { name: 'Εισαγωγή' }).click();
    // The file field speaks the trainer's language (the browser's own drew «Choose File» in the browser's): its
    // button is ours, and the real field lies unseen over it.
    const chooser = page.locator('.st-import label.file-chooser');
    expect(await chooser.locator('.file-chooser-button').textContent()).toBe('Επιλογή αρχείου…');
    expect(await chooser.locator('input[type="file"]').evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    expect(await chooser.locator('.file-chooser-button').isVisible()).toBe(true);
    // An export cut short is a broken JSON file, said in Greek, not «not a CSV of templates».
    const cut = readFileSync(join(FIXTURES, 'zendesk-macros.json'), 'utf8').slice(0, 300);
    await page.getByLabel('Αρχείο εξαγωγής').setInputFiles({ name: 'macros.json', mimeType: 'application/json', buffer: Buffer.from(cut) });
    await page.getByRole('button', { name: 'Ανάγνωση' }).click();
    await expect.poll(() => page.locator('main [role="alert"]').textContent()).toMatch(/^Το αρχείο είναι JSON που δεν διαβάζεται \(στη γραμμή \d+\): κόπηκε ή αλλοιώθηκε\./);
    expect(await chooser.locator('.file-chooser-name').textContent()).toBe('macros.json');
    await screenshot(page, 'studio-import-broken-json');
    await page.getByLabel('Αρχείο εξαγωγής').setInputFiles(join(FIXTURES, 'zendesk-macros.json'));
    const found = page.locator('#st-import-found');
    await expect.poll(() => found.textContent()).toMatch(/Βρέθηκαν \d+ πρότυπα \(Zendesk macros \(JSON\)\)/);
    const report = page.locator('.st-import-preview');
    await report.locator('details summary').first().click();
    expect(await report.textContent()).toContain('{{customer.firstName}}');
    expect(await page.locator('.st-import-preview').getByRole('heading', { name: 'Δεν εισάγονται' }).count()).toBe(1);
    await screenshot(page, 'studio-import-preview');
    const before = readdirSync(join(folder, 'templates')).length;
    await page.getByRole('button', { name: /^Προσθήκη \d+ προτύπων στο πακέτο$/ }).click();
    await expect.poll(() => page.locator('.st-done').textContent()).toMatch(/Προστέθηκαν \d+ πρότυπα/);
    const added = readdirSync(join(folder, 'templates')).length - before;
    expect(added).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.st-entries a').count()).toBe(5 + added);
  });

  it('tries five customer messages (Greek, Greeklish, English) and shows the overlay’s list with why each matched', async () => {
    await page.getByRole('link', { name: 'Δοκιμή' }).click();
    const cases: Array<[string, RegExp]> = [
      ['Καλησπέρα, πού είναι η παραγγελία μου; Έχουν περάσει δέκα μέρες!', /^kathysterisi-paradosis$/],
      ['me xreosan dyo fores stin karta, ti ginetai?', /^dipli-chreosi-stin-karta$/],
      ['Θέλω τα λεφτά μου πίσω, δεν θέλω άλλο το προϊόν.', /^epistrofi-chrimaton-se-5-imeres$/],
      ['Hello, where is my order? It still has not arrived.', /where-is-my-order/],
      ['Ευχαριστώ πολύ για τη βοήθεια, όλα καλά τελικά.', /^evcharistoume-gia-tin-ypomoni$/],
    ];
    for (const [message, expected] of cases) {
      await page.getByLabel('Μήνυμα πελάτη', { exact: true }).fill(message);
      await page.getByRole('button', { name: 'Δοκιμή', exact: true }).click();
      const first = page.locator('.st-try-results li.odigos-item').first();
      await expect.poll(() => first.getAttribute('data-entry-id'), { message }).toMatch(expected);
      // Why it matched: the words marked in its gist, and those the gist does not show named after it («Ταιριάζει: …»).
      await expect.poll(async () => (await first.locator('mark').count()) > 0, { message }).toBe(true);
      if (await first.locator('.odigos-why').count()) expect(await first.locator('.odigos-why').textContent()).toMatch(/^Ταιριάζει:/);
    }
    // The customer's mood cues show as the overlay shows them.
    expect(await page.locator('.st-try-results').textContent()).toContain('Ευγνωμοσύνη');
    await screenshot(page, 'studio-try');
    // An opened template is filled for the chosen sample customer and goes into the test reply box.
    await page.getByLabel('Δείγμα πελάτη για τα πρότυπα').selectOption({ index: 1 });
    await page.locator('.st-try-results li.odigos-item').first().getByRole('button').first().click();
    await page.getByRole('button', { name: /Εισαγωγή/ }).first().click();
    await expect.poll(() => page.getByLabel('Πλαίσιο απάντησης (δοκιμή)').inputValue()).toContain('Μαρία, ευχαριστούμε για την υπομονή σας!');
  });

  it('shows which entries get mixed up (cross-validation) and jumps to an entry’s phrases', async () => {
    await page.getByRole('link', { name: 'Συγχύσεις' }).click();
    await page.getByRole('button', { name: 'Έλεγχος' }).click();
    await expect.poll(() => page.locator('.st-cv-summary').textContent()).toMatch(/Πρώτη σωστή: \d+% · στις τρεις πρώτες: \d+% \(\d+ φράσεις\)/);
    const [top1, top3] = /(\d+)% · στις τρεις πρώτες: (\d+)%/.exec((await page.locator('.st-cv-summary').textContent()) ?? '')!.slice(1).map(Number);
    expect(top1).toBeGreaterThanOrEqual(50);
    expect(top3).toBeGreaterThanOrEqual(top1);
    await screenshot(page, 'studio-confusions');
    // The delivery SOP and the delay apology are worded alike: the table says so, and jumps to add phrases.
    const row = page.locator('.st-confusions tbody tr').filter({ hasText: 'Καθυστέρηση παράδοσης' }).first();
    await row.getByRole('link', { name: /^Φράσεις στο/ }).click();
    await page.locator('.st-editor').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-triggers');
  });

  it('has no serious accessibility violation (axe-core) on any section, and speaks English when asked', async () => {
    for (const section of ['Καταχωρίσεις', 'Ρυθμίσεις πακέτου', 'Δοκιμή', 'Συγχύσεις', 'Εισαγωγή', 'Δημοσίευση']) {
      await page.getByRole('navigation').getByRole('link', { name: section }).click();
      await page.locator('main h1').waitFor();
      expect(await axe(page), section).toEqual([]);
    }
    await page.locator('.st-entries a').first().click();
    await page.locator('.st-editor').waitFor();
    expect(await axe(page), 'editor').toEqual([]);
    await page.getByLabel('Γλώσσα εμφάνισης').selectOption('en');
    await expect.poll(() => page.getByRole('navigation').textContent()).toBe('EntriesPack settingsTry itMix-upsImportPublish');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'studio-english');
    await page.getByLabel('Display language').selectOption('el');
  });

  it('a publish refused for a missing key says so in Greek, where and how to make one, and writes nothing', async () => {
    // The trainer's key, made with the CLI.
    const made = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/odigos.mjs'), 'keygen', '-o', keyFile.replace(/\.key$/, '')], { encoding: 'utf8' });
    expect(made.status, made.stdout + made.stderr).toBe(0);
    await page.getByRole('link', { name: 'Δημοσίευση' }).click();
    await page.getByLabel('Φάκελος εξόδου').fill(published);
    await page.getByLabel('Κλειδί υπογραφής (ιδιωτικό)').fill(keyFile);
    // Publishing asks again whether the key is there (it is: none is to be made), then the key pair is moved away (a
    // USB stick pulled out) before the server signs.
    await page.route('**/api/publish', async (route) => {
      for (const file of [keyFile, keyFile.replace(/\.key$/, '.pub')]) rmSync(file, { force: true });
      await route.continue();
    });
    await page.getByRole('button', { name: 'Έκδοση, υπογραφή και αποθήκευση' }).click();
    const alert = page.locator('.st-publish p[role="alert"]');
    const base = keyFile.replace(/\.key$/, '');
    await expect.poll(() => alert.textContent()).toBe(
      `Η δημοσίευση σταμάτησε: Δεν βρέθηκε κλειδί υπογραφής στο ${keyFile}: δημιουργήστε ένα με \`odigos keygen -o ${base}\` ή διορθώστε τη διαδρομή στο πεδίο «Κλειδί υπογραφής».`,
    );
    // Beside the path and the command, not one English word (it read «Η δημοσίευση σταμάτησε: no key at …»).
    expect((await alert.textContent())!.split(keyFile).join('').replace(/`[^`]*`/g, '')).not.toMatch(/[A-Za-z]/);
    expect(await page.locator('body').textContent()).not.toMatch(/no key at|Publishing stopped|is not above|changed meanwhile/i);
    await screenshot(page, 'studio-publish-no-key');
    await page.unroute('**/api/publish');
    // Nothing was written: no output folder, and pack.yaml keeps its version for the publication that follows.
    expect(existsSync(published)).toBe(false);
    expect(readFileSync(join(folder, 'pack.yaml'), 'utf8')).toContain('version: 1.0.0');
  });

  it('publishes a signed pack: version bump, release notes, the preview agents see, files on this machine only', async () => {
    await page.getByRole('link', { name: 'Δημοσίευση' }).click();
    await page.getByLabel('Φάκελος εξόδου').fill(published);
    await page.getByLabel('Κλειδί υπογραφής (ιδιωτικό)').fill(keyFile);
    await page.getByRole('radio', { name: /Προσθήκες/ }).check();
    await expect.poll(() => page.locator('.st-publish').textContent()).toContain('Πρώτη δημοσίευση');
    await page.getByLabel('Τι άλλαξε (σημειώσεις έκδοσης)').fill('Καθυστερήσεις, διπλές χρεώσεις και οι macros του Zendesk.');
    await page.getByRole('button', { name: 'Έκδοση, υπογραφή και αποθήκευση' }).click();
    await expect.poll(() => page.locator('#st-published-h').textContent(), { timeout: 60_000 }).toBe('Δημοσιεύτηκε η έκδοση 1.1.0. Γράφτηκαν:');
    expect(readdirSync(published).sort()).toEqual(['CHANGELOG.md', 'acme-support-1.1.0.json', 'acme-support.json', 'acme-support.pub', 'policy-chromium.json']);
    await expect.poll(() => page.locator('.st-versions').textContent()).toBe('Τρέχουσα έκδοση: 1.1.0 · Τελευταία δημοσιευμένη: 1.1.0');
    await screenshot(page, 'studio-published');

    // A second publication shows the update as agents will see it, against the one published.
    await page.getByRole('radio', { name: /Διόρθωση/ }).check();
    await expect.poll(() => page.locator('.st-diff').textContent()).toContain('Καμία αλλαγή στις καταχωρίσεις.');
  });

  it('leaves a folder that validates with --strict and reads as clean Markdown', () => {
    const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/odigos.mjs'), 'validate', folder, '--strict'], { encoding: 'utf8' });
    expect(cli.stdout + cli.stderr).toMatch(/^OK: acme-support 1\.1\.0/m);
    expect(cli.status).toBe(0);
    const { pack, problems } = compileSource(folder);
    expect(problems).toEqual([]);
    expect(pack?.meta.version).toBe('1.1.0');
    expect(pack?.entries.length).toBeGreaterThanOrEqual(7);
    for (const file of Object.values(files)) {
      const md = readFileSync(join(folder, file), 'utf8');
      expect(md, file).toMatch(/^---\nid: [a-z0-9-]+\ntype: (sop|template)\ntitle: /);
      expect(md, file).not.toMatch(/\r|\u0000|odigos-studio|undefined|\[object/);
    }
    expect(readFileSync(join(folder, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog\n\n## 1\.1\.0 — \d{4}-\d\d-\d\d\n\nΚαθυστερήσεις/);
  });

  it('the built extension installs the published pack with a valid signature', async () => {
    const ext = await launchWithExtension();
    try {
      const options = await ext.openExtensionPage('options.html');
      const input = options.getByLabel('Αρχείο πακέτου (pack.json)');
      await expect.poll(() => input.isDisabled(), { timeout: 60_000 }).toBe(false);
      await input.setInputFiles(join(published, 'acme-support.json'));
      // Import is preview-first: the agent sees what the pack adds, then accepts it.
      await options.getByRole('region', { name: /^Εισαγωγή: / }).getByRole('button', { name: 'Αποδοχή' }).click({ timeout: 60_000 });
      await expect.poll(() => options.locator('body').textContent(), { timeout: 60_000 }).toContain('Εγκαταστάθηκε το πακέτο «Υποστήριξη Acme», έκδοση 1.1.0.');
      await expect.poll(() => options.locator('body').textContent()).toMatch(/Υπογραφή: έγκυρη/);
      await screenshot(options, 'studio-pack-installed');
    } finally {
      await ext.close();
    }
  });
});

describe('the studio when things go wrong', () => {
  const root = mkdtempSync(join(tmpdir(), 'odigos-studio-bad-'));
  const folder = join(root, 'pack');
  let browser: Browser;
  const studios: Studio[] = [];

  beforeAll(async () => {
    const { cpSync } = await import('node:fs');
    cpSync(join(REPO_ROOT, 'knowledge/packs/el-core'), folder, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of studios) await stop(s);
    rmSync(root, { recursive: true, force: true });
  });

  async function open(): Promise<{ studio: Studio; page: Page }> {
    const studio = await startStudio(folder);
    studios.push(studio);
    const page = await browser.newPage({ locale: 'el-GR', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(studio.url);
    await page.locator('.st-entries a').first().waitFor();
    return { studio, page };
  }

  const entryFile = 'templates/apology-late-delivery.md';

  it('shows a malformed file with its error and leaves it untouched', async () => {
    const broken = '---\nid: broken-one\ntype: template\ntitle: [not closed\n---\nΚείμενο\n';
    writeFileSync(join(folder, 'templates/broken-one.md'), broken);
    const { page } = await open();
    await page.getByRole('heading', { name: 'Αρχεία που δεν διαβάζονται' }).waitFor();
    await page.locator('a[data-file="templates/broken-one.md"]').click();
    await page.getByRole('heading', { name: 'Το αρχείο δεν διαβάζεται' }).waitFor();
    expect(await page.locator('.st-broken [role="alert"]').textContent()).toMatch(/^Γραμμή \d+: /);
    expect(await page.getByRole('button', { name: 'Αποθήκευση' }).count()).toBe(0);
    await screenshot(page, 'studio-broken-file');
    expect(readFileSync(join(folder, 'templates/broken-one.md'), 'utf8')).toBe(broken);
    // Fixed on disk: it is read again, without a reload of the page.
    writeFileSync(join(folder, 'templates/broken-one.md'), broken.replace('[not closed', 'Διορθωμένο'));
    await expect.poll(() => page.locator('a[data-file="templates/broken-one.md"]').textContent(), { timeout: 30_000 }).toContain('Διορθωμένο');
    await page.close();
  });

  it('a file changed on disk under an edit is shown to compare, never overwritten blindly; a clean one is reloaded', async () => {
    const { page } = await open();
    expect(existsSync(join(folder, entryFile))).toBe(true);
    // The editor's first check of the untouched entry reaches the studio after git changed the file and before the
    // editor fetched the changed file (so on a loaded machine once): it was kept as a draft, and the old title came
    // back as the trainer's edit, the file's change hidden behind it.
    let releaseCheck!: () => void;
    const checkHeld = new Promise<void>((done) => (releaseCheck = done));
    let checks = 0;
    let fetches = 0;
    await page.route('**/api/check', async (route) => {
      if (checks++ === 0) await checkHeld;
      await route.continue();
    });
    await page.route('**/api/entry', async (route) => {
      if (fetches++ === 1) {
        const answered = page.waitForResponse('**/api/check');
        releaseCheck();
        await answered;
      }
      await route.continue();
    });
    await page.goto(`${page.url().split('#')[0]}#/entry/${entryFile}`);
    await page.locator('.st-editor').waitFor();
    // Clean: another program's change is simply shown.
    const disk = readFileSync(join(folder, entryFile), 'utf8');
    writeFileSync(join(folder, entryFile), disk.replace(/^title: .*$/m, 'title: Αλλαγή από το git'));
    await expect.poll(() => page.locator('#st-editor-h').textContent(), { timeout: 30_000 }).toBe('Αλλαγή από το git');
    expect(fetches).toBeGreaterThanOrEqual(2);
    await page.unrouteAll();
    await expect.poll(() => editorStatus(page).getAttribute('data-status')).toBe('clean');
    expect(await page.locator(`a[data-file="${entryFile}"] .st-badge-draft`).count()).toBe(0);
    // Dirty: the trainer's edit and the file's change are put side by side; nothing is written until they choose.
    await page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Η δική μου αλλαγή');
    await expect.poll(() => editorStatus(page).getAttribute('data-status')).toBe('dirty');
    const changed = readFileSync(join(folder, entryFile), 'utf8').replace('title: Αλλαγή από το git', 'title: Δεύτερη αλλαγή από το git');
    writeFileSync(join(folder, entryFile), changed);
    await page.getByRole('heading', { name: 'Το αρχείο άλλαξε ενώ το επεξεργαζόσασταν' }).waitFor({ timeout: 30_000 });
    // (The write above is not atomic: the studio may first see it half written, then whole.)
    await expect.poll(() => page.locator('.st-conflict').textContent()).toContain('Δεύτερη αλλαγή από το git');
    await screenshot(page, 'studio-conflict');
    expect(readFileSync(join(folder, entryFile), 'utf8')).toBe(changed);
    await page.getByRole('button', { name: 'Κράτησε τις δικές μου (αντικατάσταση του αρχείου)' }).click();
    await expect.poll(() => readFileSync(join(folder, entryFile), 'utf8')).toContain('title: Η δική μου αλλαγή');
    await page.close();
  });

  it('two studios on one folder do not overwrite each other’s changes', async () => {
    const a = await open();
    const b = await open();
    for (const { page } of [a, b]) {
      await page.goto(`${page.url().split('#')[0]}#/entry/${entryFile}`);
      await page.locator('.st-editor').waitFor();
    }
    await a.page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Από το στούντιο Α');
    await b.page.getByLabel('Τίτλος (υποχρεωτικό)').fill('Από το στούντιο Β');
    await expect.poll(() => b.page.locator('.st-editor-head [role="status"]').getAttribute('data-status')).toBe('dirty');
    await a.page.getByRole('button', { name: 'Αποθήκευση', exact: true }).click();
    await expect.poll(() => readFileSync(join(folder, entryFile), 'utf8')).toContain('title: Από το στούντιο Α');
    await b.page.getByRole('heading', { name: 'Το αρχείο άλλαξε ενώ το επεξεργαζόσασταν' }).waitFor({ timeout: 30_000 });
    expect(await b.page.getByRole('button', { name: 'Αποθήκευση', exact: true }).isDisabled()).toBe(true);
    expect(readFileSync(join(folder, entryFile), 'utf8')).toContain('title: Από το στούντιο Α');
    await b.page.getByRole('button', { name: 'Κράτησε το αρχείο (απόρριψη των δικών μου)' }).click();
    await expect.poll(() => b.page.locator('#st-editor-h').textContent()).toBe('Από το στούντιο Α');
    await a.page.close();
    await b.page.close();
  });

  it('a crash loses no unsaved edit: the next studio puts the draft back', async () => {
    const { studio, page } = await open();
    await page.goto(`${page.url().split('#')[0]}#/entry/${entryFile}`);
    await page.locator('.st-editor').waitFor();
    await page.getByLabel('Κείμενο (υποχρεωτικό)').fill('Κείμενο που δεν αποθηκεύτηκε ποτέ, {{customer.salutation}}.');
    await expect.poll(() => editorStatus(page).getAttribute('data-status')).toBe('dirty');
    await stop(studio, 'SIGKILL');
    await page.getByText('Το στούντιο δεν απαντά').waitFor({ timeout: 60_000 });
    expect(readFileSync(join(folder, entryFile), 'utf8')).not.toContain('δεν αποθηκεύτηκε ποτέ');
    await page.close();

    const next = await open();
    await next.page.locator(`a[data-file="${entryFile}"] .st-badge-draft`).waitFor();
    await next.page.locator(`a[data-file="${entryFile}"]`).click();
    await expect.poll(() => next.page.getByLabel('Κείμενο (υποχρεωτικό)').inputValue()).toBe('Κείμενο που δεν αποθηκεύτηκε ποτέ, {{customer.salutation}}.');
    expect(await editorStatus(next.page).textContent()).toContain('Επαναφέρθηκε πρόχειρο');
    await screenshot(next.page, 'studio-draft-restored');
    await next.page.close();
  });
});
