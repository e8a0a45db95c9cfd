import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, TextareaHTMLAttributes } from 'preact';
import { fill, uiLang } from '@/lib/i18n';
import { problemWords } from '@/knowledge/pack/problem-words';
import type { ProblemEntryRef, StudioProblem } from '@/studio/model/api';
import { sayStudio } from './strings';

/** Problems at one field: each with its severity, in the trainer's language (said from its code), tied to the input for screen readers. */
/** Where a problem of the whole pack is: its entry by title, linked to its form; a file not in the list (a new draft) by path. */
function ProblemEntry(props: { file: string; entry: ProblemEntryRef | undefined }) {
  if (props.entry === undefined) return <>{props.file}: </>;
  return (
    <>
      <a href={props.entry.href}>{props.entry.title || sayStudio('list.untitled')}</a>:{' '}
    </>
  );
}

/**
 * A field's problems; or, given `entryTitle`, problems of several entries (Try it, Mix-ups), each naming its entry:
 * those listed only the validator's words, which name the other entry of a clash and not the one the error is in.
 */
export function FieldProblems(props: { id: string; problems: readonly StudioProblem[]; entryAt?(file: string): ProblemEntryRef | undefined }) {
  if (!props.problems.length) return null;
  return (
    <ul class="st-problems" id={props.id}>
      {props.problems.map((p, i) => (
        <li key={i} class={`st-problem st-${p.severity}`} data-severity={p.severity}>
          {props.entryAt && p.file && <ProblemEntry file={p.file} entry={props.entryAt(p.file)} />}
          <span class="st-sev">{sayStudio(p.severity === 'error' ? 'problem.error' : 'problem.warning')}:</span> {problemWords(p, uiLang.value)}
        </li>
      ))}
    </ul>
  );
}

interface Common {
  /** The form field's name (problems are matched on it); also the input's id. */
  name: string;
  label: string;
  problems: readonly StudioProblem[];
  hint?: string;
  required?: boolean;
  children?: ComponentChildren;
}

const describedBy = (name: string, hint: boolean, problems: boolean) =>
  [hint ? `${name}-hint` : '', problems ? `${name}-problems` : ''].filter(Boolean).join(' ') || undefined;

function Frame(props: Common & { control: ComponentChildren; group?: boolean }) {
  const invalid = props.problems.some((p) => p.severity === 'error');
  return (
    <div class={`st-field${invalid ? ' st-invalid' : ''}`} data-field={props.name}>
      {props.group ? null : (
        <label for={`f-${props.name}`}>
          {props.label}
          {props.required && <span class="st-required"> ({sayStudio('field.required')})</span>}
        </label>
      )}
      {props.control}
      {props.hint && (
        <p class="st-hint" id={`f-${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldProblems id={`f-${props.name}-problems`} problems={props.problems} />
      {props.children}
    </div>
  );
}

/**
 * A textarea as tall as its text (at least `rows` lines; CSS caps it, then it scrolls): with a fixed height the SOP's
 * «Σκοπός» showed 2 lines of a 5-line purpose and the trainer had to scroll inside the box to read what they edit.
 * Measured after each render and when its width changes (a narrower window wraps more lines).
 */
export function GrowingTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string; rows: number }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    // scrollHeight is the text with padding; with border-box sizing the borders come on top.
    const borders = el.offsetHeight - el.clientHeight;
    if (el.scrollHeight > el.clientHeight) el.style.height = `${el.scrollHeight + borders}px`;
  };
  useLayoutEffect(fit, [props.value]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const seen = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fit();
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, []);
  const cls = ['st-grow-text', props.class].filter(Boolean).join(' ');
  return <textarea {...props} class={cls} ref={ref} />;
}

export function TextField(props: Common & { value: string; onInput(value: string): void; multiline?: boolean; rows?: number; placeholder?: string; mono?: boolean }) {
  const attrs = {
    id: `f-${props.name}`,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': props.problems.some((p) => p.severity === 'error') || undefined,
    'aria-describedby': describedBy(`f-${props.name}`, Boolean(props.hint), props.problems.length > 0),
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  const control = props.multiline ? <GrowingTextarea {...attrs} rows={props.rows ?? 4} class={props.mono ? 'st-mono' : undefined} /> : <input type="text" {...attrs} />;
  return <Frame {...props} control={control} />;
}

export function SelectField(props: Common & { value: string; options: Array<{ value: string; label: string }>; onChange(value: string): void }) {
  const options = props.options.some((o) => o.value === props.value) ? props.options : [...props.options, { value: props.value, label: props.value }];
  const control = (
    <select
      id={`f-${props.name}`}
      value={props.value}
      aria-invalid={props.problems.some((p) => p.severity === 'error') || undefined}
      aria-describedby={describedBy(`f-${props.name}`, Boolean(props.hint), props.problems.length > 0)}
      onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return <Frame {...props} control={control} />;
}

/** Several choices at once (channels): a group of checkboxes with one legend. */
export function ChecksField(props: Common & { values: readonly string[]; options: Array<{ value: string; label: string }>; onChange(values: string[]): void }) {
  const control = (
    <fieldset class="st-checks" aria-describedby={describedBy(`f-${props.name}`, Boolean(props.hint), props.problems.length > 0)}>
      <legend>{props.label}</legend>
      {props.options.map((o) => (
        <label key={o.value} class="st-check">
          <input
            type="checkbox"
            checked={props.values.includes(o.value)}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              props.onChange(props.options.map((x) => x.value).filter((v) => (v === o.value ? on : props.values.includes(v))));
            }}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
  return <Frame {...props} group control={control} />;
}

/** A list of short texts (triggers, tags) as removable chips and an input that adds one on Enter. */
export function ListField(props: Common & { items: readonly string[]; onChange(items: string[]): void; placeholder?: string }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const parts = draft.split(/[\n]/).map((s) => s.trim()).filter(Boolean);
    if (!parts.length) return;
    props.onChange([...props.items, ...parts.filter((p) => !props.items.includes(p))]);
    setDraft('');
  };
  const control = (
    <div class="st-list">
      {props.items.length > 0 && (
        <ul class="st-chips" aria-label={props.label}>
          {props.items.map((item) => (
            <li key={item} class="st-chip">
              <span>{item}</span>
              <button type="button" class="st-chip-x" aria-label={fill(sayStudio('field.remove'), { item })} onClick={() => props.onChange(props.items.filter((x) => x !== item))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <span class="st-list-add">
        <input
          type="text"
          id={`f-${props.name}`}
          value={draft}
          placeholder={props.placeholder}
          aria-describedby={describedBy(`f-${props.name}`, Boolean(props.hint), props.problems.length > 0)}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {sayStudio('field.add')}
        </button>
      </span>
    </div>
  );
  return <Frame {...props} control={control} />;
}

/** The problems of `field` (and, with `prefix`, of every field below it: `steps.2` gets `steps.2.branches.0`). */
export function problemsAt(problems: readonly StudioProblem[], field: string, prefix = false): StudioProblem[] {
  return problems.filter((p) => p.field === field || (prefix && p.field?.startsWith(`${field}.`)));
}
