/**
 * Simulated agents' days for `odigos qc` and `odigos insights`: notes as the extension stores them (messages at
 * the page's times, SOPs opened and steps ticked, templates inserted and edited, call-backs, cues, suggestions
 * and unanswered messages), built from the bundled pack's real SOPs and templates. Deterministic per seed, so a
 * test can compute every figure independently from what was simulated (`truth`). Used by bench/qc.ts and the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../knowledge/node/load';
import type { NoteEvent } from '../knowledge/qc/events';
import { buildQcRows, type QcNote } from '../knowledge/qc/records';
import type { QcRow } from '../knowledge/qc/schema';
import type { SopEntry, TemplateEntry } from '../knowledge/types';
import { toJsonLines, toParquet } from '../lib/notes/qc-export';
import { rng } from './corpus';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** Questions the bundled pack has no answer for: the topics trainers should find. */
const UNCOVERED = [
  ['Θέλω να αλλάξω το χρώμα της εφαρμογής σε σκούρο', 'Πώς αλλάζω το χρώμα στην εφαρμογή;', 'Γίνεται σκούρο χρώμα στην εφαρμογή;'],
  ['Το ψυγείο που αγόρασα κάνει θόρυβο', 'Θόρυβος από το ψυγείο τη νύχτα', 'Το καινούργιο ψυγείο κάνει δυνατό θόρυβο'],
  ['Στέλνετε δέματα στην Κύπρο;', 'Κάνετε αποστολή στην Κύπρο;', 'Πόσο κοστίζει η αποστολή στην Κύπρο;'],
  ['Έχετε κατάστημα στη Θεσσαλονίκη;', 'Πού είναι το κατάστημά σας στη Θεσσαλονίκη;', 'Ωράριο καταστήματος Θεσσαλονίκης;'],
];

export interface SimTruth {
  agentId: string;
  team: string;
  interactionId: string;
  sopId: string;
  firstResponseMin: number;
  firstResponseTarget?: number;
  completionMin?: number;
  completionTarget?: number;
  stepsDone: number[];
  stepsTotal: number;
  callback?: 'kept' | 'late' | 'missed' | 'overdue' | 'pending';
  escalated: boolean;
  unanswered?: string;
}

export interface SimAgent {
  agentId: string;
  agent: string;
  team: string;
  notes: QcNote[];
  truth: SimTruth[];
}

interface PackParts {
  packId: string;
  version: string;
  sops: SopEntry[];
  templates: TemplateEntry[];
}

let parts: PackParts | undefined;
export function bundledParts(): PackParts {
  if (parts) return parts;
  const { pack } = loadPack(new URL('../knowledge/packs/el-core', import.meta.url).pathname);
  if (!pack) throw new Error('the bundled pack did not load');
  return (parts = {
    packId: pack.meta.id,
    version: pack.meta.version,
    sops: pack.entries.filter((e): e is SopEntry => e.type === 'sop'),
    templates: pack.entries.filter((e): e is TemplateEntry => e.type === 'template'),
  });
}

/** What customers say, as agents write it down verbatim (seed 000: every customer view goes to QC). */
const VIEWS = [
  'Περίμενα πολύ στο τηλέφωνο πριν μου απαντήσει κάποιος',
  'Θέλω να με ενημερώνετε με SMS, όχι με email',
  'Η εφαρμογή σας είναι δύσκολη στη χρήση',
  'Ευχαριστώ, η κυρία ήταν πολύ εξυπηρετική',
  'Δεν είναι η πρώτη φορά που συμβαίνει αυτό',
];
const FIRST_NAMES = ['Ελένη', 'Νίκος', 'Μαρία', 'Γιώργος', 'Κατερίνα', 'Δημήτρης', 'Σοφία', 'Κώστας'];
const CUSTOMERS = ['Παπαδόπουλος', 'Κωνσταντίνου', 'Αλεξίου', 'Γεωργίου', 'Νικολάου', 'Ιωάννου', 'Δημητρίου', 'Οικονόμου'];

