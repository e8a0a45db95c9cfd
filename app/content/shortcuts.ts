import { lastKnownPolicyItem } from '@/lib/store/policy';
import type { TemplateHit } from '@/lib/background/templates-service';
import { editableRoot, inFramesOf, isTextField, rangeIn } from '@/lib/editors/dom';
import type { Replace } from '@/lib/editors/types';
import type { Caret, ExtrasApi, InsertTemplateOptions } from '@/app/extras/api';
import { addShadowStyles } from '@/lib/shadow-styles';
import { computed } from '@preact/signals';
import { sayCommon, uiLang } from '@/lib/i18n';
import { failureOf } from '@/lib/failure';
import { describeReachFailure } from '@/components/failure-words';
import { request } from '@/lib/messages';
import { updateSettings } from '@/lib/store/settings';
import { snippetsItem } from '@/lib/store/snippets';
import { shortcutAtCaret, type ShortcutAtCaret } from '@/lib/shortcuts/caret';
import { pageConversation, type PageConversation } from '@/lib/shortcuts/context';
import { matchesHotkey, parseHotkey } from '@/lib/hotkey';
import { isKnownShortcut, isNearShortcut } from '@/lib/shortcuts/keys';
import type { ContentShared } from './session';

/** The palette's own styles come with the extras; this is only for the message shown when they cannot load (scoped to it: the palette has paragraphs of its own). */
const FAILED_CSS = `.odigos-extras-failed{position:fixed;left:8px;top:8px;z-index:2147483647;max-width:420px;margin:0;padding:8px;
border-radius:8px;background:#1d2330;color:#fff;font:14px system-ui}`;

type Via = InsertTemplateOptions['via'];

/** Keys typed in Odigos' own UI (shadow hosts named odigos-*) are never shortcuts. */
const fromOdigos = (e: Event) =>
  e.composedPath().some((n) => typeof (n as Element).localName === 'string' && (n as Element).localName.startsWith('odigos-'));

/** Keys that type or move focus (not Ctrl/Alt/Meta chords, not the arrows). */
const typing = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey && /^(.|Enter|Backspace|Delete|Tab)$/u.test(e.key);

/** A key Odigos handles: neither the page nor the browser acts on it. */
const take = (e: Event) => (e.preventDefault(), e.stopImmediatePropagation());

/** Where the agent's caret was, to put it back after Odigos' UI had focus. */
function savedSelection(root: HTMLElement | null): Replace | undefined {
  if (!root) return undefined;
  if (isTextField(root)) return { start: root.selectionStart ?? 0, end: root.selectionEnd ?? 0 };
  return rangeIn(root)?.cloneRange();
}

/**
 * The keywords of known shortcuts, asked of the background again whenever snippets or the policy change, and the
 * known shortcut typed right before the caret in an editor (`trigger`, then the keyword), if any.
 */
function watchShortcutKeys(trigger: () => string): {
  at(target: EventTarget | null): ShortcutAtCaret | null;
  near(target: EventTarget | null): ShortcutAtCaret | null;
  stop(): void;
} {
  let keys = new Set<string>();
  const refreshKeys = () =>
    request('templates.keys', {}).then(
      (k) => {
        keys = new Set(k);
        // Only the never-shipped e2e build says so on the page: tests wait for this instead of a clock.
        if (import.meta.env.MODE === 'e2e') document.documentElement.dataset.odigosShortcutKeys = String(keys.size);
      },
      () => undefined,
    );
  void refreshKeys();
  const unwatch = [
    snippetsItem.watch(() => void refreshKeys()),
    // The organisation allowed or forbade personal snippets (or its policy just arrived after start-up).
    lastKnownPolicyItem.watch(() => void refreshKeys()),
  ];
  return {
    at(target) {
      const at = shortcutAtCaret(target as Element | null, trigger());
      return at && isKnownShortcut(at.keyword, keys) ? at : null;
    },
    /** A typed shortcut no template has that looks like a known one half-remembered or mistyped (`/allagh`). */
    near(target) {
      const at = shortcutAtCaret(target as Element | null, trigger());
      return at && !isKnownShortcut(at.keyword, keys) && isNearShortcut(at.keyword, keys) ? at : null;
    },
    stop: () => unwatch.forEach((u) => u()),
  };
}

/**
 * The conversation as the tab reads it now (read on demand while the panel is collapsed), with the ticket's earlier
 * reading on a page that shows none.
 */
const pageReader = (reading: ContentShared['reading']) => async (): Promise<PageConversation> => {
  try {
    return pageConversation((await reading.nowCarried()).snapshot);
  } catch {
    return pageConversation(undefined);
  }
};

/**
 * The palette and the fill-in form come with the extras bundle (app/extras), loaded on first use; they render
 * into their own layer of the tab's shadow host with the extras' own Preact.
 */
