import { stored } from '../stored';
import { DEFAULT_OVERLAY_HOTKEY } from '../hotkey';

/** The agent's preferences. A field added later, or one damaged on disk, reads as its default (readSettings). */
export interface Settings {
  uiLang: 'auto' | 'el' | 'en';
  theme: 'auto' | 'light' | 'dark';
  /** Character that starts a shortcut in a reply box, e.g. "/" in "/sorry". */
  shortcutTrigger: string;
  /** Expand on an exact shortcut match without waiting for Tab. */
  instantExpand: boolean;
  /** Key combos as "Ctrl+Shift+Space" (modifiers in any order, then the key). */
  paletteHotkey: string;
  overlayHotkey: string;
  /** Moves focus from the page into the panel and back (the panel is otherwise 7 Tabs from the reply box). */
  focusHotkey: string;
  formality: 'formal' | 'informal';
  /** How the agent signs replies when the CRM does not say. */
  agentName: string;
  /**
   * The agent's name as English replies write it ("Helen" for Ελένη), in Latin letters; empty: the Greek name in
   * ELOT's transcription (Eleni). Checked by Options before saving and by the templates service where it is used (a
   * value damaged on disk is not written): not here, which every page's content script loads.
   */
  agentNameLatin: string;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  theme: 'auto',
  shortcutTrigger: '/',
  instantExpand: false,
  paletteHotkey: 'Ctrl+Shift+Space',
  overlayHotkey: DEFAULT_OVERLAY_HOTKEY,
  focusHotkey: 'Alt+Shift+F',
  formality: 'formal',
  agentName: '',
  agentNameLatin: '',
};

export const settingsItem = stored<Settings>('local:settings', DEFAULT_SETTINGS);

/**
 * Stored settings merged over defaults, so a field added later never reads as undefined, and a field of the wrong
 * type (a record damaged on disk or edited by hand: a number for a hotkey, null for the name) reads as its default:
 * taken as stored, it threw in every page's content script (no panel anywhere) and in the templates service.
 */
export function readSettings(stored: unknown): Settings {
  const out: Record<string, unknown> = { ...(typeof stored === 'object' && stored !== null ? stored : {}), ...DEFAULT_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = (stored as Record<string, unknown> | null)?.[key];
    if (typeof value === typeof fallback) out[key] = value;
  }
  return out as unknown as Settings;
}

export async function getSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(readSettings(v)));
}
