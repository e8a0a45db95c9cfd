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

/** The choice each page root follows, and the roots already hearing the system's switches. */
const pageChoices = new WeakMap<HTMLElement, ThemeChoice>();

/**
 * Extension pages and the studio: the chosen theme on <html>, 'auto' resolved to the system's and followed while it
 * stays chosen. For 'auto' the pages were left unmarked, said to follow the system through their CSS, which has no
 * rule for it: a dark system had a dark overlay and side panel beside a white notes page, Options and studio (whose
 * own dark-scheme greens then stood on white).
 */
export function applyPageTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = resolveTheme(choice);
  if (!pageChoices.has(root)) darkScheme()?.addEventListener('change', () => (root.dataset.theme = resolveTheme(pageChoices.get(root)!)));
  pageChoices.set(root, choice);
}
