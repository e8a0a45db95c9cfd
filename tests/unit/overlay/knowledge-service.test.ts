import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { compilePack } from '@/knowledge/node/compile';
import { entryGist } from '@/knowledge/template/gist';

// The bundled packs are a build-time virtual module; this service is tested with packs compiled here.
vi.mock('@/lib/background/active-packs', () => ({ getActivePacks: async () => [], onPacksChanged: () => () => undefined, reportPackFailure: () => undefined }));
const { createKnowledgeService } = await import('@/lib/background/knowledge-service');
const { createPackEngine } = await import('@/lib/background/pack-engine');

const packs = () => [{ pack: compilePack(join(process.cwd(), 'knowledge/packs/en-core')), priority: 0 }];

describe('knowledge service (background)', () => {
  it('suggests for a customer message, with cues and the entries to render', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const reply = await service.suggest({
      text: 'This is the third time I am writing. My card was charged twice for one order and nobody tells me anything.',
    });
    const top3 = reply.suggestions.slice(0, 3).map((s) => s.entryId);
    expect(top3.some((id) => /double-charge|double-card-charge/.test(id))).toBe(true);
    expect(reply.cues.map((c) => c.kind)).toContain('repeat-contact');
    for (const s of reply.suggestions) expect(reply.entries[`${s.packId}/${s.entryId}`]?.title).toBe(s.title);
  });

  it('passes the conversation stage on: a confirmation waits on a new ticket and comes up once resolved', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const text = 'My card was charged twice for the same order';
    const fresh = (await service.suggest({ text, limit: 5 })).suggestions.map((s) => s.entryId);
    expect(fresh[0]).toBe('double-card-charge');
    expect(fresh).not.toContain('refund-double-charge');
    const done = (await service.suggest({ text, limit: 5, stage: 'resolved' })).suggestions.map((s) => s.entryId);
    expect(done).toContain('refund-double-charge');
    // An unknown stage from an older caller is ignored rather than trusted.
    const odd = await service.suggest({ text, limit: 5, stage: 'later' as never });
    expect(odd.suggestions.map((s) => s.entryId)).toEqual(fresh);
  });

  it("passes on where the customer's latest message ends: a short thanks after a refund thread brings a closing first", async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const latest = 'Thanks, got it!';
    const text = [latest, 'Refund for order 771204', 'I returned the headphones two weeks ago (order 771204) and still have not had my refund.'].join('\n');
    const closing = (await service.suggest({ text, limit: 5, latestEnd: latest.length })).suggestions[0]!.entryId;
    // A closing, or the refund SOP's own entry for the resolved stage (the check that the money arrived).
    expect(['closing-formal', 'closing-informal', 'thanks', 'thanks-informal', 'follow-up-resolved-check']).toContain(closing);
    expect((await service.suggest({ text, limit: 5 })).suggestions[0]!.entryId).toBe('refund-request');
    // A malformed boundary from a page is ignored, not trusted.
    const odd = await service.suggest({ text, limit: 5, latestEnd: 'x' as never });
    expect(odd.suggestions[0]!.entryId).toBe('refund-request');
  });

  it('says the customer closes when it ranked as resolved for that, so the panel’s stage bar says what the list does', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const thread = (latest: string) => [latest, 'Refund for order 771204', 'I returned the headphones two weeks ago and still have not had my refund.'].join('\n');
    const ask = (latest: string) => service.suggest({ text: thread(latest), limit: 5, latestEnd: latest.length });
    expect((await ask('Thanks, got it!')).closing).toBe(true);
    // A thanks that goes on to what is still missing, a thanks signing off the whole thread read as one: no closing.
    expect((await ask('Thanks, but it still has not arrived')).closing).toBeUndefined();
    expect((await service.suggest({ text: thread('Thanks, got it!'), limit: 5 })).closing).toBeUndefined();
  });

  it('raises what the agent chose before for the message, and a failing read of it costs only the boost', async () => {
    const text = 'My card was charged twice for the same order';
    const plain = (await createKnowledgeService(createPackEngine(async () => packs())).suggest({ text, limit: 8 })).suggestions;
    const pick = plain.find((s, i) => i > 1 && s.type === 'template')!;
    const learned = async () => new Map([[`${pick.packId}/${pick.entryId}`, 1.3]]);
    const raised = (await createKnowledgeService(createPackEngine(async () => packs()), undefined, learned).suggest({ text, limit: 8 })).suggestions;
    expect(raised.find((s) => s.entryId === pick.entryId)?.chosenBefore).toBe(true);
    expect(raised.find((s) => s.entryId === pick.entryId)!.score).toBeGreaterThan(pick.score);
    const failing = createKnowledgeService(createPackEngine(async () => packs()), undefined, () => Promise.reject(new Error('storage')));
    expect((await failing.suggest({ text, limit: 8 })).suggestions.map((s) => s.entryId)).toEqual(plain.map((s) => s.entryId));
  });

  it('searches by the agent’s query, restricted to a type and a limit', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const all = await service.search({ query: 'refund', limit: 30 });
    const templates = all.suggestions.filter((s) => s.type === 'template');
    expect(templates.length).toBeGreaterThan(3); // so that the limit below has something to cut
    expect(all.suggestions.some((s) => s.type === 'sop')).toBe(true); // and the type something to leave out
    const reply = await service.search({ query: 'refund', type: 'template', limit: 3 });
    expect(reply.suggestions.map((s) => s.entryId)).toEqual(templates.slice(0, 3).map((s) => s.entryId));
    expect(reply.suggestions.map((s) => s.entryId)).toContain('refund-timeline');
    for (const s of reply.suggestions) expect(s.matchedTerms).toContain('refund');
  });

  it('finds what the agent\'s own query names whatever the stage: entries made for a later stage do not wait', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    // The panel sends no stage with a query: at the engine's default, a new problem, the closing waited behind the
    // internal meeting notes the words "the conversation" match.
    const closing = await service.search({ query: 'closing the conversation', type: 'template', limit: 3 });
    expect(closing.suggestions[0]?.entryId).toBe('closing-formal');
    const refund = await service.search({ query: 'refund issued', type: 'template', limit: 3 });
    expect(refund.suggestions[0]?.entryId).toBe('refund-timeline');
  });

  it('serves one entry, or null when no active pack has it', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    expect((await service.entry({ packId: 'en-core', entryId: 'double-card-charge' }))?.type).toBe('sop');
    expect(await service.entry({ packId: 'en-core', entryId: 'no-such-entry' })).toBeNull();
  });

  it('builds the matcher once and again only after the packs changed', async () => {
    const load = vi.fn(async () => packs());
    const engine = createPackEngine(load);
    const service = createKnowledgeService(engine);
    await service.suggest({ text: 'charged twice' });
    await service.suggest({ text: 'parcel late' });
    expect(load).toHaveBeenCalledTimes(1);
    engine.invalidate();
    await service.entry({ packId: 'en-core', entryId: 'double-card-charge' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says clearly what is wrong with a bad request, and retries a failed pack load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('pack store unavailable')).mockResolvedValue(packs());
    const service = createKnowledgeService(createPackEngine(load));
    await expect(service.suggest({ text: 'x' })).rejects.toThrow('pack store unavailable');
    await expect(service.suggest({ text: 42 as unknown as string })).rejects.toThrow('"text" as a string');
    expect((await service.suggest({ text: 'charged twice' })).suggestions[0]?.entryId).toBe('double-card-charge');
  });
});

