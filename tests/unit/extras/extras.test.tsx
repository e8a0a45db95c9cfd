import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ExtrasSlot } from '@/components/overlay/ExtrasSlot';
import type { DetailProps } from '@/components/overlay/DetailView';
import type { ExtrasApi, ViewHandle } from '@/app/extras/api';
import { createExtras } from '@/app/extras/extras';
import { uiLang } from '@/lib/i18n';
import { FailureError } from '@/lib/failure';
import { sop, template } from '../overlay/fixtures';
import type { TemplateHit } from '@/lib/background/templates-service';

// What the palette and an insertion ask of the background, answered here.
const request = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messages', async (original) => ({ ...(await original<typeof import('@/lib/messages')>()), request }));

let host: HTMLElement;
let root: HTMLElement;
beforeEach(() => {
  uiLang.value = 'el';
  // The overlay lives in a shadow root; the extras add their sheets to it.
  host = document.createElement('div');
  document.body.append(host);
  root = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(root);
});
afterEach(() => {
  render(null, root);
  host.remove();
});
const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

const sopProps = (): DetailProps => ({
  kind: 'sop',
  entry: sop,
  checked: [],
  linked: { 'apology-double-charge': template },
  today: '2026-05-01',
  onToggle: vi.fn(),
  onOpenTemplate: vi.fn(),
  onBack: vi.fn(),
});

describe('ExtrasSlot: a place in the overlay for a view of the extras bundle', () => {
  /** A stand-in extras view: writes its props as text, so a test sees what crossed. */
  function fakeExtras() {
    const unmount = vi.fn();
    let resolve!: (api: ExtrasApi) => void;
    let reject!: (err: Error) => void;
    const loaded = new Promise<ExtrasApi>((res, rej) => ((resolve = res), (reject = rej)));
    const mount = (_api: ExtrasApi, box: HTMLElement, props: { text: string }): ViewHandle<{ text: string }> => {
      box.textContent = props.text;
      return { update: (p) => void (box.textContent = p.text), unmount };
    };
    return { extras: () => loaded, mount, unmount, load: () => resolve({} as ExtrasApi), fail: (err: Error = new Error('refused')) => reject(err) };
  }

  it('shows a loading state, then the view with the latest props, and follows new props', async () => {
    const fake = fakeExtras();
    const show = (text: string) => act(() => render(<ExtrasSlot extras={fake.extras} mount={fake.mount} props={{ text }} />, root));
    show('πρώτο');
    expect(root.querySelector('[role=status]')?.textContent).toBe('Φόρτωση…');
    show('δεύτερο');
    fake.load();
    await flush();
    expect(root.querySelector('[role=status]')).toBeNull();
    expect(root.textContent).toBe('δεύτερο');
    show('τρίτο');
    expect(root.textContent).toBe('τρίτο');
    act(() => render(null, root));
    expect(fake.unmount).toHaveBeenCalledOnce();
  });

  it('says so in place when the extras cannot load, and the rest keeps working', async () => {
    const fake = fakeExtras();
    act(() =>
      render(
        <div>
          <button type="button">Σύμπτυξη</button>
          <ExtrasSlot extras={fake.extras} mount={fake.mount} props={{ text: 'x' }} />
        </div>,
        root,
      ),
    );
    fake.fail();
    await flush();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('δεν φορτώθηκε σε αυτή τη σελίδα');
    expect(root.querySelector('button')?.textContent).toBe('Σύμπτυξη');
  });

  it('in a frame that is in no tab: says to open the ticket in a normal tab (reloading would not help)', async () => {
    const fake = fakeExtras();
    act(() => render(<ExtrasSlot extras={fake.extras} mount={fake.mount} props={{ text: 'x' }} />, root));
    fake.fail(new FailureError({ code: 'ext.noTab' }, 'Odigos extras are injected only into tabs.'));
    await flush();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Ο Οδηγός λειτουργεί μόνο σε καρτέλες του προγράμματος περιήγησης. Ανοίξτε το αίτημα σε κανονική καρτέλα.');
  });
});

