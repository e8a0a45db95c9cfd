/**
 * Put text into whatever reply editor the agent uses, the way that editor's own model takes it, and never lose
 * it: when the editor does not show the text afterwards, it goes to the clipboard and the agent is told.
 */
import { deepActiveElement, editableRoot, frameDocument, sleep, squash, visibleText } from './dom';
import { inserterFor } from './registry';
import { copyText, showNotice } from './notice';
import type { InsertContent, InsertResult, Replace } from './types';

export type { InsertContent, InsertResult, Replace } from './types';
export { deepActiveElement, editableRoot } from './dom';

/** An iframe or a shadow host stands for the editor focused inside it. */
function innerTarget(target: Element): Element {
  if (target.localName === 'iframe') {
    const doc = frameDocument(target as HTMLIFrameElement);
    return doc ? (deepActiveElement(doc) ?? doc.body) : target;
  }
  return target.shadowRoot?.activeElement ? (deepActiveElement(target.ownerDocument) ?? target) : target;
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 1;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Insert into the editor `target` belongs to, replacing `replace` (a typed shortcut) or the selection.
 * Resolves once the text is in (or on the clipboard).
 */
export async function insertIntoEditor(
  target: Element,
  content: InsertContent,
  replace?: Replace,
): Promise<InsertResult> {
  const root = editableRoot(innerTarget(target));
  const inserter = root ? inserterFor(root) : undefined;
  const expected = squash(content.text);
  if (root && inserter) {
    const before = occurrences(squash(visibleText(root)), expected);
    try {
      await inserter.insert(root, content, replace);
    } catch {
      // Verification below decides; the clipboard keeps the text safe.
    }
    await sleep(0);
    if (!expected || occurrences(squash(visibleText(root)), expected) > before) {
      return { editor: inserter.id, verified: true, copied: false };
    }
  }
  const copied = await copyText(content.text);
  showNotice(copied ? 'copied' : 'lost');
  return { editor: inserter?.id ?? 'none', verified: false, copied };
}
