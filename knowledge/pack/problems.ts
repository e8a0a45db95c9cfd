/** Problems found in a pack: every one names the file and, where there is one, the line. */
import type { Lang } from '../types';
import { problemWords, said, type Said } from './problem-words';

export { said, problemWords, type Said, type ProblemCode } from './problem-words';

export type Severity = 'error' | 'warning';

/**
 * Why an input is no pack at all (as opposed to a pack with errors): it does not exist, cannot be read, or is
 * something else (binary, not JSON, not an Odigos pack, a folder without pack.yaml, too large).
 */
export type Unusable = 'missing' | 'unreadable' | 'not-a-pack';

/**
 * A problem: its code and parameters (problem-words.ts declares its words in Greek and English) and, in `message`,
 * its English words, which `--json` has always printed.
 */
export interface Problem extends Said {
  severity: Severity;
  file: string;
  line?: number;
  message: string;
  /** Where a compiled pack's problem is, for a page that words it in the UI language (the message says it in English). */
  entry?: string;
  field?: string;
}

/** A problem of `severity` at `file` (and `line`), said by its code: the English words kept in `message`. */
export function problemAt(severity: Severity, file: string, line: number | undefined, s: Said): Problem {
  return { severity, file, ...(line ? { line } : {}), ...s, message: problemWords(s, 'en') };
}

/** The same problem said otherwise (wrapped with where it is, or with a note): its English words follow. */
export function resaid<P extends Problem>(p: P, s: Said): P {
  const { params: _params, ...rest } = p;
  return { ...rest, ...s, message: problemWords(s, 'en') } as P;
}

/** `file:line: error: message` (the form editors and terminals make clickable), in `lang` (English by default). */
export function formatProblem(p: Problem, lang: Lang = 'en'): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${problemWords(said(p.severity === 'error' ? 'severity.error' : 'severity.warning'), lang)}: ${lang === 'en' ? p.message : problemWords(p, lang)}`;
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Errors always fail; warnings fail only in strict mode. */
export function failsValidation(problems: readonly Problem[], strict = false): boolean {
  return problems.some((p) => p.severity === 'error' || strict);
}

/** More problems than anyone reads: past it, the first ones found are kept and one line says how many more. */
export const MAX_PROBLEMS = 1000;

/** Sorted by file, then line, so a trainer can fix them top to bottom; each problem once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()];
  if (unique.length > MAX_PROBLEMS) {
    // A hostile pack can hold millions of mistakes; sorting them all would freeze the caller.
    const kept = sortProblems(unique.slice(0, MAX_PROBLEMS));
    const errors = unique.slice(MAX_PROBLEMS).filter((p) => p.severity === 'error').length;
    const rest = unique.length - MAX_PROBLEMS;
    return [...kept, problemAt(errors ? 'error' : 'warning', kept[kept.length - 1]!.file, undefined, said('problems.more', { n: rest }))];
  }
  return unique.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** Thrown by the compiling functions when the pack has errors; carries all of them. */
export class PackError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.filter((p) => p.severity === 'error')
      .map((p) => formatProblem(p))
      .join('\n') || 'invalid pack');
    this.name = 'PackError';
  }
}
