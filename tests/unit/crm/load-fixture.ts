import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
// @ts-expect-error plain JS fixture helper shared with the e2e pages
import { attachDeclarativeShadows, fixtureAction } from '../../fixtures/crm/nav.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'crm');

/** A fixture page in its own happy-dom window at the helpdesk's real URL (scripts are not run). */
export async function loadFixture(name: string, url: string): Promise<Document> {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableIframePageLoading: false } });
  const doc = win.document as unknown as Document;
  doc.write(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
  attachDeclarativeShadows(doc);
  await win.happyDOM.waitUntilComplete();
  return doc;
}

/** Click a fixture navigation button the way nav-boot.js does in the browser. */
export function act(doc: Document, selector: string): void {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  fixtureAction(doc, el);
}
