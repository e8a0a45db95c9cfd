import { fill } from '@/lib/i18n';
import { CHANNELS, TONES, type Lang } from '@/knowledge/types';
import type { StudioProblem } from '@/studio/model/api';
import type { EntryForm, SopForm, TemplateForm, TermForm } from '@/studio/model/entry-form';
import { ChecksField, FieldProblems, GrowingTextarea, ListField, problemsAt, SelectField, TextField } from './fields';
import { SopSteps } from './SopSteps';
import { sayStudio, type StudioStringKey } from './strings';
import { TemplatePreview } from './TemplatePreview';

export interface EntryFormProps<F extends EntryForm> {
  form: F;
  problems: readonly StudioProblem[];
  packLang: Lang;
  /** The pack's templates (for step links). */
  templates: ReadonlyArray<{ id: string; title: string }>;
  /** Other templates with this one's shortcut (twins in the other register). */
  twins: ReadonlyArray<{ title: string; formality: string }>;
  onChange(form: F): void;
}

const at = (problems: readonly StudioProblem[], field: string) => problemsAt(problems, field);

function langOptions(packLang: Lang) {
  return [
    { value: '', label: fill(sayStudio('field.lang.pack'), { lang: sayStudio(`lang.${packLang}`) }) },
    { value: 'el', label: sayStudio('lang.el') },
    { value: 'en', label: sayStudio('lang.en') },
  ];
}

/** Fields every entry has: title and id, language, customer phrases, tags, review date. */
function CommonFields<F extends EntryForm>(props: EntryFormProps<F> & { part: 'head' | 'tail' }) {
  const { form, problems } = props;
  const set = (patch: Partial<EntryForm>) => props.onChange({ ...form, ...patch } as F);
  if (props.part === 'head') {
    return (
      <>
        <TextField name="title" label={sayStudio('field.title')} required value={form.title} problems={at(problems, 'title')} onInput={(title) => set({ title })} />
        <TextField name="id" label={sayStudio('field.id')} hint={sayStudio('field.id.hint')} required value={form.id} problems={at(problems, 'id')} onInput={(id) => set({ id })} />
      </>
    );
  }
  return (
    <>
      <ListField name="triggers" label={sayStudio('field.triggers')} hint={sayStudio('field.triggers.hint')} items={form.triggers} problems={at(problems, 'triggers')} onChange={(triggers) => set({ triggers })} />
      <ListField name="tags" label={sayStudio('field.tags')} items={form.tags} problems={at(problems, 'tags')} onChange={(tags) => set({ tags })} />
      <div class="st-row">
        <SelectField name="lang" label={sayStudio('field.lang')} value={form.lang} options={langOptions(props.packLang)} problems={at(problems, 'lang')} onChange={(lang) => set({ lang })} />
        <TextField name="reviewBy" label={sayStudio('field.reviewBy')} placeholder="2027-06-30" value={form.reviewBy} problems={at(problems, 'reviewBy')} onInput={(reviewBy) => set({ reviewBy })} />
      </div>
    </>
  );
}

function Terms(props: { terms: readonly TermForm[]; problems: readonly StudioProblem[]; onChange(terms: TermForm[]): void }) {
  const set = (i: number, t: TermForm | undefined) => props.onChange(t ? props.terms.map((x, j) => (j === i ? t : x)) : props.terms.filter((_, j) => j !== i));
  return (
    <fieldset class="st-terms" data-field="terms">
      <legend>{sayStudio('field.terms')}</legend>
      {props.terms.map((t, i) => (
        <div key={i} class="st-row st-term">
          <input type="text" aria-label={`${sayStudio('field.term')} ${i + 1}`} value={t.term} onInput={(e) => set(i, { ...t, term: (e.currentTarget as HTMLInputElement).value })} />
          <GrowingTextarea class="st-grow" rows={1} aria-label={`${sayStudio('field.meaning')} ${i + 1}`} value={t.meaning} onInput={(e) => set(i, { ...t, meaning: (e.currentTarget as HTMLTextAreaElement).value })} />
          <button type="button" class="st-icon" aria-label={fill(sayStudio('field.removeTerm'), { n: i + 1 })} onClick={() => set(i, undefined)}>
            ×
          </button>
        </div>
      ))}
      <FieldProblems id="f-terms-problems" problems={props.problems} />
      <button type="button" onClick={() => props.onChange([...props.terms, { term: '', meaning: '' }])}>
        {sayStudio('field.addTerm')}
      </button>
    </fieldset>
  );
}

