/** Room kept between a revealed field and the buttons' bar, and the form's top edge. */
const CLEAR = 6;

/**
 * Scrolls the form so the field of `el` (a choice's whole group: its wordings, what is missing, the own box) shows
 * above the form's sticky buttons, where a wording chosen near the form's foot sat half under them until the agent
 * scrolled. A group taller than the room shows from its top, `el` itself still in view.
 */
export function revealAbove(el: Element, view: HTMLElement, bar: Element | null): void {
  const field = el.closest('fieldset, label.op-field') ?? el;
  const top = view.getBoundingClientRect().top + CLEAR;
  const bottom = (bar ?? view).getBoundingClientRect()[bar ? 'top' : 'bottom'] - CLEAR;
  const shift = (r: DOMRect) => (r.bottom > bottom ? Math.min(r.bottom - bottom, r.top - top) : r.top < top ? r.top - top : 0);
  let by = shift(field.getBoundingClientRect());
  // Still under the bar once the group's top is shown: `el` itself is what must be seen.
  const own = el.getBoundingClientRect();
  if (own.bottom - by > bottom) by = own.bottom - bottom;
  if (by) view.scrollTop += by;
}
