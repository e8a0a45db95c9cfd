import { lastKnownPolicyItem } from '@/lib/store/policy';
import type { TemplateHit } from '@/lib/background/templates-service';
import { deepActiveElement, editableRoot, isTextField, rangeIn, select } from '@/lib/editors/dom';
import type { Replace } from '@/lib/editors/types';
import { isRange } from '@/lib/editors/types';
import type { Caret, ExtrasApi } from '@/app/extras/api';
import { addShadowStyles } from '@/lib/shadow-styles';
import { computed } from '@preact/signals';
import { sayCommon, uiLang } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { updateSettings } from '@/lib/store/settings';
import { snippetsItem } from '@/lib/store/snippets';
import type { TimelineEvent } from '@/lib/timeline';
import { shortcutAtCaret, stillTyped, type ShortcutAtCaret } from '@/lib/shortcuts/caret';
import { pageConversation, type PageConversation } from '@/lib/shortcuts/context';
import { matchesHotkey, parseHotkey } from '@/lib/hotkey';
import { isKnownShortcut } from '@/lib/shortcuts/keys';
import type { ContentShared } from './session';

/** The palette's own styles come with the extras; this is only for the message shown when they cannot load (scoped to it: the palette has paragraphs of its own). */
const FAILED_CSS = `.odigos-extras-failed{position:fixed;left:8px;top:8px;z-index:2147483647;max-width:420px;margin:0;padding:8px;
border-radius:8px;background:#1d2330;color:#fff;font:14px system-ui}`;

type Via = Extract<TimelineEvent, { kind: 'template-inserted' }>['via'];

/** Keys typed in Odigos' own UI (shadow hosts named odigos-*) are never shortcuts. */
const fromOdigos = (e: Event) =>
  e.composedPath().some((n) => typeof (n as Element).localName === 'string' && (n as Element).localName.startsWith('odigos-'));

/** Where the agent's caret was, to put it back after Odigos' UI had focus. */
function savedSelection(root: HTMLElement | null): Replace | undefined {
  if (!root) return undefined;
  if (isTextField(root)) return { start: root.selectionStart ?? 0, end: root.selectionEnd ?? 0 };
  return rangeIn(root)?.cloneRange();
}

function refocus(root: HTMLElement | null, saved: Replace | undefined): void {
  if (!root) return;
  root.focus();
  if (isRange(saved)) select(root, saved);
  else if (saved && isTextField(root)) root.setSelectionRange(saved.start, saved.end);
}

/**
 * Quick-insert shortcuts (`/sorry` + Tab, or instantly) and the template palette (Ctrl+Shift+Space) in every
 * editor of the page and its same-origin frames. Matching and search run in the background; this only listens,
 * asks and inserts, filling placeholders from the tab's one reading of the page.
 */
