import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import type { CompiledPack } from '../../knowledge/types';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { REPO_ROOT } from '../support/static-server';

function compile(name: string): CompiledPack {
  const { pack, problems } = compileSource(join(REPO_ROOT, 'tests/fixtures/packs', name));
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'));
  return pack;
}
const file = (pack: CompiledPack) => ({ name: 'acme-returns.json', mimeType: 'application/json', buffer: Buffer.from(serializePack(pack)) });

/** A pack file is previewed like a URL update (+ / − / ~ with Accept and Reject) before anything is installed. */
describe('knowledge import from a file', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('shows the diff first; Reject installs nothing, Accept installs; a newer file shows what it changes', async () => {
    const [v1, v2] = [compile('acme-returns-1.0.0'), compile('acme-returns-1.1.0')];
    const page = await browser.openExtensionPage('options.html');
    const input = page.getByLabel('Αρχείο πακέτου (pack.json)');
    const card = page.getByRole('article', { name: 'Acme returns' });

    // A broken file: the reason in Greek, the validator's exact words beneath; nothing to preview.
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": "odigos-pack", ') });
    const alert = page.getByRole('alert').filter({ hasText: 'Το broken.json δεν διαβάζεται: είναι κατεστραμμένο ή δεν ολοκληρώθηκε' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Τεχνικές λεπτομέρειες: .*broken\.json/);

    // A file of the pack's source, picked where the built pack was wanted: said for what it is, with what to import
    // (it read «corrupt or incomplete», which sent trainers looking for damage in a file that was fine).
    const source = join(REPO_ROOT, 'tests/fixtures/packs/acme-returns-1.0.0');
    await input.setInputFiles(join(source, 'pack.yaml'));
    const settings = page.getByRole('alert').filter({ hasText: 'Το pack.yaml είναι οι ρυθμίσεις της πηγής ενός πακέτου (YAML), όχι το ίδιο το πακέτο.' });
    await settings.waitFor();
    expect(await settings.textContent()).toContain('Εισαγάγετε το αρχείο JSON που γράφει το odigos build ή η «Δημοσίευση» του στούντιο.');
    expect(await settings.textContent()).not.toContain('κατεστραμμένο');
    await screenshot(page, 'import-file-pack-source');
    const entryFile = readdirSync(join(source, 'templates'))[0]!;
    await input.setInputFiles(join(source, 'templates', entryFile));
    await page.getByRole('alert').filter({ hasText: `Το ${entryFile} είναι μία καταχώριση της πηγής ενός πακέτου (Markdown), όχι το ίδιο το πακέτο.` }).waitFor();

    // A pack with an error in an entry's field: a Greek sentence naming the pack, its version, the entry and the
    // field, what is wrong with it (from the problem's code: it was said only in the English detail) and what to do;
    // the validator's English beneath, marked as English.
    const bad = structuredClone(v1);
    const [entry] = bad.entries;
    entry!.title = '\u200b\u200b';
    await input.setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(serializePack(bad)) });
    const refused = page.getByRole('alert').filter({ hasText: 'Το πακέτο acme-returns 1.0.0 (pack.json) έχει λάθη και δεν μπορεί να χρησιμοποιηθεί.' });
    await refused.waitFor();
    expect(await refused.locator('strong').textContent()).toMatch(
      new RegExp(
        `(Το λάθος|λάθη· το πρώτο): καταχώριση «${entry!.id}», πεδίο «τίτλος», γραμμή \\d+\\. Το πεδίο «τίτλος» δεν δείχνει τίποτα: έχει μόνο αόρατους χαρακτήρες \\(κενά μηδενικού πλάτους, σημάδια κατεύθυνσης\\)\\. Ζητήστε διορθωμένη έκδοση από όποιον έφτιαξε το πακέτο\\.$`,
      ),
    );
    const detail = refused.locator('[lang="en"]');
    expect(await detail.textContent()).toMatch(new RegExp(`^pack\\.json \\(acme-returns 1\\.0\\.0\\) is not a usable pack: line \\d+: entry "${entry!.id}": "title"`));
    expect(await refused.textContent()).toContain('Τεχνικές λεπτομέρειες: ');
    await screenshot(page, 'import-file-refused-el');

    await input.setInputFiles(file(v1));
    const preview = page.getByRole('region', { name: 'Εισαγωγή: Acme returns 1.0.0' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Νέο πακέτο· τίποτα δεν αντικαθίσταται.');
    expect(await preview.locator('.diff-summary').textContent()).toBe('+2 / −0 / ~0');
    await preview.getByRole('button', { name: 'Απόρριψη' }).click();
    await page.getByRole('status').filter({ hasText: 'Η εισαγωγή ακυρώθηκε· τίποτα δεν άλλαξε.' }).waitFor();
    expect(await preview.count()).toBe(0);
    expect(await card.count()).toBe(0);

    await input.setInputFiles(file(v1));
    await preview.getByRole('button', { name: 'Αποδοχή' }).click();
    await page.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme returns», έκδοση 1.0.0.' }).waitFor();
    await expect.poll(() => card.textContent()).toMatch(/Έκδοση 1\.0\.0/);

    await input.setInputFiles(file(v2));
    const update = page.getByRole('region', { name: 'Εισαγωγή: Acme returns 1.1.0' });
    await update.waitFor();
    expect(await update.textContent()).toContain('Αντικαθιστά την εγκατεστημένη έκδοση 1.0.0.');
    expect(await update.locator('.diff-summary').textContent()).toBe('+1 / −0 / ~1');
    expect(await update.textContent()).toMatch(/Νέες \(1\).*Offer an exchange for another size.*Αλλάζουν \(1\).*Refund window \(45 days\)/);
    // Nothing changed yet: 1.0.0 is still the version in use.
    expect(await card.textContent()).toMatch(/Έκδοση 1\.0\.0/);
    await screenshot(page, 'import-file-diff-preview');
    await update.getByRole('button', { name: 'Αποδοχή' }).click();
    await expect.poll(() => card.textContent()).toMatch(/Έκδοση 1\.1\.0/);
    await page.close();
  });

  it('a pack of hundreds of entries is previewed in a page: the first twenty listed, the rest folded, Accept within reach', async () => {
    const big = compile('acme-returns-1.0.0');
    const first = big.entries.find((e) => e.type === 'template');
    big.meta = { ...big.meta, id: 'acme-big', name: 'Acme big' };
    big.entries = Array.from({ length: 300 }, (_, i) => ({ ...structuredClone(first!), id: `big-${i}`, title: `Καταχώριση ${i}`, shortcut: `big-${i}` }));
    const page = await browser.openExtensionPage('options.html');
    await page.getByLabel('Αρχείο πακέτου (pack.json)').setInputFiles({ name: 'acme-big.json', mimeType: 'application/json', buffer: Buffer.from(serializePack(big)) });
    const preview = page.getByRole('region', { name: 'Εισαγωγή: Acme big 1.0.0' });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.locator('details summary').textContent()).toBe('Και 280 ακόμα');
    // It listed all 300, and Accept stood some 7,000 px below the preview's top.
    expect((await preview.boundingBox())!.height).toBeLessThan(900);
    await preview.getByRole('button', { name: 'Αποδοχή' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'import-file-large-pack');
    await preview.getByRole('button', { name: 'Αποδοχή' }).click();
    await page.getByRole('status').filter({ hasText: 'Εγκαταστάθηκε το πακέτο «Acme big», έκδοση 1.0.0.' }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
