import { describe, expect, it } from 'vitest';
import { overlay, screenshot } from '../support/browser';
import { useLongDesk } from '../support/long-desk';
import { seedStorage } from '../fixtures/editors/harness';

/**
 * The English meaning stage in the built extension (the background loads the packaged word vectors): a customer
 * whose words name no trigger of the router entry («My broadband is sluggish»; its triggers say «slow internet»,
 * «internet very slow», …) still gets it on the panel, explained by the phrase it means the same as, on screen. With
 * the stage off (knowledge/vectors/en-vectors.ts) the entry is not among the suggestions at all.
 */
describe('English meaning: an entry found by what the message means, not by its words', () => {
  const desk = useLongDesk();

  it('the panel shows the router entry with «Similar meaning: slow internet» inside the viewport', async () => {
    await seedStorage(desk.browser, [], { uiLang: 'en' });
    const page = await desk.openReply(`lang=en&says=${encodeURIComponent('My broadband is sluggish')}`);
    const list = overlay(page).getByRole('list', { name: 'Suggestions' });
    await list.locator('[data-entry-id]').first().waitFor({ timeout: 15_000 });
    const card = list.locator('[data-entry-id="router-troubleshooting"]');
    await card.waitFor({ timeout: 15_000 });
    const similar = card.locator('[data-similar]');
    expect(await similar.textContent()).toBe('Similar meaning: slow internet');
    // No word of the message was matched for it: the meaning alone brought it.
    expect(await card.locator('mark').count()).toBe(0);
    const box = (await similar.boundingBox())!;
    const view = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(view.height);
    expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    await screenshot(page, 'panel-similar-meaning-en');
    await page.close();
  });
});
