/**
 * Issue 14 for what the agent types: on every demo-desk ticket (read from its page as the panel reads it, at the stage
 * its checklist says: new, nothing ticked), the agent's own queries through the palette (templates.search, with the
 * interaction) and the panel's search box (knowledge.search, with the panel's stage), both bundled packs and the
 * English vectors as the extension loads them. A query that names a topic's entries alike lists what fits a new
 * problem first and keeps what presupposes a later stage after it, not removed; a query that names the later-stage
 * entry itself still gets it first (rank.ts laterAfterTies).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compilePack } from '@/knowledge/node/compile';
import { parseVectors } from '@/knowledge/engine/semantic';
import { pickAdapter, readConversation } from '@/lib/crm';
import { latestEnd, suggestionText } from '@/lib/crm/describe';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';
import { demoDesk, demoTickets, type DeskLang } from './demo-desk';

vi.mock('@/lib/background/active-packs', () => ({
  PRIORITY: { bundled: 0, company: 10, team: 20, personal: 30 },
  getActivePacks: async () => [],
  onPacksChanged: () => () => undefined,
  reportPackFailure: () => undefined,
}));
const { createKnowledgeService } = await import('@/lib/background/knowledge-service');
const { createTemplatesService } = await import('@/lib/background/templates-service');
const { createPackEngine } = await import('@/lib/background/pack-engine');

const inputs = ['el-core', 'en-core'].map((p) => ({ pack: compilePack(join(process.cwd(), 'knowledge/packs', p)), priority: 0 }));
const vectors = parseVectors(readFileSync(join(process.cwd(), 'knowledge/vectors/en-vectors.bin')));
const engine = createPackEngine(async () => inputs, undefined, async () => vectors);
/** No progress stored for any demo ticket: the palette reads a new problem, as the panel's stage bar says. */
const palette = createTemplatesService(engine, async () => [], async () => ({ ...DEFAULT_SETTINGS, uiLang: 'el' }), undefined, undefined, async () => undefined);
const knowledge = createKnowledgeService(engine);

/** What one query must bring first on a ticket, in the palette (templates) and the panel's search box (any entry). */
interface Row {
  query: string;
  palette: string | RegExp;
  panel: string | RegExp;
  /** A later-stage entry the words name too: it stays among the first rows, after what fits. */
  later?: string;
}

const GENERIC = 'generic topic query: what fits a new problem first';
const NAMED = 'query naming the later-stage entry: it still leads';

const QUERIES: Record<DeskLang, Record<string, Record<typeof GENERIC | typeof NAMED, Row[]>>> = {
  el: {
    '48213': {
      [GENERIC]: [
        { query: 'διπλή χρέωση', palette: 'apology-double-charge', panel: 'double-card-charge', later: 'refund-double-charge' },
        { query: 'diplh xrewsh', palette: 'apology-double-charge', panel: 'double-card-charge', later: 'refund-double-charge' },
        { query: 'Διπλή Χρέωση', palette: 'apology-double-charge', panel: 'double-card-charge', later: 'refund-double-charge' },
      ],
      [NAMED]: [
        { query: 'επιβεβαίωση επιστροφής', palette: 'refund-double-charge', panel: 'refund-double-charge' },
        { query: 'κλείσιμο', palette: /^closing-/, panel: /^closing-/ },
      ],
    },
    // Tickets whose topic's entries all fit a new problem: the rule leaves what the words name alone.
    '48240': {
      [GENERIC]: [{ query: 'καθυστέρηση παράδοσης', palette: 'apology-late-delivery', panel: 'delivery-delay' }],
      [NAMED]: [{ query: 'επιβεβαίωση αλλαγής παράδοσης', palette: 'info-courier-reschedule', panel: 'info-courier-reschedule' }],
    },
    '48231': {
      [GENERIC]: [{ query: 'καμένο φαγητό', palette: 'apology-food-issue', panel: 'food-wrong-or-burnt' }],
      [NAMED]: [{ query: 'ευχαριστώ', palette: /^closing-/, panel: /^closing-/ }],
    },
  },
  en: {
    '73105': {
      [GENERIC]: [
        { query: 'double charge', palette: 'apology-double-charge', panel: 'double-card-charge' },
        // The SOP scores under SOP_LEADS of the apology here (rank.ts sopFirst): the apology leads the panel too.
        { query: 'duplicate charge', palette: 'apology-double-charge', panel: 'apology-double-charge', later: 'refund-double-charge' },
        { query: 'charged twice', palette: 'apology-double-charge', panel: 'double-card-charge' },
      ],
      [NAMED]: [
        { query: 'refund confirmed', palette: 'refund-double-charge', panel: 'refund-double-charge' },
        { query: 'duplicate charge refunded', palette: 'refund-double-charge', panel: 'refund-double-charge' },
        { query: 'closing', palette: 'closing-formal', panel: 'out-of-hours' },
      ],
    },
    '73120': {
      [GENERIC]: [{ query: 'out of stock', palette: 'apology-out-of-stock', panel: 'out-of-stock-not-notified' }],
      [NAMED]: [{ query: 'ask for feedback', palette: 'survey-invite', panel: 'survey-invite' }],
    },
  },
};

