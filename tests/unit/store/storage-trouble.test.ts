// A storage that will not open (a damaged IndexedDB): the words offered a browser restart at every sighting, also
// after the restart that did not help. The first sighting and its browser session are kept, so the words can tell.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sightingNow, storageOpened, storageRefused, troubleOf } from '@/lib/store/storage-trouble';
import { describePackStorageFailed } from '@/components/overlay/BuiltInOnly';
import { describeFailure } from '@/components/options/pack-errors';
import { uiLang } from '@/lib/i18n';

describe('whether a restart was already tried against a refused storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the first sighting dates the trouble; a later one in the same session keeps it', () => {
    const first = sightingNow(undefined, 's1', 1000);
    expect(first).toEqual({ firstSeen: 1000, session: 's1' });
    expect(sightingNow(first, 's1', 5000)).toBe(first);
    expect(sightingNow(first, 's2', 5000)).toBe(first);
  });

  it('not tried in the session it was first seen in; tried once it comes back in another session', () => {
    const seen = { firstSeen: 1000, session: 's1' };
    expect(troubleOf(seen, 's1')).toEqual({ restartTried: false, firstSeen: 1000 });
    expect(troubleOf(seen, 's2')).toEqual({ restartTried: true, firstSeen: 1000 });
  });

  it('kept in storage.local across a browser restart (storage.session emptied), per storage, and forgotten once it opens', async () => {
    expect(await storageRefused('notes', 1000)).toEqual({ restartTried: false, firstSeen: 1000 });
    expect(await storageRefused('notes', 2000)).toEqual({ restartTried: false, firstSeen: 1000 });
    // The browser closes: storage.session goes, storage.local stays.
    await fakeBrowser.storage.session.clear();
    expect(await storageRefused('notes', 3000)).toEqual({ restartTried: true, firstSeen: 1000 });
    // The packs' trouble is their own: first seen now, no restart tried for it yet.
    expect(await storageRefused('packs', 3000)).toEqual({ restartTried: false, firstSeen: 3000 });
    await storageOpened('notes');
    expect(await storageRefused('notes', 4000)).toEqual({ restartTried: false, firstSeen: 4000 });
    expect(await storageRefused('packs', 4000)).toEqual({ restartTried: false, firstSeen: 3000 });
  });
});

describe('the words of a pack storage that will not open', () => {
  it('ask for a restart the first time; after a restart that did not help, go to the reset (the panel to Options, Options to below)', () => {
    uiLang.value = 'el';
    expect(describePackStorageFailed({ code: 'pack.storageFailed' })).toMatch(/Κλείστε το και ανοίξτε το ξανά/);
    const after = describePackStorageFailed({ code: 'pack.storageFailed', restartTried: true });
    expect(after).toBe(
      'Η αποθήκευση των πακέτων γνώσης έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση και άλλη επανεκκίνηση δεν θα βοηθήσει. Στις Ρυθμίσεις του Οδηγού, ενότητα «Γνώση», θα βρείτε τι μπορείτε να κάνετε.',
    );
    expect(after).not.toMatch(/Κλείστε/);
    // Options shows it in the Knowledge section itself, above the reset: the remedy is below, not «ενότητα Γνώση».
    const inOptions = describeFailure({ code: 'pack.storageFailed', restartTried: true });
    expect(inOptions).toBe(after.replace('Στις Ρυθμίσεις του Οδηγού, ενότητα «Γνώση», θα βρείτε', 'Παρακάτω θα βρείτε'));
    expect(inOptions).not.toMatch(/Κλείστε/);
  });
});
