import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOCK_ATTR, tellPageScriptsTheirWidth } from '@/lib/background/page-width';
import { keepSpace } from '@/lib/overlay/reserve-space';

/**
 * Request Tracker fits its menus to `$(window).width()` (the root's clientWidth): docked, the panel narrowed the page
 * but not that, and RT's page menu lay over the ticket's title. The page's scripts are now told the page's width.
 */
const native = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');

beforeEach(() => {
  // The viewport's width, as the browser gives it for the root (happy-dom lays nothing out).
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 1366 });
  vi.stubGlobal('innerWidth', 1366);
  // Nothing of the page under the panel (happy-dom has no hit testing).
  document.elementsFromPoint = () => [];
});

afterEach(() => {
  delete (document.documentElement as { clientWidth?: number }).clientWidth;
  if (native) Object.defineProperty(Element.prototype, 'clientWidth', native);
  document.documentElement.removeAttribute(DOCK_ATTR);
  document.documentElement.removeAttribute('style');
  vi.unstubAllGlobals();
});

describe('the page\'s scripts are told the width the docked panel leaves them', () => {
  it('in the page\'s world the root\'s clientWidth leaves out the panel while <html> says it, and the scripts hear «resize»', () => {
    const heard = vi.fn();
    addEventListener('resize', heard);
    const body = document.body.clientWidth;
    tellPageScriptsTheirWidth(DOCK_ATTR);
    expect(heard).toHaveBeenCalledTimes(1);
    const html = document.documentElement;
    expect(html.clientWidth).toBe(1366);
    html.setAttribute(DOCK_ATTR, '300');
    expect(html.clientWidth).toBe(1066);
    // Other elements measure as ever.
    expect(document.body.clientWidth).toBe(body);
    // Told again (the panel docked anew): the same measure, one more «resize».
    tellPageScriptsTheirWidth(DOCK_ATTR);
    expect(html.clientWidth).toBe(1066);
    expect(heard).toHaveBeenCalledTimes(2);
    html.removeAttribute(DOCK_ATTR);
    expect(html.clientWidth).toBe(1366);
    removeEventListener('resize', heard);
  });

  it('docking says the width on <html> and asks for the teller; a new width and the release make the scripts measure again', () => {
    const tell = vi.fn();
    const heard = vi.fn();
    addEventListener('resize', heard);
    const html = document.documentElement;
    const space = keepSpace(document, 'right', 300, tell);
    expect(tell).toHaveBeenCalledTimes(1);
    expect(html.getAttribute(DOCK_ATTR)).toBe('300');
    expect(html.style.marginRight).toBe('300px');
    space.update('right', 360);
    expect(html.getAttribute(DOCK_ATTR)).toBe('360');
    expect(heard).toHaveBeenCalledTimes(1);
    space.update('left', 360); // the same width on the other side: nothing for the scripts to measure again
    expect(heard).toHaveBeenCalledTimes(1);
    space.release();
    expect(html.hasAttribute(DOCK_ATTR)).toBe(false);
    expect(heard).toHaveBeenCalledTimes(2);
    removeEventListener('resize', heard);
  });
});
