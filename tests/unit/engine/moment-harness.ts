/**
 * Runs a helpdesk conversation through the path the panel takes (knowledge/engine's suggestReply, as the background
 * answers knowledge.suggest) with the thread read as the panel reads it: the reading contract's last step
 * (lib/crm/snapshot), the text suggestions are for (lib/crm/describe) and the stage and step the agent's progress
 * says (lib/store/checklists' askedAt). Both bundled packs, with the English vectors, as the extension loads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack } from '../../../knowledge/node/compile';
import { createMatcher } from '../../../knowledge/engine';
import { parseVectors } from '../../../knowledge/engine/semantic';
import { type ReplyOptions, type SuggestReply, suggestReply } from '../../../knowledge/engine/suggest-reply';
import { threadReading } from '../../../lib/crm/snapshot';
import { latestEnd, suggestionText } from '../../../lib/crm/describe';
import { askedAt } from '../../../lib/store/checklists';
import type { ConversationSnapshot, ThreadMessage } from '../../../lib/crm/types';
import type { Stage } from '../../../knowledge/types';
import type { MomentCase } from './data/moment-conversations';

const packs = ['el-core', 'en-core'].map((p) => compilePack(join(process.cwd(), 'knowledge/packs', p)));
const matcher = createMatcher(
  packs.map((pack) => ({ pack, priority: 0 })),
  { vectors: parseVectors(readFileSync(join(process.cwd(), 'knowledge/vectors/en-vectors.bin'))) },
);

/** The snapshot the panel reads from the thread. */
export function snapshotOf(c: MomentCase): ConversationSnapshot {
  const messages: ThreadMessage[] = c.thread.map((m) => ({ role: m.from, text: m.text }));
  return { adapter: 'test', interactionId: c.id, customer: {}, agent: {}, subject: c.subject, ...threadReading(messages, c.subject) } as ConversationSnapshot;
}

/** The suggestions' ids, in the order shown, for the conversation at its stage. */
export function momentTop(c: MomentCase, limit = 8): string[] {
  const snap = snapshotOf(c);
  const stage: Stage = c.stage ?? 'new';
  const sop = c.follow ? matcher.entry(packs[c.thread.some((m) => /[α-ω]/i.test(m.text)) ? 0 : 1]!.meta.id, c.follow.sop) : undefined;
  const steps = sop && sop.type === 'sop' ? sop.steps.map((s) => ({ n: s.n, templates: s.templates ?? [] })) : undefined;
  const at = askedAt(stage, steps ? { steps } : undefined, c.follow?.done ?? []);
  return pageReply(snap, limit, at).suggestions.map((s) => s.entryId);
}

/** What the panel is answered for a snapshot (a saved helpdesk page's reading), at the stage and step `at` asks. */
export function pageReply(snap: ConversationSnapshot, limit = 8, at: Pick<ReplyOptions, 'stage' | 'step'> = {}): SuggestReply {
  return suggestReply(matcher, suggestionText(snap), { limit, formality: 'formal', lang: snap.lang, latestEnd: latestEnd(snap), ...at });
}

/** The bundled entries that presuppose a later stage than `stage`. */
export function laterThan(stage: Stage): Set<string> {
  const order = ['new', 'working', 'resolved'];
  const out = new Set<string>();
  for (const p of packs) for (const e of p.entries) if (e.stage && order.indexOf(e.stage) > order.indexOf(stage)) out.add(e.id);
  return out;
}
