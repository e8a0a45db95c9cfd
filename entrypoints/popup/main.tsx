import { render } from 'preact';
import { effect, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { Popup, popupError, type PopupError } from '@/components/Popup';
import { request } from '@/lib/messages';
import { sayPages } from '@/lib/extension-page-strings';
import { getSettings } from '@/lib/store/settings';
import { followSettings, openSidePanel, targetTab } from '@/lib/extension-pages';
import { applyPageTheme } from '@/lib/theme';
import type { SiteStatus } from '@/lib/background/site-access';
import '@/components/pages.css';

const status = signal<SiteStatus | undefined>(undefined);
const error = signal<PopupError | undefined>(undefined);

/** What the popup says itself, in the agent's language already: shown as said. */
class SaidError extends Error {}
const busy = signal(false);

async function main() {
  followSettings(await getSettings(), (s) => applyPageTheme(s.theme));
  const tab = await targetTab();
  const url = tab.url ?? '';
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return undefined;
    }
  })();
  const act = async (fn: () => Promise<SiteStatus | undefined>) => {
    busy.value = true;
    error.value = undefined;
    try {
      const next = await fn();
      if (next) status.value = next;
    } catch (e) {
      // The background's refusals are said in the agent's language, their English beneath as technical detail.
      error.value = e instanceof SaidError ? { text: e.message } : popupError(e);
    } finally {
      busy.value = false;
    }
  };
  const draw = () =>
    render(
      <Popup
        host={host}
        status={status.value}
        error={error.value}
        busy={busy.value}
        sidebar={import.meta.env.FIREFOX}
        onEnable={() =>
          act(async () => {
            const pattern = status.value?.grantPattern ?? status.value?.pattern;
            if (!pattern) return undefined;
            // Firefox closes the popup as its prompt shows (Chrome if the agent clicks elsewhere), so this script
            // may never hear the answer: the background is told first and switches the site on when it is granted.
            // Nothing is awaited before the request: the browser only asks within the click.
            void request('site.expectGrant', { url, tabId: tab.id, pattern }).catch(() => undefined);
            const granted = await browser.permissions.request({ origins: [pattern] });
            if (!granted) {
              void request('site.grantRefused', { url, tabId: tab.id }).catch(() => undefined);
              throw new SaidError(sayPages('popup.denied'));
            }
            return request('site.enable', { url, tabId: tab.id });
          })
        }
        onDisable={() => act(() => request('site.disable', { url, tabId: tab.id }))}
        onOpenSidePanel={() => act(async () => (await openSidePanel(tab.id), undefined))}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onOpenNotes={() => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}
      />,
      document.getElementById('app')!,
    );
  // Re-render whenever a signal the view reads changes.
  effect(draw);
  await act(() => request('site.status', { url }));
}

void main();
