import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * What `serve` (lib/messages.ts) answers a message from this extension, as the browser delivers it: the listener
 * replies through `sendResponse`. The fake browser's `sendMessage` names no sender, so tests trigger the event with
 * the extension's own id and take the reply from the callback.
 */
export async function servedReply(message: { odigos: string; payload: unknown }): Promise<unknown> {
  let reply: (value: unknown) => void = () => undefined;
  const replied = new Promise<unknown>((resolve) => (reply = resolve));
  const kept = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, (value: unknown) => reply(value));
  return (kept as unknown[]).some((r) => r === true) ? replied : undefined;
}
