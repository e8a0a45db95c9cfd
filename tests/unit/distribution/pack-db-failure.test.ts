// Pack storage refusing a read or write reaches the panel and the options page as a code they word in the agent's
// language (components/failure-words.tsx); the browser's own reason stays as the English message.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPackDb, PACK_DB_NAME } from '../../../lib/store/pack-db';

/** An IDBFactory whose open fails with `error`, as the browser's does. */
function failingFactory(error: DOMException): IDBFactory {
  return {
    open() {
      const req = { error } as unknown as IDBOpenDBRequest;
      setTimeout(() => req.onerror?.(new Event('error')), 0);
      return req;
    },
  } as unknown as IDBFactory;
}

describe('pack storage failures as codes', () => {
  it('a database a newer Odigos upgraded (the agent went back a version): pack.storageFailed, the browser\'s reason kept', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((done) => {
      const req = factory.open(PACK_DB_NAME, 2);
      req.onsuccess = () => {
        req.result.close();
        done();
      };
    });
    const read = openPackDb(factory).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.storageFailed' } });
    await expect(read).rejects.toThrow(/^pack storage failed: /);
  });

  it('a full disk: pack.storageFull', async () => {
    const read = openPackDb(failingFactory(new DOMException('Quota exceeded', 'QuotaExceededError'))).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.storageFull' } });
    await expect(read).rejects.toThrow('the browser has no more room for packs: remove a pack you do not use');
  });

  it('a full disk as Chromium says it (FILE_ERROR_NO_SPACE in an UnknownError): pack.storageFull, not «cannot be read»', async () => {
    const noSpace = new DOMException('Connection is closing because of: IO error: 000005.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError');
    const read = openPackDb(failingFactory(noSpace)).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.storageFull' } });
  });
});
