/** The studio's language: the trainer's choice, kept in this browser, and followed across the studio's tabs. */
import { browserLang, uiLang, type UiLang } from '@/lib/i18n';

export const LANG_KEY = 'odigos-studio-lang';

const chosen = (value: string | null): UiLang | undefined => (value === 'el' || value === 'en' ? value : undefined);

/**
 * Reads the trainer's choice (else the browser's language) and follows it while `until` lives: a language switched in
 * another tab of the studio reaches this one (read once, it kept the old language until reloaded). Returns the
 * switch the page's language buttons call, which the other tabs then follow.
 */
export function followStudioLang(store: Storage, win: Pick<Window, 'addEventListener'>, until?: AbortSignal): (lang: UiLang) => void {
  uiLang.value = chosen(store.getItem(LANG_KEY)) ?? browserLang();
  win.addEventListener(
    'storage',
    (e: StorageEvent) => {
      const lang = e.key === LANG_KEY ? chosen(e.newValue) : undefined;
      if (lang) uiLang.value = lang;
    },
    { signal: until },
  );
  return (lang) => {
    uiLang.value = lang;
    store.setItem(LANG_KEY, lang);
  };
}
