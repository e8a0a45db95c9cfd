import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear, placementStyle } from './position';
import type { Anchor } from './Palette';
import { sayPalette } from './strings';
import { cycleTab } from './tab-cycle';
import { sayFields } from './field-strings';
import { uiLang } from '@/lib/i18n';
import { wordingsOf } from '@/knowledge/template/wordings';

export interface FieldsFormProps {
  title: string;
  /** Labels of the template's `{{field:…}}` placeholders. */
  fields: string[];
  /** Where a field that offers wordings goes, by label («Τα μεταφορικά της επιστροφής …»): its choice's heading. */
  leadIns?: Record<string, string>;
  /** Values the conversation already answers (the order number the customer wrote), by label: the agent checks them. */
  values?: Record<string, string>;
  anchor: Anchor;
  theme: 'light' | 'dark';
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}

type Box = HTMLInputElement | HTMLTextAreaElement;

/** The boxes whose values go in (a choice field's wording box too; not its radio buttons). */
const boxesOf = (form: HTMLFormElement | null) => [...(form?.querySelectorAll<Box>('.op-search') ?? [])];

/** A field's box to type in; for a choice field still empty, its first wording, so arrows pick one. */
function focusField(box: Box) {
  const first = box.closest('fieldset')?.querySelector<HTMLInputElement>('input[type=radio]');
  (first && !box.value ? first : box).focus();
}

/**
 * A field that offers wordings (`{{field:Ο συνάδελφός μου … / Η συνάδελφός μου …}}`): one radio button each, and
 * the box the chosen wording goes into, where the agent fills its «…» or writes another. It was one empty box
 * labelled with every wording joined by «/» («σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν»), and the
 * agent retyped a whole sentence of the pack by hand.
 */
