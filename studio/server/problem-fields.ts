/**
 * Which form field a validator problem is about. The validator speaks in file lines; the studio wrote the file and
 * knows which field each line holds (entry-markdown.ts). Where a line holds several fields (`metrics:` with its two
 * targets) or the problem is about a field other than its line's ("no triggers" is reported at the entry's first
 * line), its code and the field it names decide.
 */
import type { ProblemCode } from '@/knowledge/pack/problem-words';
import type { StudioProblem } from '../model/api';

const BY_CODE: Partial<Record<ProblemCode, string>> = {
  'template.noTriggers': 'triggers',
  'trigger.unmatchable': 'triggers',
  'shortcut.duplicate': 'shortcut',
  'shortcut.invalid': 'shortcut',
  'id.duplicate': 'id',
  'template.noText': 'body',
  'sop.noSteps': 'steps',
};

/** A nested field the problem names (`escalation.when`), as the form calls it. */
const BY_FIELD: Record<string, string> = {
  'metrics.firstResponse': 'firstResponse',
  'metrics.completion': 'completion',
  'escalation.when': 'escalationWhen',
  'escalation.to': 'escalationTo',
  escalation: 'escalationWhen',
};

/** The field a problem's parameters name: `field`, or the target of a duration that is none. */
function namedField(p: Pick<StudioProblem, 'code' | 'params'>): string | undefined {
  const params = p.params ?? {};
  if (p.code === 'metrics.notDuration' && typeof params.key === 'string') return `metrics.${params.key}`;
  return typeof params.field === 'string' ? params.field : undefined;
}

export function fieldOfProblem(p: Pick<StudioProblem, 'line' | 'code' | 'params'>, fields: readonly string[]): string | undefined {
  const byCode = BY_CODE[p.code];
  if (byCode) return byCode;
  const named = namedField(p);
  if (named && BY_FIELD[named]) return BY_FIELD[named];
  const byLine = p.line ? fields[p.line] : undefined;
  if (byLine === 'metrics') return 'firstResponse';
  if (byLine === 'escalation') return 'escalationWhen';
  // No line known (pack.yaml's problems on the folder's view): the field the problem names («version "one"…» sat
  // above the pack's form instead of under its Version field).
  return byLine || named || undefined;
}
