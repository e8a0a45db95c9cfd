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
/** The entries of the message's topic (internet too slow or down): the only ones the meaning may add. */
const ON_TOPIC = ['router-troubleshooting', 'apology-outage', 'telecom-outage-slow-internet'];

describe('English meaning: an entry found by what the message means, not by its words', () => {
  const desk = useLongDesk();

  it('the panel shows the router entry with «Similar meaning: slow internet» inside the viewport, and no card of another topic by meaning', async () => {
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
    // The meaning brings nothing of another topic: before the crowd rule (knowledge/engine/semantic.ts,
    // SEMANTIC_STANDOUT) six more cards said «Similar meaning» here, keep my number, export my data, roaming twice and
    // «can you speak slower», near the message's words but not its topic.
    const byMeaning = await list.locator('[data-entry-id]:has([data-similar])').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-entry-id')));
    expect(byMeaning).toContain('router-troubleshooting');
    expect(byMeaning.filter((id) => !ON_TOPIC.includes(id!))).toEqual([]);
    expect(byMeaning.length).toBeLessThanOrEqual(ON_TOPIC.length);
    await screenshot(page, 'panel-similar-meaning-en');
    await page.close();
  });
});
