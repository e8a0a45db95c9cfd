import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { StageBar, type StageBarProps } from '@/components/overlay/StageBar';
import { uiLang } from '@/lib/i18n';
import { useRenderRoot } from './render-root';

const root = useRenderRoot();
const label = (props: Omit<StageBarProps, 'onResolved'>) => {
  act(() => render(<StageBar {...props} onResolved={vi.fn()} />, root()));
  return root().querySelector('[role="status"]')?.textContent;
};

describe('StageBar', () => {
  it('says a new request as such, and a customer who writes again («τρίτη φορά που γράφω») as still open, not new', () => {
    expect(label({ stage: 'new' })).toBe('Στάδιο: νέο αίτημα');
    expect(label({ stage: 'new', repeat: true })).toBe('Στάδιο: εκκρεμεί');
    // Once the agent works the ticket, the stage is the agent's: in progress, resolved.
    expect(label({ stage: 'working', repeat: true })).toBe('Στάδιο: σε εξέλιξη');
    expect(label({ stage: 'resolved', repeat: true })).toBe('Στάδιο: επιλύθηκε');
  });

  it('a customer who closes («Ευχαριστώ πολύ, το πήρα!») reads resolved, as the suggestions take it; the button stays unpressed', () => {
    expect(label({ stage: 'new', closing: true })).toBe('Στάδιο: επιλύθηκε');
    expect(label({ stage: 'new', closing: true, repeat: true })).toBe('Στάδιο: επιλύθηκε');
    expect(root().querySelector('button')?.getAttribute('aria-pressed')).toBe('false');
    // With a step ticked too: the engine ranks a customer's closing as resolved whatever the agent's stage (rank.ts).
    expect(label({ stage: 'working', closing: true })).toBe('Στάδιο: επιλύθηκε');
    expect(root().querySelector('button')?.getAttribute('aria-pressed')).toBe('false');
    uiLang.value = 'en';
    try {
      expect(label({ stage: 'new', closing: true })).toBe('Stage: resolved');
    } finally {
      uiLang.value = 'el';
    }
  });

  it('speaks natural English: a new request (not "new problem"), still open', () => {
    uiLang.value = 'en';
    try {
      expect(label({ stage: 'new' })).toBe('Stage: new request');
      expect(label({ stage: 'new', repeat: true })).toBe('Stage: still open');
    } finally {
      uiLang.value = 'el';
    }
  });
});