/** An entry id as a whole (a string would match a longer id by its start: the apology's informal twin). */
const exactly = (id: string | RegExp): RegExp => (typeof id === 'string' ? new RegExp(`^${id}$`) : id);

/** The page of a demo ticket as the palette is asked on it: the conversation it sends, and the interaction. */
function page(lang: DeskLang, id: string) {
  const doc = demoDesk(lang, id);
  const { snapshot } = readConversation(pickAdapter(doc.location as unknown as Location, doc), doc);
  return { conversation: suggestionText(snapshot), latestEnd: latestEnd(snapshot), interactionId: snapshot.interactionId };
}

const rows = (['el', 'en'] as const).flatMap((lang) =>
  demoTickets(lang).flatMap((t) =>
    Object.entries(QUERIES[lang][t.id] ?? {}).flatMap(([kind, list]) => list.map((row) => [`${lang} #${t.id} ${kind}: «${row.query}»`, lang, t.id, row] as const)),
  ),
);

describe('the demo desks: what the agent types, at the ticket’s stage', () => {
  it.each(rows)('%s', async (_name, lang, id, row) => {
    const p = page(lang, id);
    const hits = (await palette.search({ query: row.query, limit: 30, ...p })).map((h) => h.entryId);
    const panel = (await knowledge.search({ query: row.query, limit: 10, stage: 'new' })).suggestions.map((s) => s.entryId);
    expect(hits[0], hits.join(', ')).toMatch(exactly(row.palette));
    expect(panel[0], panel.join(', ')).toMatch(exactly(row.panel));
    if (row.later) {
      // Not removed: the entry for the later stage the words name follows, among the first three.
      expect(hits.slice(0, 3), hits.join(', ')).toContain(row.later);
      expect(panel.slice(0, 3), panel.join(', ')).toContain(row.later);
    }
  });

  it.each(['κλείσιμο', 'κλεισιμο', 'Κλείσιμο'])('«%s» in the reply box: the written closings in the ranking\u2019s order, the phone script after them', async (query) => {
    // «κλείσιμο» read on the other layout is kleisimo, the phone closing's shortcut: that put the script to read out
    // on a call above the closings the words rank first (the chat's, then the e-mail's) on this written ticket.
    const hits = (await palette.search({ query, limit: 30, ...page('el', '48213') })).map((h) => h.entryId);
    expect(hits.slice(0, 3), hits.join(', ')).toEqual(['closing-chat', 'closing-chat-informal', 'closing-email']);
    expect(hits, hits.join(', ')).toContain('closing-phone');
  });

  it('the phone closing\u2019s shortcut typed whole, as it is, names it: it leads', async () => {
    const hits = (await palette.search({ query: 'kleisimo', limit: 30, ...page('el', '48213') })).map((h) => h.entryId);
    expect(hits[0], hits.join(', ')).toBe('closing-phone');
  });

  it.each([
    ['refund confirmed', 'en', 'Duplicate charge refunded — confirmation'],
    ['duplicate charge refunded', 'en', 'Duplicate charge refunded — confirmation'],
    ['diplh xrewsh', 'el', 'Συγγνώμη για τη διπλή χρέωση'],
  ])('"%s" typed on the Greek double charge: the query\u2019s own language first (%s)', async (query, lang, title) => {
    // No function word tells "refund confirmed"'s language, so the conversation's did: «Η επιστροφή χρημάτων έγινε» led.
    const hits = await palette.search({ query, limit: 30, ...page('el', '48213') });
    expect(`${hits[0]?.lang} ${hits[0]?.title}`, hits.map((h) => `${h.lang} ${h.title}`).join(', ')).toBe(`${lang} ${title}`);
  });

  it('where no stage is known (a palette off any interaction, a caller that sends none), the words alone rank, as before', async () => {
    const { conversation } = page('el', '48213');
    const hits = (await palette.search({ query: 'διπλή χρέωση', limit: 30, conversation })).map((h) => h.entryId);
    const panel = (await knowledge.search({ query: 'διπλή χρέωση', limit: 10 })).suggestions.map((s) => s.entryId);
    // The confirmation scores a hair above the apology (the same title words): nothing says the refund is not done.
    expect(hits.slice(0, 2)).toEqual(['refund-double-charge', 'apology-double-charge']);
    expect(panel.slice(0, 3)).toEqual(['double-card-charge', 'refund-double-charge', 'apology-double-charge']);
  });
});
