import { describe, expect, it } from 'vitest';
import { CONFLICT_END, CONFLICT_SPLIT, CONFLICT_START, mergeFields, mergeText } from '@/lib/notes/merge';
import { meetingTemplate } from '@/lib/notes/template';

const template = meetingTemplate('el');
const lines = template.split('\n');
/** The template with `text` written on the empty line after heading number `heading` (0-based). */
function writeUnder(base: string, heading: number, text: string): string {
  const l = base.split('\n');
  const at = l.indexOf(lines[heading * 2]) + 1;
  l.splice(at, 1, text);
  return l.join('\n');
}

describe('mergeText (three-way, by lines)', () => {
  it('keeps edits of two tabs under different headings, without a conflict', () => {
    const a = writeUnder(template, 0, 'Θέλει επιστροφή χρημάτων.');
    const b = writeUnder(template, 2, 'Επανάκληση από τον προϊστάμενο.');
    const m = mergeText(template, a, b);
    expect(m.conflict).toBe(false);
    expect(m.text).toContain('Θέλει επιστροφή χρημάτων.');
    expect(m.text).toContain('Επανάκληση από τον προϊστάμενο.');
    expect(m.text.split('\n')).toHaveLength(lines.length);
  });

  it('keeps both versions between markers when both rewrote the same line', () => {
    const a = writeUnder(template, 0, 'Ο πελάτης θέλει ακύρωση.');
    const b = writeUnder(template, 0, 'Η πελάτισσα ζητά αλλαγή.');
    const m = mergeText(template, a, b);
    expect(m.conflict).toBe(true);
    const out = m.text.split('\n');
    const s = out.indexOf(CONFLICT_START);
    expect(out.slice(s, s + 5)).toEqual([CONFLICT_START, 'Ο πελάτης θέλει ακύρωση.', CONFLICT_SPLIT, 'Η πελάτισσα ζητά αλλαγή.', CONFLICT_END]);
  });

  it('takes the longer line when one side only continued typing the other', () => {
    const a = writeUnder(template, 0, 'Θέλει επιστρ');
    const b = writeUnder(template, 0, 'Θέλει επιστροφή χρημάτων');
    expect(mergeText(template, a, b)).toEqual({ text: b, conflict: false });
    expect(mergeText(template, b, a)).toEqual({ text: b, conflict: false });
  });

  it('applies a deletion on one side when the other left those lines alone', () => {
    const base = 'α\nβ\nγ\nδ';
    expect(mergeText(base, 'α\nγ\nδ', 'α\nβ\nγ\nδ\nε')).toEqual({ text: 'α\nγ\nδ\nε', conflict: false });
  });

  it('short-cuts identical and one-sided changes', () => {
    expect(mergeText('x', 'y', 'y').text).toBe('y');
    expect(mergeText('x', 'x', 'z').text).toBe('z');
    expect(mergeText('x', 'y', 'x').text).toBe('y');
  });
});

describe('mergeFields', () => {
  const base = { text: template, customer: '', followUpAt: null, status: 'open' as const };
  it('takes each structured field from the side that changed it', () => {
    const theirs = { ...base, status: 'waiting' as const };
    const ours = { ...base, followUpAt: 1_800_000_000_000, customer: 'Μαρία Κ.' };
    const m = mergeFields(base, theirs, ours);
    expect(m.fields).toEqual({ text: template, customer: 'Μαρία Κ.', followUpAt: 1_800_000_000_000, status: 'waiting' });
    expect(m.changed.sort()).toEqual(['customer', 'followUpAt']);
  });
});
