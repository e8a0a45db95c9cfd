import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/** Any other contenteditable: rich editors take the paste into their model, plain ones get insertText. */
export default defineInserter({
  id: 'contenteditable',
  priority: 0,
  detect: (root) => root.isContentEditable || root.ownerDocument.designMode === 'on',
  insert: (root, content, replace) => pasteInto(root, content, replace, 'paragraphs'),
});