describe('formal and informal twins: the agent\'s register first, the other reachable beside it', () => {
  const message = 'This is the third time I am writing and I still have not had my money back for the duplicate charge.';
  const replyFor = async (formality: 'formal' | 'informal', query?: string) => {
    const service = createKnowledgeService(createPackEngine(async () => packs()), async () => formality);
    return query ? service.search({ query, type: 'template' }) : service.suggest({ text: message, limit: 10 });
  };
  const templateOf = (reply: Awaited<ReturnType<typeof replyFor>>, s: { packId: string; entryId: string }) => {
    const e = reply.entries[`${s.packId}/${s.entryId}`];
    return e?.type === 'template' ? e : undefined;
  };

  it('lists one item per shortcut, in the agent\'s formality, with its twin as a variant', async () => {
    const reply = await replyFor('formal');
    const listed = reply.suggestions.map((s) => templateOf(reply, s)).filter((t) => t?.shortcut);
    expect(listed.length).toBeGreaterThan(0);
    for (const t of listed) expect(listed.filter((o) => o!.shortcut === t!.shortcut)).toHaveLength(1);
    const dbl = reply.suggestions.find((s) => templateOf(reply, s)?.shortcut === 'dbl')!;
    expect(templateOf(reply, dbl)?.formality).toBe('formal');
    const [other] = reply.variants[`${dbl.packId}/${dbl.entryId}`];
    expect(templateOf(reply, other)).toMatchObject({ shortcut: 'dbl', formality: 'informal' });
  });

  it('puts the informal variant first when the agent writes informally, the formal one beside it', async () => {
    const reply = await replyFor('informal');
    const dbl = reply.suggestions.find((s) => templateOf(reply, s)?.shortcut === 'dbl')!;
    expect(templateOf(reply, dbl)?.formality).toBe('informal');
    expect(reply.variants[`${dbl.packId}/${dbl.entryId}`].map((v) => templateOf(reply, v)?.formality)).toEqual(['formal']);
  });

  it('the agent\'s own search hides neither register: a formal agent finds "sorry" formal first, friendly beside it', async () => {
    const reply = await replyFor('formal', 'sorry apology');
    const first = reply.suggestions.find((s) => templateOf(reply, s)?.shortcut === 'sorry')!;
    expect(first.entryId).toBe('apology-general');
    expect(reply.variants[`${first.packId}/${first.entryId}`].map((v) => v.entryId)).toEqual(['apology-general-informal']);
  });
});

