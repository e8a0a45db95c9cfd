import { describe, expect, it, vi } from 'vitest';
import { insertIntoEditor } from '@/lib/editors/index';

describe('insertIntoEditor', () => {
  it('inserts into a textarea at the selection and puts the caret at the cursor offset', async () => {
    document.body.innerHTML = '<textarea>Hi /sorry!</textarea>';
    const area = document.querySelector('textarea')!;
    const result = await insertIntoEditor(area, { text: 'Sorry, Anna.', cursorOffset: 6 }, { start: 3, end: 9 });
    expect(area.value).toBe('Hi Sorry, Anna.!');
    expect(area.selectionStart).toBe(9);
    expect(result).toEqual({ editor: 'textarea', verified: true, copied: false });
  });

  it('never loses the text: with no editor to take it, it goes to the clipboard and the agent is told', async () => {
    document.body.innerHTML = '<div id="static">Just text</div>';
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void (copied = t) },
    });
    const result = await insertIntoEditor(document.getElementById('static')!, { text: 'Kind regards' });
    expect(result).toEqual({ editor: 'none', verified: false, copied: true });
    expect(copied).toBe('Kind regards');
    const notice = document.querySelector('odigos-notice')?.shadowRoot?.querySelector('[role=status]');
    await vi.waitFor(() => expect(notice?.textContent).toMatch(/Ctrl\+V/));
  });
});
