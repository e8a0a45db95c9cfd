import { describe, expect, it } from 'vitest';
import { useFullDisk } from '../support/full-disk';
import { launchWithExtension, screenshot } from '../support/browser';

/**
 * An own template saved on a full disk, for real: the Chromium profile on a small tmpfs of its own (mounted by the
 * test; it runs as root here and in CI), filled up by a filler file. The Options page said only «Το πρότυπο δεν
 * αποθηκεύτηκε.»; it now says why and what to do, and what was typed stays in the form to save once there is room.
 */
describe('an own template on a full disk (real Chromium, tmpfs profile)', () => {
  const disk = useFullDisk('odigos-template-disk-');

  it('says the disk is full and what to do, keeps the typed text, and saves it once space is freed', { timeout: 120_000 }, async () => {
    const browser = (disk.browser = await launchWithExtension({ profileDir: disk.profileDir }));
    const options = await browser.openExtensionPage('options.html');
    const section = options.getByRole('region', { name: 'Τα δικά σας πρότυπα' });
    await section.getByRole('button', { name: 'Προσθήκη προτύπου' }).click();
    // Longer than a memory page (4 KiB): a write that fits in the page the database's log already holds needs no new
    // room on tmpfs, and passed on a "full" disk depending on what was written before it.
    const terms = Array.from({ length: 48 }, (_, i) => `Όρος ${i + 1}: το ποσό επιστρέφεται στον ίδιο τρόπο πληρωμής που χρησιμοποιήσατε.`).join('\n');
    const typed = { title: 'Επιστροφή χρημάτων', shortcut: 'epistrofi', body: `Καλησπέρα {{customer.firstName}}, η επιστροφή των χρημάτων σας ολοκληρώθηκε σήμερα.\n${terms}` };
    await section.getByRole('textbox', { name: 'Τίτλος' }).fill(typed.title);
    await section.getByRole('textbox', { name: 'Συντόμευση' }).fill(typed.shortcut);
    await section.getByRole('textbox', { name: 'Κείμενο' }).fill(typed.body);

    disk.fill();
    await section.getByRole('button', { name: 'Αποθήκευση' }).click();
    const alert = section.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('Το πρότυπο δεν αποθηκεύτηκε, γιατί ο δίσκος του υπολογιστή γέμισε.');
    expect(await alert.textContent()).toContain('Όσα γράψατε μένουν στη φόρμα: ελευθερώστε χώρο');
    // Everything typed is still there.
    expect(await section.getByRole('textbox', { name: 'Τίτλος' }).inputValue()).toBe(typed.title);
    expect(await section.getByRole('textbox', { name: 'Συντόμευση' }).inputValue()).toBe(typed.shortcut);
    expect(await section.getByRole('textbox', { name: 'Κείμενο' }).inputValue()).toBe(typed.body);
    await section.getByRole('button', { name: 'Αποθήκευση' }).scrollIntoViewIfNeeded();
    await screenshot(options, 'template-disk-full');

    await disk.free();
    await section.getByRole('button', { name: 'Αποθήκευση' }).click();
    await section.getByText(`/${typed.shortcut}`).waitFor({ timeout: 20_000 });
    expect(await section.getByRole('alert').count()).toBe(0);
    expect(await section.locator('form').count()).toBe(0);
  });
});
