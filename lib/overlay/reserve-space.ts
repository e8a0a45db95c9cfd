/** Below this viewport width the page keeps its full width and the panel overlaps (it can be collapsed). */
const MIN_PAGE_WIDTH = 900;

/**
 * Push the page aside so the docked panel does not cover the CRM: a margin on <html> through the CSSOM
 * (allowed under a strict CSP, unlike style attributes in markup). Returns the undo.
 */
export function reserveSpace(doc: Document, side: 'left' | 'right', width: number): () => void {
  const html = doc.documentElement;
  const prop = side === 'right' ? 'margin-right' : 'margin-left';
  if ((doc.defaultView?.innerWidth ?? 0) - width < MIN_PAGE_WIDTH) return () => undefined;
  const before = html.style.getPropertyValue(prop);
  const priority = html.style.getPropertyPriority(prop);
  html.style.setProperty(prop, `${width}px`, 'important');
  return () => {
    if (before) html.style.setProperty(prop, before, priority);
    else html.style.removeProperty(prop);
  };
}
