import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeNear, placementStyle } from './position';
import type { Anchor } from './Palette';
import { sayPalette } from './strings';
import { cycleTab } from './tab-cycle';
import { ChoiceField } from './ChoiceField';
import { useFormHeight } from './form-height';
import { revealAbove } from './reveal';
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

/**
 * The boxes whose values go in, in order: a plain field's box, a choice's value (a hidden input: its chosen wording,
 * or the agent's own) and the chosen wording's «…» boxes; not the radio buttons nor the own box, which feed the value.
 */
const boxesOf = (form: HTMLFormElement | null) => [...(form?.querySelectorAll<Box>('input[name], .op-gap') ?? [])].filter((b) => b.type !== 'radio');

/** A field's box to type in; for a choice, its chosen wording (or the own box that won), else its first wording. */
function focusField(box: Box) {
  const group = box.type === 'hidden' ? box.closest('fieldset') : null;
  if (!group) return box.focus();
  const own = group.querySelector<HTMLTextAreaElement>('textarea');
  const chosen = group.querySelector<HTMLInputElement>('input[type=radio]:checked');
  (chosen ?? (own?.value.trim() ? own : group.querySelector<HTMLInputElement>('input[type=radio]')))?.focus();
}

/** The field index a box's value goes to (`f3`), for the choice that says what is missing. */
const indexOf = (box: Box) => Number(box.name.slice(1));

/** A plain field: its label and a box. */
function TextField(props: { label: string; index: number; value: string | undefined }) {
  return (
    <label class="op-field">
      {props.label}
      <input name={`f${props.index}`} type="text" class="op-search" autocomplete="off" defaultValue={props.value} />
    </label>
  );
}

/** The fill-in fields of a template, asked before it is inserted. */
export function FieldsForm({ title, fields, leadIns, values, anchor, theme, onSubmit, onCancel }: FieldsFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const height = useFormHeight(dialog, fields);
  // The field the agent is in (or the wording they chose) shown whole above the buttons, now and once drawn anew.
  const reveal = (e: Event) => {
    const el = e.target as Element;
    const show = () => dialog.current && revealAbove(el, dialog.current, dialog.current.querySelector('.op-actions'));
    show();
    globalThis.requestAnimationFrame(show);
  };
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
    // Taken already: Enter on a wording with «…» to fill went on to its first box.
    if (e.key !== 'Enter' || e.defaultPrevented || (at.tagName !== 'INPUT' && at.tagName !== 'TEXTAREA')) return;
    const inputs = boxesOf(form.current);
    // Enter on a wording's radio button, or in the own box, counts as in its choice's value.
    const own = at.type === 'radio' || at.tagName === 'TEXTAREA' ? at.closest('fieldset')?.querySelector<Box>('input[type=hidden]') : at;
    const i = inputs.indexOf(own!);
    // A wording not taken (a held Enter) leaves its own choice the one empty.
    const empty = [...inputs.slice(i + 1), ...inputs.slice(0, i), ...(at === own ? [] : [own!])].find((input) => !input.value.trim());
    if (empty === own) {
      e.preventDefault();
      setAsked(indexOf(own!));
    } else if (empty) {
      e.preventDefault();
      setAsked(empty.type === 'hidden' ? indexOf(empty) : undefined);
      focusField(empty);
    } else if (at.type !== 'text') {
      // A wording is one sentence: Enter in the own box, or on a wording's button, inserts as in a field's, never a new line.
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
    placeNear(anchor, { width: 360, height }, { width: globalThis.innerWidth, height: globalThis.innerHeight }),
  );
  return (
    <div
      ref={dialog}
      class="op-palette op-form"
      data-theme={theme}
      role="dialog"
      aria-label={`${sayPalette('fillTitle')}: ${title}`}
      lang={uiLang.value}
      style={place}
      onKeyDown={(e) => cycleTab(e, e.currentTarget) || (e.key === 'Escape' && (e.preventDefault(), onCancel()))}
    >
      <form ref={form} class="op-field" onSubmit={submit} onKeyDown={onEnter} onFocusIn={reveal} onChange={(e) => (e.target as HTMLInputElement).type === 'radio' && reveal(e)}>
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
