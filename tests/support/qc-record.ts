import type { ExtensionBrowser } from './browser';
import type { Served } from './static-server';

/** A message event of a ticket's record, as QC keeps it. */
export interface RecordedMessage {
  kind: string;
  from?: string;
  key?: string;
  sent?: boolean;
}

/**
 * The messages the record of a ticket read by the generic reader holds, asked from an extension page as the notes
 * page asks: QC's view of who wrote what.
 */
export async function recordedMessages(browser: ExtensionBrowser, site: Served, id: string): Promise<RecordedMessage[]> {
  const notes = await browser.openExtensionPage('notes.html');
  try {
    return await notes.evaluate(async (interactionId) => {
      type Reply = { value?: { timeline: { event: RecordedMessage }[] } };
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome;
      const reply = await api.runtime.sendMessage({ odigos: 'notes.get', payload: { interactionId } });
      return (reply?.value?.timeline ?? []).map((e) => e.event).filter((e) => e.kind === 'message');
    }, `generic:${new URL(site.origin).host}:${id}`);
  } finally {
    await notes.close();
  }
}
