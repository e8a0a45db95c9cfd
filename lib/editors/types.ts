/** What an inserter puts into a reply editor, and how it went. */
export interface InsertContent {
  /** Plain text with `\n` line breaks (a blank line separates paragraphs). */
  text: string;
  /** Rich form for editors that take HTML; built from `text` when absent. */
  html?: string;
  /** Where the caret goes, as an offset into `text` (default: the end). */
  cursorOffset?: number;
}

/** The part of the editor the text replaces: a typed `/keyword` (or the current selection when absent). */
export type Replace = Range | { start: number; end: number };

/** Not `instanceof Range`: a range inside an iframe comes from that frame's realm. */
export function isRange(r: Replace | undefined): r is Range {
  return !!r && 'startContainer' in r;
}

export interface InsertResult {
  /** The inserter family that handled the editor ('quill', 'textarea', …). */
  editor: string;
  /** The editor shows the text afterwards (normalised comparison). */
  verified: boolean;
  /** The text was put on the clipboard because the editor did not take it. */
  copied: boolean;
}

export interface EditorInserter {
  /** The file name under lib/editors/families/; the meta-test checks they agree. */
  id: string;
  /** Higher is tried first: specific editors before the generic contenteditable path. */
  priority: number;
  /** Is `root` (an input, a textarea or the outermost contenteditable) an editor of this family? */
  detect(root: HTMLElement): boolean;
  /** Replace `replace` in `root` with the content, leave the caret at the cursor, keep one undo step. */
  insert(root: HTMLElement, content: InsertContent, replace: Replace | undefined): Promise<void>;
}

export function defineInserter(inserter: EditorInserter): EditorInserter {
  return inserter;
}
