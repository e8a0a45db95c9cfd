import { deepActiveElement, editableRoot } from '@/lib/editors/dom';
import { insertIntoEditor } from '@/lib/editors/index';
import { escapeHtml } from '@/lib/editors/rich-text';

/**
 * Keys the agent typed into the editor while a template went in, typed once it is in (the content script held
 * them: app/content/shortcuts.ts). Each is a key name as KeyboardEvent gives it: a character, Enter, Backspace,
 * Delete, Tab (ShiftTab with Shift).
 */

/**
 * The held text as a paste's HTML: inline on its line (a <p> would start a paragraph of its own in some editors), a
 * paragraph per Enter; spaces at its edges and in runs kept as no-break spaces, which HTML would collapse («delay.Thanks»).
 */
function heldHtml(text: string): string {
  const lines = text.split('\n').map((line) => escapeHtml(line).replace(/^ | $| (?= )/g, '\u00a0'));
  return lines.length === 1 ? lines[0]! : lines.map((line) => `<p>${line || '<br>'}</p>`).join('');
}

/** Type `keys` at the caret in `root`, through the editor's own paste (its model, its undo), in order. */
export async function typeHeldKeys(root: HTMLElement, keys: readonly string[]): Promise<void> {
  let text = '';
  for (const key of [...keys, '']) {
    if (key.length === 1 || key === 'Enter') {
      text += key === 'Enter' ? '\n' : key;
      continue;
    }
    // A letter typed then taken back never needs to reach the editor.
    if (key === 'Backspace' && text) {
      text = text.slice(0, -1);
      continue;
    }
    if (text) await insertIntoEditor(root, { text, html: heldHtml(text) });
    text = '';
    if (key) root.ownerDocument.execCommand(key === 'Backspace' ? 'delete' : 'forwardDelete');
  }
}

const FOCUSABLE = 'a[href],button,input,select,textarea,iframe,summary,[tabindex],[contenteditable=""],[contenteditable="true"]';

/** The element in the top document that stands for `el` (the frame it is in, the shadow host it is under). */
function outermost(el: Element): Element {
  for (;;) {
    const root = el.getRootNode() as ShadowRoot | Document;
    if ('host' in root) el = root.host;
    else if (el.ownerDocument.defaultView?.frameElement) el = el.ownerDocument.defaultView.frameElement;
    else return el;
  }
}

/** Where the browser's own Tab (Shift+Tab when `back`) would take focus from `from`: the next field in the page's order. */
function nextField(from: Element, back: boolean): HTMLElement | undefined {
  const here = outermost(from);
  const fields = [...here.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      (el as HTMLInputElement).type !== 'hidden' &&
      el.getClientRects().length > 0 &&
      !here.contains(el) &&
      !el.contains(here),
  );
  const after = (el: Element) => !!(here.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  return back ? fields.filter((el) => !after(el)).at(-1) : fields.find(after);
}

/**
 * A Tab the agent pressed while the template went in, now that it is in: the editor's own Tab first (a list's
 * indent, a table's next cell), else what the browser's does, focus to the next field (the previous with Shift).
 */
export function pressTab(from: Element, back: boolean): void {
  const tab = new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', shiftKey: back, bubbles: true, cancelable: true, composed: true });
  if (from.dispatchEvent(tab)) nextField(from, back)?.focus();
}

/**
 * Type the held keys in order, taken from `held` as they go (the content script adds the agent's next keys to it
 * meanwhile), where focus is: after the template. A Tab ends a run: the shortcut typed before it is expanded when
 * `expand` knows it (true: that template goes in now, and the rest waits for it), else the Tab does its job. True when
 * an expansion took over.
 */
export async function typeHeld(held: string[], expand: (root: HTMLElement | null) => boolean): Promise<boolean> {
  while (held.length) {
    const keys = held.splice(0, held.findIndex((k) => k.endsWith('Tab')) + 1 || held.length);
    const tab = keys.at(-1)!.endsWith('Tab') ? keys.pop() : undefined;
    const focused = deepActiveElement();
    const root = editableRoot(focused);
    if (root && keys.length) await typeHeldKeys(root, keys).catch(() => undefined);
    if (tab === 'Tab' && expand(root)) return true;
    if (tab && focused) pressTab(root ?? focused, tab !== 'Tab');
  }
  return false;
}

/**
 * Keys held before the template's fill-in form showed are the form's (a fast agent types «/order», Tab and the order
 * number at once): typed into its focused field, a Tab to the next field, Enter as the form takes it (the next empty
 * field, else insert), taken from `held` until the form is gone; what follows the Enter that inserts stays held for
 * after the template. Let through, the first of them went into the editor under the form and the rest into the form.
 */
export function typeIntoForm(dialog: Element, held: string[]): void {
  const shadow = dialog.getRootNode() as ShadowRoot;
  // Text boxes only: a choice of wordings (radio buttons) has no text to type into (setRangeText throws there, and the
  // form never showed its template); the keys stay held, for after the template.
  for (let field = shadow.activeElement; held.length && field?.localName === 'input' && (field as HTMLInputElement).type === 'text' && dialog.contains(field); field = shadow.activeElement) {
    const input = field as HTMLInputElement;
    const key = held.shift()!;
    const [start, end] = [input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length];
    if (key.length === 1) input.setRangeText(key, start, end, 'end');
    else if (key === 'Backspace' && start) input.setRangeText('', start === end ? start - 1 : start, end, 'end');
    else if (key === 'Enter' || key.endsWith('Tab')) {
      const back = key === 'ShiftTab';
      const press = new KeyboardEvent('keydown', { key: back ? 'Tab' : key, shiftKey: back, bubbles: true, cancelable: true, composed: true });
      // The form's own handlers decide (Enter to the next empty field, Tab round its controls); an Enter they leave inserts.
      if (input.dispatchEvent(press) && key === 'Enter') input.form?.requestSubmit();
    }
  }
}
