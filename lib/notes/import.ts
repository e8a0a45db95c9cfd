import { FailureError, type NotesFailure } from '../failure';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedNote, type NotesAuthor } from './export';
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
    // A colleague's entry merged into the agent's own note stays marked (mergeOthers), through a restore too.
    return { at: num(o, 'at', w), event, ...(o.imported === true ? { imported: true } : {}) } as TimelineEntry;
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

/** An export's notes and who made it (absent in exports made before it was written: see export.ts). */
export interface NotesImport {
  notes: ExportedNote[];
  from: Partial<NotesAuthor>;
}

function readAuthor(doc: Obj): Partial<NotesAuthor> {
  const from: Partial<NotesAuthor> = {};
  for (const key of ['agentId', 'agent'] as const) if (doc[key] !== undefined) from[key] = str(doc, key, 'export');
  return from;
}

export function readNotesExport(json: string): NotesImport {
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
  const from = readAuthor(doc);
  const notes = need(Array.isArray(doc.notes), 'notes', 'must be a list', doc.notes as unknown[]);
  return { notes: notes.map(readNote), from };
}

export const parseNotesExport = (json: string): ExportedNote[] => readNotesExport(json).notes;

/** A name as typed again after a reinstall: case, accents, final sigma and spacing apart. */
const foldName = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('el').replace(/ς/g, 'σ').replace(/\s+/g, ' ').trim();

/**
 * The export is the agent's own backup: made by this browser profile (its agent id), or, after a reinstall made a
 * new id, by an agent of the same display name. Its notes are the agent's own work and are restored as they were
 * exported (unmarked, unless the agent had imported them). Any other export, and one made before exports said who
 * made them, is a colleague's (a hand-over): what it adds is marked imported, for QC (docs/qc-export.md).
 */
export function ownExport(from: Partial<NotesAuthor>, self: NotesAuthor): boolean {
  if (from.agentId && from.agentId === self.agentId) return true;
  return Boolean(from.agent && self.agent && foldName(from.agent) && foldName(from.agent) === foldName(self.agent));
}

const eventKey = (e: TimelineEntry) => `${e.at}|${JSON.stringify(e.event)}`;

export function unionTimelines(a: TimelineEntry[], b: TimelineEntry[]): TimelineEntry[] {
  const seen = new Map<string, TimelineEntry>();
  for (const e of [...a, ...b]) if (!seen.has(eventKey(e))) seen.set(eventKey(e), e);
  return [...seen.values()].sort((x, y) => x.at - y.at);
}

/** Where an import comes from: the agent's own backup (ownExport), or another's export with the line heading their words. */
export interface ImportOrigin {
  own: boolean;
  /** Heads a colleague's words added below the agent's own in a note of the same ticket (lib/notes/strings). */
  heading?: string;
}

const FOREIGN: ImportOrigin = { own: false };
const lineSet = (text: string) => new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));

/**
 * A colleague's note of a ticket the agent has a note of: the agent's note stays the agent's. Its moment (which QC
 * tells notes apart by), fields and words are kept, and nothing of them is replaced (newer-wins let a colleague's
 * later text overwrite the agent's); the colleague's words are added below theirs under a line naming where they
 * came from, when they hold a line the agent's lack; the customer, when the agent had none; the colleague's timeline
 * entries, each marked imported: QC counts them in the colleague's own export, not again as this agent's work.
 * Before this, the note took the colleague's earlier moment, and `odigos qc` counted the agent's work as the colleague's.
 */
function mergeOthers(current: Note, incoming: ExportedNote, heading = ''): Note | undefined {
  const theirs = incoming.fields.text.trim();
  const mine = lineSet(current.fields.text);
  const addText = [...lineSet(theirs)].some((l) => !mine.has(l));
  const text = addText ? `${current.fields.text.trimEnd()}\n\n${heading}\n${theirs}`.trimStart() : current.fields.text;
  const customer = current.fields.customer || incoming.fields.customer;
  const known = new Set(current.timeline.map(eventKey));
  const added = incoming.timeline.filter((e) => !known.has(eventKey(e))).map((e) => ({ ...e, imported: true as const }));
  if (!addText && customer === current.fields.customer && !added.length) return undefined;
  const fieldAt = { ...current.fieldAt };
  if (addText) fieldAt.text = Math.max(current.fieldAt.text, incoming.fieldAt.text);
  if (customer !== current.fields.customer) fieldAt.customer = Math.max(current.fieldAt.customer, incoming.fieldAt.customer);
  return {
    ...current,
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
    version: current.version + 1,
    fields: { ...current.fields, text, customer },
    fieldAt,
    timeline: [...current.timeline, ...added].sort((x, y) => x.at - y.at),
    writer: undefined,
  };
}

/**
 * The stored note after merging an imported one, or undefined when the import adds nothing. The agent's own backup
 * (and a later export of a note that came in by import) merges per field, newer wins, timelines unioned.
 */
export function mergeImported(current: Note | undefined, incoming: ExportedNote, origin: ImportOrigin = FOREIGN): Note | undefined {
  // A note new here from another's export is their work: QC must not count it as this agent's. Restored from the
  // agent's own backup, it is the agent's as it was (marked only if the agent had imported it).
  if (!current) return origin.own ? { ...incoming } : { ...incoming, imported: true };
  // The same note (its moment: two installations never make a note of a ticket at the same one), from any export:
  // an older export of the agent's own, or her note handed back, merges as her own does. A masked older export of
  // it read as a colleague's words and came in again below hers.
  if (!origin.own && !current.imported && incoming.createdAt !== current.createdAt) return mergeOthers(current, incoming, origin.heading);
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
