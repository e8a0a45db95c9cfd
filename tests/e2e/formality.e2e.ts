import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { useLongDesk } from '../support/long-desk';
import { seedStorage } from '../fixtures/editors/harness';

/** «Επίσημο (εσείς)» or «Φιλικό (εσύ)» in options decides first everywhere; the other register stays reachable. */
describe('the agent’s formality in the palette and in the panel’s search', () => {
  const desk = useLongDesk();
  const openReply = () => desk.openReply('lang=el');

  it('formal: "συγνωμη" in the palette ranks the formal apology first, labelled, and Enter inserts the «σας» version', async () => {
    await seedStorage(desk.browser, [], { formality: 'formal' });
    const page = await openReply();
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('συγνωμη', { delay: 20 });
    const first = palette.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Ειλικρινής συγγνώμη');
    expect(await first.textContent()).toContain('Επίσημο (εσείς)');
    // The friendly twin is right there, labelled.
    const friendly = palette.getByRole('option', { name: /Συγγνώμη \(φιλική\)/ });
    expect(await friendly.textContent()).toContain('Φιλικό (εσύ)');
    await screenshot(page, 'palette-formality-el');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('Σας ζητώ ειλικρινά συγγνώμη');
    expect(await page.locator('#reply').inputValue()).not.toMatch(/\bσου\b/);
    await page.close();
  });

  it('formal: the panel’s search lists the formal apology, the friendly one reachable beside it', async () => {
    const page = await openReply();
    await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('συγγνώμη ταλαιπωρία');
    const item = overlay(page).locator('[data-entry-id="apology-general"]');
    await item.waitFor();
    const other = item.getByRole('button', { name: /Άλλο ύφος: Φιλικό \(εσύ\)/ });
    await other.click();
    await overlay(page).locator('article[data-entry-id="apology-general-informal"]').waitFor();
    await page.close();
  });

  it('friendly: the palette and the panel put the «σου» version first, the formal one still listed', async () => {
    await seedStorage(desk.browser, [], { formality: 'informal' });
    const page = await openReply();
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('συγνωμη', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Συγγνώμη (φιλική)');
    await palette.getByRole('option', { name: /Ειλικρινής συγγνώμη/ }).waitFor();
    await page.keyboard.press('Escape');
    await overlay(page).getByRole('searchbox', { name: 'Αναζήτηση στη γνώση' }).fill('συγγνώμη ταλαιπωρία');
    const item = overlay(page).locator('[data-entry-id="apology-general-informal"]');
    await item.getByRole('button', { name: /Άλλο ύφος: Επίσημο \(εσείς\)/ }).waitFor();
    await seedStorage(desk.browser, [], { formality: 'formal' });
    await page.close();
  });

  it('formal, English desk: "sorry" ranks the sincere apology first, the friendly one labelled, and inserts the formal text', async () => {
    await seedStorage(desk.browser, [], { formality: 'formal' });
    const page = await desk.openReply('lang=en');
    await page.keyboard.press('Control+Shift+Space');
    const palette = page.getByRole('dialog', { name: 'Παλέτα προτύπων' });
    await palette.getByRole('combobox').pressSequentially('sorry', { delay: 20 });
    await expect.poll(() => palette.getByRole('option').first().textContent()).toContain('Sincere apology');
    expect(await palette.getByRole('option', { name: /Apology \(friendly\)/ }).textContent()).toContain('Φιλικό (εσύ)');
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.getByRole('textbox', { name: 'What went wrong' }).fill('the double charge');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reply').inputValue()).toContain('Please accept my sincere apologies for the double charge.');
    await page.close();
  });
});
