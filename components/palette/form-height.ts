import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { wordingsOf } from '@/knowledge/template/wordings';

/**
 * Room for «Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.» (two lines in the form's 340 px of text, in
 * either language) and its margin. Only one choice says it at a time.
 */
export const MISSING_ROOM = 46;

/**
 * Room a form of these fields takes, for its place beside the caret: a wording wraps at about 40 characters in the
 * form's 360 px. Counted as one line each, two long wordings were placed below the caret in 200 px, and the chosen
 * one sat hidden under the buttons; not counting what Enter says is missing, the form grew past its room when it
 * said it. An estimate: the form measures itself once drawn (useFormHeight) and takes more room if it needs it.
 */
export function formHeight(fields: string[]): number {
  let choices = 0;
  const height = fields.reduce((h, label) => {
    const lines = wordingsOf(label).map((option) => Math.ceil(option.length / 40));
    if (lines.length) choices++;
    // Each wording beside its button (a chosen one's «…» boxes make its lines a little taller), and the own box.
    return h + 64 + lines.reduce((w, n) => w + 3 + 21 * n, 0) + (lines.length ? 6 : 0);
  }, 80);
  return height + (choices ? MISSING_ROOM : 0);
}

/**
 * The height to place the form by: the estimate, then its own once drawn when that is more (what Enter may say is
 * missing, a long title that wraps), measured before the frame is painted, so it shows at once where it fits whole.
 * It only grows: the form does not hop from one side of the caret to the other as the agent types.
 */
export function useFormHeight(dialog: RefObject<HTMLElement | null>, fields: string[]): number {
  const [height, setHeight] = useState(() => formHeight(fields));
  useLayoutEffect(() => {
    const box = dialog.current;
    if (!box) return;
    // Its content and padding (scrollHeight, whatever room it was given) and its 1 px border; with a choice, room for
    // what Enter may say is missing under it, so the message, once said, finds the form where it has that room.
    const silent = box.querySelector('.op-missing:empty') && !box.querySelector('.op-missing:not(:empty)');
    const need = box.scrollHeight + 2 + (silent ? MISSING_ROOM : 0);
    if (need > height) setHeight(need);
  });
  return height;
}
