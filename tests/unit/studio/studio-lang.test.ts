// A trainer with two studio tabs switches the language in one: read once at the start, the other kept the old
// language until reloaded. Each tab follows the choice kept in the browser (the storage event of the other tab).
import { afterEach, describe, expect, it } from 'vitest';
import { uiLang } from '@/lib/i18n';
import { followStudioLang, LANG_KEY } from '@/studio/client/lang';

describe('the studio\'s language across its tabs', () => {
  afterEach(() => localStorage.clear());

  it('starts in the kept choice, follows another tab\'s switch, and stops with its page', () => {
    localStorage.setItem(LANG_KEY, 'el');
    const page = new AbortController();
    const setLang = followStudioLang(localStorage, window, page.signal);
    expect(uiLang.value).toBe('el');
    // The other tab switched to English: this tab hears the storage event.
    window.dispatchEvent(new StorageEvent('storage', { key: LANG_KEY, newValue: 'en', oldValue: 'el' }));
    expect(uiLang.value).toBe('en');
    // Another key or a value that is no language changes nothing.
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: 'el' }));
    window.dispatchEvent(new StorageEvent('storage', { key: LANG_KEY, newValue: 'fr' }));
    expect(uiLang.value).toBe('en');
    // This tab's own switch is kept for the others.
    setLang('el');
    expect(localStorage.getItem(LANG_KEY)).toBe('el');
    page.abort();
    window.dispatchEvent(new StorageEvent('storage', { key: LANG_KEY, newValue: 'en' }));
    expect(uiLang.value).toBe('el');
  });
});
