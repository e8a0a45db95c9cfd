/**
 * The page's one way to the studio server: typed by the route table (studio/model/api.ts), carrying the per-run
 * token from the address the trainer opened.
 */
import { TOKEN_HEADER, type RefusedReply, type Req, type Res, type Route } from '../model/api';
import { isRefusal, unexpected, type Refusal } from '../model/refusal';

/** A call the server refused: its refusal for the page to word, its English words as the message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly refusal: Refusal = unexpected(message)) {
    super(message);
  }
}

/** What to tell the trainer about a failed action: the server's refusal, or anything else (the server gone) as unexpected. */
export function asRefusal(e: unknown): Refusal {
  if (e instanceof ApiError) return e.refusal;
  return unexpected(e instanceof Error ? e.message : String(e));
}

export interface CallOptions {
  /** Sent as the tab closes: the request outlives the page (fetch's keepalive, up to 64 KB of body). */
  keepalive?: boolean;
}

export interface Api {
  call<R extends Route>(route: R, req: Req<R>, options?: CallOptions): Promise<Res<R>>;
}

export function createApi(token: string, fetcher: typeof fetch = fetch): Api {
  return {
    async call(route, req, options) {
      const [method, path] = route.split(' ');
      const query = method === 'GET' ? `?${new URLSearchParams(req as Record<string, string>)}` : '';
      const res = await fetcher(path + query, {
        method,
        headers: { [TOKEN_HEADER]: token, ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}) },
        ...(method === 'POST' ? { body: JSON.stringify(req) } : {}),
        ...(options?.keepalive ? { keepalive: true } : {}),
      });
      const body = (await res.json().catch(() => ({}))) as Partial<RefusedReply>;
      if (!res.ok) {
        const error = body.error ?? `${res.status} ${res.statusText}`;
        throw new ApiError(res.status, error, isRefusal(body.refusal) ? body.refusal : unexpected(error));
      }
      return body as Res<typeof route>;
    },
  };
}

/**
 * Runs the requests given to it one at a time, in the order given: for the requests that change a draft on the server
 * (check, save, discard, delete). Sent side by side they may be handled in either order, and a check handled after
 * the save of its form puts the draft back (a second entry with the saved one's id, a pack that reads unsaved).
 */
export function inTurns(): <T>(send: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (send) => {
    const reply = queue.then(send);
    queue = reply.catch(() => undefined);
    return reply;
  };
}

/** The token from `#token=…` (then kept for this tab only, so a reload keeps working after the hash is tidied). */
export function readToken(hash: string, store: Pick<Storage, 'getItem' | 'setItem'> | undefined): string {
  const fromHash = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(hash)?.[1];
  if (fromHash) {
    store?.setItem('odigos-studio-token', fromHash);
    return fromHash;
  }
  return store?.getItem('odigos-studio-token') ?? '';
}
