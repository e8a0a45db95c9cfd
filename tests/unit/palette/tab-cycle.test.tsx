import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { FieldsForm } from '@/components/palette/FieldsForm';
import { Palette } from '@/components/palette/Palette';
import { useRenderRoot } from '../overlay/render-root';

const tab = (shift = false) => {
  const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
  document.activeElement!.dispatchEvent(e);
  return e.defaultPrevented;
};
const focused = () => {
  const el = document.activeElement as HTMLElement;
  return el.getAttribute('aria-label') ?? el.textContent ?? el.localName;
};

describe('Tab goes round the palette and the fill-in form, never on to the page with them left open', () => {
  const root = useRenderRoot();

  it('palette: search box → preview → search box, and back the other way', async () => {
    render(<Palette anchor={{ x: 10, y: 10, height: 20 }} theme="light" search={async () => []} preview={async () => ''} onPick={() => undefined} onClose={() => undefined} />, root());
    await vi.waitFor(() => expect(focused()).toBe('Αναζήτηση προτύπου'));
    expect(tab()).toBe(true);
    expect(focused()).toBe('Προεπισκόπηση');
    tab();
    expect(focused()).toBe('Αναζήτηση προτύπου');
    tab(true);
    expect(focused()).toBe('Προεπισκόπηση');
  });

  it('form: field → Άκυρο → Εισαγωγή → field', async () => {
    render(<FieldsForm title="Τ" fields={['Αριθμός παραγγελίας']} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={() => undefined} onCancel={() => undefined} />, root());
    await vi.waitFor(() => expect(document.activeElement?.localName).toBe('input'));
    tab();
    expect(focused()).toBe('Άκυρο');
    tab();
    expect(focused()).toBe('Εισαγωγή');
    tab();
    expect(document.activeElement?.localName).toBe('input');
    tab(true);
    expect(focused()).toBe('Εισαγωγή');
  });

  it('form with a choice: its wordings are one stop (the first, then the chosen one), then the box for the agent\u2019s own wording', async () => {
    render(<FieldsForm title="Τ" fields={['Ήρεμος / αναστατωμένος / θυμωμένος']} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={() => undefined} onCancel={() => undefined} />, root());
    const radios = [...root().querySelectorAll<HTMLInputElement>('input[type=radio]')];
    await vi.waitFor(() => expect(document.activeElement).toBe(radios[0]));
    tab();
    expect(focused()).toBe('Δική σας διατύπωση');
    tab(true);
    expect(document.activeElement).toBe(radios[0]);
    radios[2]!.checked = true;
    root().querySelector<HTMLTextAreaElement>('textarea.op-search')!.focus();
    tab(true);
    expect(document.activeElement).toBe(radios[2]);
    tab(true);
    expect(focused()).toBe('Εισαγωγή');
  });
});
