import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNotice } from '@/lib/editors/notice';
import { uiLang } from '@/lib/i18n';

const region = () => document.querySelector('odigos-notice')?.shadowRoot?.querySelector('div');

describe('showNotice: what a screen reader hears when the editor refused the text', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.querySelector('odigos-notice')?.remove();
    uiLang.value = 'el';
  });

  it('puts the live region in the page empty, then its words (a region arriving with its words is often not read)', () => {
    vi.useFakeTimers();
    uiLang.value = 'el';
    document.documentElement.lang = 'en';
    showNotice('copied');
    expect(region()?.getAttribute('role')).toBe('status');
    expect(region()?.textContent).toBe('');
    vi.advanceTimersByTime(150);
    expect(region()?.textContent).toMatch(/^Ο επεξεργαστής δεν δέχτηκε το κείμενο/);
    // Greek words on an English page, read with a Greek voice.
    expect(region()?.lang).toBe('el');
    vi.advanceTimersByTime(8_000);
    expect(region()).toBeUndefined();
  });

  it('text neither inserted nor copied is an alert, in the UI language', () => {
    vi.useFakeTimers();
    uiLang.value = 'en';
    showNotice('lost');
    vi.advanceTimersByTime(150);
    expect(region()?.getAttribute('role')).toBe('alert');
    expect(region()?.lang).toBe('en');
    expect(region()?.textContent).toBe('The editor did not take the text and copying failed. Open the template in Odigos.');
  });
});
