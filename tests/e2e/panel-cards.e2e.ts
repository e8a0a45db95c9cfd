import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overlay, screenshot } from '../support/browser';
import { useLongDesk } from '../support/long-desk';
import { laterStageIds } from '../support/later-stage';

interface Card {
  id: string;
  type: string;
  gist: string;
  marked: string[];
  visible: boolean;
}

/** Each card as the agent sees it: its gist, the words marked in it, and whether it is wholly on screen. */
function cards(page: Page): Promise<Card[]> {
  return overlay(page).evaluate((host) => {
    const items = [...host.shadowRoot!.querySelectorAll<HTMLElement>('ul.odigos-list > li.odigos-item')];
    return items.map((li) => {
      const r = li.getBoundingClientRect();
      const gist = li.querySelector('.odigos-gist');
      return {
        id: li.dataset.entryId!,
        type: li.dataset.entryType!,
        gist: gist?.textContent ?? '',
        marked: [...(gist?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
        visible: r.top >= 0 && r.bottom <= innerHeight && r.height > 0,
      };
    });
  });
}

/**
 * The panel's cards on a full-height desk at 1280×800: each says what tells it apart (a template's first line, an
 * SOP's purpose, the matched words marked), not the same 4-line excerpt of the customer's message on every card,
 * so five or more fit on screen (four did); and the mood badge names the customer's words that raised it.
 */
describe('suggestion cards show what differs', () => {
  const desk = useLongDesk();
  const later = laterStageIds();

  /**
   * The long desk's ticket is new, and the customer angry on a third contact: the double-charge SOP is the first
   * card (the repeat-contact and apology templates the mood raised come after it), and no template that
   * presupposes a later stage (a refund made, closing) is among the first three.
   */
  function expectRightForTheMoment(list: Card[]) {
    expect(later.has('refund-double-charge')).toBe(true);
    expect(list[0]).toMatchObject({ id: 'double-card-charge', type: 'sop', visible: true });
    expect(list.slice(0, 3).filter((c) => later.has(c.id)).map((c) => c.id)).toEqual([]);
  }

  async function openPanel(query: string): Promise<Page> {
    const page = await desk.openReply(query);
    await overlay(page).getByRole('list', { name: /Προτάσεις|Suggestions/ }).locator('[data-entry-id]').nth(3).waitFor();
    return page;
  }

  it('Greek: distinct gists, matched words marked, five or more whole cards on screen, the mood cue with its words', async () => {
    const page = await openPanel('lang=el');
    const list = await cards(page);
    await screenshot(page, 'panel-cards-el');
    expectRightForTheMoment(list);
    const withGist = list.filter((c) => c.gist);
    // Every card has its own gist; none repeats the customer's message.
    expect(withGist.length).toBe(list.length);
    expect(new Set(withGist.map((c) => c.gist)).size).toBe(withGist.length);
    for (const c of list) expect(c.gist).not.toContain('τρίτη φορά που γράφω');
    // The first SOP shows its purpose with the words that matched the conversation marked.
    const sop = list.find((c) => c.id === 'double-card-charge')!;
    expect(sop.type).toBe('sop');
    expect(sop.marked.length).toBeGreaterThan(0);
    expect(list.filter((c) => c.visible).length).toBeGreaterThanOrEqual(5);
    const mood = overlay(page).getByRole('list', { name: 'Διάθεση πελάτη' });
    expect(await mood.textContent()).toMatch(/Επανειλημμένη επικοινωνία: .*«τρίτη φορά»/);
    await page.close();
  });

  it('English: the same, in English', async () => {
    const page = await openPanel('lang=en');
    const list = await cards(page);
    await screenshot(page, 'panel-cards-en');
    expectRightForTheMoment(list);
    expect(list.every((c) => c.gist)).toBe(true);
    expect(new Set(list.map((c) => c.gist)).size).toBe(list.length);
    for (const c of list) expect(c.gist).not.toContain('third time I am writing');
    expect(list.filter((c) => c.visible).length).toBeGreaterThanOrEqual(5);
    expect(list.some((c) => c.marked.length > 0)).toBe(true);
    const mood = overlay(page).getByRole('list', { name: /Διάθεση πελάτη|Customer mood/ });
    expect(await mood.textContent()).toMatch(/«third time»/);
    await page.close();
  });
});
