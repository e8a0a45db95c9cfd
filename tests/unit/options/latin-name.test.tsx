// Options: the agent's name as English replies write it ("Helen" for Ελένη). Saved only as a name in Latin letters
// (or empty: ELOT then), with the reason said where it is not; the help names what an empty field writes.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GeneralSection } from '@/components/options/GeneralSection';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import { uiLang } from '@/lib/i18n';
import { latinNameProblem } from '@/knowledge/names/latin-name';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

function show(settings: Partial<Settings> = {}) {
  const onChange = vi.fn();
  act(() => render(<GeneralSection settings={{ ...DEFAULT_SETTINGS, agentName: 'Ελένη Γεωργίου', ...settings }} onChange={onChange} />, root()));
  const field = [...root().querySelectorAll('label')].find((l) => /αγγλικές απαντήσεις|English replies/.test(l.textContent ?? ''))!;
  const input = field.querySelector('input')!;
  const help = () => root().querySelector('#agent-name-latin-help')!;
  const type = (value: string) =>
    act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  return { onChange, input, help, type };
}

describe('Options: your name in English replies', () => {
  it('saves a name in Latin letters, and says what English templates write while it is empty', () => {
    const { onChange, help, type, input } = show();
    expect(help().textContent).toContain('Αν μείνει κενό, τα αγγλικά πρότυπα γράφουν «Eleni Georgiou».');
    expect(input.getAttribute('aria-describedby')).toBe('agent-name-latin-help');
    type(' Helen Georgiou ');
    expect(onChange).toHaveBeenCalledWith({ agentNameLatin: 'Helen Georgiou' });
    type('');
    expect(onChange).toHaveBeenLastCalledWith({ agentNameLatin: '' });
  });

  it('does not save a name in Greek letters, and says why', () => {
    const { onChange, help, type, input } = show({ agentNameLatin: 'Helen' });
    type('Ελένη');
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(help().getAttribute('role')).toBe('alert');
    expect(help().textContent).toBe('Δεν αποθηκεύτηκε: γράψτε το μόνο με λατινικά γράμματα (π.χ. Helen Georgiou).');
  });

  it('in English too', () => {
    uiLang.value = 'en';
    const { help, type } = show({ agentName: '' });
    expect(root().textContent).toContain('Your name in English replies');
    expect(help().textContent).toBe('In Latin letters, as you spell it (e.g. "Helen" where passports write "Eleni"). Left empty, English templates spell your Greek name as passports do.');
    type('x'.repeat(61));
    expect(help().textContent).toBe('Not saved: 60 characters at most.');
  });

  it('takes Latin letters with their accents, hyphens, apostrophes and full stops, and nothing else', () => {
    for (const ok of ['Helen', 'Zoë', 'José María', "Mary-Jane O'Neill", 'J. R. Smith', '']) expect(latinNameProblem(ok), ok).toBeUndefined();
    for (const bad of ['Ελένη', 'Helen Γεωργίου', 'Helen2', '<b>', 'helen@example.com', '-']) expect(latinNameProblem(bad), bad).toBe('script');
  });
});
