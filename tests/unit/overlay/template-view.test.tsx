import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TemplateView, type TemplateViewProps } from '@/components/overlay/TemplateView';
import { useRenderRoot } from './render-root';
import { expandTemplate } from '@/knowledge/template/index';
import { template } from './fixtures';

const context = { customer: { name: 'Γιώργος Παπαδόπουλος' }, ticket: { id: '48213' }, agent: { name: 'Ελένη Γεωργίου' } };
/** What the background's templates.expand does, run here. */
const expand = async (fields: Record<string, string>, preview: boolean) =>
  expandTemplate(template.body, context, { lang: 'el', fields, onMissing: preview ? 'keep' : 'empty', now: new Date(2026, 4, 1) });

const root = useRenderRoot();

async function show(overrides: Partial<TemplateViewProps> = {}) {
  const props: TemplateViewProps = {
    entry: template,
    today: '2026-05-01',
    expand: vi.fn(expand),
    onInsert: vi.fn(async () => 'inserted' as const),
    onCopy: vi.fn(async () => undefined),
    onBack: vi.fn(),
    ...overrides,
  };
  await act(async () => render(<TemplateView {...props} />, root()));
  return props;
}
const preview = () => root().querySelector('.odigos-preview')!.textContent!;
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

describe('TemplateView', () => {
  it('previews the template filled from the page: vocative first name, ticket id, agent', async () => {
    await show();
    expect(preview()).toContain('Αγαπητέ Γιώργο,');
    expect(preview()).toContain('Για το αίτημα 48213');
    expect(preview()).toContain('Ελένη Γεωργίου');
    expect(root().textContent).toContain('Θέλει αναθεώρηση');
  });

  it('asks for fill-in fields with labelled inputs and shows them in the preview', async () => {
    await show();
    const input = root().querySelector<HTMLInputElement>('fieldset input')!;
    expect(input.closest('label')?.textContent).toContain('Αριθμός παραγγελίας');
    expect(preview()).toContain('την παραγγελία [Αριθμός παραγγελίας] λυπούμαστε');
    expect(root().textContent).toContain('Χωρίς τιμή ακόμα: Αριθμός παραγγελίας');
    await act(async () => {
      input.value = '100482';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(preview()).toContain('την παραγγελία 100482 λυπούμαστε');
  });

  it('starts with the fields the conversation answers (the order number the customer wrote), still editable', async () => {
    const props = await show({ customerTexts: ['Καλημέρα, η παραγγελία 100482 δεν ήρθε ακόμα.'] });
    await flush();
    const input = root().querySelector<HTMLInputElement>('fieldset input')!;
    expect(input.value).toBe('100482');
    expect(preview()).toContain('την παραγγελία 100482 λυπούμαστε');
    expect(root().textContent).not.toContain('Χωρίς τιμή ακόμα');
    // One preview asked for, with the value: not a first empty one.
    expect(vi.mocked(props.expand).mock.calls).toEqual([[{ 'Αριθμός παραγγελίας': '100482' }, true]]);
    await act(async () => {
      input.value = '100483';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(preview()).toContain('την παραγγελία 100483 λυπούμαστε');
  });

  it('inserts the final text with the caret at {{cursor}} and says so', async () => {
    const props = await show();
    act(() => root().querySelector<HTMLButtonElement>('.odigos-primary')!.click());
    await flush();
    expect(vi.mocked(props.expand).mock.calls.at(-1)).toEqual([{}, false]);
    const exp = vi.mocked(props.onInsert).mock.calls[0][0];
    expect(exp.text.startsWith('Αγαπητέ Γιώργο,')).toBe(true);
    expect(exp.text).not.toContain('{{');
    expect(exp.text.slice(0, exp.cursorOffset).endsWith('λυπούμαστε.')).toBe(true);
    expect(root().querySelector('[role=status]')?.textContent).toBe('Προστέθηκε στην απάντηση.');
  });

  it('says when there is no reply box, and copies on request', async () => {
    const props = await show({ onInsert: vi.fn(async () => 'no-editor' as const) });
    act(() => root().querySelector<HTMLButtonElement>('.odigos-primary')!.click());
    await flush();
    expect(root().querySelector('[role=status]')?.textContent).toContain('δεν μπήκε στο πλαίσιο απάντησης');
    act(() => root().querySelector<HTMLButtonElement>('.odigos-secondary')!.click());
    await flush();
    expect(vi.mocked(props.onCopy).mock.calls[0][0]).toContain('Αγαπητέ Γιώργο,');
    expect(root().querySelector('[role=status]')?.textContent).toBe('Αντιγράφηκε στο πρόχειρο.');
  });

  it('asks for the agent\'s name when the page and options give none, saves it, and fills it in', async () => {
    let known = '';
    const withoutName = async (fields: Record<string, string>, isPreview: boolean) =>
      expandTemplate(template.body, { ...context, agent: known ? { name: known } : {} }, { lang: 'el', fields, onMissing: isPreview ? 'keep' : 'empty' });
    const onSaveAgentName = vi.fn(async (name: string) => void (known = name));
    await show({ expand: vi.fn(withoutName), onSaveAgentName });
    await flush();
    const ask = root().querySelector<HTMLFormElement>('form.odigos-agent-name')!;
    const input = ask.querySelector('input')!;
    expect(input.closest('label')?.textContent).toBe('Το όνομά σας (το πρότυπο το χρειάζεται)');
    await act(async () => {
      input.value = 'Ελένη';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void ask.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(onSaveAgentName).toHaveBeenCalledWith('Ελένη');
    expect(preview()).toContain('Ελένη');
    expect(root().querySelector('form.odigos-agent-name')).toBeNull();
  });

  it('does not ask when the name is known', async () => {
    await show({ onSaveAgentName: vi.fn() });
    await flush();
    expect(root().querySelector('form.odigos-agent-name')).toBeNull();
  });
});

/** What the template view says when the background or the browser refuses: Greek words, the English reason marked as such. */
describe('TemplateView failures', () => {
  const gone = 'No template "refund-card" in pack "acme" (was it removed?)';
  const removed = () => Object.assign(new Error(gone), { failure: { code: 'template.gone', pack: 'acme', entry: 'refund-card' } });

  it('a template an update removed: the preview failure in Greek, naming it; the English reason only as marked detail', async () => {
    await show({ expand: vi.fn(async () => Promise.reject(removed())) });
    await flush();
    const status = root().querySelector('[role=status]')!;
    expect(status.textContent).toContain(
      `Η προεπισκόπηση του προτύπου δεν ετοιμάστηκε. Το πρότυπο «${template.title}» δεν υπάρχει πια στο πακέτο acme: το πακέτο ενημερώθηκε ή αφαιρέθηκε.`,
    );
    const english = status.querySelector('[lang="en"]')!;
    expect(english.textContent).toBe(gone);
    expect(english.parentElement?.textContent).toBe(`Τεχνικές λεπτομέρειες: ${gone}`);
    expect(status.textContent!.replace(gone, '').replace(template.title, '').replace(/acme/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('copying refused by the browser: «Η αντιγραφή δεν έγινε.», its DOMException as marked detail', async () => {
    const refusal = 'Failed to execute \'writeText\' on \'Clipboard\': Document is not focused.';
    await show({ onCopy: vi.fn(async () => Promise.reject(new DOMException(refusal, 'NotAllowedError'))) });
    await flush();
    const copy = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Αντιγραφή')!;
    await act(async () => copy.click());
    await flush();
    const status = root().querySelector('[role=status]')!;
    expect(status.textContent).toBe(`Η αντιγραφή δεν έγινε.Τεχνικές λεπτομέρειες: ${refusal}`);
    expect(status.querySelector('[lang="en"]')?.textContent).toBe(refusal);
  });

  it('copying the page does not allow: what to do in Greek, the English reason as detail (the Greek words were marked as English detail)', async () => {
    const { clipboardRefused } = await import('@/lib/failure');
    await show({ onCopy: vi.fn(async () => Promise.reject(clipboardRefused())) });
    await flush();
    const copy = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Αντιγραφή')!;
    await act(async () => copy.click());
    await flush();
    const status = root().querySelector('[role=status]')!;
    expect(status.textContent).toBe(
      'Η αντιγραφή δεν έγινε. Το πρόγραμμα περιήγησης δεν επιτρέπει την αντιγραφή σε αυτή τη σελίδα· επιλέξτε το κείμενο του προτύπου και αντιγράψτε το με Ctrl+C.Τεχνικές λεπτομέρειες: the browser did not let Odigos write to the clipboard',
    );
    expect(status.querySelector('[lang="en"]')?.textContent).not.toMatch(/[α-ω]/);
  });

  it('copying when the extras did not start in the page: what to do (reload), not the English alone under the headline', async () => {
    const { FailureError } = await import('@/lib/failure');
    const didNotStart = new FailureError({ code: 'ext.extrasFailed' }, 'Odigos extras did not start on this page');
    await show({ onCopy: vi.fn(async () => Promise.reject(didNotStart)) });
    await flush();
    const copy = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Αντιγραφή')!;
    await act(async () => copy.click());
    await flush();
    expect(root().querySelector('[role=status]')!.textContent).toBe(
      'Η αντιγραφή δεν έγινε. Μέρος του Οδηγού δεν ξεκίνησε σε αυτή τη σελίδα. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.Τεχνικές λεπτομέρειες: Odigos extras did not start on this page',
    );
  });

  it('copying from a frame in no tab: open the ticket in a normal tab', async () => {
    const { FailureError } = await import('@/lib/failure');
    await show({ onCopy: vi.fn(async () => Promise.reject(new FailureError({ code: 'ext.noTab' }, 'Odigos extras are injected only into tabs.'))) });
    await flush();
    const copy = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Αντιγραφή')!;
    await act(async () => copy.click());
    await flush();
    expect(root().querySelector('[role=status]')!.textContent).toBe(
      'Η αντιγραφή δεν έγινε. Ο Οδηγός λειτουργεί μόνο σε καρτέλες του προγράμματος περιήγησης. Ανοίξτε το αίτημα σε κανονική καρτέλα.Τεχνικές λεπτομέρειες: Odigos extras are injected only into tabs.',
    );
  });
});
