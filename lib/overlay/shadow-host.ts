import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { addShadowStyles } from '../shadow-styles';
import { ORPHAN_ATTR } from './orphan';

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where views render inside the shadow root. */
  container: HTMLElement;
  /** Another place to render in the same shadow root (the palette beside the panel), kept out of the panel's way. */
  layer(className: string): HTMLElement;
  remove(): void;
}

/** Keys typed in Odigos' fields must not trigger the CRM's own shortcuts. */
function keepKeys(el: HTMLElement): HTMLElement {
  for (const type of ['keydown', 'keyup', 'keypress'] as const) el.addEventListener(type, (e) => e.stopPropagation());
  return el;
}

/**
 * Attach Odigos' UI to the page in an open shadow root named `tag`, styled by a constructed stylesheet:
 * no <style> or inline style attributes, so a page's strict CSP cannot strip it, and the page's CSS
 * cannot reach in (`all: initial` on the host stops inheritance too).
 */
export function createShadowHost(
  ctx: ContentScriptContext,
  tag: string,
  css: string,
  { removeOnInvalidate = true }: { removeOnInvalidate?: boolean } = {},
): ShadowHost {
  // A host left by an extension reloaded under it stays until its notes are handed over (lib/overlay/orphan.ts).
  for (const old of document.querySelectorAll(tag)) if (!old.hasAttribute(ORPHAN_ATTR)) old.remove();
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  addShadowStyles(shadow, css);
  const container = keepKeys(document.createElement('div'));
  container.className = 'odigos-root';
  shadow.append(container);
  const layer = (className: string) => {
    const el = keepKeys(document.createElement('div'));
    el.className = className;
    shadow.append(el);
    return el;
  };
  (document.body ?? document.documentElement).append(host);
  const remove = () => host.remove();
  if (removeOnInvalidate) ctx.onInvalidated(remove);
  return { host, shadow, container, layer, remove };
}
