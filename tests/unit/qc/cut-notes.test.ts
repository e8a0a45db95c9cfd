import { describe, expect, it } from 'vitest';
import { readCutNotes } from '@/knowledge/qc/cut-notes';

describe('an older notes export cut short', () => {
  const doc = {
    format: 'odigos-notes',
    version: 1,
    exportedAt: '2026-10-26T07:00:00.000Z',
    masked: false,
    notes: [
      { interactionId: 'a', fields: { text: 'Είπε: «δεν θέλω {κουπόνι}» και "τέλος" \\ ]' } },
      { interactionId: 'b', fields: { text: 'δεύτερη' } },
      { interactionId: 'c', fields: { text: 'τρίτη, κομμένη' } },
    ],
  };
  const text = JSON.stringify(doc, null, 2);

  it('reads the head and each note that closes before the cut, braces and quotes inside the words notwithstanding', () => {
    const cut = readCutNotes(text.slice(0, text.indexOf('τρίτη')));
    expect(cut?.head).toEqual({ format: 'odigos-notes', version: 1, exportedAt: '2026-10-26T07:00:00.000Z', masked: false });
    expect(cut?.notes).toEqual(doc.notes.slice(0, 2));
  });

  it('reads none when the cut is inside the first note, and nothing when there is no notes list', () => {
    expect(readCutNotes(text.slice(0, text.indexOf('δεν θέλω')))?.notes).toEqual([]);
    expect(readCutNotes('{"format": "odigos-notes", "vers')).toBeUndefined();
  });
});
