const sheets = new Map<string, CSSStyleSheet>();

/**
 * Add a feature's stylesheet to the shadow root `inside` lives in, once: constructed sheets (pages may forbid
 * inline styles), or a <style> where Firefox's content-script sandbox refuses a sheet from another compartment.
 * Outside a shadow root (extension pages) the page's own CSS applies and nothing is added.
 */
export function addShadowStyles(inside: Node, css: string): void {
  const root = inside.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    if ([...root.querySelectorAll('style')].some((s) => s.textContent === css)) return;
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}