/** One interaction: its timeline and what was true of it. */
function simulateOne(r: () => number, p: PackParts, agentIndex: number, id: string, start: number, now: number): { note: QcNote; truth: Omit<SimTruth, 'agentId' | 'team'> } {
  const sop = p.sops[Math.floor(r() * p.sops.length)];
  const tpl = p.templates[Math.floor(r() * p.templates.length)];
  const confusedWith = p.templates[(p.templates.indexOf(tpl) + 1) % p.templates.length];
  // Most answers come within the target; some agents (every fifth) are slower.
  const slow = agentIndex % 5 === 4 ? 4 : 1;
  const firstResponseMin = Math.round((2 + r() * 40) * slow * (r() < 0.1 ? 8 : 1));
  const opened = start + Math.round(firstResponseMin * 0.6) * MIN;
  const responded = start + firstResponseMin * MIN;
  const resolved = r() < 0.8;
  const completionMin = resolved ? firstResponseMin + Math.round(r() * 4 * DAY / MIN) : undefined;
  const total = sop.steps.length;
  const doneUpTo = resolved ? total : Math.max(1, Math.floor(r() * total));
  const skip = r() < 0.3 ? Math.min(doneUpTo, 2) : 0; // some agents skip step 2
  const stepsDone = Array.from({ length: doneUpTo }, (_, i) => i + 1).filter((n) => n !== skip);
  const unanswered = r() < 0.12 ? UNCOVERED[Math.floor(r() * UNCOVERED.length)][Math.floor(r() * 3)] : undefined;
  const escalated = r() < 0.07;
  const key = (s: string) => `${id}-${s}`;
  const timeline: { at: number; event: NoteEvent }[] = [
    { at: start, event: { kind: 'message', from: 'customer', key: key('c1'), shown: true } },
    { at: start + MIN, event: { kind: 'suggested', key: key('c1'), entries: [{ packId: p.packId, entryId: sop.id, score: 20 }], ...(unanswered ? { unanswered } : {}) } },
    { at: opened, event: { kind: 'sop-opened', sopId: sop.id, packId: p.packId, packVersion: p.version, title: sop.title, steps: total, rank: 1, top: `${p.packId}/${sop.id}`, ...sop.metrics, ...(escalated ? { escalation: true } : {}) } },
    ...stepsDone.map((n, i) => ({ at: opened + (i + 1) * 1000, event: { kind: 'sop-step', sopId: sop.id, packId: p.packId, title: sop.title, step: n, done: true } as NoteEvent })),
    { at: responded - 30_000, event: { kind: 'template-inserted', templateId: tpl.id, packId: p.packId, packVersion: p.version, via: 'overlay', title: tpl.title, rank: r() < 0.15 ? 2 : 1, top: `${p.packId}/${r() < 0.15 ? confusedWith.id : tpl.id}` } },
    { at: responded, event: { kind: 'message', from: 'agent', key: key('a1'), shown: true, ...(r() < 0.5 ? { edit: { packId: p.packId, templateId: tpl.id, similarity: Math.round(r() * 1000) / 1000, added: ['αύριο', 'κύριε'], removed: ['σύντομα'] } } : {}) } },
    ...(r() < 0.25 ? [{ at: start + 2 * MIN, event: { kind: 'cue', cue: 'anger', words: ['απαράδεκτο'] } as NoteEvent }] : []),
    ...(resolved ? [{ at: start + completionMin! * MIN, event: { kind: 'status', status: 'resolved' } as NoteEvent }] : []),
  ];
  // A call-back promised in a third of them, kept mostly.
  let followUpAt: number | null = null;
  let callback: SimTruth['callback'];
  const setAt = responded + MIN;
  if (r() < 0.33) {
    followUpAt = setAt + Math.round(r() * 2 * DAY);
    const roll = r();
    if (roll < 0.7) {
      timeline.push({ at: followUpAt - 10 * MIN, event: { kind: 'message', from: 'agent', key: key('a2'), shown: true } });
      callback = 'kept';
    } else if (roll < 0.8) {
      timeline.push({ at: followUpAt + 3 * 60 * MIN, event: { kind: 'message', from: 'agent', key: key('a2'), shown: true } });
      callback = 'late';
    } else callback = resolved ? 'missed' : now > followUpAt + 60 * MIN ? 'overdue' : 'pending';
  }
  const customer = `${FIRST_NAMES[Math.floor(r() * FIRST_NAMES.length)]} ${CUSTOMERS[Math.floor(r() * CUSTOMERS.length)]}`;
  const note: QcNote = {
    interactionId: id,
    site: 'https://desk.example.gr',
    label: `#${id.split(':').at(-1)} — ${customer}`,
    createdAt: opened,
    fields: {
      text: `Απόψεις και επιθυμίες του πελάτη (αυτολεξεί):\n«${VIEWS[Math.floor(r() * VIEWS.length)]}» (${sop.title.toLowerCase()})\n\nΒασικά στοιχεία:\n`,
      customer,
      followUpAt,
      status: resolved ? 'resolved' : 'open',
    },
    fieldAt: { followUpAt: followUpAt === null ? opened : setAt },
    timeline: timeline.sort((a, b) => a.at - b.at),
  };
  return {
    note,
    truth: {
      interactionId: id,
      sopId: sop.id,
      firstResponseMin,
      firstResponseTarget: sop.metrics.firstResponseMinutes,
      completionMin,
      completionTarget: sop.metrics.completionMinutes,
      stepsDone,
      stepsTotal: total,
      callback,
      escalated,
      unanswered,
    },
  };
}

