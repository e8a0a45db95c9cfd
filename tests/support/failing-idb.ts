/** An IDBFactory whose every open fails with `error`, as the browser's does (a full disk, a damaged store). */
export function failingFactory(error: DOMException): IDBFactory {
  return {
    open() {
      const req = { error } as unknown as IDBOpenDBRequest;
      setTimeout(() => req.onerror?.(new Event('error')), 0);
      return req;
    },
  } as unknown as IDBFactory;
}
