/**
 * Validates a compiled pack (pack.json) with the rules of knowledge/schema/pack.schema.json, in code,
 * then runs the same whole-pack checks as for a source folder.
 */
import { checkSiteProfiles } from './sites';
import { PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, type CompiledPack, type Entry, type SopStep } from '../types';
import { checkPack } from './checks';
import { FieldReader, type Report } from './fields';
import type { LocatedEntry } from './located';
import { readPackMeta } from './pack-meta';
import { sortProblems, type Problem } from './problems';
import { CHANNELS, describeValue, ENTRY_TYPES, FORMALITIES, LANGS, SHORTCUT, SLUG, TONES } from './rules';

export interface CompiledCheck {
  /** The pack, when it has no errors. */
  pack?: CompiledPack;
  problems: Problem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of offset `pos` in `text`. */
function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses JSON text, reporting a syntax error with its line. */
export function parseJson(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = lineCol ? Number(lineCol[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
    return { ok: false, problem: { severity: 'error', file, line, message: `invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}` } };
  }
}

function readSteps(raw: unknown, report: Report): SopStep[] {
  if (!Array.isArray(raw)) {
    report('steps', `"steps" must be a list, not ${describeValue(raw)}`);
    return [];
  }
  const steps: SopStep[] = [];
  raw.forEach((s, i) => {
    const at = `steps[${i}]`;
    if (!isObject(s) || !Number.isInteger(s.n) || typeof s.text !== 'string' || !Array.isArray(s.branches) || !Array.isArray(s.templates)) {
      report('steps', `"${at}" must be {n: integer, text, branches: list, templates: list}`);
      return;
    }
    const branches = s.branches.filter((b, bi) => {
      const ok = isObject(b) && typeof b.condition === 'string' && (Number.isInteger(b.goto) || b.goto === 'escalate');
      if (!ok) report('steps', `"${at}.branches[${bi}]" must be {condition: text, goto: step number or "escalate"}`);
      return ok;
    }) as SopStep['branches'];
    const templates = s.templates.filter((t): t is string => typeof t === 'string');
    if (templates.length !== s.templates.length) report('steps', `"${at}.templates" must be a list of template ids`);
    steps.push({ n: s.n as number, text: s.text, branches, templates });
  });
  return steps;
}

function readCompiledEntry(raw: unknown, index: number, report: Report): Entry | undefined {
  if (!isObject(raw)) {
    report(undefined, `entries[${index}] must be an object, not ${describeValue(raw)}`);
    return undefined;
  }
  const fr = new FieldReader(raw, report);
  const id = fr.matching('id', true, SLUG, 'is not a valid id: use a-z, 0-9 and "-"');
  const type = fr.oneOf('type', ENTRY_TYPES, true);
  const title = fr.string('title', true) ?? '';
  const lang = fr.oneOf('lang', LANGS, true) ?? 'el';
  const triggers = fr.stringList('triggers');
  const tags = fr.stringList('tags');
  const reviewBy = fr.date('reviewBy');
  const body = fr.raw('body');
  if (typeof body !== 'string') report('body', `"body" must be text, not ${describeValue(body)}`);
  const source = fr.raw('source');
  if (source !== undefined && !(isObject(source) && typeof source.file === 'string' && Number.isInteger(source.line))) {
    report('source', '"source" must be {file: text, line: integer}');
  }
  const common = { id: id ?? '', title, lang, triggers, tags, ...(reviewBy ? { reviewBy } : {}), body: typeof body === 'string' ? body : '', ...(isObject(source) ? { source: source as unknown as Entry['source'] } : {}) };

  if (type === 'sop') {
    const department = fr.string('department', true) ?? '';
    const purpose = fr.string('purpose', true) ?? '';
    const terms = fr.stringMap('terms');
    const metrics: Record<string, number> = {};
    const m = fr.map('metrics');
    if (!m) report('metrics', 'missing required field "metrics"');
    for (const key of ['firstResponseMinutes', 'completionMinutes']) {
      const v = m?.raw(key);
      if (v === undefined) continue;
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) metrics[key] = v;
      else m?.problem(key, `"metrics.${key}" must be a number of minutes, not ${describeValue(v)}`);
    }
    m?.warnUnknown();
    const e = fr.map('escalation');
    const when = e?.string('when', true);
    const to = e?.string('to', true);
    const steps = readSteps(fr.raw('steps'), report);
    fr.warnUnknown();
    return { ...common, type: 'sop', department, purpose, terms, metrics, ...(when && to ? { escalation: { when, to } } : {}), steps };
  }
  if (type === 'template') {
    const shortcut = fr.matching('shortcut', false, SHORTCUT, 'may only contain letters, digits and "-"');
    const tone = fr.oneOf('tone', TONES, true) ?? 'information';
    const channels = fr.oneOrMany('channels', CHANNELS, []);
    if (!Array.isArray(raw.channels)) report('channels', '"channels" must be a list (e.g. ["email", "chat"])');
    const formality = fr.oneOf('formality', FORMALITIES, true) ?? 'formal';
    fr.warnUnknown();
    return { ...common, type: 'template', ...(shortcut ? { shortcut } : {}), tone, channels, formality };
  }
  return undefined;
}

/** Checks a parsed pack.json; `text` (the file's content) lets messages carry the entry's line. */
export function checkCompiledPack(value: unknown, file: string, options: { today: string; text?: string }): CompiledCheck {
  const problems: Problem[] = [];
  const top = (message: string, line?: number) => problems.push({ severity: 'error', file, line, message });
  if (!isObject(value)) {
    top(`a compiled pack must be a JSON object, not ${describeValue(value)}`);
    return { problems };
  }
  if (value.schema !== PACK_SCHEMA_ID) top(`"schema" must be "${PACK_SCHEMA_ID}" (is this an Odigos pack?)`);
  if (typeof value.schemaVersion !== 'number') top('missing "schemaVersion"');
  else if (value.schemaVersion > PACK_SCHEMA_VERSION) top(`schemaVersion ${value.schemaVersion} is newer than this tool understands (${PACK_SCHEMA_VERSION}): update Odigos`);
  else if (value.schemaVersion !== PACK_SCHEMA_VERSION) top(`unsupported schemaVersion ${value.schemaVersion} (expected ${PACK_SCHEMA_VERSION})`);
  if (typeof value.builtAt !== 'string' || Number.isNaN(Date.parse(value.builtAt))) top('"builtAt" must be an ISO date-time');
  if (!('index' in value)) top('missing "index" (rebuild the pack with odigos build)');
  if (value.signature !== undefined) {
    const s = value.signature;
    if (!isObject(s) || s.alg !== 'Ed25519' || typeof s.publicKey !== 'string' || typeof s.value !== 'string') {
      top('"signature" must be {alg: "Ed25519", publicKey, value}');
    }
  }
  for (const key of Object.keys(value)) {
    if (!['schema', 'schemaVersion', 'meta', 'builtAt', 'entries', 'index', 'sites', 'signature'].includes(key)) {
      problems.push({ severity: 'warning', file, message: `unknown field "${key}" (ignored)` });
    }
  }

  if (value.sites !== undefined) for (const message of checkSiteProfiles(value.sites, '"sites"')) top(message);

  let meta;
  if (!isObject(value.meta)) top(`"meta" must be an object, not ${describeValue(value.meta)}`);
  else meta = readPackMeta(value.meta, (_key, message, severity = 'error') => problems.push({ severity, file, message: `meta: ${message}` }));

  const located: LocatedEntry[] = [];
  if (!Array.isArray(value.entries)) top(`"entries" must be a list, not ${describeValue(value.entries)}`);
  else {
    value.entries.forEach((raw, i) => {
      const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      const label = `entry ${id ? `"${id}"` : `#${i + 1}`}: `;
      const idAt = id && options.text ? options.text.indexOf(`"id": ${JSON.stringify(id)}`) : -1;
      const line = idAt >= 0 && options.text ? lineAt(options.text, idAt) : undefined;
      const entry = readCompiledEntry(raw, i, (_key, message, severity = 'error') =>
        problems.push({ severity, file, line, message: label + message }),
      );
      if (entry && entry.id) located.push({ entry, file, line, label });
    });
  }

  problems.push(...checkPack({ meta, metaFile: file, entries: located, today: options.today }));
  const sorted = sortProblems(problems);
  if (sorted.some((p) => p.severity === 'error') || !meta) return { problems: sorted };
  return { pack: value as unknown as CompiledPack, problems: sorted };
}