function extrasLayer(shared: ContentShared) {
  let layer: HTMLElement | undefined;
  let extras: ExtrasApi | undefined;
  let failedTimer: ReturnType<typeof setTimeout> | undefined;
  const ui = {
    open: false,
    container() {
      if (!layer) {
        layer = shared.host.layer('odigos-root odigos-layer');
        addShadowStyles(layer, FAILED_CSS);
      }
      return layer;
    },
    hide() {
      ui.open = false;
      if (layer) extras?.clear(layer);
    },
    /** The extras, or undefined after telling the agent (briefly, in Odigos' own shadow root) they did not load. */
    async load() {
      try {
        return (extras = await shared.extras());
      } catch (err) {
        const box = document.createElement('p');
        box.className = 'odigos-extras-failed';
        box.setAttribute('role', 'alert');
        // A frame in no tab is told to open the ticket in a tab (reloading would not help); the rest, to reload.
        const failure = failureOf(err);
        box.textContent = (failure?.code === 'ext.noTab' && describeReachFailure(failure)) || sayCommon('extras.failed');
        ui.container().append(box);
        clearTimeout(failedTimer);
        failedTimer = setTimeout(() => box.remove(), 6000);
        return undefined;
      }
    },
    end() {
      clearTimeout(failedTimer);
      ui.hide();
    },
  };
  return ui;
}
type ExtrasLayer = ReturnType<typeof extrasLayer>;

/**
 * A template the agent asked for at the caret, handed to the extras (loaded now if the palette did not bring them):
 * its fill-in form shows in the extras layer, then it is expanded, inserted and recorded there (app/extras/caret-templates.tsx).
 */
async function insertTemplate(shared: ContentShared, ui: ExtrasLayer, hit: TemplateHit, caret: Caret, via: Via, page: PageConversation, held: string[]) {
  const api = await ui.load();
  await api?.insertTemplate(ui.container(), {
    hit,
    caret,
    via,
    page,
    held,
    theme: shared.theme.value,
    lang: uiLang.value,
    saveAgentName: (agentName) => updateSettings({ agentName }).then(() => undefined),
  });
}

/**
 * The template palette, opened on the hotkey beside the caret. It loads with the extras; keys typed meanwhile go
 * to its search box (`typing`), not the editor.
 */
function paletteOpener(
  shared: ContentShared,
  ui: ExtrasLayer,
  readPage: () => Promise<PageConversation>,
  hotkey: () => ReturnType<typeof parseHotkey>,
  onPick: (hit: TemplateHit, caret: Caret, page: PageConversation) => void,
) {
  /** Keys typed while the palette loads go to its search box, not the editor; undefined when not loading. */
  let typedAhead: string | undefined;
  /**
   * `queued`: asked for while a template went in, its keys typed ahead since (`queue`). `unknown`: a typed shortcut
   * no template has (Tab pressed after it): searched for, and replaced by the pick.
   */
  async function open(target: Element | null, { queued, unknown }: { queued?: boolean; unknown?: { at: ShortcutAtCaret; typed: string } } = {}) {
    const root = unknown ? unknown.at.root : editableRoot(target);
    const caret: Caret = unknown ? { root, saved: unknown.at.replace, typed: unknown.typed } : { root, saved: savedSelection(root) };
    const reading = readPage();
    if (!queued) typedAhead = '';
    const [api, page] = await Promise.all([ui.load(), reading]);
    const ahead = typedAhead;
    typedAhead = undefined;
    // Esc (or the hotkey again) while it loaded: the agent no longer wants it.
    if (!api || ahead === undefined) return;
    ui.open = true;
    api.showPalette(ui.container(), {
      caret,
      theme: shared.theme.value,
      lang: uiLang.value,
      initialQuery: (unknown?.at.keyword ?? '') + ahead,
      ...(unknown ? { unknownShortcut: unknown.typed } : {}),
      page,
      // The extras took the palette away and put the caret back.
      onPick: (hit) => {
        ui.open = false;
        onPick(hit, caret, page);
      },
      onClose: () => void (ui.open = false),
    });
  }
  /** While the palette loads: printable keys and Backspace edit its query, Esc and the hotkey cancel it. */
  const typeAhead = (e: KeyboardEvent) => {
    if (matchesHotkey(e, hotkey()) || e.key === 'Escape') typedAhead = undefined;
    else if (e.key === 'Backspace') typedAhead = typedAhead!.slice(0, -1);
    else if (typing(e) && !e.key[1]) typedAhead += e.key;
    else return;
    take(e);
  };
  return {
    open,
    /** Whether the key went to the loading palette (handled there). */
    typing: (e: KeyboardEvent) => typedAhead !== undefined && (typeAhead(e), true),
    /** Asked for while a template goes in: the keys typed from now are its query (Esc or the hotkey again: not wanted). */
    queue: (at: Element) => ((typedAhead = ''), at),
    queued: () => typedAhead !== undefined,
  };
}

/**
 * Quick-insert shortcuts (`/sorry` + Tab, or instantly) and the template palette (Ctrl+Shift+Space) in every
 * editor of the page and its same-origin frames. Matching and search run in the background; this only listens,
 * asks and inserts, filling placeholders from the tab's one reading of the page.
 */
