import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';
import { uiLang } from '@/lib/i18n';

/**
 * For one test file: a fresh element in the document to render a view into, the UI in Greek, and the view
 * unmounted afterwards. Read `root()` inside tests.
 */
export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    uiLang.value = 'el';
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
