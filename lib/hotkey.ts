/**
 * Key combinations written as in settings: "Ctrl+Shift+Space", modifiers in any order, then the key. The one
 * reader of them: the overlay's toggle and the palette's hotkey (and the options page that checks what is typed).
 */
export interface Hotkey {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Lower-case key name: 'space', 'k', '1', 'f2', 'enter'. */
  key: string;
}

/**
 * The panel's toggle: the browser command's suggested key in the manifest and the in-page default in settings must be
 * the same combination, or the help lists one key and the browser answers another.
 */
export const DEFAULT_OVERLAY_HOTKEY = 'Alt+Shift+O';

const ALIASES: Record<string, string> = { ' ': 'space', spacebar: 'space', esc: 'escape', return: 'enter' };

/** null when the text names no key or an unknown modifier (the caller shows what is wrong). */
export function parseHotkey(text: string): Hotkey | null {
  const parts = text
    .split('+')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const key = parts.pop();
  if (!key) return null;
  const hk: Hotkey = { ctrl: false, alt: false, shift: false, meta: false, key: ALIASES[key] ?? key };
  for (const mod of parts) {
    if (mod === 'ctrl' || mod === 'control') hk.ctrl = true;
    else if (mod === 'alt' || mod === 'option') hk.alt = true;
    else if (mod === 'shift') hk.shift = true;
    else if (mod === 'meta' || mod === 'cmd' || mod === 'command') hk.meta = true;
    else return null;
  }
  return hk;
}

/** Keys named by a word that a keydown can report (its key or its code, lower-cased), besides F1–F24. */
const NAMED_KEYS = new Set([
  'space', 'enter', 'escape', 'tab', 'backspace', 'delete', 'insert', 'home', 'end', 'pageup', 'pagedown',
  'arrowup', 'arrowdown', 'arrowleft', 'arrowright', 'slash', 'backslash', 'comma', 'period', 'minus', 'equal',
  'semicolon', 'quote', 'backquote', 'bracketleft', 'bracketright',
]);

/**
 * What an agent types in Options as a hotkey, kept only when pressing it can work: Ctrl, Alt or Meta (a bare or
 * Shift-only key would fire while they type a reply) and one key a keyboard has ("Ctrl+Shift+Spce" names none, and
 * saving it left the palette without a key).
 */
export function parseTypedHotkey(text: string): Hotkey | null {
  const hk = parseHotkey(text);
  if (!hk || !(hk.ctrl || hk.alt || hk.meta)) return null;
  const real = [...hk.key].length === 1 || NAMED_KEYS.has(hk.key) || /^f(?:[1-9]|1\d|2[0-4])$/.test(hk.key);
  return real ? hk : null;
}

type KeyLike = Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey' | 'key' | 'code' | 'isTrusted'>;

/** The physical key (so Ctrl+K works with the Greek layout active), falling back to the produced key. */
function keyNames(e: KeyLike): string[] {
  const names = [(ALIASES[e.key] ?? e.key).toLowerCase()];
  const code = /^(?:Key|Digit)(.)$/.exec(e.code ?? '');
  if (code) names.push(code[1].toLowerCase());
  else if (e.code) names.push(e.code.toLowerCase());
  return names;
}

/** Only keys the agent pressed count: the page's script cannot open the palette with a dispatched event. */
export function matchesHotkey(e: KeyLike, hk: Hotkey | null): boolean {
  if (!hk || !e.isTrusted) return false;
  return (
    e.ctrlKey === hk.ctrl &&
    e.altKey === hk.alt &&
    e.shiftKey === hk.shift &&
    e.metaKey === hk.meta &&
    keyNames(e).includes(hk.key)
  );
}
