import { describe, expect, it } from 'vitest';
import { emptyTemplate, slugify } from '../../../studio/model/entry-form';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../../studio/server/workspace';

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

/**
 * A long title's id was cut at 60 letters, inside a word: «…με προβλήματα όρασης» → «…-provlimata-or», a file name
 * that reads as a typo. It ends after the last whole word that fits.
 */
describe('a long title’s id ends at a word', () => {
  it.each([
    ['Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα όρασης', 'engrafo-se-megali-grammatoseira-gia-pelates-me-provlimata'],
    ['Refund for an order that arrived damaged after the courier left it outside', 'refund-for-an-order-that-arrived-damaged-after-the-courier'],
    // Exactly 60 letters of whole words: kept whole.
    ['Ακύρωση συνδρομής πριν από τη λήξη της περιόδου δοκιμής τώρα', 'akyrosi-syndromis-prin-apo-ti-lixi-tis-periodou-dokimis-tora'],
  ])('%s → %s', (title, id) => {
    expect(slugify(title)).toBe(id);
    expect(id.length).toBeLessThanOrEqual(60);
  });

  it('a first word longer than an id may be is cut inside it, as nothing else can be', () => {
    expect(slugify('Α'.repeat(70))).toBe('a'.repeat(60));
  });

  it('two long titles that differ after the cut get two files, each name ending at a word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'odigos-slug-'));
    try {
      writeFileSync(join(dir, 'pack.yaml'), 'id: acme-support\nname: Acme support\nversion: 1.0.0\nlang: el\n');
      const ws = new Workspace(dir, false);
      ws.open();
      const titles = ['Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα όρασης', 'Έγγραφο σε μεγάλη γραμματοσειρά για πελάτες με προβλήματα ακοής'];
      const files: string[] = [];
      for (const [i, title] of titles.entries()) {
        const saved = await ws.save(`new:${i}`, undefined, null, { ...emptyTemplate('el'), title, id: slugify(title), body: 'Κείμενο.' });
        if (saved.ok) files.push(saved.file);
      }
      ws.close();
      expect(files).toEqual(['templates/engrafo-se-megali-grammatoseira-gia-pelates-me-provlimata.md', 'templates/engrafo-se-megali-grammatoseira-gia-pelates-me-provlimata-2.md']);
      expect(readdirSync(join(dir, 'templates')).sort()).toEqual(files.map((f) => f.slice('templates/'.length)).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
