import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/** Quill 2: its clipboard module converts the paste into its Delta model; one line per <p> keeps blank lines. */
export default defineInserter({
  id: 'quill',
  priority: 20,
  detect: (root) => root.classList.contains('ql-editor'),
  insert: (root, content, replace) => pasteInto(root, content, replace, 'lines'),
});
