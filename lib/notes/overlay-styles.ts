import css from '@/components/notes/notes.css?inline';

/**
 * The overlay's styles come from a constructed stylesheet (pages may forbid inline styles); the notes editor adds
 * its own sheet to the same shadow root, once.
 */
let sheet: CSSStyleSheet | undefined;
export function adoptNotesStyles(inside: Node): void {
  const root = inside.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  sheet ??= (() => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  })();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
