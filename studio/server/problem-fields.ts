/**
 * Which form field a validator problem is about. The validator speaks in file lines; the studio wrote the file and
 * knows which field each line holds (entry-markdown.ts). Where a line holds several fields (`metrics:` with its two
 * targets) or the problem names the field itself ("no triggers" is reported at the entry's first line), the
 * message decides.
 */
import type { StudioProblem } from '../model/api';

const BY_MESSAGE: Array<[RegExp, string]> = [
  [/metrics\.firstResponse/, 'firstResponse'],
  [/metrics\.completion/, 'completion'],
  [/escalation\.when/, 'escalationWhen'],
  [/escalation\.to\b/, 'escalationTo'],
  [/"escalation"/, 'escalationWhen'],
  [/has no triggers|trigger .*can never match/i, 'triggers'],
  [/^shortcut |shortcut "/, 'shortcut'],
  [/duplicate id/, 'id'],
  [/template has no text/, 'body'],
  [/needs numbered steps/, 'steps'],
];

export function fieldOfProblem(p: Pick<StudioProblem, 'line' | 'message'>, fields: readonly string[]): string | undefined {
  for (const [pattern, field] of BY_MESSAGE) if (pattern.test(p.message)) return field;
  const byLine = p.line ? fields[p.line] : undefined;
  if (byLine === 'metrics') return 'firstResponse';
  if (byLine === 'escalation') return 'escalationWhen';
  return byLine || undefined;
}
