/** Key combos as settings store them: "Alt+Shift+O", "Ctrl+Shift+Space" (modifiers in any order, then the key). */
export interface Hotkey {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  key: string;
}

export function parseHotkey(combo: string): Hotkey | undefined {
  const parts = combo.split('+').map((p) => p.trim()).filter(Boolean);
  const key = parts.pop();
  if (!key) return undefined;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    alt: mods.has('alt') || mods.has('option'),
    ctrl: mods.has('ctrl') || mods.has('control'),
    shift: mods.has('shift'),
    meta: mods.has('meta') || mods.has('cmd') || mods.has('command'),
    key: key.toLowerCase(),
  };
}

/**
 * Compares the physical key for letters and digits (Alt changes `key` on some layouts, Greek too). Only keys the
 * agent pressed count: an event the page's script dispatched (isTrusted false) never toggles Odigos.
 */
export function matchesHotkey(e: KeyboardEvent, hotkey: Hotkey | undefined): boolean {
  if (!hotkey || !e.isTrusted) return false;
  if (e.altKey !== hotkey.alt || e.ctrlKey !== hotkey.ctrl || e.shiftKey !== hotkey.shift || e.metaKey !== hotkey.meta) {
    return false;
  }
  const k = hotkey.key;
  if (/^[a-z]$/.test(k)) return e.code === `Key${k.toUpperCase()}`;
  if (/^[0-9]$/.test(k)) return e.code === `Digit${k}`;
  if (k === 'space') return e.code === 'Space';
  return e.key.toLowerCase() === k;
}
