import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pressTab, typeHeldKeys, typeIntoForm } from '@/app/extras/held-keys';

const insertIntoEditor = vi.hoisted(() => vi.fn(async () => ({ editor: 'contenteditable', verified: true, copied: false })));
vi.mock('@/lib/editors/index', () => ({ insertIntoEditor }));

describe('keys held while a template went in, once it is in', () => {
  beforeEach(() => {
    insertIntoEditor.mockClear();
    document.body.innerHTML = '<input id="search"><div id="ed" contenteditable="true"><p>x</p></div><input id="note"><button id="send">Send</button>';
    // happy-dom lays nothing out: every field counts as shown.
    vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
  });
  const ed = () => document.getElementById('ed')!;

  it('types them in one paste, a letter taken back with Backspace left out, an Enter a new paragraph', async () => {
    await typeHeldKeys(ed(), ['a', 'b', 'Backspace', 'c', 'Enter', ' ', 'd']);
    expect(insertIntoEditor).toHaveBeenCalledTimes(1);
    expect(insertIntoEditor).toHaveBeenCalledWith(ed(), { text: 'ac\n d', html: '<p>ac</p><p>\u00a0d</p>' });
  });

  it('keeps a line inline, its edge spaces no-break (HTML would drop them: «delay.Thanks»)', async () => {
    await typeHeldKeys(ed(), [...' Thanks <3 ']);
    expect(insertIntoEditor).toHaveBeenCalledWith(ed(), { text: ' Thanks <3 ', html: '\u00a0Thanks &lt;3\u00a0' });
  });

  it('moves a held Tab on to the next field, Shift+Tab to the one before', () => {
    ed().focus();
    pressTab(ed(), false);
    expect(document.activeElement?.id).toBe('note');
    pressTab(ed(), true);
    expect(document.activeElement?.id).toBe('search');
  });

  it('leaves a held Tab to the editor when it has a Tab of its own', () => {
    ed().addEventListener('keydown', (e) => e.key === 'Tab' && e.preventDefault());
    ed().focus();
    pressTab(ed(), false);
    expect(document.activeElement).toBe(ed());
  });

  it('types into the form\'s text box, and leaves the keys held when its focused field is a choice of wordings', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const dialog = document.createElement('form');
    dialog.setAttribute('role', 'dialog');
    const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'c0', value: 'εμείς' });
    const box = Object.assign(document.createElement('input'), { type: 'text' });
    dialog.append(radio, box);
    shadow.append(dialog);
    radio.focus();
    const held = [...'ab'];
    expect(() => typeIntoForm(dialog, held)).not.toThrow();
    expect(held).toEqual([...'ab']);
    box.focus();
    typeIntoForm(dialog, held);
    expect(box.value).toBe('ab');
    expect(held).toEqual([]);
  });
});
