import { describeSnapshot } from '@/lib/crm/describe';
import type { PageReading } from '@/lib/crm/page-reading';
import { watchSends, type SentText } from '@/lib/crm/send-watch';
import { request } from '@/lib/messages';
import { messageKey } from '@/lib/overlay/message-keys';

/** Replies are kept to this length for QC (as the thread's are). */
const MAX_REPLY_TEXT = 2_000;

/**
 * The reply the agent sends goes to the notes store at once (`timeline.add`, marked `sent`), whether or not the
 * panel is open or has read the page yet; the store makes one entry of it and the thread's later sighting of it
 * (lib/notes/sent-replies.ts). The message leaves within the event, before the page can navigate.
 */
function record(reading: PageReading, sent: SentText): boolean {
  const read = reading.readNow();
  if (!read) return false;
  const s = read.snapshot;
  void request('timeline.add', {
    interactionId: s.interactionId,
    label: describeSnapshot(s) || s.subject || document.title,
    customer: s.customer.name,
    url: sent.url,
    at: sent.at,
    event: { kind: 'message', from: 'agent', key: messageKey('agent', sent.text), shown: false, sent: true, text: sent.text.slice(0, MAX_REPLY_TEXT) },
  }).catch(() => undefined); // a record, never a condition for sending
  return true;
}

/**
 * Listens for sends from the content script's first moment (before the site's switch, the settings or the page's
 * reading are asked of the background); `ready` hands it the page's reading once there is one. A reply sent before
 * then, or while the generic reader is on its way, is recorded as soon as the page can be read, if the page still
 * shows what was sent from (a form's post takes a moment to navigate; a single-page desk that moved on to another
 * ticket meanwhile is not read for it).
 */
export function captureSends(signal: AbortSignal) {
  let reading: PageReading | undefined;
  const waiting: SentText[] = [];
  const flush = async () => {
    if (!reading) return;
    await reading.readable();
    for (const sent of waiting.splice(0)) if (location.href === sent.url) record(reading, sent);
  };
  const onSend = (sent: SentText) => {
    if (reading && record(reading, sent)) return;
    waiting.push(sent);
    void flush();
  };
  watchSends(document, () => reading?.replyEditor(), onSend, signal);
  return {
    ready(r: PageReading) {
      reading = r;
      void flush();
    },
  };
}
