import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/**
 * Slate (slate-react): a rich paste arrives through beforeinput, and Slate's own data handling makes every line
 * its own block, blank lines included, so the caret counts lines the way Quill's do.
 */
export default defineInserter({
  id: 'slate',
  priority: 20,
  detect: (root) => root.hasAttribute('data-slate-editor'),
  insert: (root, content, replace) => pasteInto(root, content, replace, 'lines'),
});
