/**
 * The body of an SOP: numbered steps (`1.` …), each with optional branch bullets
 * (`- If: … → step N`, `- Αν: … → βήμα N`, `→ escalate`/`→ κλιμάκωση`, `- Else/Αλλιώς → …`, `->` for `→`)
 * and `[[template-id]]` links. Free text may stand before the first step.
 */
import type { SopBranch, SopStep } from '../types';
import { said, type Said } from './problem-words';

export interface BodyProblem {
  /** 1-based line within the body. */
  line: number;
  problem: Said;
}

export interface ParsedSopBody {
  steps: SopStep[];
  /** Body lines of each step and of each of its branches (parallel to `steps`). */
  stepLines: Array<{ line: number; branchLines: number[] }>;
  problems: BodyProblem[];
}

export interface TemplateLink {
  id: string;
  /** 1-based line within the body. */
  line: number;
}

const STEP = /^ {0,3}(\d+)[.)]\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const KEYWORD = /^(if|αν|εάν|εαν|else|otherwise|αλλιώς|αλλιως)(?=[\s:]|→|->|$)\s*(:?)\s*(.*)$/iu;
const ELSE = /^(else|otherwise|αλλιώς|αλλιως)$/iu;
const ARROW = /\s*(?:→|->)\s*/g;
const GOTO_STEP = /^(?:step|βήμα|βημα)\s*(\d+)\.?$/iu;
const GOTO_ESCALATE = /^(?:escalate|κλιμάκωση|κλιμακωση)\.?$/iu;
const LINK = /\[\[([^\]\n]*)\]\]/g;

/** Every `[[id]]` of a text, with its line; also reports `[[` left open. */
export function findTemplateLinks(text: string): { links: TemplateLink[]; problems: BodyProblem[] } {
  const links: TemplateLink[] = [];
  const problems: BodyProblem[] = [];
  text.split('\n').forEach((lineText, i) => {
    if (!lineText.includes('[[')) return;
    for (const m of lineText.matchAll(LINK)) links.push({ id: m[1].trim(), line: i + 1 });
    if (lineText.replace(LINK, '').includes('[[')) {
      problems.push({ line: i + 1, problem: said('link.unclosed') });
    }
  });
  return { links, problems };
}

/**
 * What one line of an SOP body is: a numbered step, a branch bullet, a bullet meant as a branch that cannot be
 * read (with the reason, and its pieces as written so an editor can show them), or text of the current step.
 */
export type SopLine =
  | { kind: 'step'; n: number; text: string }
  | { kind: 'branch'; branch: SopBranch }
  | { kind: 'bad-branch'; problem: Said; isElse: boolean; condition: string; target: string }
  | { kind: 'text' };

function parseBranch(bullet: string): SopLine {
  const m = KEYWORD.exec(bullet.trim());
  if (!m) return { kind: 'text' };
  const isElse = ELSE.test(m[1]);
  const rest = m[3];
  const arrows = [...rest.matchAll(ARROW)];
  const bad = (problem: Said, condition: string, target: string): SopLine => ({ kind: 'bad-branch', problem, isElse, condition, target });
  if (arrows.length === 0) {
    // "Αν ο πελάτης …" without a colon or arrow is prose; with a colon it was meant as a branch.
    if (m[2] === ':' || isElse) {
      return bad(said('branch.noTarget', { bullet: bullet.trim() }), rest.trim(), '');
    }
    return { kind: 'text' };
  }
  const last = arrows[arrows.length - 1];
  const condition = rest.slice(0, last.index).trim();
  const target = rest.slice((last.index ?? 0) + last[0].length).trim();
  let goto: SopBranch['goto'];
  const step = GOTO_STEP.exec(target);
  if (step) goto = Number(step[1]);
  else if (GOTO_ESCALATE.test(target)) goto = 'escalate';
  else return bad(said('branch.badTarget', { target }), condition, target);
  if (!isElse && condition === '') return bad(said('branch.noCondition', { bullet: bullet.trim() }), condition, target);
  return { kind: 'branch', branch: { condition: isElse ? '' : condition, goto } };
}

export function classifySopLine(text: string): SopLine {
  const step = STEP.exec(text);
  if (step) return { kind: 'step', n: Number(step[1]), text: step[2].trimEnd() };
  const bullet = BULLET.exec(text);
  return bullet ? parseBranch(bullet[1]) : { kind: 'text' };
}

export function parseSopBody(body: string): ParsedSopBody {
  const steps: SopStep[] = [];
  const stepLines: ParsedSopBody['stepLines'] = [];
  const problems: BodyProblem[] = [];
  const lines = body.split('\n');
  let current: SopStep | undefined;

  lines.forEach((text, i) => {
    const line = i + 1;
    const parsed = classifySopLine(text);
    if (parsed.kind === 'step') {
      const expected = steps.length + 1;
      if (parsed.n !== expected) {
        problems.push({ line, problem: said('step.misnumbered', { n: parsed.n, expected }) });
      }
      current = { n: parsed.n, text: parsed.text, branches: [], templates: [] };
      steps.push(current);
      stepLines.push({ line, branchLines: [] });
      return;
    }
    if (parsed.kind === 'bad-branch') {
      problems.push({ line, problem: parsed.problem });
      return;
    }
    if (parsed.kind === 'branch') {
      if (!current) problems.push({ line, problem: said('branch.beforeStep') });
      else {
        current.branches.push(parsed.branch);
        stepLines[stepLines.length - 1].branchLines.push(line);
      }
      return;
    }
    if (current && text.trim() !== '') current.text += `\n${text.trim()}`;
  });

  for (const s of steps) {
    s.templates = [...new Set(findTemplateLinks(s.text).links.map((l) => l.id))];
  }
  if (steps.length === 0) problems.push({ line: 1, problem: said('sop.noSteps') });
  return { steps, stepLines, problems };
}
