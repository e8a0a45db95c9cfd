/**
 * An SOP body as the studio's form holds it (free text before the steps, then steps with their branches) and
 * back as clean Markdown, read with the pack parser's own line rules (knowledge/pack/sop-body.ts), so what the
 * form shows is what the pack will contain.
 */
import { classifySopLine } from '@/knowledge/pack/sop-body';
import type { Lang } from '@/knowledge/types';
import type { BranchForm, StepForm } from './entry-form';

export interface SopBodyForm {
  intro: string;
  steps: StepForm[];
}

export function sopBodyToForm(body: string): SopBodyForm {
  const intro: string[] = [];
  const steps: StepForm[] = [];
  for (const line of body.split('\n')) {
    const parsed = classifySopLine(line);
    const current = steps[steps.length - 1];
    if (parsed.kind === 'step') {
      steps.push({ text: parsed.text, branches: [] });
    } else if (current && parsed.kind === 'branch') {
      const { condition, goto } = parsed.branch;
      current.branches.push({ otherwise: condition === '', condition, goto: String(goto) });
    } else if (current && parsed.kind === 'bad-branch') {
      current.branches.push({ otherwise: parsed.isElse, condition: parsed.condition, goto: parsed.target });
    } else if (current) {
      if (line.trim() !== '') current.text = current.text ? `${current.text}\n${line.trim()}` : line.trim();
    } else intro.push(line);
  }
  return { intro: intro.join('\n').trim(), steps };
}

const WORDS: Record<Lang, { if: string; else: string; step: string; escalate: string }> = {
  el: { if: 'Αν', else: 'Αλλιώς', step: 'βήμα', escalate: 'κλιμάκωση' },
  en: { if: 'If', else: 'Else', step: 'step', escalate: 'escalate' },
};

function branchLine(b: BranchForm, lang: Lang, indent: string): string {
  const w = WORDS[lang];
  const goto = b.goto.trim();
  const target = /^\d+$/.test(goto) ? `${w.step} ${Number(goto)}` : goto === 'escalate' ? w.escalate : goto;
  const head = b.otherwise ? `- ${w.else}` : `- ${w.if}: ${b.condition.trim()}`;
  return `${indent}${head}${target ? ` → ${target}` : ''}`;
}

/** The body's Markdown; `fields[i]` names the form field that line i (0-based) belongs to. */
export function sopBodyFromForm(form: SopBodyForm, lang: Lang): { body: string; fields: string[] } {
  const lines: string[] = [];
  const fields: string[] = [];
  const push = (line: string, field: string) => {
    lines.push(line);
    fields.push(field);
  };
  if (form.intro.trim()) {
    for (const line of form.intro.trim().split('\n')) push(line, 'intro');
    push('', 'intro');
  }
  form.steps.forEach((step, i) => {
    const n = i + 1;
    const indent = ' '.repeat(String(n).length + 2);
    const [first = '', ...rest] = step.text.split('\n').map((l) => l.trim()).filter((l, j) => j === 0 || l !== '');
    // An empty step keeps its space: `1.` alone is no step, and the steps after it would be renumbered.
    push(`${n}. ${first}`, `steps.${i}`);
    for (const line of rest) {
      // A line that would read as a new step stays text of this one (four spaces is no longer a list number).
      push(classifySopLine(`${indent}${line}`).kind === 'step' ? `    ${line}` : `${indent}${line}`, `steps.${i}`);
    }
    step.branches.forEach((b, j) => push(branchLine(b, lang, indent), `steps.${i}.branches.${j}`));
  });
  return { body: lines.join('\n'), fields };
}

/** Which form field each line of a body belongs to (for bodies kept as the trainer wrote them). */
export function sopBodyLineFields(body: string): string[] {
  const fields: string[] = [];
  let step = -1;
  let branch = -1;
  for (const line of body.split('\n')) {
    const parsed = classifySopLine(line);
    if (parsed.kind === 'step') {
      step++;
      branch = -1;
      fields.push(`steps.${step}`);
    } else if (step >= 0 && (parsed.kind === 'branch' || parsed.kind === 'bad-branch')) {
      branch++;
      fields.push(`steps.${step}.branches.${branch}`);
    } else fields.push(step >= 0 ? `steps.${step}` : 'intro');
  }
  return fields;
}
