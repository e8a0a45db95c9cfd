import { render } from 'preact';
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { OverlayFrame } from '@/components/OverlayFrame';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { DetailProps } from '@/components/overlay/DetailView';
import type { KeyHelpProps } from '@/components/overlay/KeyHelp';
import type { SaveFailedNoticeProps } from '@/components/overlay/SaveFailed';
import { ExtrasSlot } from '@/components/overlay/ExtrasSlot';
import type { SiteLayoutBarProps } from '@/components/overlay/SiteLayoutBar';
import type { BuiltInOnlyProps } from '@/components/overlay/BuiltInOnly';
import { clipboardRefused, shownFailure, type Failure, type ShownFailure } from '@/lib/failure';
import { sayCommon, uiLang } from '@/lib/i18n';
import { updateSettings, type Settings } from '@/lib/store/settings';
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, panelWidth, setOverlayPlacement, type OverlayPlacement } from '@/lib/store/sites';
import { createOverlaySession, type InsertRequest, type OverlaySession } from '@/lib/overlay/session';
import { genericAdapter, type ConversationRead } from '@/lib/crm/index';
import { removeSiteProfile } from '@/lib/crm/site-profiles';
import { matchesHotkey, parseHotkey } from '@/lib/hotkey';
import { keepSpace, type SpaceKeeper } from '@/lib/overlay/reserve-space';
import { wordsBefore } from '@/lib/shortcuts/caret';
import { request } from '@/lib/messages';
import { panelFolding, type FoldingOptions, type PanelFolding } from './folding';
import { newToken } from '@/lib/overlay/notes-frame';
import { HANDOVER_ATTR, ORPHAN_ATTR, tryEach } from '@/lib/overlay/orphan';
import type { ConversationSnapshot } from '@/lib/crm/types';
import type { PageReading } from '@/lib/crm/page-reading';
import type { ContentShared } from './session';
import type { NotesMountProps } from '@/app/extras/api';

/**
 * The notes: an extension page framed in the panel (lib/notes/frame-protocol.ts), out of the page's reach, told
 * which interaction to open here, in the panel's language and theme. The frame and its link come with the extras
 * bundle when the agent opens the notes (app/extras/notes-view.tsx); only the token is made here, so the panel can
 * name its frame for the panel of an extension update, which hands this one's text over to its own frame.
 */
function overlayNotes(shared: ContentShared, snapshot: ReadonlySignal<ConversationSnapshot | undefined>) {
  const { container } = shared.host;
  const token = newToken();
  /** Focus goes into the text when the notes show: opened by the agent, or open with focus before an update. */
  let focus = !shared.orphan?.handover || shared.orphan.hadFocus;
  const props = (): NotesMountProps => ({
    token,
    handover: shared.orphan?.handover,
    snapshot: snapshot.value, // read in NotesView: a new reading of the page is told to the frame
    lang: uiLang.value,
    theme: shared.theme.value,
    title: sayCommon('overlay.notes'),
    focus,
    onEscape: () => container.querySelector<HTMLButtonElement>('.odigos-header [aria-pressed]')?.focus(),
    onDisconnect: () => shared.checkOrphaned(),
    onHandoverDone: () => shared.orphan?.remove(),
  });
  return {
    token,
    view: () => <NotesView extras={shared.extras} props={props} />,
    /** On the way to the notes switch: the extras start loading, so opening the notes need not wait for them. */
    approach: () => void shared.extras().catch(() => undefined),
    /** The agent opens the notes: focus goes into them once they show. */
    opening: () => void (focus = true),
  };
}

/** The notes' place in the panel; rendered again when the panel reads the conversation anew. */
function NotesView({ extras, props }: { extras: ContentShared['extras']; props: () => NotesMountProps }) {
  return <ExtrasSlot extras={extras} mount={(api, box, p) => api.mountNotes(box, p)} props={props()} />;
}

/** The agent's own key combos, for the key list. */
const keysOf = (s: Settings) => ({ toggle: s.overlayHotkey, focus: s.focusHotkey, palette: s.paletteHotkey, trigger: s.shortcutTrigger });

export interface OverlayHandle {
  /** Put text into the page's reply box (the side panel asks through the tab); false when there is none. */
  insert(req: InsertRequest): Promise<boolean>;
  toggle(): void;
}

/** Put text into the page's reply box (the side panel asks through the tab); false when there is none. */
const replyInserter = (shared: ContentShared) => async (req: InsertRequest) => {
  const editor = shared.reading.replyEditor();
  if (!editor) return false;
  // The inserter (with the extras) verifies the text arrived, and puts it on the clipboard (with a notice) when it did not.
  const result = await (await shared.extras()).insertIntoEditor(editor, { text: req.text, cursorOffset: req.cursorOffset });
  return result.verified;
};

