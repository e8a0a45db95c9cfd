import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup, popupError } from '@/components/Popup';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from '../overlay/render-root';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const root = useRenderRoot();

/** The popup's alert for a failure of one of its actions. */
function alertFor(e: unknown): HTMLElement {
  const noop = () => undefined;
  act(() =>
    render(
      <Popup host="desk.acme.example" error={popupError(e)} busy={false} onEnable={noop} onDisable={noop} onOpenSidePanel={noop} onOpenOptions={noop} onOpenNotes={noop} />,
      root(),
    ),
  );
  return root().querySelector<HTMLElement>('[role="alert"]')!;
}

/** The popup said an unforeseen failure as the browser wrote it, in English, with nothing Greek over it. */
describe('the popup\'s failures', () => {
  const closed = 'Could not establish connection. Receiving end does not exist.';

  it('an unforeseen one: a Greek headline, the English reason beneath as technical detail marked lang="en"', () => {
    const alert = alertFor(new Error(closed));
    expect(alert.textContent).toBe(`Η ενέργεια δεν ολοκληρώθηκε.Τεχνικές λεπτομέρειες: ${closed}`);
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe(closed);
  });

  it('a refusal of the site switch: worded from its code, its English reason beneath', () => {
    const refusal = Object.assign(new Error('chrome://settings is not a web page'), { failure: { code: 'site.notWeb', url: 'chrome://settings' } });
    const alert = alertFor(refusal);
    expect(alert.firstChild?.textContent).toBe('Ο Οδηγός λειτουργεί μόνο σε σελίδες http και https· σε αυτή τη σελίδα δεν μπορεί να ενεργοποιηθεί.');
    expect(alert.querySelector('[lang="en"]')?.textContent).toBe('chrome://settings is not a web page');
  });

  it('English UI: English words', () => {
    uiLang.value = 'en';
    expect(alertFor(new Error(closed)).textContent).toBe(`That did not complete.Technical details: ${closed}`);
  });
});

describe('the popup\'s way to the panel beside the page', () => {
  const noop = () => undefined;
  const links = (sidebar: boolean) => {
    act(() =>
      render(<Popup host="desk.acme.example" busy={false} sidebar={sidebar} onEnable={noop} onDisable={noop} onOpenSidePanel={noop} onOpenOptions={noop} onOpenNotes={noop} />, root()),
    );
    return [...root().querySelectorAll('nav button')].map((b) => b.textContent);
  };

  it('is Firefox\'s sidebar, named as Firefox names it, in Greek and in English; Chrome\'s side panel elsewhere', () => {
    expect(links(true)[0]).toBe('Άνοιγμα πλευρικής στήλης');
    expect(links(false)[0]).toBe('Άνοιγμα πλαϊνού πάνελ');
    uiLang.value = 'en';
    try {
      expect(links(true)[0]).toBe('Open sidebar');
      expect(links(false)[0]).toBe('Open side panel');
    } finally {
      uiLang.value = 'el';
    }
  });
});
