/** The popups' stops: fields, buttons and what is given tabindex 0 (the preview); not the list, chosen from the search box. */
const TABBABLE = 'input:not([disabled]):not([type=hidden]), button:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex="0"]';

/**
 * Tab and Shift+Tab go round the popup's own controls. They used to go on to the page with the popup left open
 * beside the caret, where Esc (said in its hint) no longer reached it: a keyboard-only agent could neither use it
 * nor close it. Esc is the way out, and gives the caret back. True when the key was handled.
 */
export function cycleTab(e: KeyboardEvent, box: HTMLElement): boolean {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return false;
  const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => radioStop(el, box));
  if (!stops.length) return false;
  const active = (box.getRootNode() as Document | ShadowRoot).activeElement;
  const at = stops.findIndex((el) => el === active);
  const last = stops.length - 1;
  const next = e.shiftKey ? (at <= 0 ? last : at - 1) : at === -1 || at === last ? 0 : at + 1;
  e.preventDefault();
  stops[next].focus();
  return true;
}

/**
 * A group of radio buttons (a fill-in field's wordings) is one stop, as the browser makes it: its chosen button, else
 * its first; the arrows move inside it. Tab stopped at every wording, five presses through one choice.
 */
function radioStop(el: HTMLElement, box: HTMLElement): boolean {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
  const group = [...box.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.name === el.name);
  return el === (group.find((r) => r.checked) ?? group[0]);
}
