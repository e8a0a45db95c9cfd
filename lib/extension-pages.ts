import { browser } from 'wxt/browser';
import { resolveUiLang, uiLang } from './i18n';
import { watchSettings, type Settings } from './store/settings';

/**
 * The tab an extension page acts on: `?tab=<id>` when given (tests open pages as tabs), else the active tab.
 */
export async function targetTab(): Promise<{ id?: number; url?: string; windowId?: number }> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: tab.id, url: tab.url, windowId: tab.windowId };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url, windowId: tab?.windowId };
}

/** Chrome has a side panel, Firefox a sidebar; both need the user's click that led here. */
export async function openSidePanel(tabId?: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel && tabId !== undefined) {
    await chromeSidePanel.open({ tabId });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  await sidebar?.open();
}

export function applyPageLanguage(lang: string): void {
  document.documentElement.lang = lang;
}

/**
 * An extension page's language and the agent's other settings, now and whenever they change (the agent picks
 * another language in Options, or in another window) for as long as the page's view lives (`until`): read once,
 * an open side panel or notes page kept the old language until it was reopened. `apply` takes what else the page
 * follows (the theme, the agent's name, the keys); the language is set before it runs, so its render speaks it.
 */
export function followSettings(first: Settings, apply: (s: Settings) => void, until?: AbortSignal): void {
  const take = (s: Settings) => {
    uiLang.value = resolveUiLang(s.uiLang);
    applyPageLanguage(uiLang.value);
    apply(s);
  };
  take(first);
  if (until?.aborted) return;
  const stop = watchSettings(take);
  until?.addEventListener('abort', stop, { once: true });
}