export function startShortcuts(shared: ContentShared): void {
  const { settings, signal } = shared;
  const paletteKey = computed(() => parseHotkey(settings.value.paletteHotkey));
  const hotkey = () => paletteKey.value;
  const known = watchShortcutKeys(() => settings.value.shortcutTrigger);
  const readPage = pageReader(shared.reading);
  const ui = extrasLayer(shared);

  /**
   * The editor a template is going into, and the keys typed into it meanwhile, held. Let through, a letter typed
   * while the shortcut stood selected for the paste (16 ms, longer on a loaded machine) replaced it, and the template
   * went in beside the letter; a Tab took focus out of the editor mid-insert, and the next keys went to the next field.
   */
  let busy: Element | undefined;
  const held: string[] = [];
  async function expandShortcut(at: ShortcutAtCaret) {
    busy = at.root;
    try {
      const api = await ui.load();
      if (!api) return;
      // One reading of the page serves the choice of template and its placeholders.
      const page = await api.settledPage(readPage);
      const hit = await request('templates.byShortcut', { keyword: at.keyword, conversation: page.customerText });
      if (!hit) return;
      // Replaced if it still holds the typed shortcut when the template goes in (typedNow).
      await insertTemplate(shared, ui, hit, { root: at.root, saved: at.replace, typed: settings.value.shortcutTrigger + at.keyword }, 'shortcut', page, held);
    } catch {
      // The background is restarting or the template vanished: the typed shortcut stays as it is.
    } finally {
      void idle();
    }
  }
  const palette = paletteOpener(shared, ui, readPage, hotkey, (hit, caret, opened) => {
    busy = caret.root ?? document.body;
    // Opened on a page still loading its parts (RT's recipients): read again at the pick, as a shortcut does.
    const page = opened.context.customer?.name ? Promise.resolve(opened) : ui.load().then((api) => api?.settledPage(readPage) ?? opened);
    void page.then((read) => insertTemplate(shared, ui, hit, caret, 'palette', read, held)).catch(() => undefined).finally(idle);
  });
  /**
   * The palette's hotkey pressed while a template was still going in (its text may show already: the caret is walked
   * back to {{cursor}} a task later): it opens once the template is in, where it was pressed, with what was typed after
   * it as its query (not in the editor); pressed again, or Esc, it does not.
   */
  let paletteAfter: Element | undefined;
  /** The template is in: the held keys are typed after it (a Tab among them may expand the next shortcut: busy again). */
  async function idle() {
    if (held.length && (await (await ui.load())?.typeHeld(held, expandAt))) return;
    held.length = 0;
    busy = undefined;
    const at = paletteAfter;
    paletteAfter = undefined;
    if (at && palette.queued()) void palette.open(at, { queued: true });
  }
  const expandAt = (root: Element | null) => {
    const at = known.at(root);
    if (at) void expandShortcut(at);
    return !!at;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys the page's script dispatches open nothing, type nothing into the palette and expand nothing.
    if (!e.isTrusted || e.isComposing || (busy && fromOdigos(e))) return;
    // A key the palette's query does not take (Enter, Tab), typed while a template goes in, is held with the others.
    if (palette.typing(e) && (!busy || e.defaultPrevented)) return;
    if (matchesHotkey(e, hotkey())) {
      take(e);
      if (busy) paletteAfter = palette.queue(e.composedPath()[0] as Element);
      else if (ui.open) ui.hide();
      else void palette.open(e.composedPath()[0] as Element);
      return;
    }
    if (busy) {
      if (typing(e) && editableRoot(e.composedPath()[0] as Element) === busy) {
        held.push(e.shiftKey && e.key === 'Tab' ? 'ShiftTab' : e.key);
        take(e);
      }
      return;
    }
    if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || fromOdigos(e)) return;
    const at = known.at(e.composedPath()[0]);
    // A shortcut half-remembered or mistyped: focus would have gone on to the desk's Send button, and the next Enter
    // sent «/allagh» to the customer; the palette searches for it instead. Anything else: Tab keeps its own job.
    const near = at ? null : known.near(e.composedPath()[0]);
    if (at) void expandShortcut(at);
    else if (near) void palette.open(near.root, { unknown: { at: near, typed: settings.value.shortcutTrigger + near.keyword } });
    if (at || near) take(e);
  };

  const onInput = (e: Event) => {
    const at = settings.value.instantExpand && !busy && !fromOdigos(e) && known.at(e.composedPath()[0]);
    if (at) void expandShortcut(at);
  };
  // The key listeners in this window and every same-origin frame focus goes into (reply boxes often live there).
  inFramesOf(window, signal, (win) => {
    win.addEventListener('keydown', onKeyDown, { capture: true, signal });
    win.addEventListener('input', onInput, { capture: true, signal });
  });

  shared.onEnd(() => {
    known.stop();
    ui.end();
  });
}
