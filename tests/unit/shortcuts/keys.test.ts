import { describe, expect, it } from 'vitest';
import { isKnownShortcut, isNearShortcut, shortcutKey, shortcutReadings } from '@/lib/shortcuts/keys';

const keys = new Set(['sorry', 'dbl', 'καλησπερα', 'ευχ1'].map(shortcutKey));

describe('shortcut keys', () => {
  it('fold case, accents, final sigma and separators', () => {
    expect(shortcutKey('Καλησπέρα')).toBe('καλησπερα');
    expect(shortcutKey('ευχ-1')).toBe('ευχ1');
    expect(shortcutKey('ΤΈΛΟΣ')).toBe('τελοσ');
  });

  it('reads a keyword typed with the Greek layout active as its Latin keys, and the reverse', () => {
    expect(shortcutReadings('σορρυ')).toContain('sorry');
    expect(shortcutReadings('kalhsp;era')).toContain('καλησπερα');
    expect(isKnownShortcut('σορρυ', keys)).toBe(true);
    expect(isKnownShortcut('δβλ', keys)).toBe(true);
    expect(isKnownShortcut('kalhsp;era', keys)).toBe(true);
  });

  it('matches without accents or in capitals, and rejects unknown keywords', () => {
    expect(isKnownShortcut('ΚΑΛΗΣΠΕΡΑ', keys)).toBe(true);
    expect(isKnownShortcut('καλησπερα', keys)).toBe(true);
    expect(isKnownShortcut('SORRY', keys)).toBe(true);
    expect(isKnownShortcut('sorr', keys)).toBe(false);
    expect(isKnownShortcut('σορρ', keys)).toBe(false);
  });

  it('a keyword near a known one (its start, or one slip from it) is worth a palette; a word like none is not', () => {
    const more = new Set([...keys, shortcutKey('allagh-logariasmou')]);
    expect(isNearShortcut('allagh', more)).toBe(true);
    expect(isNearShortcut('sorr', more)).toBe(true);
    expect(isNearShortcut('soryy', more)).toBe(true);
    expect(isNearShortcut('srory', more)).toBe(true);
    expect(isNearShortcut('καλησπρεα', more)).toBe(true);
    // Typed with the other layout active: «σορρ» is «sorr».
    expect(isNearShortcut('σορρ', more)).toBe(true);
    expect(isNearShortcut('nomatch', more)).toBe(false);
    expect(isNearShortcut('help', more)).toBe(false);
    // Too short to be a shortcut's start: an agent's «/a», «/πχ».
    expect(isNearShortcut('so', more)).toBe(false);
    expect(isNearShortcut('db', more)).toBe(false);
  });
});
