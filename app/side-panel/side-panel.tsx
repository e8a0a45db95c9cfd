import type { render as preactRender } from 'preact';
import { signal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { DetailView } from '@/components/overlay/DetailView';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { BuiltInOnlyNotice } from '@/components/overlay/BuiltInOnly';
import { KeyHelp } from '@/components/overlay/KeyHelp';
import { SaveFailedNotice } from '@/components/overlay/SaveFailed';
import { describeCommonFailure } from '@/components/failure-words';
import { clipboardRefused } from '@/lib/failure';
import { sayCommon } from '@/lib/i18n';
import { onSystemThemeChange, resolveTheme } from '@/lib/theme';
import { sayPages } from '@/lib/extension-page-strings';
import { requestTab, serve } from '@/lib/messages';
import { followSettings, targetTab } from '@/lib/extension-pages';
import { updateSettings, type Settings } from '@/lib/store/settings';
import { createOverlaySession, type OverlaySession } from '@/lib/overlay/session';
import { sessionLater } from '@/lib/overlay/session-later';
import { copyText } from '@/lib/editors/notice';
import { notesTargetOf } from '@/lib/notes/interaction';
import { describeSnapshot } from '@/lib/crm/describe';
import { backgroundTransport } from '@/lib/note-editor/background-transport';

/** The tab the panel follows (the active one, or the one it was opened for), and whether Odigos runs there. */
interface FollowedTab {
  id: number | undefined;
  url: string;
  reachable: Signal<boolean>;
  /** The tab the notes are about (the side panel is not that page). */
  page: Signal<{ url: string; title: string }>;
}

/**
 * Read the followed tab's conversation again when its content script says it changed, and (unless the panel was
 * opened for one tab) when the agent switches tabs in the panel's window or the tab finishes loading. Returns the
 * read. A panel belongs to its window (Firefox's sidebar, Chrome's side panel): a tab switched to in another window
 * is not the one beside it (its ticket shown here, a note written here would go to that other customer).
 */
function followTab(tab: FollowedTab, session: OverlaySession, pinned: boolean, windowId: number | undefined, until: AbortSignal): () => Promise<void> {
  const refresh = async () => {
    if (tab.id === undefined) return;
    try {
      const info = await browser.tabs.get(tab.id);
      tab.url = info.url ?? '';
      tab.page.value = { url: tab.url, title: info.title ?? '' };
      const snapshot = await requestTab(tab.id, 'overlay.snapshot', {});
      tab.reachable.value = Boolean(snapshot);
      session.setSnapshot(snapshot ?? undefined);
    } catch {
      // No Odigos on that tab (site off, browser page): say so instead of showing another tab's conversation.
      tab.reachable.value = false;
      session.setSnapshot(undefined);
    }
  };
  const stopServing = serve({
    'overlay.changed': (_payload, sender) => {
      if (sender.tab?.id === tab.id) void refresh();
    },
  });
  until.addEventListener('abort', stopServing, { once: true });
  if (!pinned) {
    const activated = ({ tabId: id, windowId: where }: { tabId: number; windowId: number }) => {
      if (windowId !== undefined && where !== windowId) return;
      tab.id = id;
      void refresh();
    };
    const updated = (id: number, info: { status?: string }) => {
      if (id === tab.id && info.status === 'complete') void refresh();
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    until.addEventListener('abort', () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    }, { once: true });
  }
  return refresh;
}

/**
 * The tab active in the panel's window now, asked once the panel listens for switches: a tab the agent brought to
 * the front while the panel was starting (after it asked which tab was active, before it listened) was missed, and
 * the panel stayed on the tab it first saw. A switch heard while asking wins over the answer.
 */
async function catchUpWithActiveTab(tab: FollowedTab, windowId: number | undefined): Promise<void> {
  if (windowId === undefined) return;
  const before = tab.id;
  const [active] = await browser.tabs.query({ active: true, windowId });
  if (active?.id === undefined || tab.id !== before) return;
  tab.id = active.id;
  tab.url = active.url ?? '';
}

/** The customer and ticket the side panel's note is about (the suggestions' view says them in its context line). */
function NotesAbout({ snapshot }: { snapshot: OverlaySession['snapshot']['value'] }) {
  const about = snapshot && describeSnapshot(snapshot);
  return about ? <p class="odigos-context">{about}</p> : null;
}

interface SidePanelAppProps {
  session: OverlaySession;
  settings: Settings;
  dark: boolean;
  reachable: boolean;
  notesOpen: Signal<boolean>;
  notesTarget(): ReturnType<typeof notesTargetOf> | undefined;
}

/** The panel: the overlay's views (or the notes) for a tab Odigos runs on, else a line saying there is none. */
function SidePanelApp({ session, settings, dark, reachable, notesOpen, notesTarget }: SidePanelAppProps) {
  return (
    <main class="odigos-root odigos-sidepanel" data-theme={dark ? 'dark' : 'light'}>
      {reachable ? (
        <>
          <div class="odigos-sidepanel-bar">
            <h1 class="odigos-brand">
              <span class="odigos-logo" aria-hidden="true">
                Ο
              </span>
              {sayCommon('app.name')}
            </h1>
            <button
              type="button"
              class="odigos-icon-btn"
              aria-pressed={notesOpen.value}
              onClick={() => (notesOpen.value = !notesOpen.value)}
            >
              {sayCommon('overlay.notes')}
            </button>
          </div>
          {notesOpen.value ? (
            <>
              {/* Which ticket the note is about, as the suggestions' view says it: that line went when the notes opened. */}
              <NotesAbout snapshot={session.snapshot.value} />
              <NotesPanel target={notesTarget()} transport={backgroundTransport} onOpenNotesPage={() => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })} />
            </>
          ) : (
            <OverlayApp
              session={session}
              agentName={settings.agentName}
              onCopy={async (text) => {
                if (!(await copyText(text))) throw clipboardRefused();
              }}
              detail={(props) => <DetailView {...props} />}
              saveFailed={(props) => <SaveFailedNotice {...props} />}
              builtInOnly={(props) => <BuiltInOnlyNotice {...props} />}
              failureWords={async (failure) => describeCommonFailure(failure)}
              onSaveAgentName={async (agentName) => void (await updateSettings({ agentName }))}
              keyHelp={{
                keys: { toggle: settings.overlayHotkey, focus: settings.focusHotkey, palette: settings.paletteHotkey, trigger: settings.shortcutTrigger },
                render: (view) => <KeyHelp {...view} />,
              }}
            />
          )}
        </>
      ) : (
        <>
          <h1 class="odigos-brand">{sayCommon('app.name')}</h1>
          <p class="odigos-muted">{sayPages('sidepanel.noTab')}</p>
        </>
      )}
    </main>
  );
}

