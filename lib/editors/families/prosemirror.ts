import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/** ProseMirror and editors built on it (TipTap, Remirror): the paste is parsed into its document schema. */
export default defineInserter({
  id: 'prosemirror',
  priority: 20,
  detect: (root) => root.classList.contains('ProseMirror'),
  insert: (root, content, replace) => pasteInto(root, content, replace, 'paragraphs'),
});