describe('one bad pack never breaks the others', () => {
  /** A pack stored before packs were checked at every depth: a number for a title, no index. */
  const broken = () => {
    const pack = structuredClone(packs()[0]!.pack);
    (pack.meta as { id: string }).id = 'broken-team-pack';
    (pack.entries[1] as { title: unknown }).title = 42;
    (pack as { index: unknown }).index = null;
    return { pack, priority: 20 };
  };

  it('switches off the pack that fails, names it, and the others keep suggesting', async () => {
    const failed: string[] = [];
    const service = createKnowledgeService(createPackEngine(async () => [broken(), ...packs()], (f) => failed.push(f.packId)));
    const reply = await service.suggest({ text: 'My card was charged twice for one order.' });
    expect(reply.switchedOff).toEqual(['broken-team-pack']);
    expect(failed).toEqual(['broken-team-pack']);
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.every((s) => s.packId === 'en-core')).toBe(true);
    expect((await service.search({ query: 'refund' })).suggestions.length).toBeGreaterThan(0);
  });
});

describe('what tells suggestions apart', () => {
  it('sends each suggestion\'s gist with the matched words marked (the engine\'s readings stay in the background)', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const reply = await service.suggest({ text: 'My card was charged twice for one order and I want a refund.' });
    const sop = reply.suggestions.find((s) => s.type === 'sop')!;
    const gist = reply.gists[`${sop.packId}/${sop.entryId}`];
    const entry = reply.entries[`${sop.packId}/${sop.entryId}`];
    expect(gist.map((g) => g.text).join('')).toBe(entryGist(entry!));
    expect(entryGist(entry!)).toContain(entry?.type === 'sop' ? entry.purpose.slice(0, 40) : '');
    for (const s of reply.suggestions) expect(reply.gists[`${s.packId}/${s.entryId}`]?.length).toBeGreaterThan(0);
  });

  it('names, for each card, only the matched words its gist does not already show marked', async () => {
    const service = createKnowledgeService(createPackEngine(async () => packs()));
    const reply = await service.suggest({ text: 'My card was charged twice for one order and I want a refund.' });
    for (const s of reply.suggestions) {
      const key = `${s.packId}/${s.entryId}`;
      const marked = reply.gists[key].filter((g) => g.mark).length;
      const also = reply.alsoMatched[key];
      expect(also.every((w) => s.matchedTerms.includes(w))).toBe(true);
      // Every matched word is either marked in the gist or named after it.
      if (!marked) expect(also).toEqual([...new Set(s.matchedTerms)]);
      else expect(also.length).toBeLessThan(new Set(s.matchedTerms).size);
    }
  });
});
