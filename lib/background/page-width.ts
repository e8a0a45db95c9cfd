/**
 * The docked panel takes its width from the page with a margin on <html> (lib/overlay/reserve-space.ts). The page's
 * layout follows, but its scripts still measured the whole window: `document.documentElement.clientWidth` (what jQuery's
 * `$(window).width()` reads) is the viewport's width whatever the root's margin. Request Tracker sizes its menus so:
 * docked at 1366 px it fitted its page menu to 1366 px, and the menu lay over the ticket's title (the top menu over
 * the search box). A browser side panel narrows the viewport itself; the in-page one tells the page's scripts the
 * same: while <html> carries DOCK_ATTR, the root's clientWidth is the page's part of the window, and a `resize`
 * event makes the scripts measure again. Only that: `innerWidth` and CSS media queries stay the window's, since the
 * page's stylesheets cannot be told, and scripts reading innerWidth mostly pair it with them.
 */

/** On <html>: how many px of the window's width the docked panel takes from the page (absent when it takes none). */
export const DOCK_ATTR = 'data-odigos-dock';

/**
 * Run in the page's own script world (the background injects it: lib/background/extras.ts), once or again: the
 * root's clientWidth leaves out the width DOCK_ATTR names, then the page's scripts hear a `resize`. Self-contained
 * (the browser serializes it), and a no-op for every other element.
 */
export function tellPageScriptsTheirWidth(attr: string): void {
  const html = document.documentElement;
  if (!Object.getOwnPropertyDescriptor(html, 'clientWidth')) {
    const viewport = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')?.get;
    if (!viewport) return;
    Object.defineProperty(html, 'clientWidth', {
      configurable: true,
      get(this: Element) {
        const whole = viewport.call(this) as number;
        return Math.max(0, whole - (Number(this.getAttribute(attr)) || 0));
      },
    });
  }
  dispatchEvent(new Event('resize'));
}
