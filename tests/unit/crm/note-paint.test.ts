import { describe, expect, it } from 'vitest';
import { noteBackground, noteLine } from '@/lib/crm/note-paint';

describe('the colours notes are painted in', () => {
  it.each(['#fff8e1', 'rgb(255, 243, 196)', '#fff3c4', 'rgba(255, 236, 179, 0.9)'])('%s behind an item is a note’s', (c) => expect(noteBackground(c)).toBe(true));
  it.each(['#ffffff', '#f5f7fa', '#e3f2fd', 'rgba(255, 243, 196, 0.2)', '#ffc107'])('%s behind an item is not', (c) => expect(noteBackground(c)).toBe(false));
  it.each(['#f5c518', '#ffc107', 'rgb(255, 213, 79)', '#fbc02d', '#ffb300'])('%s as a border is a note’s yellow', (c) => expect(noteLine(c)).toBe(true));
  it.each(['#c1cbd4', '#1f73b7', '#ff5722', '#e53935', '#4caf50', '#000000', 'rgb(128, 112, 40)', 'rgba(245, 197, 24, 0.2)'])('%s as a border is not', (c) => expect(noteLine(c)).toBe(false));
});