/** Whether the page's reply box holds the agent's words before its caret: the panel's template then has no salutation line. */
const replyGreeted = (shared: ContentShared) => () => {
  const editor = shared.reading.replyEditor();
  return !!editor && wordsBefore(editor, undefined);
};

/** What the suggestions ask of the tab: copying, the agent's name, and the opened SOP or template and the key list the extras render. */
function suggestionPorts(shared: ContentShared) {
  return {
    saveAgentName: async (agentName: string) => void (await updateSettings({ agentName })),
    copy: async (text: string) => {
      if (!(await (await shared.extras()).copyText(text))) throw clipboardRefused();
    },
    // An opened SOP or template comes with the extras bundle (app/extras), like the notes editor.
    detail: (view: DetailProps) => (
      <ExtrasSlot extras={shared.extras} mount={(api, box, props) => api.mountDetail(box, props)} props={{ view, lang: uiLang.value }} />
    ),
    // The key list comes with the extras too; only its ? button and key are in the content script.
    keyHelp: (view: KeyHelpProps) => (
      <ExtrasSlot extras={shared.extras} mount={(api, box, props) => api.mountKeyHelp(box, props)} props={{ view, lang: uiLang.value }} />
    ),
    // So is what is said of a tick not saved, shown in the list (the SOP view, itself extras, says its own).
    saveFailed: (view: SaveFailedNoticeProps) => (
      <ExtrasSlot extras={shared.extras} mount={(api, box, props) => api.mountSaveFailed(box, props)} props={{ view, lang: uiLang.value }} />
    ),
    // The words for a failure the panel does not word itself (a part of Odigos not reached, it does).
    failureWords: async (failure: Failure) => (await shared.extras()).describeFailure(failure),
    // And why the suggestions come from the built-in packs only: only a refused pack storage shows it.
    builtInOnly: (view: BuiltInOnlyProps) => (
      <ExtrasSlot extras={shared.extras} mount={(api, box, props) => api.mountBuiltInOnly(box, props)} props={{ view, lang: uiLang.value }} />
    ),
  };
}

/**
 * How the tab reads this site (the agent pointed at the conversation, or Odigos guesses) and the picker to point
 * again: the offer shows while guessing, and a pick or a forget reads again from scratch.
 */
function siteReading(shared: ContentShared, session: OverlaySession, draw: () => void) {
  const { reading } = shared;
  const origin = location.origin;
  let fellBack = false;
  /** Read with the adapter the agent's profiles now give (after a pick or a forget), from scratch. */
  const rechoose = async () => {
    fellBack = false;
    await reading.rechoose();
  };
  const site = {
    picking: false,
    /** The last forget the storage refused, said under the bar until one works. */
    forgetFailed: undefined as ShownFailure | undefined,
    unsubscribe: reading.subscribe(({ snapshot, problem }: ConversationRead) => {
      // A broken adapter stays contained: a small notice, and the generic reading stands in.
      session.notice.value = problem ? 'overlay.adapterFallback' : undefined;
      if (fellBack !== !!problem) {
        fellBack = !!problem;
        draw(); // guessing now (or no longer): the offer to point at the conversation follows
      }
      session.setSnapshot(snapshot);
    }),
    layout(): SiteLayoutBarProps | undefined {
      const how = reading.pointed ? 'pointed' : reading.adapter === genericAdapter || fellBack ? 'guessing' : undefined;
      if (!how) return undefined;
      return {
        reading: how,
        onPick: () => ((site.picking = true), draw()),
        onForget: () =>
          void removeSiteProfile(origin)
            .then(
              () => ((site.forgetFailed = undefined), rechoose()),
              (e: unknown) => void (site.forgetFailed = shownFailure(e)),
            )
            .then(draw),
        // Said only when a forget was refused: its words come with the extras, out of the content script.
        ...(site.forgetFailed
          ? {
              forgetFailed: (
                <ExtrasSlot
                  extras={shared.extras}
                  mount={(api, box, props) => api.mountForgetFailed(box, props)}
                  props={{ view: { failed: site.forgetFailed }, lang: uiLang.value }}
                />
              ),
            }
          : {}),
      };
    },
    async done(saved: boolean) {
      if (saved) await rechoose();
      site.picking = false;
      draw();
    },
  };
  return site;
}

/**
 * Read the page unless the agent folded the panel: so folded, the overlay observes nothing and takes no space. A
 * panel folded for now (the page had no room beside it: ./folding.ts) still reads, its tab saying what waits.
 */
