/**
 * Plain text → the HTML a paste carries, and how many caret steps the `{{cursor}}` lies before the end once an
 * editor has taken it. Pure, so the arithmetic is tested in Node.
 *
 * - `paragraphs`: a blank line starts a new <p>, a single line break is a <br> (TinyMCE, ProseMirror, generic).
 * - `lines`: every line is its own <p>, an empty line an empty <p> (Quill, whose paragraphs have no margins,
 *   so a blank line must stay a line to be seen).
 * - `plain`: the text goes in as typed (textarea, Trix's plain-text paste, execCommand('insertText')).
 */
export type Layout = 'paragraphs' | 'lines' | 'plain';

const CURSOR = '\ue000';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Line ends and blank lines at the very start and end carry nothing in a block editor (a no-break space does). */
function trimBlock(text: string): string {
  return text.replace(/^\s*\n/, '').replace(/[^\S\u00a0]+$/, '');
}

/**
 * The space a template leaves before `{{cursor}}` at the end of a line («…θα σας ενημερώσω. {{cursor}}», as 225 of
 * the packs' templates end a sentence for the agent to type on), made a no-break space for the HTML: a space at a
 * line's end collapses there, and Quill, ProseMirror, CKEditor 4 and 5 and Lexical dropped it, so the agent's first
 * word was glued to the sentence («ενημερώσω.Ευχαριστώ»).
 */
export function keepSpaceAtCursor(text: string, cursorOffset: number | undefined): string {
  if (cursorOffset === undefined || cursorOffset < 1 || cursorOffset > text.length) return text;
  const after = text.slice(cursorOffset);
  if (text[cursorOffset - 1] !== ' ' || !/^[ \t]*(?:\r?\n|$)/.test(after)) return text;
  return `${text.slice(0, cursorOffset - 1)}\u00a0${after}`;
}

export function textToHtml(text: string, layout: Exclude<Layout, 'plain'> = 'paragraphs'): string {
  const body = trimBlock(text.replace(/\r\n?/g, '\n'));
  if (layout === 'lines') {
    return body
      .split('\n')
      .map((line) => `<p>${line.trim() ? escapeHtml(line) : '<br>'}</p>`)
      .join('');
  }
  return body
    .split(/\n[ \t]*\n\s*/)
    .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/**
 * Caret positions between the cursor and the end of the inserted text, as the editor lays it out: white space
 * runs collapse to one, spaces at line ends vanish, and in `paragraphs` a paragraph break is a single step.
 */
export function caretStepsFromEnd(text: string, cursorOffset: number | undefined, layout: Layout): number {
  const clean = text.replace(/\r\n?/g, '\n');
  const at = Math.min(Math.max(cursorOffset ?? clean.length, 0), clean.length);
  if (at >= clean.length) return 0;
  if (layout === 'plain') return [...clean.slice(at)].length;
  let laid = trimBlock(clean.slice(0, at) + CURSOR + clean.slice(at))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n');
  if (layout === 'paragraphs') laid = laid.replace(/\n(?:[ \t]*\n)+/g, '\n');
  const after = laid.slice(laid.indexOf(CURSOR) + 1);
  return [...after].length;
}
