// Pack storage refusing a read or write reaches the panel and the options page as a code they word in the agent's
// language (components/failure-words.tsx); the browser's own reason stays as the English message.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../../components/options/pack-errors';
import type { PackRefusal } from '../../../lib/failure';
import { uiLang } from '../../../lib/i18n';
import { NO_ROOM_BYTES, openPackDb, openRefusal, PACK_DB_NAME, writeRefusal } from '../../../lib/store/pack-db';
import { failingFactory } from '../../support/failing-idb';


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

  it('an open refused for quota: pack.diskFull, with what to do and that nothing stored was lost', async () => {
    const read = openPackDb(failingFactory(new DOMException('Quota exceeded', 'QuotaExceededError')), noEstimate).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.diskFull' } });
    await expect(read).rejects.toThrow(/^the disk is full, so the browser cannot open the pack storage \(QuotaExceededError: Quota exceeded\): free disk space, then reload the page; nothing stored was lost$/);
  });

  it('a full disk as Chromium says it (FILE_ERROR_NO_SPACE in an UnknownError): pack.diskFull, not «cannot be read»', async () => {
    const noSpace = new DOMException('Connection is closing because of: IO error: 000005.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError');
    const read = openPackDb(failingFactory(noSpace), noEstimate).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.diskFull' } });
  });
});

afterEach(() => {
  uiLang.value = 'el';
});

const noEstimate = async () => undefined;
const internal = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');

/**
 * A full disk on the very first open: the browser refuses the database at all. Said «the packs cannot be read, restart
 * the browser» (pack.storageFailed), the agent restarted for nothing; it is now told the disk is full, to free space
 * and reload, and that nothing stored was lost. Told apart by the browser's words, or, where they name no cause, by
 * the storage estimate showing no room.
 */
