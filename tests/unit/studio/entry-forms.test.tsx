import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SopEditor, TemplateEditor } from '@/components/studio/EntryForms';
import { emptySop, emptyTemplate, type SopForm } from '@/studio/model/entry-form';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

/**
 * happy-dom lays nothing out: a textarea here wraps at 60 characters, a line is 20 px, padding 12 px and borders 2 px
 * (border-box), the way Chromium measures the studio's boxes. Its box is `rows` lines unless a height is set.
 */
const LINE = 20;
const PAD = 12;
function layOut(el: HTMLTextAreaElement) {
  const set = parseFloat(el.style.height);
  const border = Number.isNaN(set) ? el.rows * LINE + PAD + 2 : set;
  const lines = el.value.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 60)), 0);
  return { offset: border, client: border - 2, scroll: Math.max(lines * LINE + PAD, border - 2) };
}

beforeEach(() => {
  const proto = HTMLTextAreaElement.prototype;
  vi.spyOn(proto, 'offsetHeight', 'get').mockImplementation(function (this: HTMLTextAreaElement) {
    return layOut(this).offset;
  });
  vi.spyOn(proto, 'clientHeight', 'get').mockImplementation(function (this: HTMLTextAreaElement) {
    return layOut(this).client;
  });
  vi.spyOn(proto, 'scrollHeight', 'get').mockImplementation(function (this: HTMLTextAreaElement) {
    return layOut(this).scroll;
  });
});
afterEach(() => vi.restoreAllMocks());

function show(form: SopForm) {
  act(() => render(<SopEditor form={form} problems={[]} packLang="el" templates={[]} twins={[]} onChange={() => undefined} />, root()));
}

/** What the trainer sees of a box: its text fits when nothing is left below the fold. */
const cut = (id: string) => {
  const el = root().querySelector<HTMLTextAreaElement>(`[id="${id}"]`)!;
  return layOut(el).scroll - layOut(el).client;
};

const PURPOSE =
  'Όταν ένας συγγενής μάς ενημερώνει ότι ο κάτοχος ενός λογαριασμού πέθανε, να τον εξυπηρετούμε με σεβασμό, σε μία επικοινωνία όσο γίνεται, χωρίς να τον στέλνουμε από τμήμα σε τμήμα και χωρίς να του ζητάμε να τα πει πολλές φορές. Σταματούμε αμέσως ό,τι θα τον πλήγωνε.';

describe('SOP form: long texts show whole', () => {
  it('the «Σκοπός» box grows to its five lines (it showed two of them)', () => {
    show({ ...emptySop('el'), purpose: PURPOSE });
    expect(cut('f-purpose')).toBe(0);
    expect(root().querySelector<HTMLTextAreaElement>('#f-purpose')!.style.height).toBe(`${5 * LINE + PAD + 2}px`);
  });

  it('a step, the intro, the escalation’s «Πότε» and a term’s meaning show their whole text too; a short one keeps its rows', () => {
    const when = 'Υπάρχει διαφωνία μεταξύ κληρονόμων, οφειλή μεγαλύτερη από το όριο που ο συγγενής αμφισβητεί, ή νομικό ζήτημα.';
    const terms = [{ term: 'Εκλιπών', meaning: 'Ο κάτοχος του λογαριασμού που απεβίωσε. Στον συγγενή μιλάμε για «τον πατέρα σας», «τη μητέρα σας».' }];
    show({ ...emptySop('el'), purpose: 'Σύντομος σκοπός.', intro: PURPOSE, escalationWhen: when, terms, steps: [{ text: PURPOSE, branches: [] }] });
    const meaning = root().querySelector<HTMLTextAreaElement>('[aria-label="Σημασία 1"]')!;
    expect([cut('f-intro'), cut('f-escalationWhen'), cut('f-steps.0'), layOut(meaning).scroll - layOut(meaning).client]).toEqual([0, 0, 0, 0]);
    expect(root().querySelector<HTMLTextAreaElement>('#f-purpose')!.style.height).toBe('auto');
  });
});

describe('template form: channels', () => {
  it('offers in person beside e-mail, chat and phone, ticked for a face-to-face template, and ticks it on a click', () => {
    const changes: string[][] = [];
    act(() =>
      render(
        <TemplateEditor form={{ ...emptyTemplate('el'), channels: ['in-person'] }} problems={[]} packLang="el" templates={[]} twins={[]} onChange={(f) => changes.push(f.channels)} />,
        root(),
      ),
    );
    const boxes = [...root().querySelectorAll<HTMLLabelElement>('fieldset.st-checks label')];
    expect(boxes.map((l) => l.textContent!.trim())).toEqual(['E-mail', 'Συνομιλία', 'Τηλέφωνο (κείμενο για ανάγνωση)', 'Πρόσωπο με πρόσωπο (κατάστημα, γκισέ)']);
    expect(boxes.map((l) => l.querySelector('input')!.checked)).toEqual([false, false, false, true]);
    act(() => boxes[2]!.querySelector('input')!.click());
    expect(changes).toEqual([['phone', 'in-person']]);
  });
});
