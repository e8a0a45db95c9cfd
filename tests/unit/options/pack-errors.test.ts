import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure, describePackError, isSwitchedOff } from '@/components/options/pack-errors';
import type { PackRefusal } from '@/lib/failure';
import { uiLang } from '@/lib/i18n';
import { said } from '@/knowledge/pack/problem-words';

afterEach(() => {
  uiLang.value = 'el';
});

/** A broken pack file is explained in the UI language; the validator's exact reason stays beneath. */
describe('pack errors in the UI language', () => {
  const corrupt = 'acme.json:1: error: invalid JSON: Unexpected end of JSON input (corrupt or incomplete file?)';

  it('Greek UI: a Greek sentence, the technical reason kept as details', () => {
    uiLang.value = 'el';
    expect(describePackError(corrupt)).toEqual({
      headline: 'Το αρχείο δεν διαβάζεται: είναι κατεστραμμένο ή δεν ολοκληρώθηκε.',
      detail: corrupt,
    });
    expect(describePackError('notes.json is not an Odigos pack (it has no "schema": "odigos-pack")').headline).toBe(
      'Το αρχείο δεν είναι πακέτο γνώσης του Οδηγού.',
    );
    expect(describePackError('acme.json is not a usable pack: line 3: bad').headline).toBe('Το πακέτο έχει λάθη και δεν μπορεί να χρησιμοποιηθεί.');
    expect(describePackError('something nobody foresaw').headline).toBe('Η ενέργεια στο πακέτο δεν ολοκληρώθηκε.');
  });

  it('a pack Odigos switched off says why in words, not "the action did not complete"', () => {
    uiLang.value = 'el';
    const damaged = 'switched off: its stored copy of version 1.1.0 is damaged: not a pack; import the pack again';
    expect(describePackError(damaged).headline).toBe('Το αντίγραφο του πακέτου σε αυτόν τον υπολογιστή έχει καταστραφεί, γι’ αυτό το πακέτο απενεργοποιήθηκε. Εισαγάγετέ το ξανά.');
    expect(describePackError('switched off: searching it failed (x is not a function); install a corrected version').headline).toBe(
      'Το πακέτο απενεργοποιήθηκε, γιατί η αναζήτηση σε αυτό απέτυχε. Τα άλλα πακέτα λειτουργούν κανονικά.',
    );
    expect(describePackError('switched off: the stored version 1.0.0 fails the pack checks (bad); install a corrected version').headline).toMatch(/^Η αποθηκευμένη έκδοση/);
    expect(isSwitchedOff(damaged)).toBe(true);
    expect(isSwitchedOff('could not download: HTTP 404')).toBe(false);
  });

  it('English UI: English sentences', () => {
    uiLang.value = 'en';
    expect(describePackError('acme.json: version 1.0.0 of "acme" is already installed').headline).toBe(
      'This version of the pack is already installed.',
    );
  });
});

