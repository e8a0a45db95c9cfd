/**
 * Finding the `/keyword` the agent typed right before the caret. Pure: the listener hands it the text of the
 * current line up to the caret.
 */

export interface TypedShortcut {
  /** What follows the trigger, as typed (`sorry`, `σορρυ`, `kalhsp;era`). */
  keyword: string;
  /** Offset of the trigger in the text given: the replaced part is text.slice(start). */
  start: number;
}

/** Letters (any script, with accents), digits, '-', and ';'/':' (the Greek tonos/dialytika dead keys). */
const KEYWORD = /^[\p{L}\p{M}\p{N};:\u037e-]{1,40}$/u;
/** A trigger counts at the start of a line or after a space or an opening bracket/quote, not inside a URL. */
const BEFORE_TRIGGER = /[\s([{"'«“‘]/u;

export function findTypedShortcut(textBeforeCaret: string, trigger: string): TypedShortcut | null {
  if (!trigger) return null;
  const at = textBeforeCaret.lastIndexOf(trigger);
  if (at < 0) return null;
  if (at > 0 && !BEFORE_TRIGGER.test(textBeforeCaret[at - 1])) return null;
  const keyword = textBeforeCaret.slice(at + trigger.length);
  if (!KEYWORD.test(keyword)) return null;
  return { keyword, start: at };
}
