import type { render as preactRender } from 'preact';
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { DetailView } from '@/components/overlay/DetailView';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { KeyHelp } from '@/components/overlay/KeyHelp';
import { sayCommon } from '@/lib/i18n';
import { resolveTheme } from '@/lib/theme';
import { sayPages } from '@/lib/extension-page-strings';
import { requestTab, serve } from '@/lib/messages';
import { targetTab } from '@/lib/extension-pages';
import { updateSettings, type Settings } from '@/lib/store/settings';
import { createOverlaySession } from '@/lib/overlay/session';
import { copyText } from '@/lib/editors/notice';
import { notesTargetOf } from '@/lib/notes/interaction';

/**
 * The side panel: the overlay's views for the active tab, and its notes. The snapshot comes from the tab's
 * content script, suggestions from the background, insertion goes back to the tab.
 */
export async function startSidePanel(root: HTMLElement, settings: Settings, render: typeof preactRender): Promise<void> {
  const pinned = new URLSearchParams(location.search).has('tab');
  const target = await targetTab();
  let tabId = target.id;
  let tabUrl = target.url ?? '';
  const reachable = signal(false);
  const notesOpen = signal(false);
  /** The tab the notes are about (the side panel is not that page). */
  const tabPage = signal({ url: tabUrl, title: '' });
  const session = createOverlaySession({
    pageUrl: () => tabUrl,
    insert: async (req) => (tabId === undefined ? false : Boolean(await requestTab(tabId, 'overlay.insert', req))),
  });

  const refresh = async () => {
    if (tabId === undefined) return;
    try {
      const tab = await browser.tabs.get(tabId);
      tabUrl = tab.url ?? '';
      tabPage.value = { url: tabUrl, title: tab.title ?? '' };
      const snapshot = await requestTab(tabId, 'overlay.snapshot', {});
      reachable.value = Boolean(snapshot);
      session.setSnapshot(snapshot ?? undefined);
    } catch {
      // No Odigos on that tab (site off, browser page): say so instead of showing another tab's conversation.
      reachable.value = false;
      session.setSnapshot(undefined);
    }
  };

  serve({
    'overlay.changed': (_payload, sender) => {
      if (sender.tab?.id === tabId) void refresh();
    },
  });
  if (!pinned) {
    browser.tabs.onActivated.addListener(({ tabId: id }) => {
      tabId = id;
      void refresh();
    });
    browser.tabs.onUpdated.addListener((id, info) => {
      if (id === tabId && info.status === 'complete') void refresh();
    });
  }

  const notesTarget = () => {
    const snap = session.snapshot.value;
    return snap && notesTargetOf(new URL(tabPage.value.url), tabPage.value.title, snap);
  };
  const dark = resolveTheme(settings.theme) === 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  const App = () => (
    <main class="odigos-root odigos-sidepanel" data-theme={dark ? 'dark' : 'light'}>
      {reachable.value ? (
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
            <NotesPanel target={notesTarget()} />
          ) : (
            <OverlayApp
              session={session}
              agentName={settings.agentName}
              onCopy={async (text) => {
                if (!(await copyText(text))) throw new Error(sayCommon('template.copyFailed'));
              }}
              detail={(props) => <DetailView {...props} />}
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
  render(<App />, root);
  await refresh();
}