describe('the pack database not opened on a full disk', () => {
  it('Chromium 156 on a disk filled before the first open (QuotaExceededError «Encountered full disk»): pack.diskFull', async () => {
    const full = new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError');
    expect(openRefusal(full, undefined)).toMatchObject({ failure: { code: 'pack.diskFull' } });
  });

  it('an UnknownError «Internal error» with no room left in the estimate: pack.diskFull', async () => {
    const read = openPackDb(failingFactory(internal), async () => ({ quota: 2_267_359, usage: 2_267_359 })).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.diskFull' } });
    expect(openRefusal(internal, { quota: 5_000_000, usage: 5_000_000 - NO_ROOM_BYTES + 1 })).toMatchObject({ failure: { code: 'pack.diskFull' } });
  });

  it('the same refusal with room left, or no estimate to ask: still «cannot be read» (pack.storageFailed), the old words kept', async () => {
    const read = openPackDb(failingFactory(internal), async () => ({ quota: 50_000_000_000, usage: 3_000_000 })).get('index');
    await expect(read).rejects.toMatchObject({ failure: { code: 'pack.storageFailed' } });
    await expect(read).rejects.toThrow('pack storage failed: Internal error opening backing store for indexedDB.open.');
    expect(openRefusal(internal, undefined)).toMatchObject({ failure: { code: 'pack.storageFailed' } });
    expect(openRefusal(internal, {})).toMatchObject({ failure: { code: 'pack.storageFailed' } });
  });

  it('a refusal that names its own cause (a newer version) is not called a full disk, however little room is left', () => {
    const version = new DOMException('The requested version (1) is less than the existing version (2).', 'VersionError');
    expect(openRefusal(version, { quota: 10, usage: 10 })).toMatchObject({ failure: { code: 'pack.storageFailed' } });
  });

  it('the agent reads what is wrong, what to do, and that nothing was lost (Greek)', () => {
    uiLang.value = 'el';
    const said = describeFailure({ code: 'pack.diskFull' } as PackRefusal);
    expect(said).toBe(
      'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει τα πακέτα γνώσης. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και ανανεώστε αυτή τη σελίδα. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    );
    expect(said).not.toContain('Κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης');
    uiLang.value = 'en';
    expect(describeFailure({ code: 'pack.diskFull' })).toBe(
      'The computer’s disk is full, so the browser cannot open the knowledge packs. Free some space (delete files or downloads you do not need) and reload this page. The packs you installed are not lost.',
    );
  });
});

/** An IDBFactory that opens, but whose every transaction aborts with `error` (a write the browser refused). */
function refusingWrites(error: DOMException): IDBFactory {
  const tx = { error, objectStore: () => ({ put() {}, get: () => ({}), delete() {} }) } as unknown as IDBTransaction;
  const db = { transaction: () => (setTimeout(() => (tx.onerror?.(new Event('error')), tx.onabort?.(new Event('abort'))), 0), tx) };
  return {
    open() {
      const req = { result: db } as unknown as IDBOpenDBRequest;
      setTimeout(() => req.onsuccess?.(new Event('success')), 0);
      return req;
    },
  } as unknown as IDBFactory;
}

/**
 * A pack install, update or import refused for room said «the browser has no more room for packs: remove a pack»
 * even when the computer's disk was full, where removing a pack frees almost nothing. The same signals as on open
 * (the browser's words name a full disk, or the estimate shows no room) now say the disk is full; the extension's
 * quota used up keeps the old words.
 */
describe('a pack write refused on a full disk', () => {
  const roomy = async () => ({ quota: 50_000_000_000, usage: 3_000_000 });
  const quota = new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'QuotaExceededError');

  it('QuotaExceededError naming a full disk: storageFull with disk, what to do and that nothing installed was lost', async () => {
    const full = new DOMException('Encountered full disk while committing transaction.', 'QuotaExceededError');
    const write = openPackDb(refusingWrites(full), roomy).put({ 'pack:acme@1.0.0': {} });
    await expect(write).rejects.toMatchObject({ failure: { code: 'pack.storageFull', disk: true } });
    await expect(write).rejects.toThrow(
      /^the disk is full, so the pack was not saved \(QuotaExceededError: Encountered full disk while committing transaction\.\): free disk space, then try again; nothing installed was lost$/,
    );
  });

  it('a quota refusal with no room left in the estimate, or FILE_ERROR_NO_SPACE: the disk', async () => {
    const write = openPackDb(refusingWrites(quota), async () => ({ quota: 2_267_359, usage: 2_267_359 })).put({ index: {} });
    await expect(write).rejects.toMatchObject({ failure: { code: 'pack.storageFull', disk: true } });
    const noSpace = new DOMException('IO error: 000005.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError');
    expect(writeRefusal(noSpace, undefined)).toMatchObject({ failure: { code: 'pack.storageFull', disk: true } });
    expect(writeRefusal(internal, { quota: 5_000_000, usage: 5_000_000 - NO_ROOM_BYTES + 1 })).toMatchObject({ failure: { code: 'pack.storageFull', disk: true } });
  });

  it('a large pack not written as its file (Chromium 156: DataError «Failed to write blobs (IOError)») on a disk with less room than the pack: the disk, not «cannot be read»', async () => {
    const blobs = new DOMException('Failed to write blobs (IOError)', 'DataError');
    // As measured on a tmpfs profile with 3 MB free: a pack of 14.6 MB of JSON.
    const nearlyFull = async () => ({ quota: 5_443_438, usage: 2_297_710 });
    const big = { 'pack:acme@1.2.0': { entries: ['x'.repeat(4_000_000)] } };
    const write = openPackDb(refusingWrites(blobs), nearlyFull).put(big);
    await expect(write).rejects.toMatchObject({ failure: { code: 'pack.storageFull', disk: true } });
    await expect(write).rejects.toThrow(/^the disk is full, so the pack was not saved \(DataError: Failed to write blobs \(IOError\)\): free disk space, then try again; nothing installed was lost$/);
    // The same refusal of a write that had room enough is not the disk: the plain words kept.
    await expect(openPackDb(refusingWrites(blobs), roomy).put(big)).rejects.toMatchObject({ failure: { code: 'pack.storageFailed' } });
    await expect(openPackDb(refusingWrites(blobs), nearlyFull).put({ index: {} })).rejects.toMatchObject({ failure: { code: 'pack.storageFailed' } });
  });

  it('the extension\'s quota used up (room left on the disk, or no estimate): the old «remove a pack» kept', async () => {
    const write = openPackDb(refusingWrites(quota), roomy).put({ index: {} });
    await expect(write).rejects.toMatchObject({ failure: { code: 'pack.storageFull' } });
    await expect(write).rejects.not.toMatchObject({ failure: { disk: true } });
    await expect(write).rejects.toThrow('the browser has no more room for packs: remove a pack you do not use');
    expect(writeRefusal(quota, undefined).message).toBe('the browser has no more room for packs: remove a pack you do not use');
    expect(writeRefusal(internal, { quota: 50_000_000, usage: 3_000_000 })).toMatchObject({ failure: { code: 'pack.storageFailed' } });
    // However large the write: the quota refused with room on the disk is the quota.
    expect(writeRefusal(quota, { quota: 50_000_000, usage: 3_000_000 }, 60_000_000)).not.toMatchObject({ failure: { disk: true } });
  });
});