/** A refusal the background sent as data (lib/failure.ts) is worded from its code, naming what it names. */
describe('pack failures worded from their code', () => {
  const unusable: PackRefusal = {
    code: 'pack.unusable',
    file: 'pack.json',
    pack: 'acme-returns',
    version: '2.0.0',
    errors: 3,
    problems: [{ entry: 'refund-card', field: 'title', line: 12, text: 'entry "refund-card": "title" shows nothing', said: said('format.field', { field: 'title', problem: said('format.invisible') }) }],
  };
  const every: PackRefusal[] = [
    { code: 'pack.webPage', file: 'index.html' },
    { code: 'pack.notJson', file: 'pack.json' },
    { code: 'pack.notJson', file: 'pack.json', line: 7 },
    { code: 'pack.notText', file: 'pack.json' },
    { code: 'pack.tooLarge', file: 'pack.json', size: '30.0 MB', max: '25.0 MB' },
    { code: 'pack.notPack', file: 'notes.json' },
    unusable,
    { code: 'pack.unusable', file: 'pack.json', errors: 1, problems: [{ field: 'meta.id', text: 'meta: "id" is bad' }] },
    { code: 'pack.signature', file: 'pack.json' },
    { code: 'pack.fromUrl', file: 'pack.json', pack: 'acme', url: 'https://packs.example/acme.json' },
    { code: 'pack.sameVersion', file: 'pack.json', pack: 'acme', version: '1.0.0' },
    { code: 'pack.older', file: 'pack.json', pack: 'acme', version: '1.0.0', current: '1.2.0' },
    { code: 'pack.urlTaken', url: 'https://packs.example/acme.json', pack: 'acme' },
    { code: 'pack.storageFull' },
    { code: 'pack.storageFull', disk: true },
    { code: 'pack.diskFull' },
    { code: 'pack.storageFailed' },
    { code: 'pack.damaged', pack: 'acme', version: '1.1.0' },
    { code: 'pack.searchFailed', pack: 'acme' },
    { code: 'pack.failsChecks', pack: 'acme', version: '1.0.0' },
    { code: 'pack.badUrl', url: 'packs example' },
    { code: 'pack.notHttps', url: 'http://packs.example/acme.json' },
    { code: 'pack.http', url: 'https://packs.example/acme.json', status: 404 },
    { code: 'pack.http', url: 'https://packs.example/acme.json', status: 403 },
    { code: 'pack.http', url: 'https://packs.example/acme.json', status: 502 },
    { code: 'pack.unreachable', url: 'https://packs.example/acme.json' },
    { code: 'pack.timeout', url: 'https://packs.example/acme.json' },
    { code: 'pack.interrupted', url: 'https://packs.example/acme.json' },
    { code: 'pack.downloadTooLarge', url: 'https://packs.example/acme.json', max: '25.0 MB' },
    { code: 'pack.managed', pack: 'acme' },
    { code: 'pack.notInstalled', pack: 'acme' },
    { code: 'pack.builtIn', pack: 'acme' },
    { code: 'pack.rollbackGone', pack: 'acme', version: '1.0.0' },
    { code: 'pack.rollbackMissing', pack: 'acme', version: '1.0.0' },
    { code: 'pack.notModifiedFirst', url: 'https://packs.example/acme.json' },
    { code: 'pack.policyTwice', url: 'https://packs.example/copy.json', pack: 'acme', other: 'https://packs.example/acme.json' },
    { code: 'pack.badKey', private: false },
    { code: 'pack.badKey', private: true },
    { code: 'pack.notFromUrl', pack: 'acme' },
    { code: 'pack.noUpdate', pack: 'acme', current: '1.1.0' },
    { code: 'pack.updateChanged', pack: 'acme', seen: '1.1.0', version: '1.2.0' },
    { code: 'pack.updateMissing', pack: 'acme', version: '1.1.0' },
    { code: 'pack.checkFailed', packs: ['acme'], cause: { code: 'pack.storageFull' } },
    { code: 'pack.checkFailed', packs: ['acme', 'acme-returns'] },
    { code: 'pack.source', file: 'pack.yaml', kind: 'settings' },
    { code: 'pack.source', file: 'refund.md', kind: 'entry' },
  ];
  /** What the failure names (file, pack, URL, versions, entry, field) is no English word of the sentence. */
  const withoutNames = (text: string) => text.replace(/[\w.:/-]*[\w](?:\.json|\.html)|https:\/\/\S+?(?=·|\s|$)|acme(-returns)?|refund-card|meta\.id|\b\d+(\.\d+)*( MB)?|odigos build|pack\.json|title|JSON|UTF-8|HTTPS?|browser|packs example|\.pub|Markdown|YAML|pack\.yaml|refund\.md/g, '');

  it('Greek UI: a Greek sentence for every code, with no English word beyond the names it quotes', () => {
    uiLang.value = 'el';
    for (const f of every) {
      const text = describeFailure(f);
      expect(text, f.code).toMatch(/[α-ωά-ώ]/);
      expect(withoutNames(text), `${f.code}: ${text}`).not.toMatch(/[A-Za-z]/);
      expect(text, f.code).not.toMatch(/\{\w+\}/);
    }
    expect(describeFailure(unusable)).toBe(
      'Το πακέτο acme-returns 2.0.0 (pack.json) έχει λάθη και δεν μπορεί να χρησιμοποιηθεί. 3 λάθη· το πρώτο: καταχώριση «refund-card», πεδίο «τίτλος», γραμμή 12. Το πεδίο «τίτλος» δεν δείχνει τίποτα: έχει μόνο αόρατους χαρακτήρες (κενά μηδενικού πλάτους, σημάδια κατεύθυνσης). Ζητήστε διορθωμένη έκδοση από όποιον έφτιαξε το πακέτο.',
    );
    expect(describeFailure(every[7]!)).toBe(
      'Το pack.json έχει λάθη και δεν μπορεί να χρησιμοποιηθεί. Το λάθος: πεδίο «meta.id». Ζητήστε διορθωμένη έκδοση από όποιον έφτιαξε το πακέτο.',
    );
    // Sizes as Greek writes numbers: a decimal comma (the background sends them as its English reason says them).
    expect(describeFailure({ code: 'pack.tooLarge', file: 'pack.json', size: '30.5 MB', max: '25.0 MB' })).toBe(
      'Το pack.json είναι 30,5 MB, περισσότερα από τα 25 MB που επιτρέπονται για ένα πακέτο.',
    );
    expect(describeFailure({ code: 'pack.downloadTooLarge', url: 'https://packs.example/acme.json', max: '20.5 MB' })).toContain('τα 20,5 MB που επιτρέπονται');
    expect(describeFailure(every[11]!)).toBe('Η έκδοση 1.0.0 του πακέτου acme είναι παλαιότερη από την 1.2.0 που χρησιμοποιείται· δεν εγκαταστάθηκε.');
    // A pack whose check threw: named, with why (the storage full: what to do) or, without a reason, what to do.
    expect(describeFailure({ code: 'pack.checkFailed', packs: ['acme'], cause: { code: 'pack.storageFull' } })).toBe(
      'Το πακέτο acme δεν ελέγχθηκε για ενημερώσεις. Το πρόγραμμα περιήγησης δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε.',
    );
    expect(describeFailure({ code: 'pack.checkFailed', packs: ['acme', 'acme-returns'] })).toBe(
      'Τα πακέτα acme, acme-returns δεν ελέγχθηκαν για ενημερώσεις. Πατήστε ξανά «Έλεγχος για ενημερώσεις»· αν επαναληφθεί, ενημερώστε την τεχνική υποστήριξη.',
    );
    // The failure's sentence comes first; the validator's English stays beneath as the technical detail.
    expect(describePackError('pack.json (acme-returns 2.0.0) is not a usable pack: …', unusable)).toMatchObject({
      headline: describeFailure(unusable),
      detail: 'pack.json (acme-returns 2.0.0) is not a usable pack: …',
    });
  });

  it('English UI: an English sentence for every code, no Greek', () => {
    uiLang.value = 'en';
    for (const f of every) {
      const text = describeFailure(f);
      expect(text, f.code).not.toMatch(/[Α-Ωα-ωά-ώΆ-Ώ]/);
      expect(text, f.code).not.toMatch(/\{\w+\}/);
    }
    expect(describeFailure({ code: 'pack.tooLarge', file: 'pack.json', size: '30.5 MB', max: '25.0 MB' })).toBe('pack.json is 30.5 MB, more than the 25 MB a pack may be.');
    expect(describeFailure(unusable)).toBe(
      'The pack acme-returns 2.0.0 (pack.json) has errors and cannot be used. 3 errors; the first: entry “refund-card”, field “title”, line 12. "title" shows nothing: it holds only invisible characters (zero-width spaces, direction marks). Ask whoever made the pack for a corrected version.',
    );
  });
});

