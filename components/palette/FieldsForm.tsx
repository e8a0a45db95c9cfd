import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeNear, placementStyle } from './position';
import type { Anchor } from './Palette';
import { sayPalette } from './strings';
import { cycleTab } from './tab-cycle';
import { uiLang } from '@/lib/i18n';

export interface FieldsFormProps {
  title: string;
  /** Labels of the template's `{{field:…}}` placeholders. */
  fields: string[];
  /** Values the conversation already answers (the order number the customer wrote), by label: the agent checks them. */
  values?: Record<string, string>;
  anchor: Anchor;
  theme: 'light' | 'dark';
  onSubmit(values: Record<string, string>): void;
  onCancel(): void;
}

/** The fill-in fields of a template, asked before it is inserted. */
export function FieldsForm({ title, fields, values, anchor, theme, onSubmit, onCancel }: FieldsFormProps) {
  const form = useRef<HTMLFormElement>(null);
  // The first field still to fill in (all filled: the first, and Enter inserts); in the render itself, not after
  // the next frame (useEffect): the agent's keys typed in between went to the editor under the form.
  useLayoutEffect(() => {
    const inputs = [...(form.current?.querySelectorAll('input') ?? [])];
    (inputs.find((i) => !i.value) ?? inputs[0])?.focus();
  }, []);
  // Enter in a field goes on to a field still empty (the next, else an earlier one) and inserts only when none is:
  // it inserted at the first Enter, the other fields dropped from the sentence («η εντολή δόθηκε στις. Από εκεί…»).
  const onEnter = (e: KeyboardEvent) => {
    const at = e.target as HTMLInputElement;
    if (e.key !== 'Enter' || at.tagName !== 'INPUT') return;
    const inputs = [...form.current!.querySelectorAll('input')];
    const i = inputs.indexOf(at);
    const empty = [...inputs.slice(i + 1), ...inputs.slice(0, i)].find((input) => !input.value.trim());
    if (!empty) return;
    e.preventDefault();
    empty.focus();
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(form.current!);
    onSubmit(Object.fromEntries(fields.map((label, i) => [label, String(data.get(`f${i}`) ?? '')])));
  };
  const place = placementStyle(
    placeNear(anchor, { width: 360, height: 80 + fields.length * 64 }, { width: globalThis.innerWidth, height: globalThis.innerHeight }),
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
        {fields.map((label, i) => (
          <label key={label} class="op-field">
            {label}
            <input name={`f${i}`} type="text" class="op-search" autocomplete="off" defaultValue={values?.[label]} />
          </label>
        ))}
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
