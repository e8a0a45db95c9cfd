import type { Settings } from './store/settings';

/**
 * The one place the agent's theme choice is resolved: in the page (the overlay, the palette, the notes frame),
 * in the side panel, and on the extension's own pages.
 */
export type Theme = 'light' | 'dark';
export type ThemeChoice = Settings['theme'];

const darkScheme = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

/** The theme a choice stands for now: 'auto' is the system's. */
export function resolveTheme(choice: ThemeChoice): Theme {
  return choice === 'auto' ? (darkScheme()?.matches ? 'dark' : 'light') : choice;
}

/** Hear the system switch between light and dark (what 'auto' follows) until `signal` aborts. */
export function onSystemThemeChange(listener: () => void, signal: AbortSignal): void {
  darkScheme()?.addEventListener('change', listener, { signal });
}

/** Extension pages: the chosen theme on <html>; none for 'auto', where the pages' CSS follows the system itself. */
export function applyPageTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