/** Failures that once reached the Knowledge section as English (or «the action did not complete») now say what to do. */
describe('subscribing, first downloads and pending updates, by code', () => {
  it('Greek: what is wrong and what to do, nothing English but the names', () => {
    uiLang.value = 'el';
    expect(describeFailure({ code: 'pack.badKey', private: false })).toBe(
      'Το κλειδί υπογραφής που γράψατε δεν είναι δημόσιο κλειδί· η συνδρομή δεν έγινε. Επικολλήστε τη μία γραμμή του αρχείου .pub που σας έδωσε όποιος υπογράφει το πακέτο ή αφήστε το πεδίο κενό.',
    );
    expect(describeFailure({ code: 'pack.badKey', private: true })).toMatch(/^Γράψατε ιδιωτικό κλειδί, όχι δημόσιο/);
    expect(describeFailure({ code: 'pack.notModifiedFirst', url: 'https://packs.example/acme.json' })).toMatch(
      /^Ο διακομιστής της διεύθυνσης https:\/\/packs\.example\/acme\.json απάντησε ότι το πακέτο δεν άλλαξε, ενώ ο Οδηγός δεν έχει ακόμη κανένα αντίγραφό του/,
    );
    expect(describeFailure({ code: 'pack.noUpdate', pack: 'acme', current: '1.1.0' })).toBe(
      'Το πακέτο acme δεν έχει πια ενημέρωση σε αναμονή (ίσως την αποδεχτήκατε ή την απορρίψατε σε άλλη καρτέλα)· χρησιμοποιείται η έκδοση 1.1.0.',
    );
    expect(describeFailure({ code: 'pack.updateChanged', pack: 'acme', seen: '1.1.0', version: '1.2.0' })).toMatch(/η έκδοση 1\.2\.0, όχι η 1\.1\.0 που είδατε· τίποτα δεν άλλαξε/);
    expect(describeFailure({ code: 'pack.updateMissing', pack: 'acme', version: '1.1.0' })).toMatch(/Πατήστε «Έλεγχος τώρα»/);
    // Before, an invalid key was matched by its words («public key») to «the pack's signature was not accepted».
    expect(describePackError('the signing key "hello" is not an Ed25519 public key', { code: 'pack.badKey', private: false }).headline).not.toMatch(/υπογραφή του πακέτου/);
  });

  it('English', () => {
    uiLang.value = 'en';
    expect(describeFailure({ code: 'pack.noUpdate', pack: 'acme', current: '1.1.0' })).toBe(
      'The pack acme no longer has an update waiting (you may have accepted or rejected it in another tab); version 1.1.0 is in use.',
    );
    expect(describeFailure({ code: 'pack.policyTwice', url: 'https://a.example/c.json', pack: 'acme', other: 'https://a.example/a.json' })).toBe(
      'https://a.example/c.json serves the pack acme, which another of your organisation’s addresses (https://a.example/a.json) already provides, so it was not installed twice. Tell your IT support.',
    );
  });
});

