import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FieldsForm } from '@/components/palette/FieldsForm';
import { valueFor } from '@/components/palette/ChoiceField';
import { wordingsOf } from '@/knowledge/template/wordings';
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

// «Οδηγίες επιστροφής προϊόντος» ends «θα {{field:σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν}}»: the
// form showed one empty box labelled with both wordings joined by «/», and the agent retyped one by hand.
describe('the fill-in form: a field that offers wordings', () => {
  const fields = ['RMA', 'σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν', 'Κουπόνι (π.χ. 10 €) / πίστωση … €'];
  const show = (onSubmit: (v: Record<string, string>) => void) =>
    act(() => void render(<FieldsForm title="Οδηγίες επιστροφής προϊόντος" fields={fields} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={onSubmit} onCancel={() => undefined} />, root()));

  const choose = (radio: HTMLInputElement) =>
    act(() => {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const type = (box: HTMLInputElement | HTMLTextAreaElement, text: string) =>
    act(() => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const submitted = (onSubmit: ReturnType<typeof vi.fn>) => {
    root().querySelector<HTMLInputElement>('input[name=f0]')!.value = 'R-77';
    act(() => void root().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    return onSubmit.mock.lastCall![0] as Record<string, string>;
  };

  it('offers each wording as a radio button; the one chosen goes in, the box for the agent\u2019s own left empty', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    const group = root().querySelectorAll('fieldset')[0]!;
    expect(group.querySelector('legend')!.textContent).toBe('Διαλέξτε διατύπωση');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(['σας επιστρέψουμε τα χρήματα', 'σας στείλουμε το νέο προϊόν']);
    // No label joins the wordings with «/» any more.
    expect(root().textContent).not.toContain(' / ');
    // Hints in parentheses stay with their wording: «Κουπόνι (π.χ. 10 €)» and «πίστωση … €».
    expect([...root().querySelectorAll('fieldset')[1]!.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Κουπόνι (π.χ. 10 €)', 'πίστωση … €']);
    choose(radios[1]!);
    // The wording shows once, where it was chosen: the own box (was a copy of it) stays the agent's, empty.
    const own = group.querySelector<HTMLTextAreaElement>('textarea')!;
    expect([own.value, own.getAttribute('aria-label'), own.placeholder]).toEqual(['', 'Δική σας διατύπωση', 'ή γράψτε τη δική σας']);
    expect(group.textContent!.split('σας στείλουμε το νέο προϊόν').length - 1).toBe(1);
    expect(submitted(onSubmit)).toEqual({ RMA: 'R-77', [fields[1]!]: 'σας στείλουμε το νέο προϊόν', [fields[2]!]: '' });
  });

  it('a wording of the agent\u2019s own wins while typed last: the buttons clear; choosing again sets it aside, kept', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    const group = root().querySelectorAll('fieldset')[0]!;
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const own = group.querySelector<HTMLTextAreaElement>('textarea')!;
    choose(radios[1]!);
    type(own, 'σας στείλουμε άλλο χρώμα');
    // What goes in is what the agent sees chosen: no button left on beside their own words.
    expect(radios.map((r) => r.checked)).toEqual([false, false]);
    expect(own.hasAttribute('data-aside')).toBe(false);
    expect(submitted(onSubmit)[fields[1]!]).toBe('σας στείλουμε άλλο χρώμα');
    // A wording chosen after it: that goes in, the own text stays in its box (not lost), shown set aside.
    choose(radios[0]!);
    expect([own.value, own.hasAttribute('data-aside')]).toEqual(['σας στείλουμε άλλο χρώμα', true]);
    expect(submitted(onSubmit)[fields[1]!]).toBe('σας επιστρέψουμε τα χρήματα');
    // Typing in it again makes it the one; emptied, the choice is back.
    type(own, 'σας στείλουμε άλλο χρώμα αύριο');
    expect([radios[0]!.checked, submitted(onSubmit)[fields[1]!]]).toEqual([false, 'σας στείλουμε άλλο χρώμα αύριο']);
    type(own, '');
    expect([radios[0]!.checked, submitted(onSubmit)[fields[1]!]]).toEqual([true, 'σας επιστρέψουμε τα χρήματα']);
  });

  it('a chosen wording\u2019s «…» are small boxes in its own line, and what the agent types there goes in', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    const group = root().querySelectorAll('fieldset')[1]!;
    const [, credit] = group.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(group.querySelectorAll('.op-gap')).toHaveLength(0);
    choose(credit!);
    const gap = group.querySelector<HTMLInputElement>('.op-gap')!;
    expect([gap.closest('label'), gap.getAttribute('aria-label')]).toEqual([credit!.closest('label'), 'Συμπληρώστε το «…»']);
    // Left empty, the «…» stays in the reply for the agent to see; typed, it is the amount.
    expect(submitted(onSubmit)[fields[2]!]).toBe('πίστωση … €');
    type(gap, '15');
    expect(submitted(onSubmit)[fields[2]!]).toBe('πίστωση 15 €');
    expect(group.querySelector('textarea')!.value).toBe('');
  });

  // Two choices both headed «Διαλέξτε διατύπωση»: the agent (and a screen reader) could not tell which was the postage's.
  it('heads each choice with where it goes in the template, «Διαλέξτε διατύπωση» only for one with no lead-in', () => {
    const leadIns = { [fields[1]!]: '… το αργότερο σε … εργάσιμες, θα …' };
    act(() => void render(<FieldsForm title="Οδηγίες" fields={fields} leadIns={leadIns} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={() => undefined} onCancel={() => undefined} />, root()));
    const groups = [...root().querySelectorAll('fieldset')];
    // The group's name is its legend, its first child (no aria-label over it).
    expect(groups.map((g) => [g.firstElementChild!.tagName, g.firstElementChild!.textContent, g.hasAttribute('aria-label')])).toEqual([
      ['LEGEND', '… το αργότερο σε … εργάσιμες, θα …', false],
      ['LEGEND', 'Διαλέξτε διατύπωση', false],
    ]);
  });

  it('Enter goes on to a choice still unmade at its first wording, and a radio button\u2019s Enter counts as its field', () => {
    show(() => undefined);
    const rma = root().querySelector<HTMLInputElement>('input[name=f0]')!;
    expect(document.activeElement).toBe(rma);
    rma.value = 'R-77';
    expect(enter(rma)).toBe(true);
    const [first] = root().querySelectorAll<HTMLInputElement>('fieldset')[0]!.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(document.activeElement).toBe(first);
    // Chosen; Enter on the radio button goes on to the next choice still unmade, not to the form.
    act(() => {
      first!.checked = true;
      first!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(enter(first!)).toBe(true);
    expect(document.activeElement).toBe(root().querySelectorAll('fieldset')[1]!.querySelector('input[type=radio]'));
  });
});

// «Οδηγίες επιστροφής»: the agent typed the RMA and pressed Enter; the form went on to the refund's choice, its first
// wording focused but not chosen, and said nothing; the next Enter inserted the template with «θα .», the choice empty.
describe('the fill-in form: Enter and a choice of wordings not made yet', () => {
  const fields = ['RMA', 'σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν'];
  const leadIns = { [fields[1]!]: '… το αργότερο σε … εργάσιμες, θα …' };
  const show = (onSubmit: (v: Record<string, string>) => void, names = fields) =>
    act(() => void render(<FieldsForm title="Οδηγίες επιστροφής προϊόντος" fields={names} leadIns={leadIns} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={onSubmit} onCancel={() => undefined} />, root()));
  const press = (el: HTMLElement, repeat = false) => {
    const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, repeat });
    act(() => void el.dispatchEvent(key));
    return key.defaultPrevented;
  };
  const group = () => root().querySelector('fieldset')!;
  const missing = () => group().querySelector('.op-missing')!;

  it('Enter in a filled field goes on to the choice and says in words what is missing, nothing inserted', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    const rma = root().querySelector<HTMLInputElement>('input[name=f0]')!;
    rma.value = 'R-77';
    expect(missing().textContent).toBe('');
    expect(press(rma)).toBe(true);
    const first = group().querySelector<HTMLInputElement>('input[type=radio]')!;
    expect(document.activeElement).toBe(first);
    expect(first.checked).toBe(false);
    expect(missing().textContent).toBe('Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.');
    // Read with the wording that has the focus, and announced as it appears.
    expect(document.getElementById(first.getAttribute('aria-describedby')!)).toBe(missing());
    expect(missing().getAttribute('aria-live')).toBe('polite');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Enter on the wording that has the focus takes it and, nothing else empty, inserts it', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    root().querySelector<HTMLInputElement>('input[name=f0]')!.value = 'R-77';
    press(root().querySelector<HTMLInputElement>('input[name=f0]')!);
    const first = group().querySelector<HTMLInputElement>('input[type=radio]')!;
    expect(press(first)).toBe(true);
    expect(first.checked).toBe(true);
    expect(onSubmit).toHaveBeenCalledWith({ RMA: 'R-77', [fields[1]!]: 'σας επιστρέψουμε τα χρήματα' });
    expect(missing().textContent).toBe('');
  });

  it('a held Enter, repeating, takes no wording and inserts nothing', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    root().querySelector<HTMLInputElement>('input[name=f0]')!.value = 'R-77';
    const first = group().querySelector<HTMLInputElement>('input[type=radio]')!;
    first.focus();
    press(first, true);
    expect(first.checked).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Enter on a wording with a field still empty goes on to that field', () => {
    const onSubmit = vi.fn();
    show(onSubmit, [fields[1]!, 'RMA']);
    const first = group().querySelector<HTMLInputElement>('input[type=radio]')!;
    expect(document.activeElement).toBe(first);
    expect(press(first)).toBe(true);
    expect(document.activeElement).toBe(root().querySelector('input[name=f1]'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('the button inserts with the choice still empty, as it does with an empty box', () => {
    const onSubmit = vi.fn();
    show(onSubmit);
    root().querySelector<HTMLInputElement>('input[name=f0]')!.value = 'R-77';
    act(() => root().querySelector<HTMLButtonElement>('button.op-primary')!.click());
    expect(onSubmit).toHaveBeenCalledWith({ RMA: 'R-77', [fields[1]!]: '' });
  });
});

// «Η κάρτα μπλοκαρίστηκε»: the chosen wording sat in a one-line box cut at «… πάγωσε προσωρ», the «…» to fill out of
// sight; then whole in that box, shown twice. Its «…» is now a box in the wording's own line.
describe('the fill-in form: a chosen wording with «…» to fill', () => {
  const long = 'Η κάρτα σας με τελικά ψηφία … μπλοκαρίστηκε οριστικά σήμερα. / Η κάρτα σας με τελικά ψηφία … πάγωσε προσωρινά· αν τη βρείτε, την ξεπαγώνετε από την εφαρμογή.';
  const press = (el: HTMLElement) => {
    const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => void el.dispatchEvent(key));
    return key.defaultPrevented;
  };

  it('Enter on it goes to its «…», then inserts the wording with the digits in it', () => {
    const onSubmit = vi.fn();
    act(() => void render(<FieldsForm title="Η κάρτα μπλοκαρίστηκε" fields={[long]} anchor={{ x: 10, y: 10, height: 20 }} theme="light" onSubmit={onSubmit} onCancel={() => undefined} />, root()));
    const own = root().querySelector<HTMLTextAreaElement>('textarea')!;
    expect(Number(own.rows)).toBe(1);
    const second = root().querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!;
    second.focus();
    expect(press(second)).toBe(true);
    expect(second.checked).toBe(true);
    const gap = root().querySelector<HTMLInputElement>('.op-gap')!;
    expect(document.activeElement).toBe(gap);
    expect(onSubmit).not.toHaveBeenCalled();
    // The box under the wordings is still the agent's own, empty and one line.
    expect([own.value, Number(own.rows)]).toEqual(['', 1]);
    act(() => {
      gap.value = '4821';
      gap.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Nothing else empty: Enter in it is left to the form, which inserts (the browser submits it).
    expect(press(gap)).toBe(false);
    act(() => void root().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onSubmit).toHaveBeenCalledWith({ [long]: 'Η κάρτα σας με τελικά ψηφία 4821 πάγωσε προσωρινά· αν τη βρείτε, την ξεπαγώνετε από την εφαρμογή.' });
  });
});

describe('wordingsOf', () => {
  it('splits on « / » outside parentheses and keeps each wording as written', () => {
    expect(wordingsOf('ΕΕΤΤ (eett.gr) / Αρχή Προστασίας Δεδομένων (dpa.gr)')).toEqual(['ΕΕΤΤ (eett.gr)', 'Αρχή Προστασίας Δεδομένων (dpa.gr)']);
    expect(wordingsOf('Πότε (π.χ. σήμερα / αύριο)')).toEqual([]);
    expect(wordingsOf('Internet/DSL')).toEqual([]);
    expect(wordingsOf('Αριθμός παραγγελίας')).toEqual([]);
    expect(wordingsOf('Ήρεμος / αναστατωμένος / θυμωμένος')).toEqual(['Ήρεμος', 'αναστατωμένος', 'θυμωμένος']);
  });
});

/** The one rule of what a field with wordings inserts (ChoiceField worked it out in three places, which could drift). */
describe('valueFor', () => {
  const gaps = { 'Η κάρτα με ψηφία … πάγωσε': ['1234'] };
  it('the own wording while it wins, else the chosen wording with its «…» filled, else nothing', () => {
    expect(valueFor({ ownWins: true, own: 'Δικά μου λόγια', chosen: 'Η κάρτα με ψηφία … πάγωσε', gaps })).toBe('Δικά μου λόγια');
    expect(valueFor({ ownWins: false, own: 'Δικά μου λόγια', chosen: 'Η κάρτα με ψηφία … πάγωσε', gaps })).toBe('Η κάρτα με ψηφία 1234 πάγωσε');
    expect(valueFor({ ownWins: false, own: '', chosen: 'Η κάρτα με ψηφία … πάγωσε', gaps: {} })).toBe('Η κάρτα με ψηφία … πάγωσε');
    expect(valueFor({ ownWins: false, own: 'set aside', chosen: undefined, gaps })).toBe('');
  });
});
