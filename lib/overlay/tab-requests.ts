import type { ConversationSnapshot } from '../crm/types';
import type { InsertRequest } from './session';

/** What the side panel asks of a tab's content script, and what the content script tells the side panel. */
declare module '../messages' {
  interface Requests {
    /** Served by the content script: what it read on its page (null when nothing). */
    'overlay.snapshot': { req: Record<string, never>; res: ConversationSnapshot | null };
    /** Served by the content script: put text into the page's reply box; false when there is none. */
    'overlay.insert': { req: InsertRequest; res: boolean };
    /** Sent by the content script when its conversation changed; the side panel listens. */
    'overlay.changed': { req: { interactionId?: string }; res: void };
  }
}

export {};
