/**
 * The colour helpdesks paint a teammate's note in, so that no one takes it for a reply: pale yellow to amber
 * behind it (their manuals: "notes appear with a yellow/amber background"), or a yellow border around it (Help
 * Scout's manual: "Notes are represented by a yellow border", docs.helpscout.com/article/11). Reading only.
 */

/** [r, g, b, alpha] of a computed colour: browsers give rgb()/rgba(), happy-dom (the unit tests) the stylesheet's #rrggbb. */
function channels(css: string): number[] {
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(css);
  const [r = 0, g = 0, b = 0, a = 1] = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** Pale yellow to amber: red and green high and near each other, blue clearly below both. */
export function noteBackground(css: string): boolean {
  const [r, g, b, a] = channels(css);
  return a >= 0.5 && r >= 235 && g >= 200 && r - g <= 40 && r - b >= 25 && g - b >= 15;
}

/** A yellow to amber line (a border is drawn stronger than a background): hue 38–62°, well saturated, not dark. */
export function noteLine(css: string): boolean {
  const [r, g, b, a] = channels(css);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (a < 0.5 || max < 180 || max - min < 90 || r < g || b === max) return false;
  const hue = (60 * (g - b)) / (max - min);
  return hue >= 38 && hue <= 62;
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

function painted(el: Element, view: Window, lines: boolean): boolean {
  const style = view.getComputedStyle(el);
  if (noteBackground(style.backgroundColor)) return true;
  return lines && SIDES.some((side) => {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    return width > 0 && kind !== 'none' && kind !== 'hidden' && (noteLine(colour) || noteBackground(colour));
  });
}

/**
 * Thread items painted as notes (the item or its first child, which often draws the card). On a page Odigos does
 * not know only a minority of the thread counts: a desk painted yellow throughout has no notes by colour. `byManual`:
 * the helpdesk's manual says it paints its notes so (yellow borders count too, and notes may outnumber messages, as
 * long as not everything is painted).
 */
export function paintedNotes(doc: Document, items: readonly Element[], byManual = false): Set<Element> {
  const view = doc.defaultView;
  if (!view) return new Set();
  const notes = items.filter((el) => [el, el.firstElementChild].some((e) => e && painted(e, view, byManual)));
  return new Set((byManual ? notes.length < items.length : notes.length * 2 < items.length) ? notes : []);
}
