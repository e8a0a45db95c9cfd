import { browser } from 'wxt/browser';

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
