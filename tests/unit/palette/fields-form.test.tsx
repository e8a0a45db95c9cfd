import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FieldsForm } from '@/components/palette/FieldsForm';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/** Enter pressed in a field as the browser delivers it; whether the form kept it from submitting. */
function enter(input: HTMLInputElement): boolean {
  const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  input.dispatchEvent(key);
  return key.defaultPrevented;
}

// «Πότε θα δει ο πελάτης τα χρήματα» asks for the amount and the order's date: the agent typed the amount and pressed
// Enter, and the template went in with «δόθηκε στις. Από εκεί…», the date dropped from the sentence.
describe('the fill-in form: Enter with a field still empty', () => {
  it('goes on to the next empty field, then to an earlier one, and inserts only when every field is filled', () => {
    const onSubmit = vi.fn();
    act(() =>
      render(
        <FieldsForm title="Πότε θα δει ο πελάτης τα χρήματα" fields={['Ποσό', 'Ημερομηνία εντολής', 'Τράπεζα']} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={onSubmit} onCancel={() => undefined} />,
        root(),
      ),
    );
    const [amount, date, bank] = [...root().querySelectorAll('input')];
    expect(document.activeElement).toBe(amount);
    amount!.value = '89,90';
    expect(enter(amount!)).toBe(true);
    expect(document.activeElement).toBe(date);
    // The agent skips to the bank first: Enter there goes back to the date, still empty.
    bank!.focus();
    bank!.value = 'Alpha';
    expect(enter(bank!)).toBe(true);
    expect(document.activeElement).toBe(date);
    date!.value = '3 Δεκεμβρίου';
    // All filled: Enter is left to the form, which inserts.
    expect(enter(date!)).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a single field: Enter inserts at once, as before', () => {
    act(() => render(<FieldsForm title="Τ" fields={['Αριθμός παραγγελίας']} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={() => undefined} onCancel={() => undefined} />, root()));
    const input = root().querySelector('input')!;
    input.value = '100482';
    expect(enter(input)).toBe(false);
  });
});
