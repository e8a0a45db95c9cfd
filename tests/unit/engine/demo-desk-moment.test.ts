/**
 * Issue 14's demo-desk judgement, on every ticket the demo desks show (demo/crm/tickets.js, both languages): each
 * page built as `npm run demo` serves it, read by the adapter the panel picks, and ranked through the panel's path
 * (suggestReply with the customer's latest message, the subject and the latest's end). At the panel's stage for a
 * ticket with no checklist progress (new), the SOP of the ticket's problem leads and nothing made for a later stage
 * is in the top 3; with a step ticked (working), nothing made for the resolved stage is.
 */
import { describe, expect, it } from 'vitest';
import { pickAdapter, readConversation } from '@/lib/crm';
import { demoDesk, demoTickets, type DeskLang } from './demo-desk';
import { pageReply } from './moment-harness';
import { STAGES, type Stage } from '@/knowledge/types';
import type { SuggestReply } from '@/knowledge/engine/suggest-reply';

/** Each demo ticket's problem: the SOP that must lead while it is new. */
const PROBLEM_SOP: Record<DeskLang, Record<string, string>> = {
  el: {
    '48213': 'double-card-charge',
    '48220': 'courier-reschedule',
    '48240': 'delivery-delay',
    '48231': 'food-wrong-or-burnt',
    '48252': 'address-change',
    '48257': 'invoice-receipt',
  },
  en: {
    '73105': 'double-card-charge',
    '73112': 'courier-reschedule-redirect',
    '73120': 'out-of-stock-not-notified',
  },
};

/** The first three suggestions whose entry (as the reply carries it, of its own pack) presupposes a stage after `stage`. */
function laterInTop3(reply: SuggestReply, stage: Stage): string[] {
  const at = STAGES.indexOf(stage);
  return reply.suggestions.slice(0, 3).flatMap((s) => {
    const e = reply.entries[`${s.packId}/${s.entryId}`];
    return e?.stage && STAGES.indexOf(e.stage) > at ? [`${s.entryId} (${e.stage})`] : [];
  });
}

const tickets = (['el', 'en'] as const).flatMap((lang) => demoTickets(lang).map((t) => ({ lang, ...t })));

/** The panel's answer for a demo ticket's page, at the stage its checklist says. */
function panel(lang: DeskLang, id: string, stage?: 'working') {
  const doc = demoDesk(lang, id);
  const { snapshot } = readConversation(pickAdapter(doc.location as unknown as Location, doc), doc);
  return { snapshot, reply: pageReply(snapshot, 8, stage ? { stage } : {}) };
}

describe('the demo desks: the SOP leads a new problem, nothing for a later stage in the top 3', () => {
  it('knows the problem of every ticket the demo desks show', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(9);
    for (const t of tickets) expect(PROBLEM_SOP[t.lang][t.id], `${t.lang} #${t.id} has no row`).toBeDefined();
  });

  it.each(tickets.map((t) => [`${t.lang} #${t.id} ${t.subject}`, t] as const))('%s', (_name, t) => {
    const { snapshot, reply } = panel(t.lang, t.id);
    // The page was read as the customer wrote it: their latest message is what the suggestions are for.
    const latest = t.thread.filter((m) => m.from === 'customer').at(-1)!.text;
    expect(snapshot.latestCustomerMessage).toBe(latest);
    expect(snapshot.lang).toBe(t.lang);
    const top = reply.suggestions.map((s) => `${s.entryId} (${s.type})`);
    expect(top[0], top.join(', ')).toBe(`${PROBLEM_SOP[t.lang][t.id]} (sop)`);
    expect(laterInTop3(reply, 'new'), top.join(', ')).toEqual([]);

    // A step ticked: entries made for that stage may come up, those for the resolved one still wait.
    expect(laterInTop3(panel(t.lang, t.id, 'working').reply, 'working')).toEqual([]);
  });
});