/**
 * The side panel: the overlay's views for the active tab, and its notes. The snapshot comes from the tab's
 * content script, suggestions from the background, insertion goes back to the tab. The agent's settings are
 * followed while the panel lives (`until`): a language, theme or name changed in Options shows here at once.
 */
export async function startSidePanel(root: HTMLElement, first: Settings, render: typeof preactRender, until?: AbortSignal): Promise<void> {
  const lifetime = until ?? new AbortController().signal;
  const settings = signal(first);
  // 'auto' is the system's theme, which can change while the panel is open (the OS's evening switch to dark): the
  // panel resolved it once, at the start and at each change of settings, and stayed light in a dark system.
  const theme = signal(resolveTheme(first.theme));
  const showTheme = () => {
    theme.value = resolveTheme(settings.value.theme);
    document.documentElement.dataset.theme = theme.value;
  };
  followSettings(
    first,
    (s) => {
      settings.value = s;
      showTheme();
      document.title = sayCommon('app.name');
    },
    until,
  );
  onSystemThemeChange(showTheme, lifetime);
  const pinned = new URLSearchParams(location.search).has('tab');
  const target = await targetTab();
  const tab: FollowedTab = { id: target.id, url: target.url ?? '', reachable: signal(false), page: signal({ url: target.url ?? '', title: '' }) };
  const notesOpen = signal(false);
  const session = createOverlaySession({
    pageUrl: () => tab.url,
    insert: async (req) => (tab.id === undefined ? false : Boolean(await requestTab(tab.id, 'overlay.insert', req))),
    later: async () => sessionLater,
  });
  const refresh = followTab(tab, session, pinned, target.windowId, lifetime);
  if (!pinned) await catchUpWithActiveTab(tab, target.windowId);

  const notesTarget = () => {
    const snap = session.snapshot.value;
    return snap && notesTargetOf(new URL(tab.page.value.url), tab.page.value.title, snap);
  };
  const App = () => (
    <SidePanelApp
      session={session}
      settings={settings.value}
      dark={theme.value === 'dark'}
      reachable={tab.reachable.value}
      notesOpen={notesOpen}
      notesTarget={notesTarget}
    />
  );
  render(<App />, root);
  await refresh();
}