/** A pack switched off and a failed download are told by their code, never by the English words of their reason. */
describe('switched off and downloads, by code', () => {
  it('a damaged stored copy is worded from pack.damaged whatever its message says, and its card is a switch-off', () => {
    uiLang.value = 'el';
    const damaged: PackRefusal = { code: 'pack.damaged', pack: 'acme', version: '1.1.0' };
    const reworded = 'switched off: the record could not be read; import the pack again';
    expect(describePackError(reworded, damaged).headline).toBe(
      'Το αντίγραφο της έκδοσης 1.1.0 του πακέτου acme σε αυτόν τον υπολογιστή έχει καταστραφεί, γι’ αυτό το πακέτο απενεργοποιήθηκε. Εισαγάγετέ το ξανά.',
    );
    expect(isSwitchedOff('anything', damaged)).toBe(true);
    expect(isSwitchedOff('anything', { code: 'pack.searchFailed', pack: 'acme' })).toBe(true);
    expect(isSwitchedOff('switched off: …', { code: 'pack.http', url: 'https://x.example/p.json', status: 500 })).toBe(false);
  });

  it('HTTP statuses an agent acts on differently: not found, not allowed, the server\'s trouble', () => {
    uiLang.value = 'el';
    const url = 'https://packs.example/acme.json';
    expect(describeFailure({ code: 'pack.http', url, status: 404 })).toBe(
      'Στη διεύθυνση https://packs.example/acme.json δεν βρέθηκε πακέτο (σφάλμα HTTP 404). Ελέγξτε τη διεύθυνση με όποιον σας την έδωσε.',
    );
    expect(describeFailure({ code: 'pack.http', url, status: 403 })).toMatch(/^Ο διακομιστής δεν επιτρέπει τη λήψη/);
    expect(describeFailure({ code: 'pack.http', url, status: 503 })).toMatch(/^Ο διακομιστής απάντησε με σφάλμα \(HTTP 503\)/);
  });
});

/** A pack write refused for room: «remove a pack» only when the extension's quota is used up, never on a full disk. */
describe('a pack not saved for want of room', () => {
  it('Greek: a full disk says to free disk space and try again, and that nothing installed was lost', () => {
    uiLang.value = 'el';
    const disk = describeFailure({ code: 'pack.storageFull', disk: true });
    expect(disk).toBe(
      'Ο δίσκος του υπολογιστή γέμισε, γι’ αυτό το πακέτο δεν αποθηκεύτηκε. Ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και δοκιμάστε ξανά. Τα πακέτα που έχετε εγκαταστήσει δεν χάθηκαν.',
    );
    expect(disk).not.toContain('αφαιρέστε ένα πακέτο');
    expect(describeFailure({ code: 'pack.storageFull' })).toBe('Το πρόγραμμα περιήγησης δεν έχει άλλο χώρο για πακέτα γνώσης· αφαιρέστε ένα πακέτο που δεν χρησιμοποιείτε.');
    expect(describePackError('the disk is full, so the pack was not saved (…): free disk space, then try again; nothing installed was lost', { code: 'pack.storageFull', disk: true }).headline).toBe(disk);
  });

  it('English', () => {
    uiLang.value = 'en';
    expect(describeFailure({ code: 'pack.storageFull', disk: true })).toBe(
      'The computer’s disk is full, so the pack was not saved. Free some space (delete files or downloads you do not need) and try again. The packs you installed are not lost.',
    );
    expect(describeFailure({ code: 'pack.storageFull' })).toBe('The browser has no more room for knowledge packs; remove a pack you do not use.');
  });
});
