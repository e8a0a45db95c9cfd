/**
 * Where an SOP's steps lead, read as an agent follows them (warnings of odigos validate): fallThroughs,
 * proseEscalations and loneElses below.
 *
 * A step that says where one outcome goes and leaves the other to fall into the next step, when that next step is
 * written for another case. «Δώστε εντολή επιστροφής — Αν: δόθηκε → βήμα 8» followed by step 5, «Ανοίξτε
 * επιστροφή προϊόντος», which step 3 reaches for the items that must come back first: an agent whose refund did
 * not go through reads on into the return, a case the conversation is not. A step that another branch leads to was
 * written for that branch's case, so arriving there by default needs saying; a step no branch leads to is the
 * procedure's main line, and falling into it is its normal course.
 *
 * Only steps that jump to a step number are read so. A step whose only branches escalate («Αν: … → κλιμάκωση»)
 * says "stop here if …, otherwise go on", and going on to the next step is what it means.
 */
import type { SopStep } from '../types';
import { said, type Said } from './problem-words';

export interface FallThrough {
  /** Index of the step in `steps`. */
  index: number;
  problem: Said;
}

export function fallThroughs(steps: readonly SopStep[]): FallThrough[] {
  const leadsTo = new Map<number, number>();
  for (const s of steps) {
    for (const b of s.branches) if (b.goto !== 'escalate' && !leadsTo.has(b.goto)) leadsTo.set(b.goto, s.n);
  }
  const found: FallThrough[] = [];
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    if (!next || step.branches.some((b) => b.condition === '' || b.goto === next.n)) return;
    const jumps = step.branches.flatMap((b) => (b.goto === 'escalate' ? [] : [b.goto]));
    const from = leadsTo.get(next.n);
    if (!jumps.length || from === undefined) return;
    found.push({
      index: i,
      problem: said('step.fallsThrough', { n: step.n, jumps: [...new Set(jumps)].map((n) => said('step.number', { n })), next: next.n, from }),
    });
  });
  return found;
}

/**
 * «Escalate» (or «κλιμακώστε») in a step's text, and no branch of the step escalates: "resubmit; after a second
 * rejection, escalate". The panel offers the escalation, and the checklist jumps to it, only through a branch, so
 * the outcome the text names is one the agent is never offered. A negated escalation ("do not escalate", «χωρίς
 * κλιμάκωση») is no outcome; links ([[…]]) are template ids, not words of the step.
 */
const ESCALATE = /(?<![\p{L}])(escalat(?:e|es|ed|ing|ion)|κλιμακ(?:ω|ων)\p{L}*)/giu;
const NEGATED = /(?:\bnot|\bnever|n't|\bno need to|\bwithout|(?<!\p{L})(?:μην?|δεν|χωρις|ποτε))\s+(?:\p{L}+\s+)?$/u;

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function proseEscalations(steps: readonly SopStep[]): FallThrough[] {
  const found: FallThrough[] = [];
  steps.forEach((step, i) => {
    if (step.branches.some((b) => b.goto === 'escalate')) return;
    const text = fold(step.text.replace(/\[\[[^\]\n]*\]\]/g, ' '));
    const escalates = [...text.matchAll(ESCALATE)].some((m) => !NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index)));
    if (!escalates) return;
    found.push({
      index: i,
      problem: said('step.proseEscalation', { n: step.n }),
    });
  });
  return found;
}

/**
 * A step whose only branch is the else: «Στείλτε γραπτή επιβεβαίωση … — Αλλιώς → βήμα 7» (el-core
 * double-card-charge step 5). The agent reads "otherwise" after no "if", and the panel shows a choice with one
 * answer. The jump is usually needed (the next step is another case's), so the step wants the condition it is the
 * other side of, or its text should say where the agent goes on.
 */
export function loneElses(steps: readonly SopStep[]): FallThrough[] {
  const found: FallThrough[] = [];
  steps.forEach((step, i) => {
    if (step.branches.length === 0 || step.branches.some((b) => b.condition !== '')) return;
    const goto = step.branches[0].goto;
    const to = goto === 'escalate' ? said('step.escalation') : said('step.number', { n: goto });
    found.push({ index: i, problem: said('step.loneElse', { n: step.n, to }) });
  });
  return found;
}
