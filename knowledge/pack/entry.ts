/** One Markdown entry (front matter + body) → a typed Entry, reporting every field problem with its line. */
import type { Lang, SopEntry, TemplateEntry } from '../types';
import { parseDuration } from './duration';
import { FieldReader } from './fields';
import type { LocatedEntry } from './located';
import { problemAt, said, type Problem } from './problems';
import { CHANNELS, ENTRY_TYPES, FORMALITIES, LANGS, SHORTCUT, SLUG, STAGES, TONES } from './rules';
import { parseSopBody } from './sop-body';
import type { YamlMap } from './yaml-map';

export interface EntrySource {
  /** The file as the user names it (for messages). */
  file: string;
  /** Path inside the pack folder, '/'-separated (stored in the compiled pack). */
  relFile: string;
  frontMatter: YamlMap;
  body: string;
  bodyFirstLine: number;
  packLang?: Lang;
}

export const DEFAULT_CHANNELS: TemplateEntry['channels'] = ['email', 'chat'];

export function readEntry(src: EntrySource, problems: Problem[]): LocatedEntry | undefined {
  const { file, frontMatter } = src;
  const fr = new FieldReader(frontMatter.value, (key, problem, severity = 'error') =>
    problems.push(problemAt(severity, file, (key && frontMatter.lineOf(key)) || 1, problem)),
  );
  const id = fr.matching('id', true, SLUG, 'id.invalid');
  const type = fr.oneOf('type', ENTRY_TYPES, true);
  const title = fr.string('title', true) ?? '';
  const lang = fr.oneOf('lang', LANGS, false, src.packLang ?? 'el') ?? src.packLang ?? 'el';
  const triggers = fr.stringList('triggers');
  const tags = fr.stringList('tags');
  const reviewBy = fr.date('reviewBy');
  const stage = fr.oneOf('stage', STAGES, false);
  const common = {
    id: id ?? '',
    title,
    lang,
    triggers,
    tags,
    ...(reviewBy ? { reviewBy } : {}),
    ...(stage ? { stage } : {}),
    body: src.body,
    source: { file: src.relFile, line: 1 },
  };
  const located = (entry: SopEntry | TemplateEntry, extra: Partial<LocatedEntry> = {}): LocatedEntry => ({
    entry,
    file,
    line: 1,
    fieldLine: (key) => frontMatter.lineOf(key),
    bodyFirstLine: src.bodyFirstLine,
    ...extra,
  });

  if (type === 'sop') {
    const department = fr.string('department', true) ?? '';
    const purpose = fr.string('purpose', true) ?? '';
    const terms = fr.stringMap('terms');
    const metrics = readMetrics(fr);
    const escalation = readEscalation(fr);
    fr.warnUnknown();
    const body = parseSopBody(src.body);
    for (const p of body.problems) problems.push(problemAt('error', file, src.bodyFirstLine + p.line - 1, p.problem));
    if (!id) return undefined;
    const entry: SopEntry = {
      ...common,
      type: 'sop',
      department,
      purpose,
      terms,
      metrics,
      ...(escalation ? { escalation } : {}),
      steps: body.steps,
    };
    return located(entry, { stepLines: body.stepLines.map((s) => ({ line: src.bodyFirstLine + s.line - 1, branchLines: s.branchLines.map((l) => src.bodyFirstLine + l - 1) })) });
  }

  if (type === 'template') {
    const shortcut = fr.matching('shortcut', false, SHORTCUT, 'shortcut.invalid');
    const tone = fr.oneOf('tone', TONES, true) ?? 'information';
    const channelKey = fr.has('channel') || !fr.has('channels') ? 'channel' : 'channels';
    const channels = fr.oneOrMany(channelKey, CHANNELS, DEFAULT_CHANNELS);
    const formality = fr.oneOf('formality', FORMALITIES, false, 'formal') ?? 'formal';
    fr.warnUnknown();
    if (src.body.trim() === '') problems.push(problemAt('error', file, src.bodyFirstLine, said('template.noText')));
    if (!id) return undefined;
    const entry: TemplateEntry = { ...common, type: 'template', ...(shortcut ? { shortcut } : {}), tone, channels, formality };
    return located(entry);
  }

  // Unknown type: already reported; which fields belong is unknowable, so no unknown-field warnings.
  return undefined;
}

/** The SOP's time targets ("15m", "2h", "1d"), in minutes; a value that is not a duration is named. */
function readMetrics(fr: FieldReader): SopEntry['metrics'] {
  const metrics: SopEntry['metrics'] = {};
  const m = fr.map('metrics');
  if (!m) return metrics;
  for (const [key, field] of [['firstResponse', 'firstResponseMinutes'], ['completion', 'completionMinutes']] as const) {
    const v = m.string(key, false);
    if (v === undefined) continue;
    const minutes = parseDuration(v);
    if (minutes === undefined) m.problem(key, said('metrics.notDuration', { key, value: v }));
    else metrics[field] = minutes;
  }
  m.warnUnknown();
  return metrics;
}

/** When and to whom the SOP escalates: both are required once the map is there. */
function readEscalation(fr: FieldReader): SopEntry['escalation'] {
  const e = fr.map('escalation');
  if (!e) return undefined;
  const when = e.string('when', true);
  const to = e.string('to', true);
  e.warnUnknown();
  return when && to ? { when, to } : undefined;
}
