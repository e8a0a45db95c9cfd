/**
 * Whole-pack checks that need more than one entry or the date: duplicate ids, branches to missing
 * steps, steps whose other outcome falls into another case's step or whose text escalates without a branch, links to missing templates, clashing shortcuts, placeholders, HTML pasted into a template, review dates, triggers.
 * The same checks run on a source folder and on a compiled pack.
 */
import { KNOWN_PLACEHOLDERS, parsePlaceholders } from '../template/placeholders';
import { inEntry, type LocatedEntry } from './located';
import { problemAt, said, type Problem, type Said, type Severity } from './problems';
import { shortcutKey } from '../text/shortcut';
import { findTemplateLinks } from './sop-body';
import { fallThroughs, loneElses, proseEscalations } from './flow-checks';
import { checkEntryVariables, termClashes, type VariablesMeta } from './variables';
import { agreementIssues } from './agreement';
import { unmatchableTriggers } from './trigger-checks';
import type { Refused } from './refused';
import { markupIn, nearPlaceholder } from './body-checks';

export interface PackCheckInput {
  /** What the checks read of the metadata (only the variables when pack.yaml's other fields are refused). */
  meta?: VariablesMeta;
  metaFile: string;
  metaLine?(key: string): number | undefined;
  entries: LocatedEntry[];
  /** yyyy-mm-dd: review dates before it have passed. */
  today: string;
  /** The entries come from a compiled pack: odigos build has filled the pack's variables in already. */
  variablesFilled?: boolean;
  /**
   * false: errors only, for a pack loaded to be used, whose warnings nobody reads (validate reports them): the
   * checks that can only warn (triggers that never match, unknown placeholders, agreement, review dates) are skipped.
   */
  warnings?: boolean;
  /** Entries left out for their own errors, by id: links to them are not reported again (refused.ts). */
  refused?: Refused;
}

/** Problems of one kind reported per entry; the rest are counted in one line. */
const PER_ENTRY = 20;

function where(e: LocatedEntry, line?: number): string {
  return `${e.file}${line ?? e.line ? `:${line ?? e.line}` : ''}`;
}

type AddProblem = (e: LocatedEntry, severity: Severity, line: number | undefined, problem: Said) => void;

/** An SOP's branches go to steps it has, and its [[links]] to templates of this pack. */
function checkSopFlow(
  e: LocatedEntry,
  entry: Extract<LocatedEntry['entry'], { type: 'sop' }>,
  byId: Map<string, LocatedEntry>,
  add: AddProblem,
  bodyLine: (e: LocatedEntry, line: number) => number | undefined,
  refused: Refused | undefined,
): void {
    let numbers: Set<number> | undefined;
    entry.steps.forEach((step, si) => {
      step.branches.forEach((b, bi) => {
        numbers ??= new Set(entry.steps.map((s) => s.n));
        if (b.goto !== 'escalate' && !numbers.has(b.goto)) {
          const line = e.stepLines?.[si]?.branchLines[bi];
          add(e, 'error', line, said('step.noSuchStep', { n: step.n, to: b.goto, last: entry.steps.length }));
        }
      });
    });
    // Most bodies link no template: not split into lines to find none.
    if (!entry.body.includes('[[')) return;
    const { links, problems: linkProblems } = findTemplateLinks(entry.body);
    for (const p of linkProblems) add(e, 'error', bodyLine(e, p.line), p.problem);
    const seen = new Set<string>();
    for (const link of links) {
      // Each wrong link once per entry, at its first line: a body can repeat one a million times.
      if (seen.has(link.id)) continue;
      seen.add(link.id);
      const target = byId.get(link.id);
      // A link to an entry refused for its own errors is said once, at that entry (refused.ts).
      if (!target && !refused?.has(link.id)) add(e, 'error', bodyLine(e, link.line), said('link.noTemplate', { id: link.id }));
      else if (target && target.entry.type !== 'template') add(e, 'error', bodyLine(e, link.line), said('link.toSop', { id: link.id }));
    }
}

/** Placeholders not closed (errors) and, with warnings, unknown ones. */
function checkPlaceholders(e: LocatedEntry, warnings: boolean, add: AddProblem, bodyLine: (e: LocatedEntry, line: number) => number | undefined): void {
  const { placeholders, unclosed } = parsePlaceholders(e.entry.body);
  for (const u of unclosed.slice(0, PER_ENTRY)) add(e, 'error', bodyLine(e, u.line), said('placeholder.unclosed', { excerpt: u.excerpt }));
  if (unclosed.length > PER_ENTRY) add(e, 'error', bodyLine(e, unclosed[PER_ENTRY]!.line), said('placeholder.moreUnclosed', { n: unclosed.length - PER_ENTRY }));
  if (!warnings) return;
  const unknown = new Set<string>();
  for (const p of placeholders) {
    // Each unknown placeholder once per entry, at its first line.
    if (p.kind === 'unknown' && !unknown.has(p.raw) && unknown.add(p.raw).size <= PER_ENTRY) {
      const near = nearPlaceholder(p.key);
      if (near) add(e, 'warning', bodyLine(e, p.line), said('placeholder.unknownNear', { raw: p.raw, near }));
      else add(e, 'warning', bodyLine(e, p.line), said('placeholder.unknown', { raw: p.raw, known: [...KNOWN_PLACEHOLDERS.filter((k) => k !== 'cursor'), 'field:Label', 'cursor'] }));
    }
  }
}

