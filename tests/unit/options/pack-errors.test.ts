import { afterEach, describe, expect, it } from 'vitest';
import { describePackError, isSwitchedOff } from '@/components/options/pack-errors';
import { uiLang } from '@/lib/i18n';

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
      detailLabel: 'Λεπτομέρειες',
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
