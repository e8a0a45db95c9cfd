import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { NoteTimeline } from '@/components/notes/NoteTimeline';
import { uiLang } from '@/lib/i18n';
import { describeEvent } from '@/lib/notes/describe';
import { useRenderRoot } from '../overlay/render-root';
import { note } from './fixtures';

const root = useRenderRoot();
const H = 3_600_000;
const T0 = 1_760_000_000_000;

/** The customer wrote at T0 (the page dated it); the SOP targets 15 minutes and 2 days (2880 minutes). */
const waited = note('7', {
  timeline: [
    { at: T0, event: { kind: 'message', from: 'customer', key: 'c1', shown: true } },
    { at: T0 + 5 * H, event: { kind: 'sop-opened', sopId: 'double-card-charge', title: 'Διπλή χρέωση κάρτας', firstResponseMinutes: 15, completionMinutes: 2880 } },
    { at: T0 + 5 * H + 2 * 60_000, event: { kind: 'message', from: 'agent', key: 'a1', shown: true } },
    { at: T0 + 30 * H, event: { kind: 'status', status: 'resolved' } },
  ],
});

const metric = (name: string) => root().querySelector(`[data-metric="${name}"]`)?.textContent ?? '';

afterEach(() => {
  uiLang.value = 'en';
});

describe('the note’s response times, as the agent and QC read them', () => {
  it('Greek: the real wait from the customer’s message and targets in days and hours, not thousands of minutes', () => {
    uiLang.value = 'el';
    act(() => render(<NoteTimeline note={waited} now={T0 + 31 * H} />, root()));
    expect(metric('first-response')).toBe('Πρώτη απάντηση: 5 ώρες 2 λεπτά (στόχος 15 λεπτά, εκτός στόχου) · από το μήνυμα του πελάτη');
    expect(metric('completion')).toBe('Ολοκλήρωση: 1 ημέρα 6 ώρες (στόχος 2 ημέρες) · από το μήνυμα του πελάτη');
    expect(root().textContent).not.toMatch(/\d{3,} λεπτά|double-card-charge/);
  });

  it('English: the same figures in English words, and the timeline in English sentences', () => {
    uiLang.value = 'en';
    act(() => render(<NoteTimeline note={waited} now={T0 + 31 * H} />, root()));
    expect(metric('first-response')).toBe('First response: 5 hours 2 minutes (target 15 minutes, over target) · from the customer’s message');
    expect(metric('completion')).toContain('(target 2 days)');
    const timeline = root().querySelector('ol')!.textContent!;
    expect(timeline).toContain('Message from the customer');
    expect(timeline).toContain('Opened the procedure “Διπλή χρέωση κάρτας”');
    expect(timeline).toContain('Reply in the thread');
    expect(timeline).not.toMatch(/π\.μ\.|μ\.μ\./);
  });
});

describe('a reply in the timeline', () => {
  it('says it was sent, without "time Odigos first saw it", when it was heard as the agent sent it (Greek and English)', () => {
    const sent = { kind: 'message', from: 'agent', key: 'k', shown: false, sent: true } as const;
    const seen = { kind: 'message', from: 'agent', key: 'k', shown: false } as const;
    uiLang.value = 'el';
    expect(describeEvent(sent)).toBe('Στάλθηκε απάντηση');
    expect(describeEvent(seen)).toBe('Απάντηση στο νήμα (ώρα που το είδε ο Οδηγός)');
    uiLang.value = 'en';
    expect(describeEvent({ ...sent, thread: true })).toBe('Reply sent');
  });
});
