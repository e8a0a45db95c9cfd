/**
 * The in-page panel when the background cannot do what was asked: the agent reads why in Greek, and the background's
 * English reason only beneath, as technical detail marked lang="en" (a screen reader reads it as English). Before,
 * the panel wrote «Οι προτάσεις δεν είναι διαθέσιμες: pack storage failed: VersionError …» in one unmarked line.
 *
 * A pack database that will not open (provoked as an agent meets it: upgraded by a newer Odigos the agent, or IT,
 * went back from, so the worker, woken afresh, cannot open it) no longer costs the suggestions: the bundled pack
 * suggests and a notice says the installed packs cannot be read and what to do.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../knowledge/node/compile';
import { serializePack } from '../../knowledge/pack/serialize';
import { overlay, screenshot, stopServiceWorker } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';
import { REPO_ROOT } from '../support/static-server';

/** Ask the background from an extension page, as the options page's controller does; throws its refusal. */
async function ask(page: Page, name: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    async ([n, p]) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
      const reply = await api.runtime.sendMessage({ odigos: n, payload: p });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    [name, payload] as const,
  );
}

describe('the panel says why suggestions are unavailable, in Greek', () => {
  const desk = useDemoDesk();

  // First: the next test leaves this browser's pack database unreadable.
  it('a template whose pack was removed while it was open: Copy says so in Greek, naming it; the English reason marked lang="en"', async () => {
    const { pack } = compileSource(join(REPO_ROOT, 'tests/fixtures/packs/acme-returns-1.1.0'));
    const options = await desk.browser.openExtensionPage('options.html');
    await ask(options, 'packs.import', { data: Buffer.from(serializePack(pack!)).toString('base64'), fileName: 'acme-returns.json', layer: 'team' });

    const crm = await desk.browser.context.newPage();
    await crm.goto(desk.site.url('/desk/el/tickets/48213'));
    // The ticket read first: a search typed before the page is read is cleared when its conversation arrives.
    await overlay(crm).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id]').first().waitFor({ timeout: 30_000 });
    await overlay(crm).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('refund window');
    const item = overlay(crm).getByRole('list', { name: 'Προτάσεις' }).locator('[data-entry-id="acme-refund-window"]');
    await item.waitFor({ timeout: 30_000 });
    await item.locator('button').first().click();
    const view = overlay(crm).locator('article[data-entry-id="acme-refund-window"]');
    await view.getByTestId('template-preview').filter({ hasText: '45 days' }).waitFor({ timeout: 15_000 });

    await ask(options, 'packs.remove', { id: 'acme-returns' });
    await view.getByRole('button', { name: 'Αντιγραφή' }).click();
    const status = view.getByRole('status').filter({ hasText: 'Η αντιγραφή δεν έγινε.' });
    await status.waitFor({ timeout: 15_000 });
    const shown = (await status.textContent()) ?? '';
    expect(shown).toContain(
      'Η αντιγραφή δεν έγινε. Το πρότυπο «Refund window (45 days)» δεν υπάρχει πια στο πακέτο acme-returns: το πακέτο ενημερώθηκε ή αφαιρέθηκε. Γυρίστε στη λίστα και αναζητήστε το ξανά.',
    );
    const english = status.locator('[lang="en"]');
    expect(await english.textContent()).toBe('No template "acme-refund-window" in pack "acme-returns" (was it removed?)');
    expect(shown).toContain(`Τεχνικές λεπτομέρειες: ${await english.textContent()}`);
    await status.scrollIntoViewIfNeeded();
    await screenshot(crm, 'template-failure-gone');
    await crm.close();
    await options.close();
  }, 180_000);

  it('pack storage unreadable: the bundled pack still suggests, and a Greek notice says the installed packs cannot be read and what to do', async () => {
    const sw = await desk.browser.serviceWorker();
    // A newer version of the database: the worker's open connection is told to close, and version 1 no longer opens.
    await sw.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const probe = indexedDB.open('odigos-packs');
          probe.onsuccess = () => {
            const next = probe.result.version + 1;
            probe.result.close();
            const upgrade = indexedDB.open('odigos-packs', next);
            upgrade.onsuccess = () => {
              upgrade.result.close();
              done();
            };
            upgrade.onerror = () => fail(upgrade.error);
          };
          probe.onerror = () => fail(probe.error);
        }),
    );
    // The next wake of the worker holds nothing in memory: it must read the packs from the database.
    const crm = await desk.browser.context.newPage();
    await stopServiceWorker(desk.browser, crm);

    await crm.goto(desk.site.url('/desk/el/tickets/48213'));
    // Before, no suggestion at all («Οι προτάσεις δεν είναι διαθέσιμες.»): the bundled pack needs no database.
    const list = overlay(crm).getByRole('list', { name: 'Προτάσεις' });
    await list.locator('[data-entry-id]').first().waitFor({ timeout: 30_000 });
    const notice = overlay(crm).locator('aside.odigos-panel p.odigos-warn[role="status"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toBe('Το πρόγραμμα περιήγησης δεν μπόρεσε να ανοίξει την αποθήκευση των πακέτων γνώσης. Κλείστε το και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: στις Ρυθμίσεις του Οδηγού, ενότητα «Γνώση», θα βρείτε τι μπορείτε να κάνετε.');
    expect(await overlay(crm).getByText('Οι προτάσεις δεν είναι διαθέσιμες.').count()).toBe(0);
    // The panel's own language is Greek.
    expect(await notice.evaluate((p) => p.closest('[lang]')?.getAttribute('lang'))).toBe('el');
    // The installed (team) pack is what is missing: its template is not found, the notice stays while searching.
    const ids = () => list.locator('[data-entry-id]').evaluateAll((items) => items.map((i) => i.getAttribute('data-entry-id')).join(' '));
    const before = await ids();
    await overlay(crm).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('refund window');
    const answered = async () => (await overlay(crm).getByText('Δεν βρέθηκε κάτι σχετικό.', { exact: false }).count()) > 0 || (await ids()) !== before;
    await expect.poll(answered, { timeout: 15_000 }).toBe(true);
    await notice.waitFor({ timeout: 15_000 });
    expect(await list.locator('[data-entry-id="acme-refund-window"]').count()).toBe(0);
    await notice.scrollIntoViewIfNeeded();
    await screenshot(crm, 'panel-failure-storage');
    await crm.close();
  }, 180_000);
});
