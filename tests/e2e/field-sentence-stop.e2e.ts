import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDemoDesk } from '../support/demo-desk';

/**
 * A fill-in field at the end of a sentence, as el-core's coupon reply has it («{{field:Λύση (…)}}.»): an agent who
 * ends the sentence in the field, full stop included, reads one full stop in the reply, not «χειροκίνητα..».
 */
describe('a sentence the agent ends in a fill-in field (demo desk, strict CSP)', () => {
  const desk = useDemoDesk();

  it('keeps one full stop where the template closes the field with another', async () => {
    const page = await desk.browser.context.newPage();
    await page.goto(desk.site.url('/desk/el/tickets/48220'));
    await page.locator('#reply').click();
    await page.keyboard.type('/kouponi', { delay: 20 });
    await page.locator('html[data-odigos-shortcut-keys]').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    const form = page.getByRole('dialog', { name: /Συμπληρώστε πριν από την εισαγωγή/ });
    await form.waitFor();
    const boxes = await form.getByRole('textbox').all();
    expect(boxes).toHaveLength(3);
    await boxes[0].fill('ΚΑΛΟΚΑΙΡΙ10');
    await boxes[1].fill('ισχύει για αγορές από 50 €');
    await boxes[2].fill('Πέρασα την έκπτωση χειροκίνητα.');
    await form.getByRole('button', { name: 'Εισαγωγή' }).click();
    const reply = () => page.locator('#reply').inputValue();
    await expect.poll(reply).toContain('Πέρασα την έκπτωση χειροκίνητα.');
    expect(await reply()).not.toContain('..');
    expect(await reply()).toContain('Δεν εφαρμόστηκε επειδή ισχύει για αγορές από 50 €.');
    await screenshot(page, 'field-sentence-stop');
  });
});
