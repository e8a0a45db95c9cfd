import type { ThreadMessage } from '../crm/types';

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint, not a secret (the text stays on the page). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Tells one message from another across re-readings; the shown time is left out ("5 minutes ago" moves). */
export function messageKey(author: string, text: string, occurrence = 0): string {
  return `${fnv1a(`${author}|${text.replace(/\s+/g, ' ').trim()}`)}${occurrence ? `-${occurrence}` : ''}`;
}

/** Each message with its key; the same words sent twice by the same side get distinct keys by occurrence. */
export function keyedMessages(messages: readonly ThreadMessage[]): { key: string; message: ThreadMessage }[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const base = messageKey(message.role ?? '', message.text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n ? `${base}-${n}` : base, message };
  });
}