function ChoiceField(props: { options: string[]; index: number; value: string | undefined; leadIn: string | undefined; asked: boolean }) {
  const [text, setText] = useState(props.value ?? '');
  const box = useRef<HTMLTextAreaElement>(null);
  // In the box at once, not at the next render: the Enter that picked it may insert the form in the same keypress.
  const pick = (option: string) => {
    setText(option);
    if (box.current) box.current.value = option;
  };
  const hint = `h${props.index}`;
  return (
    <fieldset class="op-field op-choice">
      {/* Its place in the template names the group: two choices both «Διαλέξτε διατύπωση» could not be told apart. */}
      <legend>{props.leadIn ?? sayFields('choose')}</legend>
      {props.options.map((option) => (
        <label key={option} class="op-option">
          <input
            type="radio"
            name={`c${props.index}`}
            value={option}
            defaultChecked={props.value === option}
            aria-describedby={hint}
            onChange={() => pick(option)}
            // Enter on the wording that has the focus takes it (Enter brought the focus there without choosing one);
            // a held Enter, repeating, does not.
            onKeyDown={(e) => e.key === 'Enter' && !e.repeat && !e.currentTarget.checked && ((e.currentTarget.checked = true), pick(option))}
          />
          <span>{option}</span>
        </label>
      ))}
      {/* Said when Enter came here for a wording not chosen yet: the focus on a radio button alone did not say why. */}
      <p id={hint} class="op-missing" aria-live="polite">
        {props.asked && !text ? sayFields('missing') : ''}
      </p>
      {/* As many lines as the wording takes (one box cut «… πάγωσε προσωρ»): the agent sees every «…» to fill. */}
      <textarea
        ref={box}
        name={`f${props.index}`}
        class="op-search op-wording"
        rows={Math.max(1, Math.ceil(text.length / 40))}
        autocomplete="off"
        aria-label={sayFields('wording')}
        placeholder={sayFields('own')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
    </fieldset>
  );
}

/** A plain field: its label and a box. */
function TextField(props: { label: string; index: number; value: string | undefined }) {
  return (
    <label class="op-field">
      {props.label}
      <input name={`f${props.index}`} type="text" class="op-search" autocomplete="off" defaultValue={props.value} />
    </label>
  );
}

/**
 * Room a form of these fields takes, for its place beside the caret: a wording wraps at about 40 characters in the
 * form's 360 px (in its box too). Counted as one line each, two long wordings were placed below the caret in 200 px, and the box the
 * chosen one goes into sat hidden under the buttons.
 */
const formHeight = (fields: string[]) =>
  fields.reduce((h, label) => {
    const lines = wordingsOf(label).map((option) => Math.ceil(option.length / 40));
    // Each wording beside its button, and the box, which grows to the longest one chosen.
    return h + 64 + lines.reduce((w, n) => w + 3 + 21 * n, 0) + 21 * Math.max(0, ...lines.map((n) => n - 1));
  }, 80);

/** The fill-in fields of a template, asked before it is inserted. */
export function FieldsForm({ title, fields, leadIns, values, anchor, theme, onSubmit, onCancel }: FieldsFormProps) {
  const form = useRef<HTMLFormElement>(null);
  // The first field still to fill in (all filled: the first, and Enter inserts); in the render itself, not after
  // the next frame (useEffect): the agent's keys typed in between went to the editor under the form.
  useLayoutEffect(() => {
    const boxes = boxesOf(form.current);
    const first = boxes.find((i) => !i.value) ?? boxes[0];
    if (first) focusField(first);
  }, []);
  // The choice Enter last went on to while no wording of it was chosen: it says so in words.
  const [asked, setAsked] = useState<number>();
  // Enter in a field goes on to a field still empty (the next, else an earlier one) and inserts only when none is:
  // it inserted at the first Enter, the other fields dropped from the sentence («η εντολή δόθηκε στις. Από εκεί…»).
  // A choice with no wording chosen is empty as a box is; Enter on one of its wordings takes that one.
  const onEnter = (e: KeyboardEvent) => {
    const at = e.target as Box;
    if (e.key !== 'Enter' || (at.tagName !== 'INPUT' && at.tagName !== 'TEXTAREA')) return;
    const inputs = boxesOf(form.current);
    // Enter on a wording's radio button counts as in its field's box.
    const own = at.type === 'radio' ? at.closest('fieldset')?.querySelector<Box>('.op-search') : at;
    const i = inputs.indexOf(own!);
    // A wording not taken (a held Enter) leaves its own choice the one empty.
    const empty = [...inputs.slice(i + 1), ...inputs.slice(0, i), ...(at === own ? [] : [own!])].find((input) => !input.value.trim());
    if (empty === own) {
      e.preventDefault();
      setAsked(i);
    } else if (empty) {
      e.preventDefault();
      setAsked(empty.tagName === 'TEXTAREA' ? inputs.indexOf(empty) : undefined);
      focusField(empty);
    } else if (at.type !== 'text') {
      // A wording is one sentence: Enter in its box, or on its button, inserts as in a field's, never a new line.
      e.preventDefault();
      form.current!.requestSubmit();
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(form.current!);
    onSubmit(Object.fromEntries(fields.map((label, i) => [label, String(data.get(`f${i}`) ?? '')])));
  };
  const place = placementStyle(
    placeNear(anchor, { width: 360, height: formHeight(fields) }, { width: globalThis.innerWidth, height: globalThis.innerHeight }),
  );
  return (
    <div
      class="op-palette op-form"
      data-theme={theme}
      role="dialog"
      aria-label={`${sayPalette('fillTitle')}: ${title}`}
      lang={uiLang.value}
      style={place}
      onKeyDown={(e) => cycleTab(e, e.currentTarget) || (e.key === 'Escape' && (e.preventDefault(), onCancel()))}
    >
      <form ref={form} class="op-field" onSubmit={submit} onKeyDown={onEnter}>
        <p class="op-title">{title}</p>
        {fields.map((label, i) => {
          const options = wordingsOf(label);
          return options.length ? (
            <ChoiceField key={label} options={options} index={i} value={values?.[label]} leadIn={leadIns?.[label]} asked={asked === i} />
          ) : (
            <TextField key={label} label={label} index={i} value={values?.[label]} />
          );
        })}
        <div class="op-actions">
          <button type="button" onClick={onCancel}>
            {sayPalette('cancel')}
          </button>
          <button type="submit" class="op-primary">
            {sayPalette('insert')}
          </button>
        </div>
      </form>
    </div>
  );
}
