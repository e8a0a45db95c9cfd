import { browser, type Browser } from 'wxt/browser';

/**
 * Typed messages between the extension's contexts. Each request names its handler; the background
 * registers handlers for the ones it serves and ignores senders that are not this extension.
 * Later features add their requests to `Requests` (declaration merging keeps one protocol).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Requests {}

export type RequestName = keyof Requests & string;
type ReqOf<K extends RequestName> = Requests[K] extends { req: infer Q } ? Q : never;
type ResOf<K extends RequestName> = Requests[K] extends { res: infer S } ? S : never;

export interface Envelope<K extends RequestName = RequestName> {
  odigos: K;
  payload: ReqOf<K>;
}

/** A handler's failure crosses the boundary as data, so the caller can show what went wrong. */
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export async function request<K extends RequestName>(name: K, payload: ReqOf<K>): Promise<ResOf<K>> {
  const reply = (await browser.runtime.sendMessage({ odigos: name, payload } satisfies Envelope<K>)) as
    | Reply<ResOf<K>>
    | undefined;
  if (!reply) throw new Error(`Odigos background did not answer "${name}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function requestTab<K extends RequestName>(
  tabId: number,
  name: K,
  payload: ReqOf<K>,
): Promise<ResOf<K> | undefined> {
  const reply = (await browser.tabs.sendMessage(tabId, { odigos: name, payload })) as Reply<ResOf<K>> | undefined;
  if (!reply) return undefined;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Handlers = {
  [K in RequestName]?: (payload: ReqOf<K>, sender: Browser.runtime.MessageSender) => ResOf<K> | Promise<ResOf<K>>;
};

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && typeof (msg as Envelope).odigos === 'string';
}

/** Serve requests; messages from other extensions or web pages are ignored. Returns an unsubscribe. */
export function serve(handlers: Handlers): () => void {
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(msg) || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[msg.odigos] as ((p: unknown, s: typeof sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(msg.payload, sender))
      .then(
        (value) => ({ ok: true, value }),
        (err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
