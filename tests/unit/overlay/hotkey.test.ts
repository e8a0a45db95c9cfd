import { describe, expect, it } from 'vitest';
import { matchesHotkey, parseHotkey } from '@/lib/hotkey';

/** A key the agent pressed (the browser marks those trusted; a test cannot make a real event trusted). */
const key = (init: KeyboardEventInit) =>
  ({ altKey: false, ctrlKey: false, shiftKey: false, metaKey: false, key: '', code: '', ...init, isTrusted: true }) as KeyboardEvent;

describe('overlay hotkey', () => {
  it('matches Alt+Shift+O by the physical key, whatever the layout types', () => {
    const hk = parseHotkey('Alt+Shift+O');
    expect(matchesHotkey(key({ altKey: true, shiftKey: true, code: 'KeyO', key: 'Ο' }), hk)).toBe(true);
    expect(matchesHotkey(key({ altKey: true, code: 'KeyO', key: 'o' }), hk)).toBe(false);
    expect(matchesHotkey(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyO' }), hk)).toBe(false);
  });

  it('ignores the same keys dispatched by a page script', () => {
    const hk = parseHotkey('Alt+Shift+O');
    const init = { altKey: true, shiftKey: true, code: 'KeyO', key: 'O' };
    expect(matchesHotkey(new KeyboardEvent('keydown', init), hk)).toBe(false);
    expect(matchesHotkey(key(init), hk)).toBe(true);
  });

  it('reads other combos from settings', () => {
    const hk = parseHotkey('ctrl + shift + space');
    expect(matchesHotkey(key({ ctrlKey: true, shiftKey: true, code: 'Space', key: ' ' }), hk)).toBe(true);
    expect(parseHotkey('')).toBeNull();
  });
});
