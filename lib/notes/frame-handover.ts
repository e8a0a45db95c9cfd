import type { SaveRequest } from './save';

/**
 * Carrying the notes across an extension reload or update. The old notes frame outlives its extension (its
 * document stays, typing into it would go nowhere), and it can no longer reach extension storage, nor its own
 * origin's storage from inside the CRM page. What it can still do is talk to the new notes frame in the same tab:
 * both are documents of the extension's origin, so a BroadcastChannel joins them and no web page can listen
 * (channels are per origin). The new frame asks for the old one's text by its token and stores it as a save of
 * the old editor, so the usual compare-and-set applies (and nothing already stored is applied twice).
 */
export const HANDOVER_CHANNEL = 'odigos-notes-handover';

type HandoverMessage =
  | { kind: 'hello'; want: string }
  | { kind: 'handover'; token: string; draft: SaveRequest | null }
  | { kind: 'taken'; token: string };

export interface HandoverOffer {
  /** Send the text now (the frame just found out it is orphaned; a new frame may already be waiting). */
  announce(): void;
  close(): void;
}

/**
 * The old frame's side: answer a new frame asking for this frame's text. Being asked is itself the proof that the
 * extension was replaced, so `onAsked` locks the editor before the text is read.
 */
export function offerHandover(
  token: string,
  draft: () => SaveRequest | undefined,
  on: { asked(): void; taken(): void },
): HandoverOffer {
  const channel = new BroadcastChannel(HANDOVER_CHANNEL);
  const send = () => channel.postMessage({ kind: 'handover', token, draft: draft() ?? null } satisfies HandoverMessage);
  channel.onmessage = (e: MessageEvent<HandoverMessage>) => {
    const msg = e.data;
    if (msg?.kind === 'hello' && msg.want === token) {
      on.asked();
      send();
    } else if (msg?.kind === 'taken' && msg.token === token) {
      on.taken();
    }
  };
  return { announce: send, close: () => channel.close() };
}

export type HandoverOutcome = 'taken' | 'silent' | 'failed';

/**
 * The new frame's side: ask the frame with token `from` for its text, store it with `save`, and tell the old frame.
 * 'silent' when no frame answered within `waitMs` (it went with its page); 'failed' when the text came but could
 * not be stored after a few tries: the new editor then takes it as unsaved typing (`kept`) and saves it as usual.
 */
export function takeHandover(
  from: string,
  save: (draft: SaveRequest) => Promise<unknown>,
  { waitMs = 3000, tries = 5, retryMs = 1000 } = {},
): Promise<{ outcome: HandoverOutcome; kept?: SaveRequest }> {
  const channel = new BroadcastChannel(HANDOVER_CHANNEL);
  const ask = () => channel.postMessage({ kind: 'hello', want: from } satisfies HandoverMessage);
  return new Promise((done) => {
    let failures = 0;
    const timer = setTimeout(() => finish('silent'), waitMs);
    const finish = (outcome: HandoverOutcome, kept?: SaveRequest) => {
      clearTimeout(timer);
      if (outcome !== 'silent') channel.postMessage({ kind: 'taken', token: from } satisfies HandoverMessage);
      channel.close();
      done({ outcome, kept });
    };
    channel.onmessage = (e: MessageEvent<HandoverMessage>) => {
      const msg = e.data;
      if (msg?.kind !== 'handover' || msg.token !== from) return;
      clearTimeout(timer);
      const draft = msg.draft;
      (draft ? save(draft) : Promise.resolve()).then(
        () => finish('taken'),
        // Not stored (the background is starting, the disk is full): ask again, a few times.
        () => (++failures >= tries ? finish('failed', draft ?? undefined) : setTimeout(ask, retryMs)),
      );
    };
    ask();
  });
}
