import { describe, expect, it } from 'vitest';
import { mapCaret } from '../../../lib/notes/caret';

describe('mapCaret', () => {
  const mine = 'Απόψεις:\nΑ: παραγγελία 10|\nΕνέργειες:\n\nΈκβαση:\n';
  const before = mine.replace('|', '');
  const caret = mine.indexOf('|');

  it('keeps the caret on its line when another tab adds a line below it', () => {
    const after = before.replace('Ενέργειες:\n', 'Ενέργειες:\nΒ: επανάκληση αύριο 10:00\n');
    expect(mapCaret(before, after, caret)).toBe(caret);
  });

  it('moves the caret with its text when another tab adds a line above it', () => {
    const added = 'Α: ζητά επιστροφή\n';
    const after = before.replace('Απόψεις:\n', `Απόψεις:\n${added}`);
    const moved = mapCaret(before, after, caret);
    expect(after.slice(0, moved).endsWith('Α: παραγγελία 10')).toBe(true);
  });

  it('keeps it on its line when lines change both above and below', () => {
    const after = `Β: γεια\n${before.replace('Ενέργειες:\n', 'Ενέργειες:\nΒ: επανάκληση\n')}`;
    expect(after.slice(0, mapCaret(before, after, caret)).endsWith('\nΑ: παραγγελία 10')).toBe(true);
  });

  it('puts the caret after the new text when the change is where it stood, and never past the end', () => {
    expect(mapCaret('abcdef', 'abXYZef', 3)).toBe(5);
    expect(mapCaret('abcdef', 'ab', 6)).toBe(2);
    expect(mapCaret('same', 'same', 2)).toBe(2);
  });
});
