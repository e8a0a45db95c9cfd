import { describe, expect, it } from 'vitest';
import { matchesHotkey, parseHotkey } from '@/lib/overlay/hotkey';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('overlay hotkey', () => {
  it('matches Alt+Shift+O by the physical key, whatever the layout types', () => {
    const hk = parseHotkey('Alt+Shift+O');
    expect(matchesHotkey(key({ altKey: true, shiftKey: true, code: 'KeyO', key: 'Ο' }), hk)).toBe(true);
    expect(matchesHotkey(key({ altKey: true, code: 'KeyO', key: 'o' }), hk)).toBe(false);
    expect(matchesHotkey(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyO' }), hk)).toBe(false);
  });

  it('reads other combos from settings', () => {
    const hk = parseHotkey('ctrl + shift + space');
    expect(matchesHotkey(key({ ctrlKey: true, shiftKey: true, code: 'Space', key: ' ' }), hk)).toBe(true);
    expect(parseHotkey('')).toBeUndefined();
  });
});
