/**
 * Which language the UI speaks, decided without any UI library: the service worker needs this too (reminders,
 * notes, templates) and must not carry Preact for it.
 */
export type UiLang = 'el' | 'en';

export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): UiLang {
  return languages[0]?.toLowerCase().startsWith('el') ? 'el' : 'en';
}

export function resolveUiLang(choice: 'auto' | UiLang): UiLang {
  return choice === 'auto' ? browserLang() : choice;
}
