/** The popups' stops: fields, buttons and what is given tabindex 0 (the preview); not the list, chosen from the search box. */
const TABBABLE = 'input:not([disabled]), button:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex="0"]';

/**
 * Tab and Shift+Tab go round the popup's own controls. They used to go on to the page with the popup left open
 * beside the caret, where Esc (said in its hint) no longer reached it: a keyboard-only agent could neither use it
 * nor close it. Esc is the way out, and gives the caret back. True when the key was handled.
 */
export function cycleTab(e: KeyboardEvent, box: HTMLElement): boolean {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return false;
  const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)];
  if (!stops.length) return false;
  const active = (box.getRootNode() as Document | ShadowRoot).activeElement;
  const at = stops.findIndex((el) => el === active);
  const last = stops.length - 1;
  const next = e.shiftKey ? (at <= 0 ? last : at - 1) : at === -1 || at === last ? 0 : at + 1;
  e.preventDefault();
  stops[next].focus();
  return true;
}
