import { describe, expect, it } from 'vitest';
import { caretStepsFromEnd, keepSpaceAtCursor, textToHtml } from '@/lib/editors/rich-text';

const letter = 'Dear Ms Smith,\n\nI am sorry about <the delay> & more.\nHere is what I am doing: \n\nKind regards,\nAnna';
const cursor = letter.indexOf(' \n\nKind');

describe('textToHtml', () => {
  it('makes paragraphs of blank-line blocks and <br> of single breaks, escaping markup', () => {
    expect(textToHtml(letter)).toBe(
      '<p>Dear Ms Smith,</p><p>I am sorry about &lt;the delay&gt; &amp; more.<br>Here is what I am doing: </p>' +
        '<p>Kind regards,<br>Anna</p>',
    );
  });

  it('gives every line its own paragraph in the lines layout, empty lines included', () => {
    expect(textToHtml('A\n\nB\nC', 'lines')).toBe('<p>A</p><p><br></p><p>B</p><p>C</p>');
  });
});

describe('caretStepsFromEnd', () => {
  it('is zero when the cursor is at the end or absent', () => {
    expect(caretStepsFromEnd('abc', undefined, 'paragraphs')).toBe(0);
    expect(caretStepsFromEnd('abc', 3, 'plain')).toBe(0);
  });

  it('counts every character of the rest as typed in plain editors', () => {
    expect(caretStepsFromEnd(letter, cursor, 'plain')).toBe(' \n\nKind regards,\nAnna'.length);
  });

  it('counts a paragraph break as one step and drops spaces at line ends in paragraph editors', () => {
    // "\n\n" → 1, "Kind regards," 13, "<br>" 1, "Anna" 4
    expect(caretStepsFromEnd(letter, cursor, 'paragraphs')).toBe(19);
  });

  it('counts each line break (blank lines too) as one step in the lines layout', () => {
    expect(caretStepsFromEnd(letter, cursor, 'lines')).toBe(20);
  });

  it('keeps a space inside a line and collapses runs', () => {
    expect(caretStepsFromEnd('Hello  there', 'Hello'.length, 'paragraphs')).toBe(' there'.length);
  });
});

describe('keepSpaceAtCursor', () => {
  const tpl = 'Αγαπητέ κύριε Νικολάου,\n\nΘα σας ενημερώσω έως αύριο. \n\nΜε εκτίμηση,\nSupport Agent';
  const at = tpl.indexOf(' \n\nΜε') + 1;

  it('a space before the cursor at a line\'s end becomes a no-break space, which the HTML keeps (the agent\'s next word was glued on)', () => {
    const kept = keepSpaceAtCursor(tpl, at);
    expect(kept).toBe(tpl.replace('αύριο. \n', 'αύριο.\u00a0\n'));
    expect(textToHtml(kept)).toContain('<p>Θα σας ενημερώσω έως αύριο.\u00a0</p>');
    expect(textToHtml(kept, 'lines')).toContain('<p>Θα σας ενημερώσω έως αύριο.\u00a0</p>');
    // The caret's place counted from the end does not change.
    expect(caretStepsFromEnd(kept, at, 'paragraphs')).toBe(caretStepsFromEnd(tpl, at, 'paragraphs'));
    // At the very end of the text too: the block's trailing white space is trimmed, not the no-break space.
    const end = 'Ευχαριστούμε. ';
    expect(textToHtml(keepSpaceAtCursor(end, end.length))).toBe('<p>Ευχαριστούμε.\u00a0</p>');
  });

  it('leaves every other text as it is', () => {
    expect(keepSpaceAtCursor(tpl, undefined)).toBe(tpl);
    expect(keepSpaceAtCursor(tpl, at - 1)).toBe(tpl); // the cursor before the space
    expect(keepSpaceAtCursor('Γεια σας κύριε', 'Γεια σας '.length)).toBe('Γεια σας κύριε'); // inside a line the space shows
    expect(keepSpaceAtCursor('αύριο.\n', 6)).toBe('αύριο.\n');
    expect(keepSpaceAtCursor('', 0)).toBe('');
  });
});
