import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { ExtrasApi } from '@/app/extras/api';
import type { ContentShared } from '@/app/content/session';
import { startShortcuts } from '@/app/content/shortcuts';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';
import { typeHeld } from '@/app/extras/held-keys';
import { settledPage } from '@/app/extras/settled-page';

// The background's answers: one known shortcut, and its template.
const request = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messages', async (original) => ({ ...(await original<typeof import('@/lib/messages')>()), request }));
// The inserters put the held keys' text at the end of the field, as the agent's typing after the template would.
const insertIntoEditor = vi.hoisted(() =>
  vi.fn(async (root: HTMLInputElement, { text }: { text: string }) => {
    root.value += text;
    return { editor: 'textarea', verified: true, copied: false };
  }),
);
vi.mock('@/lib/editors/index', () => ({ insertIntoEditor }));

/** A key as the agent presses it (the content script ignores keys the page's script dispatches). */
function press(target: Element, init: KeyboardEventInit) {
  const e = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
  return e;
}
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * The content script's shortcuts with the extras stood in for: their insertTemplate puts the text in at once and
 * then holds its promise, as the last steps of a real insertion do (the caret walked back to {{cursor}} a task
 * later, the check that the text arrived) and as the timeline's round trip did before 99ac6b7.
 */
function harness() {
  const end = new AbortController();
  let finish!: () => void;
  const api = {
    insertTemplate: vi.fn((_c: HTMLElement, { caret }: { caret: { root: HTMLElement | null } }) => {
      (caret.root as HTMLTextAreaElement).value = 'I am sorry for the delay.';
      return new Promise<void>((r) => (finish = r));
    }),
    showPalette: vi.fn(),
    // The extras' own (their inserters stood in for below).
    typeHeld: vi.fn(typeHeld),
    settledPage,
    clear: vi.fn(),
  } as unknown as ExtrasApi;
  const shared = {
    signal: end.signal,
    settings: signal(DEFAULT_SETTINGS),
    theme: signal('light'),
    host: { layer: () => document.createElement('div') },
    reading: { nowCarried: async () => ({ snapshot: undefined }) },
    extras: async () => api,
    onEnd: () => undefined,
  } as unknown as ContentShared;
  startShortcuts(shared);
  return { api, finish: () => finish(), end: () => end.abort() };
}

describe('the content script: keys the agent presses while a template goes in', () => {
  let editor: HTMLTextAreaElement;
  beforeEach(() => {
    request.mockImplementation(async (name: string) =>
      name === 'templates.keys' ? ['sorry'] : name === 'templates.byShortcut' ? { packId: 'p', entryId: 'sorry', title: 'Sorry', fields: [] } : undefined);
    editor = document.createElement('textarea');
    document.body.append(editor);
  });
  afterEach(() => {
    editor.remove();
    insertIntoEditor.mockClear();
  });

  it('opens the palette for Ctrl+Shift+Space pressed once the text is in but before the insertion finished', async () => {
    const { api, finish, end } = harness();
    await tick(); // the known shortcuts have come
    editor.value = '/sorry';
    editor.focus();
    editor.setSelectionRange(6, 6);
    expect(press(editor, { key: 'Tab', code: 'Tab' }).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(editor.value).toBe('I am sorry for the delay.'));
    // What the agent sees: the template is in. Their next key is the palette's.
    const hotkey = press(editor, { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
    expect(hotkey.defaultPrevented).toBe(true);
    finish();
    await vi.waitFor(() => expect(api.showPalette).toHaveBeenCalledTimes(1));
    end();
  });

  it('does not open it when the hotkey was pressed twice meanwhile (the agent changed their mind)', async () => {
    const { api, finish, end } = harness();
    await tick();
    editor.value = '/sorry';
    editor.focus();
    editor.setSelectionRange(6, 6);
    press(editor, { key: 'Tab', code: 'Tab' });
    await vi.waitFor(() => expect(editor.value).toBe('I am sorry for the delay.'));
    press(editor, { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
    press(editor, { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
    finish();
    await tick();
    await tick();
    expect(api.showPalette).not.toHaveBeenCalled();
    end();
  });

  /** `/sorry` + Tab in the editor: the template goes in and its insertion is held unfinished. */
  async function expanding() {
    const h = harness();
    await tick();
    editor.value = '/sorry';
    editor.focus();
    editor.setSelectionRange(6, 6);
    press(editor, { key: 'Tab', code: 'Tab' });
    await vi.waitFor(() => expect(h.api.insertTemplate).toHaveBeenCalledTimes(1));
    return h;
  }

  it('holds the letters typed meanwhile and types them after the template, in order', async () => {
    // Let through, a letter typed while the shortcut stood selected for the paste replaced it.
    const { api, finish, end } = await expanding();
    const typed = [...' Thanks'].map((key) => press(editor, { key }));
    expect(typed.map((e) => e.defaultPrevented)).toEqual(typed.map(() => true));
    expect(insertIntoEditor).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(editor.value).toBe('I am sorry for the delay. Thanks'));
    expect(api.insertTemplate).toHaveBeenCalledTimes(1);
    end();
  });

  it('keeps a Tab pressed meanwhile from moving focus, and moves it on once the template is in', async () => {
    const next = document.createElement('input');
    editor.after(next);
    // happy-dom lays nothing out: every field counts as shown.
    vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    const { finish, end } = await expanding();
    expect(press(editor, { key: 'Tab', code: 'Tab' }).defaultPrevented).toBe(true);
    expect(press(editor, { key: 'x' }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(editor);
    finish();
    // The letter after the Tab goes where the Tab took focus.
    await vi.waitFor(() => expect(next.value).toBe('x'));
    expect(document.activeElement).toBe(next);
    expect(editor.value).toBe('I am sorry for the delay.');
    next.remove();
    vi.restoreAllMocks();
    end();
  });

  it('expands the next shortcut typed meanwhile when its Tab comes, once the first is in', async () => {
    const { api, finish, end } = await expanding();
    for (const key of [...' /sorry', 'Tab']) expect(press(editor, { key }).defaultPrevented).toBe(true);
    finish();
    await vi.waitFor(() => expect(api.insertTemplate).toHaveBeenCalledTimes(2));
    expect(document.activeElement).toBe(editor);
    finish();
    end();
  });

  it('takes the letters typed after the palette\'s hotkey as its query, not into the editor', async () => {
    const { api, finish, end } = await expanding();
    press(editor, { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
    const typed = [...'thx', 'Backspace', ...'anks'].map((key) => press(editor, { key }));
    expect(typed.map((e) => e.defaultPrevented)).toEqual(typed.map(() => true));
    finish();
    await vi.waitFor(() => expect(api.showPalette).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ initialQuery: 'thanks' })));
    expect(editor.value).toBe('I am sorry for the delay.');
    end();
  });
});
