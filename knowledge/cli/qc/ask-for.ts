/**
 * What the QC lead must ask for when an export was cut and nothing resent covers it. «ζητήστε από τον εκπρόσωπο να
 * τη στείλει ξανά» named no agent: a file saved as «export (3).jsonl», or one whose agent's name the organisation
 * leaves out (qcExportOmit agentName), left the lead to guess whom to ask, and for which of their exports. Every row
 * of a QC export repeats who made it and when, and the first fields of a row come before any cut: they are read
 * from the text itself, whole line or not.
 */
import { generatedAt } from './html';
import { reportStrings, type ReportLang } from './report-strings';

export interface AskFor {
  /** The agent's display name, when the export carries it. */
  agent?: string;
  /** The random id of the agent's browser profile (QC exports), always there when any row is readable. */
  agentId?: string;
  team?: string;
  /** When the export was made, and the period it covers (ISO text as the file has it). */
  exportedAt?: string;
  periodFrom?: string;
  periodTo?: string;
  /** The interaction whose record the cut broke, where the cut left its id whole. */
  interaction?: string;
}

/** A text field's value in a JSON text, whole or cut, where the field itself is whole. */
function field(text: string, name: string): string | undefined {
  const m = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'u').exec(text);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return undefined;
  }
}

const defined = (o: AskFor): AskFor => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as AskFor;

/**
 * Who and what, from a cut QC JSON Lines file (its first line that names an agent: the cut one too, when it is the
 * only one) or a cut older notes export (its `exportedAt`; it names no agent: the report names it by its file).
 */
export function askForOf(text: string, kind: 'jsonl' | 'notes', interaction: string | undefined): AskFor {
  if (kind === 'notes') return defined({ exportedAt: field(text, 'exportedAt'), interaction });
  const line = text.replace(/^\uFEFF/, '').split('\n').find((l) => field(l, 'agent_id') !== undefined) ?? '';
  return defined({
    agent: field(line, 'agent'),
    agentId: field(line, 'agent_id'),
    team: field(line, 'team'),
    exportedAt: field(line, 'exported_at'),
    periodFrom: field(line, 'period_from'),
    periodTo: field(line, 'period_to'),
    interaction,
  });
}

/** A moment as the report writes it, on the QC team's clock: «26/10/2026 09:14» (Greek), "2026-10-26 09:14". */
function moment(iso: string | undefined, lang: ReportLang, timeZone: string | undefined, withTime: boolean): string | undefined {
  const ms = iso === undefined ? NaN : Date.parse(iso);
  if (!Number.isFinite(ms)) return undefined;
  const [day, time] = generatedAt(new Date(ms), timeZone).split(' ');
  const [y, m, d] = day.split('-');
  const shown = lang === 'el' ? `${d}/${m}/${y}` : day;
  return withTime ? `${shown} ${time}` : shown;
}

/** The sentence the report and standard error say under a cut file nothing covers: whom to ask, for which export. */
export function askWords(ask: AskFor, file: string, lang: ReportLang, timeZone?: string): string {
  const t = reportStrings(lang);
  const exported = moment(ask.exportedAt, lang, timeZone, true);
  if (!ask.agentId && !exported) return t('ask.unknown', { file });
  const id = ask.agentId ? t('ask.id', { id: ask.agentId }) : '';
  const details = [id, ask.team].filter(Boolean).join(', ');
  const who = ask.agent ? `${ask.agent}${details ? ` (${details})` : ''}` : ask.agentId ? t('ask.noName', { details }) : t('ask.byFile', { file });
  const from = moment(ask.periodFrom, lang, timeZone, false);
  const to = moment(ask.periodTo, lang, timeZone, false);
  const what = !exported ? '' : !to ? t('ask.exportAt', { exported }) : from ? t('ask.export', { exported, from, to }) : t('ask.exportAll', { exported, to });
  const cut = ask.interaction ? t('ask.interaction', { interaction: ask.interaction }) : '';
  return t('ask.what', { who, what }) + cut;
}