export function startShortcuts(shared: ContentShared): void {
  const { settings, reading, signal } = shared;
  const paletteKey = computed(() => parseHotkey(settings.value.paletteHotkey));
  const hotkey = () => paletteKey.value;
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
  /** The conversation as the tab reads it now (read on demand while the panel is collapsed). */
  const readPage = (): PageConversation => {
    try {
      return pageConversation(reading.now().snapshot);
    } catch {
      return pageConversation(undefined);
    }
  };

  // The palette and the fill-in form come with the extras bundle (app/extras), loaded on first use; they render
  // into their own layer of the tab's shadow host with the extras' own Preact.
  let layer: HTMLElement | undefined;
  let extras: ExtrasApi | undefined;
  let open = false;
  let failedTimer: ReturnType<typeof setTimeout> | undefined;
  const container = () => {
    if (!layer) {
      layer = shared.host.layer('odigos-root odigos-layer');
      addShadowStyles(layer, FAILED_CSS);
    }
    return layer;
  };
  const hide = () => {
    open = false;
    if (layer) extras?.clear(layer);
  };
  /** The extras, or undefined after telling the agent (briefly, in Odigos' own shadow root) they did not load. */
  const loadExtras = async () => {
    try {
      return (extras = await shared.extras());
    } catch {
      const box = document.createElement('p');
      box.className = 'odigos-extras-failed';
      box.setAttribute('role', 'alert');
      box.textContent = sayCommon('extras.failed');
      container().append(box);
      clearTimeout(failedTimer);
      failedTimer = setTimeout(() => box.remove(), 6000);
      return undefined;
    }
  };

  const askFields = async (hit: TemplateHit, caret: Caret) => {
    const api = await loadExtras();
    if (!api) return undefined;
    return new Promise<Record<string, string> | undefined>((resolve) => {
      open = true;
      api.showFieldsForm(container(), {
        title: hit.title,
        fields: hit.fields,
        caret,
        theme: shared.theme.value,
        lang: uiLang.value,
        onSubmit: (values) => (hide(), resolve(values)),
        onCancel: () => (hide(), resolve(undefined)),
      });
    });
  };

  let busy = false;
  async function insertTemplate(
    hit: TemplateHit,
    root: HTMLElement | null,
    replace: Replace | undefined,
    via: Via,
    page: PageConversation = readPage(),
  ) {
    let fields: Record<string, string> | undefined;
    // A template that needs the agent's name, with none on the page or in options, asks for it in the same form.
    const askName = hit.asksAgentName && !page.context.agent?.name;
    if (hit.fields.length || askName) {
      const nameLabel = sayCommon('agentName.ask');
      fields = await askFields({ ...hit, fields: askName ? [...hit.fields, nameLabel] : hit.fields }, { root, saved: replace });
      if (!fields) {
        refocus(root, isRange(replace) ? undefined : replace);
        return;
      }
      refocus(root, replace);
      if (askName) {
        const { [nameLabel]: name = '', ...rest } = fields;
        fields = rest;
        if (name.trim()) {
          page = { ...page, context: { ...page.context, agent: { ...page.context.agent, name: name.trim() } } };
          // Remembered: the next template does not ask again.
          await updateSettings({ agentName: name.trim() }).catch(() => undefined);
        }
      }
    }
    const { text, cursorOffset } = await request('templates.expand', {
      packId: hit.packId,
      entryId: hit.entryId,
      context: page.context,
      fields,
    });
    // The inserters come with the extras (loaded with the palette, or now).
    const api = await loadExtras();
    await api?.insertIntoEditor(root ?? document.body, { text, cursorOffset }, replace);
    // Chosen for this customer's message: it rises a little in the suggestions for similar ones (learnt locally).
    // Sent before the timeline's round trip: an agent who moves to the next ticket at once must not lose it.
    if (page.customerText) void request('knowledge.chose', { text: page.customerText, packId: hit.packId, entryId: hit.entryId }).catch(() => undefined);
    try {
      await request('timeline.add', {
        interactionId: page.interactionId,
        label: page.label,
        url: location.href,
        at: Date.now(),
        customer: page.context.customer?.name,
        event: {
          kind: 'template-inserted',
          templateId: hit.entryId,
          packId: hit.packId,
          via,
          title: hit.title,
          // Compared with the reply the thread then shows (what agents change in templates), then dropped.
          text: text.slice(0, 2_000),
        },
      });
    } catch {
      // The timeline is a record, not a condition for inserting.
    }
  }

  async function expandShortcut(at: ShortcutAtCaret) {
    busy = true;
    try {
      // One reading of the page serves the choice of template and its placeholders.
      const page = readPage();
      const hit = await request('templates.byShortcut', { keyword: at.keyword, conversation: page.customerText });
      if (!hit) return;
      const trigger = settings.value.shortcutTrigger;
      await insertTemplate(hit, at.root, stillTyped(at, trigger) ? at.replace : undefined, 'shortcut', page);
    } catch {
      // The background is restarting or the template vanished: the typed shortcut stays as it is.
    } finally {
      busy = false;
    }
  }

  /** Keys typed while the palette loads go to its search box, not the editor; undefined when not loading. */
  let typedAhead: string | undefined;
  async function openPalette(target: Element | null) {
    const root = editableRoot(target);
    const saved = savedSelection(root);
    const page = readPage();
    typedAhead = '';
    const api = await loadExtras();
    const initialQuery = typedAhead;
    typedAhead = undefined;
    // Esc (or the hotkey again) while it loaded: the agent no longer wants it.
    if (!api || initialQuery === undefined) return;
    open = true;
    api.showPalette(container(), {
      caret: { root, saved },
      theme: shared.theme.value,
      lang: uiLang.value,
      initialQuery,
      search: (query) => request('templates.search', { query, limit: 30, conversation: page.customerText }),
      preview: (hit) =>
        request('templates.expand', { packId: hit.packId, entryId: hit.entryId, context: page.context, preview: true }).then(
          (r) => r.text,
        ),
      onPick: (hit) => {
        hide();
        refocus(root, saved);
        busy = true;
        void insertTemplate(hit, root, saved, 'palette', page).finally(() => (busy = false));
      },
      onClose: () => {
        hide();
        refocus(root, saved);
      },
    });
  }

  /** While the palette loads: printable keys and Backspace edit its query, Esc and the hotkey cancel it. */
  const typeAhead = (e: KeyboardEvent) => {
    if (matchesHotkey(e, hotkey()) || e.key === 'Escape') typedAhead = undefined;
    else if (e.key === 'Backspace') typedAhead = typedAhead!.slice(0, -1);
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) typedAhead += e.key;
    else return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys the page's script dispatches open nothing, type nothing into the palette and expand nothing.
    if (!e.isTrusted || e.isComposing || busy) return;
    if (typedAhead !== undefined) return typeAhead(e);
    if (matchesHotkey(e, hotkey())) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (open) hide();
      else void openPalette(e.composedPath()[0] as Element);
      return;
    }
    if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || fromOdigos(e)) return;
    const at = shortcutAtCaret(e.composedPath()[0] as Element, settings.value.shortcutTrigger);
    // No known shortcut: Tab keeps its normal job (moving focus).
    if (!at || !isKnownShortcut(at.keyword, keys)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    void expandShortcut(at);
  };

  const onInput = (e: Event) => {
    if (!settings.value.instantExpand || busy || fromOdigos(e)) return;
    const at = shortcutAtCaret(e.composedPath()[0] as Element, settings.value.shortcutTrigger);
    if (at && isKnownShortcut(at.keyword, keys)) void expandShortcut(at);
  };

  const frames = new WeakSet<Window>();
  /** Same-origin frames get the listeners when focus first goes into them (reply boxes often live there). */
  const followFocus = () => {
    // Every same-origin frame between this window and the focused element (the focus walk stops at a cross-origin one).
    for (let win: Window | null | undefined = deepActiveElement(document)?.ownerDocument.defaultView; win && win !== window; win = win.parent) listen(win);
  };
  const listen = (win: Window) => {
    if (frames.has(win)) return;
    frames.add(win);
    win.addEventListener('keydown', onKeyDown, { capture: true, signal });
    win.addEventListener('input', onInput, { capture: true, signal });
    // Focus entering a child frame blurs this window and/or focuses the frame element here.
    const follow = () => setTimeout(followFocus, 0);
    win.addEventListener('blur', follow, { signal });
    win.addEventListener('focusin', follow, { capture: true, signal });
  };
  listen(window);
  // The focused element may sit in a frame already when Odigos starts.
  followFocus();

  shared.onEnd(() => {
    for (const u of unwatch) u();
    clearTimeout(failedTimer);
    hide();
  });
}
