import { FailureError, type NotesFailure } from '../failure';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedNote } from './export';
import { FIELD_NAMES, NOTE_STATUSES, sameFields, type Note, type NoteFields, type TimelineEntry } from './model';
import { errorText } from '@/knowledge/error-text';

/**
 * Reads a JSON export back and merges it into what is stored: by interaction id, per field the newer value wins,
 * timelines are unioned. Bad input is rejected as a whole with a message naming what is wrong; nothing stored
 * is touched then. The message is English (what the file gets wrong, exactly); its failure lets the notes page say
 * it in the agent's language.
 */
export class ImportError extends FailureError {
  constructor(message: string, failure: NotesFailure) {
    super(failure, message);
    this.name = 'ImportError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function need<T>(ok: boolean, where: string, what: string, value: T): T {
  if (!ok) throw new ImportError(`${where} ${what}`, { code: 'notes.field', path: where });
  return value;
}

function num(o: Obj, key: string, where: string): number {
  const v = o[key];
  return need(typeof v === 'number' && Number.isFinite(v), `${where}.${key}`, 'must be a number (milliseconds)', v as number);
}

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  return need(typeof v === 'string', `${where}.${key}`, 'must be text', v as string);
}

function readFields(v: unknown, where: string): NoteFields {
  const o = need(isObj(v), where, 'must be an object', v as Obj);
  const status = o.status as NoteFields['status'];
  need(NOTE_STATUSES.includes(status), `${where}.status`, `must be one of ${NOTE_STATUSES.join(', ')}`, status);
  const followUpAt = o.followUpAt === null ? null : num(o, 'followUpAt', where);
  return { text: str(o, 'text', where), customer: str(o, 'customer', where), followUpAt, status };
}

function readTimeline(v: unknown, where: string): TimelineEntry[] {
  const list = need(Array.isArray(v), where, 'must be a list', v as unknown[]);
  return list.map((e, i) => {
    const w = `${where}[${i}]`;
    const o = need(isObj(e), w, 'must be an object', e as Obj);
    const event = need(isObj(o.event) && typeof (o.event as Obj).kind === 'string', `${w}.event`, 'must have a kind', o.event);
    return { at: num(o, 'at', w), event } as TimelineEntry;
  });
}

function readNote(v: unknown, i: number): ExportedNote {
  const where = `notes[${i}]`;
  const o = need(isObj(v), where, 'must be an object', v as Obj);
  const fieldAtRaw = need(isObj(o.fieldAt), `${where}.fieldAt`, 'must be an object', o.fieldAt as Obj);
  const fieldAt = Object.fromEntries(FIELD_NAMES.map((f) => [f, num(fieldAtRaw, f, `${where}.fieldAt`)])) as Note['fieldAt'];
  const interactionId = str(o, 'interactionId', where);
  need(interactionId.length > 0, `${where}.interactionId`, 'must not be empty', interactionId);
  return {
    interactionId,
    site: str(o, 'site', where),
    url: str(o, 'url', where),
    label: str(o, 'label', where),
    createdAt: num(o, 'createdAt', where),
    updatedAt: num(o, 'updatedAt', where),
    version: num(o, 'version', where),
    fields: readFields(o.fields, `${where}.fields`),
    fieldAt,
    timeline: readTimeline(o.timeline, `${where}.timeline`),
    // Imported before by whoever exported it: still not theirs.
    ...(o.imported === true ? { imported: true as const } : {}),
  };
}

export function parseNotesExport(json: string): ExportedNote[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportError(`The file is not valid JSON (${errorText(err)}).`, { code: 'notes.notJson' });
  }
  if (!isObj(doc) || doc.format !== EXPORT_FORMAT) {
    throw new ImportError(`The file is not an Odigos notes export (its "format" must be "${EXPORT_FORMAT}").`, { code: 'notes.notExport' });
  }
  if (doc.version !== EXPORT_VERSION) {
    const failure = { code: 'notes.version', version: String(doc.version), supported: String(EXPORT_VERSION) } as const;
    throw new ImportError(`Export version ${String(doc.version)} is not supported (this Odigos reads version ${EXPORT_VERSION}).`, failure);
  }
  const notes = need(Array.isArray(doc.notes), 'notes', 'must be a list', doc.notes as unknown[]);
  return notes.map(readNote);
}

const eventKey = (e: TimelineEntry) => `${e.at}|${JSON.stringify(e.event)}`;

export function unionTimelines(a: TimelineEntry[], b: TimelineEntry[]): TimelineEntry[] {
  const seen = new Map<string, TimelineEntry>();
  for (const e of [...a, ...b]) if (!seen.has(eventKey(e))) seen.set(eventKey(e), e);
  return [...seen.values()].sort((x, y) => x.at - y.at);
}

/** The stored note after merging an imported one, or undefined when the import adds nothing. */
export function mergeImported(current: Note | undefined, incoming: ExportedNote): Note | undefined {
  // A note new here is someone else's work (or this agent's own, restored): QC must not count it as this export's.
  if (!current) return { ...incoming, imported: true };
  const fields = { ...current.fields };
  const fieldAt = { ...current.fieldAt };
  for (const f of FIELD_NAMES) {
    if (incoming.fieldAt[f] > current.fieldAt[f]) {
      (fields as unknown as Obj)[f] = incoming.fields[f];
      fieldAt[f] = incoming.fieldAt[f];
    }
  }
  const timeline = unionTimelines(current.timeline, incoming.timeline);
  const newerPage = incoming.updatedAt > current.updatedAt;
  const changed =
    !sameFields(fields, current.fields) ||
    timeline.length !== current.timeline.length ||
    FIELD_NAMES.some((f) => fieldAt[f] !== current.fieldAt[f]);
  if (!changed) return undefined;
  return {
    ...current,
    url: newerPage ? incoming.url : current.url,
    label: newerPage ? incoming.label : current.label,
    site: newerPage ? incoming.site : current.site,
    createdAt: Math.min(current.createdAt, incoming.createdAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    version: current.version + 1,
    fields,
    fieldAt,
    timeline,
    // An import is nobody's editor run: the next save from an open tab merges three-way.
    writer: undefined,
    seqs: current.seqs,
  };
}
