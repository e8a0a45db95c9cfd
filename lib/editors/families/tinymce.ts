import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/** TinyMCE (iframe and inline modes): its paste handling records one undo level for the whole insertion. */
export default defineInserter({
  id: 'tinymce',
  priority: 20,
  detect: (root) => root.id === 'tinymce' || root.classList.contains('mce-content-body'),
  insert: (root, content, replace) => pasteInto(root, content, replace, 'paragraphs'),
});