describe('createExtras: the views the extras bundle renders for the content script', () => {
  it('renders an opened SOP with its styles in the overlay’s shadow root, in the language it is given', () => {
    const api = createExtras(() => true);
    const box = document.createElement('div');
    root.append(box);
    let handle!: ViewHandle<{ view: DetailProps; lang: 'el' | 'en' }>;
    act(() => void (handle = api.mountDetail(box, { view: sopProps(), lang: 'en' })));
    expect(box.querySelector('h2')?.textContent).toBe(sop.title);
    expect(box.textContent).toContain('Department');
    // The SOP view's own styles, adopted by the shadow root it renders in (pages may forbid inline styles).
    const rules = (root.getRootNode() as ShadowRoot).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    expect(rules.some((r) => r.startsWith('.odigos-detail '))).toBe(true);
    act(() => handle.update({ view: sopProps(), lang: 'el' }));
    expect(box.textContent).toContain('Τμήμα');
    act(() => handle.unmount());
    expect(box.childElementCount).toBe(0);
  });

  it('opens the palette with the keys typed while it loaded, searching for the conversation, and clears it', async () => {
    const api = createExtras(() => true);
    request.mockImplementation(async () => []);
    act(() =>
      api.showPalette(root, {
        caret: { root: null, saved: undefined },
        theme: 'light',
        lang: 'el',
        initialQuery: 'ευχ',
        page: { context: {}, interactionId: 'T-1', suggestFor: 'Χρεώθηκα δύο φορές' },
        onPick: vi.fn(),
        onClose: vi.fn(),
      }),
    );
    await flush();
    const box = root.querySelector<HTMLInputElement>('[role=combobox]')!;
    expect(box.getAttribute('aria-label')).toBe('Αναζήτηση προτύπου');
    expect(box.value).toBe('ευχ');
    expect(request).toHaveBeenCalledWith('templates.search', { query: 'ευχ', limit: 30, conversation: 'Χρεώθηκα δύο φορές', interactionId: 'T-1' });
    act(() => api.clear(root));
    expect(root.querySelector('[role=dialog]')).toBeNull();
  });

  // Not wrapped in act (which runs effects at once): in the page, Preact runs useEffect only after the next frame,
  // and until then the agent's keys still went to the reply box the palette or form had just covered.
  it('has focus in the palette\'s search box as soon as it shows, so the next key typed goes there, not to the editor', () => {
    const api = createExtras(() => true);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.focus();
    request.mockImplementation(() => new Promise(() => undefined));
    api.showPalette(root, {
      caret: { root: editor, saved: undefined },
      theme: 'light',
      lang: 'el',
      page: { context: {}, interactionId: 'T-1' },
      onPick: vi.fn(),
      onClose: vi.fn(),
    });
    const shadow = root.getRootNode() as ShadowRoot;
    expect(shadow.activeElement).toBe(root.querySelector('[role=combobox]'));
    expect(document.activeElement).not.toBe(editor);
    editor.remove();
  });

  it('has focus in the fill-in form as soon as it shows, so the next key typed goes there, not to the editor', () => {
    const api = createExtras(() => true);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.focus();
    const hit = { packId: 'p', entryId: 'order', title: 'Παραγγελία', fields: ['Αριθμός παραγγελίας'] } as TemplateHit;
    void api.insertTemplate(root, {
      hit,
      caret: { root: editor, saved: undefined },
      via: 'shortcut',
      page: { context: {}, interactionId: 'T-1' },
      theme: 'light',
      lang: 'el',
      saveAgentName: vi.fn(),
    });
    const shadow = root.getRootNode() as ShadowRoot;
    expect(shadow.activeElement).toBe(root.querySelector('[role=dialog] input'));
    expect(document.activeElement).not.toBe(editor);
    editor.remove();
  });

  it('inserts a template at the caret after its fill-in form, replacing the typed shortcut, and records it', async () => {
    const api = createExtras(() => true);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.value = 'Καλησπέρα /order';
    editor.setSelectionRange(16, 16);
    request.mockImplementation(async (name: string) => (name === 'templates.expand' ? { text: 'Η παραγγελία 4411 στάλθηκε.', cursorOffset: 27 } : true));
    const hit = { packId: 'p', entryId: 'order', title: 'Παραγγελία', fields: ['Αριθμός παραγγελίας'] } as TemplateHit;
    let done!: Promise<void>;
    act(() => {
      done = api.insertTemplate(root, {
        hit,
        caret: { root: editor, saved: { start: 10, end: 16 } },
        via: 'shortcut',
        page: { context: {}, interactionId: 'T-1', customerText: 'Πού είναι η παραγγελία 4411;', customerTexts: ['Πού είναι η παραγγελία 4411;'] },
        theme: 'light',
        lang: 'el',
        saveAgentName: vi.fn(),
      });
    });
    await flush();
    // The order number the customer wrote starts filled in.
    const field = root.querySelector<HTMLInputElement>('[role=dialog] input')!;
    expect(field.value).toBe('4411');
    act(() => root.querySelector<HTMLFormElement>('[role=dialog] form')!.requestSubmit());
    await act(() => done);
    expect(root.querySelector('[role=dialog]')).toBeNull();
    // «Καλησπέρα» before the shortcut: the template's own salutation line stays out (greeted).
    expect(request).toHaveBeenCalledWith('templates.expand', { packId: 'p', entryId: 'order', context: {}, fields: { 'Αριθμός παραγγελίας': '4411' }, greeted: true });
    expect(editor.value).toBe('Καλησπέρα Η παραγγελία 4411 στάλθηκε.');
    expect(request).toHaveBeenCalledWith('knowledge.chose', { text: 'Πού είναι η παραγγελία 4411;', packId: 'p', entryId: 'order' });
    expect(request).toHaveBeenCalledWith('timeline.add', expect.objectContaining({ interactionId: 'T-1', event: expect.objectContaining({ kind: 'template-inserted', via: 'shortcut', templateId: 'order' }) }));
    editor.remove();
  });

  it('types the keys held before the fill-in form showed into it, up to the Enter that inserts; the rest stay held', async () => {
    // «/order», Tab, the order number and Enter typed at once: the first keys came before the form did.
    const api = createExtras(() => true);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.value = '/order';
    request.mockImplementation(async (name: string) => (name === 'templates.expand' ? { text: 'Order A-1042 is on its way.' } : true));
    const hit = { packId: 'p', entryId: 'order', title: 'Order', fields: ['Order number'] } as TemplateHit;
    const held = [...'A-1O', 'Backspace', ...'042', 'Enter', ...' Thanks'];
    let done!: Promise<void>;
    act(() => {
      done = api.insertTemplate(root, {
        hit,
        caret: { root: editor, saved: { start: 0, end: 6 } },
        via: 'shortcut',
        page: { context: {}, interactionId: 'T-1' },
        held,
        theme: 'light',
        lang: 'en',
        saveAgentName: vi.fn(),
      });
    });
    await act(() => done);
    expect(request).toHaveBeenCalledWith('templates.expand', { packId: 'p', entryId: 'order', context: {}, fields: { 'Order number': 'A-1042' }, greeted: false });
    expect(editor.value).toBe('Order A-1042 is on its way.');
    expect(held).toEqual([...' Thanks']);
    editor.remove();
  });

  it('is done once the text is in, without waiting for the timeline to record it (keys typed next are not dropped)', async () => {
    // The content script ignores the palette's hotkey and shortcuts until this resolves: on a loaded machine the
    // timeline's round trip took long enough that Ctrl+Shift+Space, pressed right after a shortcut, did nothing.
    const api = createExtras(() => true);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    request.mockImplementation((name: string) =>
      name === 'timeline.add' ? new Promise(() => undefined) : Promise.resolve(name === 'templates.expand' ? { text: 'Καλημέρα σας.', cursorOffset: 13 } : true));
    const hit = { packId: 'p', entryId: 'hello', title: 'Χαιρετισμός', fields: [] } as unknown as TemplateHit;
    let settled = false;
    act(() => {
      void api.insertTemplate(root, {
        hit,
        caret: { root: editor, saved: undefined },
        via: 'shortcut',
        page: { context: {}, interactionId: 'T-3', customerText: 'Γεια σας' },
        theme: 'light',
        lang: 'el',
        saveAgentName: vi.fn(),
      }).then(() => (settled = true));
    });
    await flush();
    await flush();
    expect(editor.value).toBe('Καλημέρα σας.');
    expect(request).toHaveBeenCalledWith('timeline.add', expect.objectContaining({ interactionId: 'T-3' }));
    expect(settled).toBe(true);
    editor.remove();
  });

  it("asks the agent's name with the fields when the template needs it, fills it in and has the content script remember it", async () => {
    const api = createExtras(() => true);
    const editor = document.createElement('textarea');
    document.body.append(editor);
    request.mockImplementation(async (name: string) => (name === 'templates.expand' ? { text: 'Με εκτίμηση, Άννα', cursorOffset: 17 } : true));
    const saveAgentName = vi.fn(async () => undefined);
    const hit = { packId: 'p', entryId: 'bye', title: 'Αποχαιρετισμός', fields: [], asksAgentName: true } as unknown as TemplateHit;
    let done!: Promise<void>;
    act(() => {
      done = api.insertTemplate(root, {
        hit,
        caret: { root: editor, saved: undefined },
        via: 'palette',
        page: { context: {}, interactionId: 'T-2' },
        theme: 'light',
        lang: 'el',
        saveAgentName,
      });
    });
    await flush();
    const field = root.querySelector<HTMLInputElement>('[role=dialog] input')!;
    expect(field.closest('label')?.textContent).toBe('Το όνομά σας (θα το θυμάμαι)');
    field.value = ' Άννα ';
    act(() => root.querySelector<HTMLFormElement>('[role=dialog] form')!.requestSubmit());
    await act(() => done);
    expect(saveAgentName).toHaveBeenCalledWith('Άννα');
    expect(request).toHaveBeenCalledWith('templates.expand', { packId: 'p', entryId: 'bye', context: { agent: { name: 'Άννα' } }, fields: {}, greeted: false });
    expect(editor.value).toBe('Με εκτίμηση, Άννα');
    editor.remove();
  });
});
