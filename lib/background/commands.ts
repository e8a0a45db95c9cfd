import { browser } from 'wxt/browser';

/** Keyboard commands from the browser (Alt+Shift+O by default) go to the active tab's overlay. */
export function relayCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { odigos: 'overlay.toggle', payload: {} }).catch(() => undefined);
  });
}
