import { describe, expect, it } from 'vitest';
import { reminderText } from '@/lib/background/reminders';
import { newNote } from '@/lib/notes/model';

/** The call-back notification speaks the UI language, with the hour as the notes page writes it. */
describe('call-back notification words', () => {
  const due = new Date(2026, 11, 7, 13, 5).getTime();
  const note = newNote(
    { interactionId: 'desk:48213', url: 'https://desk.example.gr/tickets/48213', label: 'Γιώργος Παπαδόπουλος · #48213' },
    { text: '', customer: 'Γιώργος Παπαδόπουλος', followUpAt: due, status: 'open' },
    due - 86_400_000,
  );

  it('Greek: the promise, the ticket, a 24-hour time, the customer', () => {
    expect(reminderText(note, 'el')).toEqual({
      title: 'Υπόσχεση επανάκλησης',
      message: 'Γιώργος Παπαδόπουλος · #48213 — 07/12/2026, 13:05 — Γιώργος Παπαδόπουλος',
      contextMessage: 'Πατήστε για να ανοίξει το αίτημα.',
    });
  });

  it('English, and a note with no label or customer names its page', () => {
    const bare = { ...note, label: '', fields: { ...note.fields, customer: '' } };
    expect(reminderText(bare, 'en')).toEqual({
      title: 'Promised call-back',
      message: 'https://desk.example.gr/tickets/48213 — 07/12/2026, 13:05',
      contextMessage: 'Click to open the ticket.',
    });
  });
});