function pageSpace(reading: PageReading, folding: PanelFolding, side: Signal<'left' | 'right'>, width: Signal<number>) {
  let space: SpaceKeeper | undefined;
  return {
    follow() {
      folding.placeTab();
      reading.follow(!folding.chosen());
      if (folding.folded()) {
        space?.release();
        space = undefined;
      } else if (space) space.update(side.value, width.value);
      // Refused (a page the browser guards): its scripts measure the window, as before.
      else space = keepSpace(document, side.value, width.value, () => void request('page.tellWidth', {}).catch(() => undefined));
    },
    update: (w: number) => space?.update(side.value, w),
    // A new screen of the helpdesk may bring toolbars of its own to keep clear of.
    // And the tab keeps off the reply box the reading finds.
    unfollow: reading.subscribe(() => (space?.check(), folding.placeTab())),
    release: () => space?.release(),
  };
}

/**
 * The agent's panel keys on the page (the browser command, Alt+Shift+O, arrives as a message): the toggle, and
 * the focus key (Alt+Shift+F), which from the page opens the panel if folded and moves focus into it (7 Tabs from
 * the reply box otherwise); pressed inside the panel it gives focus back to where the agent was, else to the reply box.
 */
function listenPanelKeys(shared: ContentShared, folded: () => boolean, setCollapsed: (c: boolean) => void) {
  const { host, settings } = shared;
  /** Where focus was in the page when the panel key took it into the panel: the key gives it back. */
  let pageFocus: HTMLElement | null = null;
  const focusPanel = () => {
    const active = document.activeElement;
    // Where the agent was typing (not the page's body when focus was lost, not Odigos itself).
    if (active instanceof HTMLElement && active !== host.host && active !== document.body) pageFocus = active;
    // The search box in the list, the heading of an opened SOP or template, else the first button.
    for (const where of ['.odigos-search input', '.odigos-detail h2', '.odigos-body button']) {
      const el = host.container.querySelector<HTMLElement>(where);
      if (el) return el.focus();
    }
  };
  const focusKey = () => {
    if (folded()) setCollapsed(false);
    const inPanel = host.shadow.activeElement && host.container.contains(host.shadow.activeElement);
    if (!inPanel) return focusPanel();
    // Where focus was is gone (or the agent came into the panel by mouse or Tab): the page's reply box takes it.
    const back = pageFocus?.isConnected ? pageFocus : shared.reading.replyEditor();
    back?.focus();
  };
  const hotkey = computed(() => parseHotkey(settings.value.overlayHotkey));
  const focusHotkey = computed(() => parseHotkey(settings.value.focusHotkey));
  const onKey = (e: KeyboardEvent) => {
    const toggle = matchesHotkey(e, hotkey.value);
    if (!toggle && !matchesHotkey(e, focusHotkey.value)) return;
    e.preventDefault();
    e.stopPropagation();
    if (!toggle) return focusKey();
    // Folded from inside the panel, focus would fall to the page's body: it goes back to where the agent was.
    const inPanel = !!host.shadow.activeElement && host.container.contains(host.shadow.activeElement);
    setCollapsed(!folded());
    if (inPanel && folded()) (pageFocus?.isConnected ? pageFocus : shared.reading.replyEditor())?.focus();
  };
  window.addEventListener('keydown', onKey, { capture: true, signal: shared.signal });
}

/** The panel's body: the picker while the agent points at the conversation, else the notes if open, else the suggestions. */
function panelBody(
  shared: ContentShared,
  session: OverlaySession,
  site: ReturnType<typeof siteReading>,
  notes: ReturnType<typeof overlayNotes> | undefined,
  ports: ReturnType<typeof suggestionPorts>,
) {
  const { settings } = shared;
  return site.picking ? (
    <ExtrasSlot
      extras={shared.extras}
      mount={(api, box, props) => api.mountPicker(box, props)}
      props={{ lang: uiLang.value, onDone: (saved: boolean) => void site.done(saved) }}
    />
  ) : notes ? (
    notes.view()
  ) : (
    <OverlayApp
      session={session}
      agentName={settings.value.agentName}
      onCopy={ports.copy}
      detail={ports.detail}
      siteLayout={site.layout()}
      onSaveAgentName={ports.saveAgentName}
      keyHelp={{ keys: keysOf(settings.value), render: ports.keyHelp }}
      saveFailed={ports.saveFailed}
      builtInOnly={ports.builtInOnly}
      failureWords={ports.failureWords}
    />
  );
}

