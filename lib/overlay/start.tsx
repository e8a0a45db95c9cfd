import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { OverlayFrame } from '@/components/OverlayFrame';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { DetailProps } from '@/components/overlay/DetailView';
import { ExtrasSlot } from '@/components/overlay/ExtrasSlot';
import { NotesFrame } from '@/components/overlay/NotesFrame';
import css from '@/components/overlay.css?inline';
import { resolveUiLang, t, uiLang } from '../i18n';
import { request, serve } from '../messages';
import { getSettings, watchSettings, type Settings } from '../store/settings';
import { getOverlayPlacement, setOverlayPlacement, siteChoicesItem } from '../store/sites';
import { createShadowHost } from './shadow-host';
import { signal } from '@preact/signals';
import { createOverlaySession, type InsertRequest } from './session';
import { genericAdapter, pickAdapter, readConversation, watchConversation, type ConversationWatch } from '../crm/index';
import { removeSiteProfile, siteProfileFor, siteProfilesFor } from '../crm/site-profiles';
import type { AdapterError, ConversationSnapshot, CrmAdapter } from '../crm/types';
import type { SiteLayoutBarProps } from '@/components/overlay/SiteLayoutBar';
import { insertIntoEditor } from '../editors/index';
import { copyText } from '../editors/notice';
import { ensureExtras } from '../extras/load';
import { matchesHotkey, parseHotkey } from './hotkey';
import { reserveSpace } from './reserve-space';
import { linkNotesFrame } from './notes-frame';
import { extensionGone, findOrphan, HANDOVER_ATTR, ORPHAN_ATTR, watchOrphaned } from './orphan';
import { notesTargetOf } from '../notes/interaction';
import './tab-requests';

export const OVERLAY_TAG = 'odigos-overlay';
/** The docked panel's width (components/overlay.css .odigos-panel). */
const PANEL_WIDTH = 360;

function prefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * The content script's whole job: if the agent has not switched this site off, mount the overlay, read the
 * conversation while it is open, and keep it in step with settings and placement. Everything is torn down
 * with `ctx`.
 */
