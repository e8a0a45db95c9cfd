import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FieldsForm } from '@/components/palette/FieldsForm';
import { formHeight, MISSING_ROOM } from '@/components/palette/form-height';
import { revealAbove } from '@/components/palette/reveal';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();
const choice = 'τα αναλαμβάνουμε εμείς / τα πληρώνετε εσείς (… €)';

// «Λείπει η διατύπωση: διαλέξτε μία (↑ ↓) και πατήστε Enter.» was not counted: said under a choice, the form grew past
// the room it was placed in.
describe('the fill-in form\u2019s room', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts the room of what Enter says is missing in a form with a choice, not in one without', () => {
    expect(formHeight(['RMA', choice]) - formHeight(['RMA', 'Τ'])).toBeGreaterThanOrEqual(MISSING_ROOM + 2 * (3 + 21));
    expect(formHeight(['RMA', 'Τ'])).toBe(80 + 2 * 64);
  });

  it('placed by its own height once drawn, with room kept for the message: above the caret where only that has it', () => {
    // 900 px high window, caret at 550: below it 318 px, above it 538 px. The estimate fits below, and so does the
    // form drawn (290 px), but not with the message said under its choice (~46 px more).
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'dialog' ? 290 : 0;
    });
    vi.stubGlobal('innerHeight', 900);
    act(() => void render(<FieldsForm title="Τ" fields={['RMA', choice]} anchor={{ x: 10, y: 550, height: 20 }} theme="light" onSubmit={() => undefined} onCancel={() => undefined} />, root()));
    const style = root().querySelector<HTMLElement>('[role=dialog]')!.style;
    expect(formHeight(['RMA', choice])).toBeLessThanOrEqual(318);
    // Above the caret, held by its lower edge: the whole form and the message, when said, in the window.
    expect([style.top, style.bottom, style.maxHeight]).toEqual(['', '354px', '538px']);
    vi.unstubAllGlobals();
  });
});

/** An element whose box is at `top`…`bottom` (px from the window's top), for what revealAbove reads. */
const at = (el: Element, top: number, bottom: number, scroll?: { scrollTop: number }) =>
  vi.spyOn(el, 'getBoundingClientRect').mockImplementation(() => {
    const by = scroll ? scroll.scrollTop : 0;
    return { top: top - by, bottom: bottom - by, left: 0, right: 0, width: 0, height: bottom - top, x: 0, y: top - by, toJSON: () => ({}) } as DOMRect;
  });

// «Τελική απάντηση σε παράπονο»: the regulator chosen near the form's foot sat half under the sticky Insert bar.
describe('revealAbove', () => {
  function form(groupTop: number, groupBottom: number, radioTop: number) {
    const view = document.createElement('div');
    view.innerHTML = '<form><fieldset><input type="radio"></fieldset></form><div class="op-actions"></div>';
    const [group, radio, bar] = [view.querySelector('fieldset')!, view.querySelector('input')!, view.querySelector('.op-actions')!];
    at(view, 100, 700);
    at(bar, 650, 700);
    at(group, groupTop, groupBottom, view);
    at(radio, radioTop, radioTop + 20, view);
    return { view, radio };
  }

  it('scrolls a group cut by the buttons\u2019 bar up until its foot shows above it', () => {
    const { view, radio } = form(560, 700, 600);
    revealAbove(radio, view, view.querySelector('.op-actions'));
    expect(view.scrollTop).toBe(700 - (650 - 6));
  });

  it('leaves a group in view where it is', () => {
    const { view, radio } = form(300, 400, 320);
    revealAbove(radio, view, view.querySelector('.op-actions'));
    expect(view.scrollTop).toBe(0);
  });

  it('a group taller than the room shows from its top, the radio button still above the bar', () => {
    const { view, radio } = form(500, 1200, 540);
    revealAbove(radio, view, view.querySelector('.op-actions'));
    expect(view.scrollTop).toBe(500 - 106);
  });
});
