import { browser } from 'wxt/browser';

/**
 * The tab an extension page acts on: `?tab=<id>` when given (tests open pages as tabs), else the active tab.
 */
export async function targetTab(): Promise<{ id?: number; url?: string }> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
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

/** An extension page in the agent's theme: the overlay's colours (components/theme.css), dark when asked or when the system is. */
export function applyPageTheme(theme: 'auto' | 'light' | 'dark'): void {
  const dark = theme === 'dark' || (theme === 'auto' && globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
