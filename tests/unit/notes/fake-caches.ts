/**
 * CacheStorage in memory, failing the way Chromium's does on a full disk: a put that fails takes the entry it was
 * replacing with it (measured: an overwrite during ENOSPC left no entry at all), and a delete can be refused.
 */
export interface FakeCaches extends CacheStorage {
  /** The next `n` puts fail. */
  failPuts(n: number): void;
  /** The next `n` deletes of an entry fail. */
  failDeletes(n: number): void;
  /** Entry URLs of one cache, sorted. */
  urls(name: string): string[];
}

const urlOf = (req: RequestInfo | URL) => (typeof req === 'string' ? req : req instanceof URL ? req.href : req.url);

export function fakeCaches(): FakeCaches {
  const stores = new Map<string, Map<string, string>>();
  let putFailures = 0;
  let deleteFailures = 0;
  const cacheOf = (m: Map<string, string>) =>
    ({
      async put(req: RequestInfo | URL, res: Response) {
        const url = urlOf(req);
        const body = await res.text();
        if (putFailures > 0) {
          putFailures--;
          m.delete(url);
          throw new DOMException("Failed to execute 'put' on 'Cache': Unexpected internal error.", 'UnknownError');
        }
        m.set(url, body);
      },
      async match(req: RequestInfo | URL) {
        const body = m.get(urlOf(req));
        return body === undefined ? undefined : new Response(body);
      },
      async keys() {
        return [...m.keys()].map((u) => new Request(u));
      },
      async delete(req: RequestInfo | URL) {
        if (deleteFailures > 0) {
          deleteFailures--;
          throw new DOMException('Unexpected internal error.', 'UnknownError');
        }
        return m.delete(urlOf(req));
      },
    }) as unknown as Cache;
  const storage = {
    async open(name: string) {
      if (!stores.has(name)) stores.set(name, new Map());
      return cacheOf(stores.get(name)!);
    },
    async delete(name: string) {
      return stores.delete(name);
    },
    async has(name: string) {
      return stores.has(name);
    },
    async keys() {
      return [...stores.keys()];
    },
    async match() {
      return undefined;
    },
    failPuts: (n: number) => void (putFailures = n),
    failDeletes: (n: number) => void (deleteFailures = n),
    urls: (name: string) => [...(stores.get(name)?.keys() ?? [])].sort(),
  };
  return storage as unknown as FakeCaches;
}