export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const origin = location.origin;
  const choices = await siteChoicesItem.getValue();
  if (choices.disabled.includes(origin) || ctx.isInvalid) return;

  let settings: Settings = await getSettings();
  const placement = await getOverlayPlacement(origin);
  uiLang.value = resolveUiLang(settings.uiLang);
  // An overlay the previous version left here (extension updated or reloaded): its notes open here again.
  const orphan = findOrphan(OVERLAY_TAG);
  const collapsed = signal(placement.collapsed && !orphan?.handover);
  const notesOpen = signal(!!orphan?.handover);
  const side = signal(placement.side);
  const themeOf = (s: Settings) => (s.theme === 'auto' ? (prefersDark() ? 'dark' : 'light') : s.theme);
  const theme = signal<'light' | 'dark'>(themeOf(settings));
  let hotkey = parseHotkey(settings.overlayHotkey);

  // The agent can point at the conversation (or forget what they pointed at): the adapter is chosen again then.
  let adapter: CrmAdapter = genericAdapter;
  let pointed = false;
  const chooseAdapter = async () => {
    const [own, profiles] = await Promise.all([siteProfileFor(location.href), siteProfilesFor(location.href)]);
    adapter = pickAdapter(location, document, profiles);
    pointed = !!own;
  };
  await chooseAdapter();
  let fellBack = false;
  let picking = false;
  let stopped = false;
  const insert = async (req: InsertRequest) => {
    const editor = adapter.replyEditor(document) ?? genericAdapter.replyEditor(document);
    if (!editor) return false;
    // The inserter verifies the text arrived, and puts it on the clipboard (with a notice) when it did not.
    const result = await insertIntoEditor(editor, { text: req.text, cursorOffset: req.cursorOffset });
    return result.verified;
  };
  const session = createOverlaySession({ insert });
  const copyOrThrow = async (text: string) => {
    if (!(await copyText(text))) throw new Error(t('template.copyFailed'));
  };

  // An opened SOP or template comes with the extras bundle (lib/extras), like the notes editor.
  const detail = (view: DetailProps) => (
    <ExtrasSlot
      extras={ensureExtras}
      mount={(api, box, props) => api.mountDetail(box, props)}
      props={{ view, lang: uiLang.value }}
    />
  );

  const { host, container, remove } = createShadowHost(ctx, OVERLAY_TAG, css, { removeOnInvalidate: false });
  // Noticed at the agent's first key or click once the extension is gone: the overlay stops (teardown).
  const orphanWatch = watchOrphaned(container, () => ctx.notifyInvalidated());
  // The notes are an extension page framed in the panel (lib/notes/frame-protocol.ts), told what to open here.
  let notesFrame: HTMLIFrameElement | null = null;
  const notesButton = () => container.querySelector<HTMLButtonElement>('.odigos-header [aria-pressed]');
  const notes = linkNotesFrame({
    onEscape: () => notesButton()?.focus(),
    onDisconnect: () => orphanWatch.check(),
    handover: orphan?.handover,
    onHandoverDone: () => orphan?.remove(),
  });
  const tellNotes = () => {
    const snap = session.snapshot.value;
    notes.update(snap ? notesTargetOf(location, document.title, snap) : null, uiLang.value, theme.value);
  };
  const toggleNotes = () => {
    notesOpen.value = !notesOpen.value;
    picking = false;
    draw();
    if (notesOpen.value) notes.focus(notesFrame);
  };
  const onRead = (snapshot: ConversationSnapshot, problem?: AdapterError) => {
    // A broken adapter stays contained: a small notice, and the generic reading stands in.
    session.notice.value = problem ? t('overlay.adapterFallback') : undefined;
    if (fellBack !== !!problem) {
      fellBack = !!problem;
      draw(); // guessing now (or no longer): the offer to point at the conversation follows
    }
    session.setSnapshot(snapshot);
    // An open side panel shows the same conversation; nobody listening is fine.
    request('overlay.changed', { interactionId: snapshot.interactionId }).catch(() => undefined);
  };

  // Read the page only while the panel is open: a collapsed overlay observes nothing.
  let reading = new AbortController();
  let watch: ConversationWatch | undefined;
  let unreserve = () => undefined as void;
  const follow = () => {
    unreserve();
    unreserve = () => undefined;
    if (collapsed.value) {
      watch?.pause();
      return;
    }
    unreserve = reserveSpace(document, side.value, PANEL_WIDTH);
    if (watch) watch.resume();
    else watch = watchConversation(adapter, document, onRead, reading.signal);
  };

  /** Read with the adapter the agent's profiles now give (after a pick or a forget), from scratch. */
  const rechoose = async () => {
    await chooseAdapter();
    reading.abort();
    reading = new AbortController();
    watch = undefined;
    fellBack = false;
    follow();
  };
  const siteLayout = (): SiteLayoutBarProps | undefined => {
    const how = pointed ? 'pointed' : adapter === genericAdapter || fellBack ? 'guessing' : undefined;
    if (!how) return undefined;
    return {
      reading: how,
      onPick: () => ((picking = true), draw()),
      onForget: () => void removeSiteProfile(origin).then(rechoose).then(draw),
    };
  };
  const donePicking = async (saved: boolean) => {
    if (saved) await rechoose();
    picking = false;
    draw();
  };

  const save = () => void setOverlayPlacement(origin, { collapsed: collapsed.value, side: side.value });
  const setCollapsed = (c: boolean) => {
    collapsed.value = c;
    picking &&= !c; // a collapsed panel stops the picker (nothing saved)
    save();
    follow();
    draw();
  };
  const draw = () =>
    render(
      <OverlayFrame
        collapsed={collapsed.value}
        side={side.value}
        theme={theme.value}
        onCollapsedChange={setCollapsed}
        stopped={stopped ? t('overlay.stopped') : undefined}
        notes={{ open: notesOpen.value, onToggle: toggleNotes }}
        onSideChange={(s) => {
          side.value = s;
          save();
          follow();
          draw();
        }}
      >
        {picking ? (
          <ExtrasSlot
            extras={ensureExtras}
            mount={(api, box, props) => api.mountPicker(box, props)}
            props={{ lang: uiLang.value, onDone: (saved: boolean) => void donePicking(saved) }}
          />
        ) : notesOpen.value ? (
          <NotesFrame src={notes.src} height={notes.height} title={t('overlay.notes')} frameRef={(el) => void (notesFrame = el)} />
        ) : (
          <OverlayApp session={session} agentName={settings.agentName} onCopy={copyOrThrow} detail={detail} siteLayout={siteLayout()} />
        )}
      </OverlayFrame>,
      container,
    );
  draw();
  follow();
  const untell = session.snapshot.subscribe(tellNotes);
  if (orphan && !orphan.handover) orphan.remove();
  if (orphan?.handover && orphan.hadFocus) notes.focus(notesFrame);

  const unwatch = watchSettings((s) => {
    settings = s;
    hotkey = parseHotkey(s.overlayHotkey);
    uiLang.value = resolveUiLang(s.uiLang);
    theme.value = themeOf(s);
    tellNotes();
    draw();
  });
  const scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const onScheme = () => {
    theme.value = themeOf(settings);
    tellNotes();
    draw();
  };
  scheme?.addEventListener('change', onScheme);

  // The browser command (Alt+Shift+O) arrives as a message; the page also gets the agent's own combo directly.
  const onKey = (e: KeyboardEvent) => {
    if (!matchesHotkey(e, hotkey)) return;
    e.preventDefault();
    e.stopPropagation();
    setCollapsed(!collapsed.value);
  };
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });

  const onMessage = (msg: unknown) => {
    const kind = (msg as { odigos?: string } | undefined)?.odigos;
    if (kind === 'overlay.toggle') setCollapsed(!collapsed.value);
    else if (kind === 'overlay.remove') teardown();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const stopServing = serve({
    'overlay.snapshot': () => readConversation(adapter, document).snapshot,
    'overlay.insert': (req) => insert(req),
  });
  let ended = false;
  const teardown = () => {
    if (ended) return;
    ended = true;
    orphanWatch.stop();
    const steps = [untell, () => notes.dispose(), unwatch, stopServing, () => reading.abort(), unreserve, () => session.dispose()];
    steps.push(() => scheme?.removeEventListener('change', onScheme), () => browser.runtime.onMessage.removeListener(onMessage));
    // With the extension gone, its APIs throw: each step is tried on its own.
    for (const step of steps) {
      try {
        step();
      } catch {
        // nothing more to stop there
      }
    }
    if (extensionGone() && !collapsed.value) return showStopped();
    render(null, container);
    remove();
  };
  /**
   * The extension was reloaded or updated under this page: the panel stays, says so and takes no more input; its
   * notes frame stays alive until the new overlay has taken its text over (lib/notes/frame-handover.ts).
   */
  const showStopped = () => {
    stopped = true;
    host.setAttribute(ORPHAN_ATTR, '');
    if (notesOpen.value) host.setAttribute(HANDOVER_ATTR, notes.token);
    draw();
  };
  ctx.onInvalidated(teardown);
}