export const SIM_START = Date.UTC(2026, 1, 2);
/** When the simulated agents export: three days after the period, so every promised call-back is due. */
export const simExportedAt = (days: number, startDay = SIM_START) => startDay + (days + 3) * DAY;

export function simulateAgent(agentIndex: number, days: number, perDay: number, seed: number, startDay = SIM_START): SimAgent {
  const r = rng(seed * 7919 + agentIndex);
  const p = bundledParts();
  const agentId = `a-sim${String(agentIndex).padStart(4, '0')}`;
  const team = `Ομάδα ${String.fromCharCode(65 + (agentIndex % 4))}`;
  const now = simExportedAt(days, startDay);
  const notes: QcNote[] = [];
  const truth: SimTruth[] = [];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < perDay; i++) {
      const start = startDay + d * DAY + (8 * 60 + Math.floor(r() * 9 * 60)) * MIN;
      const one = simulateOne(r, p, agentIndex, `generic:desk.example.gr:${agentIndex}${String(d).padStart(3, '0')}${String(i).padStart(4, '0')}`, start, now);
      notes.push(one.note);
      truth.push({ ...one.truth, agentId, team });
    }
  }
  return { agentId, agent: `${FIRST_NAMES[agentIndex % FIRST_NAMES.length]} ${agentIndex}`, team, notes, truth };
}

export function agentRows(a: SimAgent, exportedAt: number, exportId = `x-${a.agentId}-${exportedAt}`): QcRow[] {
  return buildQcRows(a.notes, { exportId, exportedAt, periodTo: exportedAt, agentId: a.agentId, agent: a.agent, team: a.team, masked: true });
}

/** Writes one agent's export as the extension would: JSON Lines or Parquet. */
export function writeAgentExport(dir: string, a: SimAgent, format: 'jsonl' | 'parquet', exportedAt: number, exportId?: string): string {
  mkdirSync(dir, { recursive: true });
  const rows = agentRows(a, exportedAt, exportId);
  const file = join(dir, `odigos-qc-${a.agentId}-${exportId ?? exportedAt}.${format}`);
  if (format === 'jsonl') writeFileSync(file, toJsonLines(rows));
  else writeFileSync(file, new Uint8Array(toParquet(rows)));
  return file;
}
