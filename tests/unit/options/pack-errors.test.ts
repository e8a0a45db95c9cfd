import { afterEach, describe, expect, it } from 'vitest';
import { describePackError } from '@/components/options/pack-errors';
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

  it('English UI: English sentences', () => {
    uiLang.value = 'en';
    expect(describePackError('acme.json: version 1.0.0 of "acme" is already installed').headline).toBe(
      'This version of the pack is already installed.',
    );
  });
});
