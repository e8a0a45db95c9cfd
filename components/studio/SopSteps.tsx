import { findTemplateLinks } from '@/knowledge/pack/sop-body';
import { fill } from '@/lib/i18n';
import type { StudioProblem } from '@/studio/model/api';
import type { BranchForm, StepForm } from '@/studio/model/entry-form';
import { FieldProblems, GrowingTextarea, problemsAt } from './fields';
import { sayStudio } from './strings';

export interface SopStepsProps {
  steps: readonly StepForm[];
  problems: readonly StudioProblem[];
  /** Templates of the pack a step can link. */
  templates: ReadonlyArray<{ id: string; title: string }>;
  onChange(steps: StepForm[]): void;
}

/**
 * Steps keep their branches pointing at the same step when the list changes: `moved[old]` is a step's new number
 * (0 when it was removed, and a branch to it then has no target, which the validator shows).
 */
export function renumber(steps: StepForm[], moved: Record<number, number>): StepForm[] {
  return steps.map((s) => ({
    ...s,
    branches: s.branches.map((b) => (/^\d+$/.test(b.goto) && Number(b.goto) in moved ? { ...b, goto: moved[Number(b.goto)] ? String(moved[Number(b.goto)]) : '' } : b)),
  }));
}

function withoutStep(steps: readonly StepForm[], i: number): StepForm[] {
  const moved: Record<number, number> = {};
  steps.forEach((_, j) => (moved[j + 1] = j < i ? j + 1 : j === i ? 0 : j));
  return renumber(steps.filter((_, j) => j !== i), moved);
}

function swapped(steps: readonly StepForm[], i: number, j: number): StepForm[] {
  const next = [...steps];
  [next[i], next[j]] = [next[j], next[i]];
  return renumber(next, { [i + 1]: j + 1, [j + 1]: i + 1 });
}

function Branch(props: { b: BranchForm; n: number; index: number; count: number; problems: readonly StudioProblem[]; onChange(b: BranchForm | undefined): void }) {
  const { b, n, index } = props;
  const id = `f-steps.${n - 1}.branches.${index}`;
  const valid = b.goto === '' || b.goto === 'escalate' || (/^\d+$/.test(b.goto) && Number(b.goto) >= 1 && Number(b.goto) <= props.count);
  return (
    <li class="st-branch" data-field={`steps.${n - 1}.branches.${index}`}>
      <span class="st-branch-kw">{sayStudio(b.otherwise ? 'field.else' : 'field.if')}</span>
      {!b.otherwise && (
        <input
          type="text"
          id={`${id}-condition`}
          aria-label={fill(sayStudio('field.condition'), { n, b: index + 1 })}
          value={b.condition}
          onInput={(e) => props.onChange({ ...b, condition: (e.currentTarget as HTMLInputElement).value })}
        />
      )}
      <span aria-hidden="true">→</span>
      <select
        id={`${id}-goto`}
        aria-label={fill(sayStudio('field.goto'), { n, b: index + 1 })}
        value={b.goto}
        onChange={(e) => props.onChange({ ...b, goto: (e.currentTarget as HTMLSelectElement).value })}
      >
        <option value="">{sayStudio('field.gotoNone')}</option>
        {Array.from({ length: props.count }, (_, k) => (
          <option key={k} value={String(k + 1)}>
            {fill(sayStudio('field.gotoStep'), { n: k + 1 })}
          </option>
        ))}
        <option value="escalate">{sayStudio('field.gotoEscalate')}</option>
        {!valid && <option value={b.goto}>{fill(sayStudio('field.gotoInvalid'), { t: b.goto })}</option>}
      </select>
      <button type="button" class="st-icon" aria-label={fill(sayStudio('field.removeBranch'), { n, b: index + 1 })} onClick={() => props.onChange(undefined)}>
        ×
      </button>
      <FieldProblems id={`${id}-problems`} problems={props.problems} />
    </li>
  );
}