/** An SOP in the anatomy of seed 002: title, department, purpose, terms, target times, escalation, steps. */
export function SopEditor(props: EntryFormProps<SopForm>) {
  const { form, problems } = props;
  const set = (patch: Partial<SopForm>) => props.onChange({ ...form, ...patch });
  return (
    <div class="st-form" data-type="sop">
      <CommonFields {...props} part="head" />
      <TextField name="department" label={sayStudio('field.department')} required value={form.department} problems={at(problems, 'department')} onInput={(department) => set({ department })} />
      <TextField name="purpose" label={sayStudio('field.purpose')} required multiline rows={2} value={form.purpose} problems={at(problems, 'purpose')} onInput={(purpose) => set({ purpose })} />
      <Terms terms={form.terms} problems={at(problems, 'terms')} onChange={(terms) => set({ terms })} />
      <fieldset>
        <legend>{sayStudio('field.metrics')}</legend>
        <div class="st-row">
          <TextField name="firstResponse" label={sayStudio('field.firstResponse')} hint={sayStudio('field.duration.hint')} placeholder="15m" value={form.firstResponse} problems={at(problems, 'firstResponse')} onInput={(firstResponse) => set({ firstResponse })} />
          <TextField name="completion" label={sayStudio('field.completion')} placeholder="2d" value={form.completion} problems={at(problems, 'completion')} onInput={(completion) => set({ completion })} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{sayStudio('field.escalation')}</legend>
        <TextField name="escalationWhen" label={sayStudio('field.escalationWhen')} multiline rows={1} value={form.escalationWhen} problems={at(problems, 'escalationWhen')} onInput={(escalationWhen) => set({ escalationWhen })} />
        <TextField name="escalationTo" label={sayStudio('field.escalationTo')} value={form.escalationTo} problems={at(problems, 'escalationTo')} onInput={(escalationTo) => set({ escalationTo })} />
      </fieldset>
      <TextField name="intro" label={sayStudio('field.intro')} multiline rows={2} value={form.intro} problems={at(problems, 'intro')} onInput={(intro) => set({ intro })} />
      <SopSteps steps={form.steps} problems={problems} templates={props.templates} onChange={(steps) => set({ steps })} />
      <CommonFields {...props} part="tail" />
    </div>
  );
}

const options = (values: readonly string[], prefix: 'tone' | 'channel' | 'formality') => values.map((v) => ({ value: v, label: sayStudio(`${prefix}.${v}` as StudioStringKey) }));

/** A response template: shortcut, tone, channels, register, text with placeholders, and its preview. */
export function TemplateEditor(props: EntryFormProps<TemplateForm>) {
  const { form, problems } = props;
  const set = (patch: Partial<TemplateForm>) => props.onChange({ ...form, ...patch });
  const lang: Lang = form.lang === 'en' || form.lang === 'el' ? form.lang : props.packLang;
  return (
    <div class="st-form" data-type="template">
      <CommonFields {...props} part="head" />
      <TextField name="shortcut" label={sayStudio('field.shortcut')} hint={sayStudio('field.shortcut.hint')} value={form.shortcut} problems={at(problems, 'shortcut')} onInput={(shortcut) => set({ shortcut })}>
        {props.twins.map((t) => (
          <p key={t.title} class="st-hint">
            {fill(sayStudio('field.shortcut.twin'), { title: t.title, formality: sayStudio(`formality.${t.formality}` as StudioStringKey) })}
          </p>
        ))}
      </TextField>
      <div class="st-row">
        <SelectField name="tone" label={sayStudio('field.tone')} value={form.tone} options={options(TONES, 'tone')} problems={at(problems, 'tone')} onChange={(tone) => set({ tone })} />
        <SelectField name="formality" label={sayStudio('field.formality')} value={form.formality} options={options(['formal', 'informal'], 'formality')} problems={at(problems, 'formality')} onChange={(formality) => set({ formality })} />
      </div>
      <ChecksField name="channels" label={sayStudio('field.channels')} values={form.channels} options={options(CHANNELS, 'channel')} problems={at(problems, 'channels')} onChange={(channels) => set({ channels })} />
      <TextField name="body" label={sayStudio('field.body')} hint={sayStudio('field.body.hint')} required multiline mono rows={8} value={form.body} problems={at(problems, 'body')} onInput={(body) => set({ body })} />
      <TemplatePreview body={form.body} lang={lang} />
      <CommonFields {...props} part="tail" />
    </div>
  );
}