export function checkPack(input: PackCheckInput): Problem[] {
  const problems: Problem[] = [];
  const add = (e: LocatedEntry, severity: Severity, line: number | undefined, problem: Said) => problems.push(problemAt(severity, e.file, line ?? e.line, inEntry(e, problem)));
  const fieldLine = (e: LocatedEntry, key: string) => e.fieldLine?.(key) ?? e.line;
  const bodyLine = (e: LocatedEntry, line: number) => (e.bodyFirstLine ? e.bodyFirstLine + line - 1 : e.line);

  const warnings = input.warnings ?? true;
  const byId = new Map<string, LocatedEntry>();
  for (const e of input.entries) {
    const first = byId.get(e.entry.id);
    if (first) add(e, 'error', fieldLine(e, 'id'), said('id.duplicate', { id: e.entry.id, where: where(first, fieldLine(first, 'id')) }));
    else byId.set(e.entry.id, e);
  }

  const shortcuts = new Map<string, LocatedEntry>();
  let usingPackReview = 0;
  for (const e of input.entries) {
    const { entry } = e;

    if (entry.type === 'sop') checkSopFlow(e, entry, byId, add, bodyLine, input.refused);
    if (warnings && entry.type === 'sop') {
      for (const f of [...fallThroughs(entry.steps), ...proseEscalations(entry.steps), ...loneElses(entry.steps)]) add(e, 'warning', e.stepLines?.[f.index]?.line, f.problem);
    }

    if (entry.type === 'template') {
      const markup = warnings ? markupIn(entry.body) : undefined;
      if (markup) add(e, 'warning', bodyLine(e, markup.line), said('body.markup', { markup: markup.markup }));
      if (warnings && entry.triggers.length === 0) {
        add(e, 'warning', fieldLine(e, 'type'), said('template.noTriggers'));
      }
      if (entry.shortcut) {
        const key = `${shortcutKey(entry.shortcut)}\u0000${entry.formality}`;
        const first = shortcuts.get(key);
        if (first) {
          const formality = said(entry.formality === 'informal' ? 'formality.informal' : 'formality.formal');
          add(e, 'error', fieldLine(e, 'shortcut'), said('shortcut.duplicate', { shortcut: entry.shortcut, formality, other: first.entry.id, where: where(first, fieldLine(first, 'shortcut')) }));
        } else shortcuts.set(key, e);
      }
    }

    if (warnings) {
      for (const u of unmatchableTriggers(entry)) {
        add(e, 'warning', fieldLine(e, 'triggers'), said('trigger.unmatchable', { id: entry.id, trigger: u.trigger, why: u.why }));
      }
    }

    // A body without "{{" has no placeholder, closed or not.
    if (entry.body.includes('{{')) checkPlaceholders(e, warnings, add, bodyLine);

    for (const p of checkEntryVariables(e, input.meta, input.variablesFilled ?? false)) problems.push(p);
    // A compiled pack's glossary is a map already filled in: its terms cannot clash any more.
    if (!input.variablesFilled) for (const p of termClashes(e, input.meta)) problems.push(p);
    if (warnings) for (const issue of agreementIssues(entry.body).slice(0, PER_ENTRY)) add(e, 'warning', bodyLine(e, issue.line), issue.problem);

    if (warnings && entry.reviewBy && entry.reviewBy < input.today) {
      add(e, 'warning', fieldLine(e, 'reviewBy'), said('review.passed', { date: entry.reviewBy }));
    }
    if (!entry.reviewBy) usingPackReview++;
  }

  const packReview = input.meta?.reviewBy;
  if (warnings && packReview && packReview < input.today && usingPackReview > 0) {
    const code = usingPackReview === 1 ? 'review.packPassedOne' : 'review.packPassed';
    problems.push(problemAt('warning', input.metaFile, input.metaLine?.('reviewBy'), said(code, { date: packReview, n: usingPackReview })));
  }
  return problems;
}

/**
 * Checks only a compiled pack needs (a source folder's steps are made by the compiler): steps numbered
 * 1, 2, 3 …, and step links to templates of the pack.
 */
export function checkCompiledSteps(entries: LocatedEntry[], refused?: Refused): Problem[] {
  const problems: Problem[] = [];
  const templates = new Set<string>();
  for (const { entry } of entries) if (entry.type === 'template') templates.add(entry.id);
  for (const e of entries) {
    if (e.entry.type !== 'sop') continue;
    const add = (problem: Said) => problems.push(problemAt('error', e.file, e.line, inEntry(e, problem)));
    e.entry.steps.forEach((step, i) => {
      if (step.n !== i + 1) add(said('step.numberField', { i: String(i), n: step.n }));
      for (const id of step.templates) if (!templates.has(id) && !refused?.has(id)) add(said('step.linkNoTemplate', { i: String(i), id }));
    });
  }
  return problems;
}