function LinkedTemplates(props: { step: StepForm; n: number; templates: SopStepsProps['templates']; onText(text: string): void }) {
  const linked = [...new Set(findTemplateLinks(props.step.text).links.map((l) => l.id))];
  const titleOf = (id: string) => props.templates.find((t) => t.id === id)?.title ?? id;
  const unlink = (id: string) => props.onText(props.step.text.split(`[[${id}]]`).join('').replace(/[ \t]{2,}/g, ' ').trim());
  return (
    <div class="st-links">
      <span class="st-links-label">{sayStudio('field.linked')}:</span>
      {linked.map((id) => (
        <span key={id} class="st-chip">
          <span>{titleOf(id)}</span>
          <button type="button" class="st-chip-x" aria-label={fill(sayStudio('field.unlink'), { id })} onClick={() => unlink(id)}>
            ×
          </button>
        </span>
      ))}
      <select
        aria-label={fill(sayStudio('field.link'), { n: props.n })}
        value=""
        onChange={(e) => {
          const id = (e.currentTarget as HTMLSelectElement).value;
          if (id) props.onText(`${props.step.text.trimEnd()} [[${id}]]`.trim());
        }}
      >
        <option value="">{sayStudio('field.linkNone')}</option>
        {props.templates.filter((t) => !linked.includes(t.id)).map((t) => (
          <option key={t.id} value={t.id}>
            {t.title || t.id}
          </option>
        ))}
      </select>
    </div>
  );
}

function Step(props: SopStepsProps & { i: number }) {
  const { steps, i } = props;
  const step = steps[i];
  const n = i + 1;
  const set = (next: StepForm) => props.onChange(steps.map((s, j) => (j === i ? next : s)));
  const setBranch = (k: number, b: BranchForm | undefined) =>
    set({ ...step, branches: b ? step.branches.map((x, j) => (j === k ? b : x)) : step.branches.filter((_, j) => j !== k) });
  return (
    <li class="st-step" data-field={`steps.${i}`}>
      <div class="st-step-head">
        <label for={`f-steps.${i}`}>{fill(sayStudio('field.step'), { n })}</label>
        <span class="st-step-tools">
          <button type="button" class="st-icon" disabled={i === 0} aria-label={fill(sayStudio('field.moveUp'), { n })} onClick={() => props.onChange(swapped(steps, i, i - 1))}>
            ↑
          </button>
          <button type="button" class="st-icon" disabled={i === steps.length - 1} aria-label={fill(sayStudio('field.moveDown'), { n })} onClick={() => props.onChange(swapped(steps, i, i + 1))}>
            ↓
          </button>
          <button type="button" class="st-icon" aria-label={fill(sayStudio('field.removeStep'), { n })} onClick={() => props.onChange(withoutStep(steps, i))}>
            ×
          </button>
        </span>
      </div>
      <GrowingTextarea id={`f-steps.${i}`} rows={2} value={step.text} aria-describedby={`f-steps.${i}-problems`} onInput={(e) => set({ ...step, text: (e.currentTarget as HTMLTextAreaElement).value })} />
      <FieldProblems id={`f-steps.${i}-problems`} problems={problemsAt(props.problems, `steps.${i}`)} />
      <LinkedTemplates step={step} n={n} templates={props.templates} onText={(text) => set({ ...step, text })} />
      {step.branches.length > 0 && (
        <ul class="st-branches" aria-label={sayStudio('field.branches')}>
          {step.branches.map((b, k) => (
            <Branch key={k} b={b} n={n} index={k} count={steps.length} problems={problemsAt(props.problems, `steps.${i}.branches.${k}`)} onChange={(x) => setBranch(k, x)} />
          ))}
        </ul>
      )}
      <div class="st-row">
        <button type="button" onClick={() => set({ ...step, branches: withIf(step.branches) })}>
          {sayStudio('field.addBranch')}
        </button>
        {!step.branches.some((b) => b.otherwise) && (
          <button type="button" onClick={() => set({ ...step, branches: [...step.branches, { otherwise: true, condition: '', goto: '' }] })}>
            {sayStudio('field.addElse')}
          </button>
        )}
      </div>
    </li>
  );
}

/**
 * A new «Αν…» goes before the step's «Αλλιώς»: the else is what is left when no condition holds, read last (a step
 * has one; the studio offered a second, and put new conditions after it).
 */
function withIf(branches: readonly BranchForm[]): BranchForm[] {
  const fresh: BranchForm = { otherwise: false, condition: '', goto: '' };
  const at = branches.findIndex((b) => b.otherwise);
  return at < 0 ? [...branches, fresh] : [...branches.slice(0, at), fresh, ...branches.slice(at)];
}

/** The numbered steps of an SOP, each with its text, linked templates and branches. */
export function SopSteps(props: SopStepsProps) {
  return (
    <fieldset class="st-steps-set" data-field="steps">
      <legend>{sayStudio('field.steps')}</legend>
      <FieldProblems id="f-steps-problems" problems={problemsAt(props.problems, 'steps')} />
      <ol class="st-steps">
        {props.steps.map((_, i) => (
          <Step key={i} {...props} i={i} />
        ))}
      </ol>
      <button type="button" onClick={() => props.onChange([...props.steps, { text: '', branches: [] }])}>
        {sayStudio('field.addStep')}
      </button>
    </fieldset>
  );
}
