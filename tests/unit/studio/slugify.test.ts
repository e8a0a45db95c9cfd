import { describe, expect, it } from 'vitest';
import { slugify } from '../../../studio/model/entry-form';

describe('an entry id from its title', () => {
  it.each([
    ['Διπλή χρέωση κάρτας', 'dipli-chreosi-kartas'],
    ['Ευχαριστούμε για την υπομονή', 'evcharistoume-gia-tin-ypomoni'],
    ['Συγγνώμη για την καθυστέρηση', 'syngnomi-gia-tin-kathysterisi'],
    ['Αυτόματη απάντηση', 'avtomati-apantisi'],
    ['Refund — 5 days!', 'refund-5-days'],
  ])('%s → %s', (title, id) => {
    expect(slugify(title)).toBe(id);
  });
});