/** The panel's fold on this page (./folding.ts): a replaced extension's panel that had its notes open opens again. */
function foldingOf(shared: ContentShared, placement: OverlayPlacement, at: Pick<FoldingOptions, 'side' | 'width'>, onChange: () => void) {
  const handover = !!shared.orphan?.handover;
  return panelFolding({
    ...at,
    chosen: placement.collapsed && !handover,
    opened: handover,
    host: shared.host.host,
    replyEditor: () => shared.reading.replyEditor(),
    extras: shared.extras,
    signal: shared.signal,
    onChange,
  });
}

/**
 * The docked panel: suggestions for the conversation the tab's reading holds, the notes, the picker. The page is
 * observed unless the agent folded the panel; placement is remembered per site, and where the page has no room beside
 * the panel it folds itself out of the way of the reply box (./folding.ts).
 */
export function mountOverlay(shared: ContentShared, placement: OverlayPlacement): OverlayHandle {
  const { reading, settings, theme, host, orphan } = shared;
  const origin = location.origin;
  // The notes a replaced extension's panel had open here open again, with their text.
  const notesOpen = signal(!!orphan?.handover);
  const side = signal(placement.side);
  const width = signal(panelWidth(placement));
  let stopped = false;

  const insert = replyInserter(shared);
  // Opening a linked template and recording an insertion come with the extras, which show where they start from.
  const session = createOverlaySession({ insert, greeted: replyGreeted(shared), later: async () => (await shared.extras()).sessionLater });
  /** How many suggestions the folded tab says wait. */
  const waiting = computed(() => session.result.value?.suggestions.length);
  const notes = overlayNotes(shared, session.snapshot);
  const ports = suggestionPorts(shared);
  const site = siteReading(shared, session, () => draw());
  const folding = foldingOf(shared, placement, { side, width }, () => (space.follow(), draw()));
  const space = pageSpace(reading, folding, side, width);
  const toggleNotes = () => {
    notesOpen.value = !notesOpen.value;
    site.picking = false;
    if (notesOpen.value) notes.opening();
    draw();
  };
  const save = () => void setOverlayPlacement(origin, { collapsed: folding.chosen(), side: side.value, width: width.value });
  const setWidth = (w: number, done: boolean) => {
    width.value = w;
    space.update(w);
    if (done) save();
    draw();
  };
  const setCollapsed = (c: boolean) => {
    site.picking &&= !c; // a collapsed panel stops the picker (nothing saved)
    folding.choose(c);
    save();
    space.follow();
    draw();
  };
  const draw = () =>
    render(
      <OverlayFrame
        collapsed={folding.folded()}
        tab={{ top: folding.tabTop(), suggestions: folding.yielded() ? waiting.value : undefined }}
        side={side.value}
        theme={theme.value}
        onCollapsedChange={setCollapsed}
        width={width.value}
        minWidth={PANEL_MIN_WIDTH}
        maxWidth={PANEL_MAX_WIDTH}
        onWidthChange={setWidth}
        stopped={stopped ? sayCommon('overlay.stopped') : undefined}
        notes={{ open: notesOpen.value, onToggle: toggleNotes, onApproach: notes.approach }}
        onSideChange={(s) => {
          side.value = s;
          save();
          space.follow();
          draw();
        }}
      >
        {panelBody(shared, session, site, notesOpen.value ? notes : undefined, ports)}
      </OverlayFrame>,
      host.container,
    );
  draw();
  space.follow();
  if (orphan && !orphan.handover) orphan.remove();
  // Settings, theme and UI language are signals the session keeps current: redraw when they change.
  const redraw = [settings, theme, uiLang, waiting].map((s) => s.subscribe(() => draw()));
  listenPanelKeys(shared, folding.folded, setCollapsed);

  /**
   * The extension was reloaded or updated under this page: the open panel stays, says so and takes no more input;
   * its notes frame stays alive until the new overlay has taken its text over (lib/notes/frame-handover.ts).
   */
  const showStopped = () => {
    stopped = true;
    host.host.setAttribute(ORPHAN_ATTR, '');
    if (notesOpen.value) host.host.setAttribute(HANDOVER_ATTR, notes.token);
    draw();
  };
  shared.onEnd((orphaned) => {
    // The notes' link goes with their view (unmounted, or left standing with the stopped panel: the extension is gone).
    tryEach([site.unsubscribe, space.unfollow, ...redraw, space.release, () => session.dispose()]);
    if (orphaned && !folding.folded()) return showStopped();
    render(null, host.container);
  });
  return { insert, toggle: () => setCollapsed(!folding.folded()) };
}
