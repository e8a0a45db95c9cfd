import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshot, type ExtensionBrowser } from '../support/browser';
import { serve, type Served } from '../support/static-server';
import { editorPage, openEditor, readModel, typeShortcut } from '../fixtures/editors/harness';

/** An agent writes a snippet and changes the trigger in options; the reply box uses them straight away. */
describe('personal snippets and shortcut settings in options', () => {
  let browser: ExtensionBrowser;
  let site: Served;
  beforeAll(async () => {
    site = await serve();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('names what is missing, saves a snippet, and expands it in a reply box with the agent’s trigger', async () => {
    const options = await browser.openExtensionPage('options.html');
    const section = options.getByRole('region', { name: 'Τα δικά σας πρότυπα' });
    await section.getByRole('button', { name: 'Προσθήκη προτύπου' }).click();
    await section.getByRole('button', { name: 'Αποθήκευση' }).click();
    await expect.poll(() => section.getByRole('alert').allTextContents()).toEqual([
      'Δώστε έναν τίτλο.',
      'Γράψτε το κείμενο του προτύπου.',
    ]);
    // The focus goes to the first field named wrong, where the agent types next (it stayed on Save).
    await expect.poll(() => section.getByRole('textbox', { name: 'Τίτλος' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // On a 1366 px screen the text's help sits under its box, and the problem under the help, not run into it.
    await options.setViewportSize({ width: 1366, height: 768 });
    const box = async (selector: string) => (await section.locator(selector).boundingBox())!;
    const [text, help, problem] = [await box('textarea'), await box('#snippet-body-help'), await box('#snippet-body-problem')];
    expect(help.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(problem.y).toBeGreaterThanOrEqual(help.y + help.height);
    await section.getByRole('textbox', { name: 'Τίτλος' }).fill('Ευχαριστώ');
    await section.getByRole('textbox', { name: 'Συντόμευση' }).fill('thx now');
    await section.getByRole('textbox', { name: 'Κείμενο' }).fill('Ευχαριστούμε πολύ, {{customer.firstName}}!');
    await section.getByRole('button', { name: 'Αποθήκευση' }).click();
    await section.getByText('Η συντόμευση δέχεται μόνο γράμματα, ψηφία και παύλα (χωρίς κενά).').waitFor();
    await section.getByRole('textbox', { name: 'Συντόμευση' }).fill('thx');
    await section.getByRole('button', { name: 'Αποθήκευση' }).click();
    await section.getByText('/thx').waitFor();

    const shortcuts = options.getByRole('region', { name: 'Συντομεύσεις και παλέτα' });
    await shortcuts.getByRole('textbox', { name: 'Συνδυασμός πλήκτρων παλέτας' }).fill('Ctrl+Hyper+P');
    await shortcuts.getByRole('alert').waitFor();
    await shortcuts.getByRole('textbox', { name: 'Συνδυασμός πλήκτρων παλέτας' }).fill('Ctrl+Shift+Space');
    await shortcuts.getByRole('textbox', { name: 'Χαρακτήρας έναρξης συντόμευσης' }).fill(';;');
    await screenshot(options, 'shortcuts-options');

    const editor = editorPage('textarea');
    const page = await openEditor(browser, site.url(editor.path), editor);
    await typeShortcut(page, editor, '/thx');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('subject');
    expect(await readModel(page, editor)).toBe('/thx');
    await editor.focus(page).fill('');
    await typeShortcut(page, editor, ';;thx');
    await page.keyboard.press('Tab');
    await expect.poll(() => readModel(page, editor)).toBe('Ευχαριστούμε πολύ, Γιώργο!');
    await page.close();
    await options.close();
  });

  it('a palette hotkey with a typo or no Ctrl/Alt is said wrong and not saved: the palette keeps its key', async () => {
    const options = await browser.openExtensionPage('options.html');
    const shortcuts = options.getByRole('region', { name: 'Συντομεύσεις και παλέτα' });
    const hotkey = shortcuts.getByRole('textbox', { name: 'Συνδυασμός πλήκτρων παλέτας' });
    await expect.poll(() => hotkey.inputValue()).toBe('Ctrl+Shift+Space');
    // A typo named no key and a bare letter fires while typing; both were saved silently, leaving no working key.
    for (const typed of ['Ctrl+Shift+Spce', 'k']) {
      await hotkey.fill(typed);
      await expect.poll(() => shortcuts.getByRole('alert').textContent()).toBe(
        'Δεν αναγνωρίστηκε και δεν αποθηκεύτηκε. Γράψτε Ctrl, Alt ή Meta (και, αν θέλετε, Shift) και ένα πλήκτρο, π.χ. Ctrl+Shift+Space.',
      );
    }
    await screenshot(options, 'shortcuts-options-hotkey-typo');
    // The trigger's hint turns into the refusal: in the alert's colour, not the hint's grey (.muted came after
    // [role=alert] in pages.css, so the refusal read as a hint).
    const help = options.locator('#trigger-help');
    const colour = () => help.evaluate((el) => getComputedStyle(el).color);
    const hintColour = await colour();
    await shortcuts.getByRole('textbox', { name: 'Χαρακτήρας έναρξης συντόμευσης' }).fill('a b');
    await expect.poll(() => help.textContent()).toBe('Χρησιμοποιήστε 1 έως 3 χαρακτήρες χωρίς κενά.');
    expect(await help.getAttribute('role')).toBe('alert');
    expect(await colour()).not.toBe(hintColour);
    await options.reload();
    await expect.poll(() => shortcuts.getByRole('textbox', { name: 'Συνδυασμός πλήκτρων παλέτας' }).inputValue()).toBe('Ctrl+Shift+Space');
    await options.close();
  });
});
