import { describe, expect, it } from 'vitest';
import { wordsBefore } from '@/lib/shortcuts/caret';

// Whether the agent has written before where a template goes in: its salutation line would be a second greeting.
describe('wordsBefore: the agent\u2019s words before the shortcut or the caret', () => {
  it('a text field: the words before the typed shortcut, not the shortcut itself', () => {
    const box = document.createElement('textarea');
    box.value = 'Hello Nick,\n/sorry';
    expect(wordsBefore(box, { start: 12, end: 18 })).toBe(true);
    box.value = '\n  /sorry';
    expect(wordsBefore(box, { start: 3, end: 9 })).toBe(false);
  });

  it('a rich box: the text before the range; empty paragraphs and zero-width spaces are no words', () => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.innerHTML = '<p>\u200b</p><p><br></p><p>/sorry</p>';
    document.body.append(box);
    const typed = document.createRange();
    const text = box.lastElementChild!.firstChild!;
    typed.setStart(text, 0);
    typed.setEnd(text, 6);
    expect(wordsBefore(box, typed)).toBe(false);
    box.firstElementChild!.textContent = 'Γεια σας,';
    const again = document.createRange();
    again.setStart(box.lastElementChild!.firstChild!, 0);
    expect(wordsBefore(box, again)).toBe(true);
    box.remove();
  });
});
