import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/**
 * Trix (Basecamp, HEY, Rails Action Text): it turns pasted <p>s into blocks framed by blank lines, but takes a
 * plain-text paste into its document as typed, with line breaks, as one undo entry.
 */
export default defineInserter({
  id: 'trix',
  priority: 20,
  detect: (root) => root.localName === 'trix-editor',
  insert: (root, content, replace) => pasteInto(root, content, replace, 'plain'),
});
