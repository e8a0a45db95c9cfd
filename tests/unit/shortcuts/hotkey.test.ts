import { describe, expect, it } from 'vitest';
import { matchesHotkey, parseHotkey, parseTypedHotkey } from '@/lib/hotkey';

const key = (over: Partial<KeyboardEvent>) =>
  ({ ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, key: '', code: '', isTrusted: true, ...over }) as KeyboardEvent;

describe('hotkeys', () => {
  it('parses modifiers in any order and names the key', () => {
    expect(parseHotkey('Ctrl+Shift+Space')).toEqual({ ctrl: true, shift: true, alt: false, meta: false, key: 'space' });
    expect(parseHotkey('shift + ctrl + K')).toMatchObject({ ctrl: true, shift: true, key: 'k' });
    expect(parseHotkey('Hyper+K')).toBeNull();
    expect(parseHotkey('')).toBeNull();
  });

  it('Options keeps only a combination that can be pressed without eating the agent’s typing', () => {
    for (const ok of ['Ctrl+Shift+Space', 'Alt+Shift+F', 'Alt+Shift+O', 'Ctrl+K', 'Meta+/', 'Ctrl+Alt+F2', 'Alt+ArrowDown'])
      expect(parseTypedHotkey(ok), ok).not.toBeNull();
    // A typo names no key (the palette would have none); a bare or Shift-only key fires while typing a reply.
    for (const bad of ['foo', 'Ctrl+Shift+Spce', 'Ctrl+Shift+F25', 'k', 'Shift+K', 'Shift+Space', 'Ctrl', ''])
      expect(parseTypedHotkey(bad), bad).toBeNull();
  });

  it('matches the default palette hotkey and not its neighbours', () => {
    const hk = parseHotkey('Ctrl+Shift+Space');
    expect(matchesHotkey(key({ ctrlKey: true, shiftKey: true, key: ' ', code: 'Space' }), hk)).toBe(true);
    expect(matchesHotkey(key({ ctrlKey: true, key: ' ', code: 'Space' }), hk)).toBe(false);
    expect(matchesHotkey(key({ ctrlKey: true, shiftKey: true, altKey: true, key: ' ', code: 'Space' }), hk)).toBe(false);
  });

  it('never matches a key a page script dispatched (not trusted)', () => {
    const hk = parseHotkey('Ctrl+Shift+Space');
    expect(matchesHotkey(key({ ctrlKey: true, shiftKey: true, key: ' ', code: 'Space', isTrusted: false }), hk)).toBe(false);
    expect(matchesHotkey(new KeyboardEvent('keydown', { ctrlKey: true, shiftKey: true, key: ' ', code: 'Space' }), hk)).toBe(false);
  });

  it('matches letter hotkeys by the physical key when the Greek layout is active', () => {
    const hk = parseHotkey('Ctrl+K');
    expect(matchesHotkey(key({ ctrlKey: true, key: 'κ', code: 'KeyK' }), hk)).toBe(true);
    expect(matchesHotkey(key({ ctrlKey: true, key: 'λ', code: 'KeyL' }), hk)).toBe(false);
  });
});
