import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PICKER_TAG } from '@/lib/crm/picker';
import { getSiteProfiles } from '@/lib/crm/site-profiles';
import { createExtras } from '@/app/extras/extras';
import { mountPicker } from '@/app/extras/picker-view';
import { uiLang } from '@/lib/i18n';
import { loadFixture } from '../crm/load-fixture';

const URL = 'https://desk.parcelo.example/tickets/5521';
let host: HTMLElement;
let box: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  uiLang.value = 'el';
  // The overlay's shadow root; the page being picked is a fixture in its own window.
  host = document.createElement('div');
  document.body.append(host);
  box = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(box);
});
afterEach(() => host.remove());

const click = (el: Element) =>
  act(() => {
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  });
/** Until the picker's promise chain (and storage) settle. */
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
const status = () => box.querySelector('[role=status]')?.textContent;
const tip = (doc: Document) => doc.querySelector(PICKER_TAG)?.shadowRoot?.querySelector('[role=status]')?.textContent;
const button = (name: string) => [...box.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('mountPicker: the extras run the picker and show its panel in the overlay', () => {
  it('the extras API runs the picker on the page it is loaded in, and unmounting takes it away', async () => {
    const onDone = vi.fn();
    let handle!: ReturnType<typeof mountPicker>;
    act(() => void (handle = createExtras(() => true).mountPicker(box, { lang: 'en', onDone })));
    expect(status()).toBe("Click the customer's message area (Esc to cancel)");
    expect(tip(document)).toBe(status());
    act(() => handle.unmount());
    await flush();
    expect(document.querySelector(PICKER_TAG)).toBeNull();
    expect(box.childElementCount).toBe(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('walks the agent through both picks (panel and tip say the same), saves, and reports it once', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const onDone = vi.fn();
    act(() => void mountPicker(box, { lang: 'en', onDone }, doc));
    expect(status()).toBe("Click the customer's message area (Esc to cancel)");
    expect(tip(doc)).toBe(status());
    const rules = (host.shadowRoot as ShadowRoot).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    expect(rules.some((r) => r.startsWith('.odigos-picker '))).toBe(true);
    click(doc.querySelector('.stream')!);
    await flush();
    expect(status()).toBe('Click the box where you type your reply (Esc to cancel)');
    expect(tip(doc)).toBe(status());
    click(doc.querySelector('.ed')!);
    await flush();
    expect(onDone.mock.calls).toEqual([[true]]);
    expect(await getSiteProfiles()).toEqual([expect.objectContaining({ match: 'https://desk.parcelo.example' })]);
    expect(doc.querySelector(PICKER_TAG)).toBeNull();
  });

  it('Cancel in the panel stops the picker with nothing saved', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const onDone = vi.fn();
    act(() => void mountPicker(box, { lang: 'el', onDone }, doc));
    act(() => button('Ακύρωση').click());
    await flush();
    expect(onDone.mock.calls).toEqual([[false]]);
    expect(doc.querySelector(PICKER_TAG)).toBeNull();
    expect(await getSiteProfiles()).toEqual([]);
  });

  it('shows why picks were not saved, and starts over on request', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const onDone = vi.fn();
    act(() => void mountPicker(box, { lang: 'el', onDone }, doc));
    click(doc.querySelector('.ed')!);
    await flush();
    click(doc.querySelector('.composer button')!);
    await flush();
    expect(box.querySelector('[role=alert]')?.textContent).toContain('Δεν αποθηκεύτηκε:');
    expect(box.querySelector('[role=alert]')?.textContent).toContain('το πλαίσιο που επιλέξατε δεν δέχεται κείμενο');
    expect(onDone).not.toHaveBeenCalled();
    act(() => button('Ξανά από την αρχή').click());
    expect(status()).toBe('Κάντε κλικ στην περιοχή με τα μηνύματα του πελάτη (Esc για ακύρωση)');
    expect(tip(doc)).toBe(status());
  });

  it('unmounted mid-pick (panel collapsed), it takes the picker away and reports nothing', async () => {
    const doc = await loadFixture('unknown-desk', URL);
    const onDone = vi.fn();
    let handle!: ReturnType<typeof mountPicker>;
    act(() => void (handle = mountPicker(box, { lang: 'el', onDone }, doc)));
    act(() => handle.unmount());
    await flush();
    expect(doc.querySelector(PICKER_TAG)).toBeNull();
    expect(box.childElementCount).toBe(0);
    expect(onDone).not.toHaveBeenCalled();
  });
});
