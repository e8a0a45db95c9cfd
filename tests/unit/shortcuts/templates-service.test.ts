import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { compilePack } from '@/knowledge/node/compile';
import { suggestReply } from '@/knowledge/engine/suggest-reply';

// The bundled packs are a build-time virtual module; this test gives the service its packs directly.
vi.mock('@/lib/background/active-packs', () => ({
  PRIORITY: { bundled: 0, company: 10, team: 20, personal: 30 },
  getActivePacks: async () => [],
  onPacksChanged: () => () => undefined,
  reportPackFailure: () => undefined,
}));
import { createTemplatesService } from '@/lib/background/templates-service';
import type { InteractionProgress } from '@/lib/store/checklists';
import { createPackEngine } from '@/lib/background/pack-engine';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import type { Snippet } from '@/lib/store/snippets';
import { PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, type CompiledPack, type Stage, type TemplateEntry } from '@/knowledge/types';

function template(id: string, over: Partial<TemplateEntry>): TemplateEntry {
  return {
    id, type: 'template', title: id, lang: 'en', triggers: [], tags: [], body: id,
    tone: 'apology', channels: ['chat'], formality: 'formal', ...over,
  };
}

const pack: CompiledPack = {
  schema: PACK_SCHEMA_ID, schemaVersion: PACK_SCHEMA_VERSION, builtAt: '', index: null,
  meta: { id: 'en-core', name: 'Core', version: '1.0.0', lang: 'en' as const },
  entries: [
    template('apology-general', {
      title: 'Sincere apology', shortcut: 'sorry',
      body: '{{customer.salutation}},\n\nI am sorry about {{field:What went wrong}}.\n{{cursor}}\n\nKind regards,\n{{agent.name}}',
    }),
    template('apology-general-informal', { title: 'Apology (friendly)', shortcut: 'sorry', formality: 'informal', body: 'Sorry {{customer.firstName|there}}!' }),
    template('greeting', { title: 'Warm greeting', shortcut: 'hi', tone: 'greeting', tags: ['welcome'], body: 'Hello!' }),
  ],
};

const greekPack: CompiledPack = {
  ...pack,
  meta: { id: 'el-core', name: 'Βασικό', version: '1.0.0', lang: 'el' },
  entries: [
    template('apology-el', {
      lang: 'el', title: 'Συγγνώμη για το δέμα που δεν ήρθε', shortcut: 'sorry', body: 'Λυπούμαστε πολύ.',
      triggers: ['δεν ήρθε το δέμα'],
    }),
  ],
};

function service(snippets: Snippet[] = [], settings: Partial<Settings> = {}, packs: CompiledPack[] = [pack]) {
  return createTemplatesService(
    createPackEngine(async () => packs.map((p) => ({ pack: p, priority: 0 }))),
    async () => snippets,
    async () => ({ ...DEFAULT_SETTINGS, ...settings }),
  );
}

const mine: Snippet = {
  id: 'a1', title: 'Η δική μου συγγνώμη', shortcut: 'sorry', body: 'Λυπάμαι πολύ, {{customer.firstName}}.{{cursor}}',
  formality: 'formal', tone: 'apology', lang: 'el', updatedAt: 0,
};

describe('templates service', () => {
  it('lists every shortcut key', async () => {
    expect((await service([mine]).keys()).sort()).toEqual(['hi', 'sorry']);
  });

  it('resolves a shortcut typed with the Greek layout, in the agent’s formality', async () => {
    expect((await service().byShortcut({ keyword: 'σορρυ' }))?.entryId).toBe('apology-general');
    expect((await service([], { formality: 'informal' }).byShortcut({ keyword: 'SORRY' }))?.entryId).toBe(
      'apology-general-informal',
    );
    expect(await service().byShortcut({ keyword: 'nothing' })).toBeNull();
  });

  it('answers in the customer’s language when a shortcut exists in Greek and English', async () => {
    const both = service([], { uiLang: 'en' }, [pack, greekPack]);
    expect((await both.byShortcut({ keyword: 'sorry', conversation: 'Με χρέωσαν δύο φορές!' }))?.entryId).toBe('apology-el');
    expect((await both.byShortcut({ keyword: 'sorry', conversation: 'kalhspera, thelw na akyrwsw' }))?.entryId).toBe('apology-el');
    // Function words do not tell here; what the message matches does.
    expect((await both.byShortcut({ keyword: 'sorry', conversation: 'den irthe to dema' }))?.entryId).toBe('apology-el');
    expect((await both.byShortcut({ keyword: 'sorry', conversation: 'I was charged twice!' }))?.entryId).toBe('apology-general');
    // No conversation to tell by: the agent's interface language decides.
    expect((await both.byShortcut({ keyword: 'sorry' }))?.entryId).toBe('apology-general');
    const greekAgent = service([], { uiLang: 'el' }, [pack, greekPack]);
    expect((await greekAgent.byShortcut({ keyword: 'sorry' }))?.entryId).toBe('apology-el');
  });

  it('lets a personal snippet with the same shortcut win', async () => {
    const found = await service([mine], { formality: 'informal' }).byShortcut({ keyword: 'sorry' });
    expect(found).toMatchObject({ packId: 'personal', entryId: 'personal-a1', personal: true, lang: 'el' });
  });

  it('says when a template will ask for the agent\'s name (no fallback, none in options)', async () => {
    expect((await service().byShortcut({ keyword: 'sorry' }))?.asksAgentName).toBe(true);
    expect((await service([], { agentName: 'Anna Lee' }).byShortcut({ keyword: 'sorry' }))?.asksAgentName).toBe(false);
    expect((await service().byShortcut({ keyword: 'hi' }))?.asksAgentName).toBe(false);
  });

  it('names the fill-in fields of the chosen template', async () => {
    expect((await service().byShortcut({ keyword: 'sorry' }))?.fields).toEqual(['What went wrong']);
  });

  it('says where each field that offers wordings goes, for the form to name its choice (none for a plain field)', async () => {
    const returns = template('returns', {
      lang: 'el', shortcut: 'epistrofh',
      body: 'Τα μεταφορικά της επιστροφής {{field:τα αναλαμβάνουμε εμείς / τα πληρώνετε εσείς}}. Σε {{field:Ημέρες}} μέρες θα {{field:σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν}}.',
    });
    const hit = await service([], {}, [{ ...greekPack, entries: [returns] }]).byShortcut({ keyword: 'epistrofh' });
    expect(hit?.leadIns).toEqual({
      'τα αναλαμβάνουμε εμείς / τα πληρώνετε εσείς': 'Τα μεταφορικά της επιστροφής …',
      'σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν': 'Σε … μέρες θα …',
    });
    expect((await service().byShortcut({ keyword: 'sorry' }))?.leadIns).toBeUndefined();
  });

  it('searches by shortcut prefix, title, tag and body, and lists all for an empty query', async () => {
    const s = service([mine]);
    expect((await s.search({ query: 'so' }))[0]?.shortcut).toBe('sorry');
    expect((await s.search({ query: 'welcome' })).map((h) => h.entryId)).toContain('greeting');
    expect((await s.search({ query: 'λυπαμαι' })).map((h) => h.entryId)).toContain('personal-a1');
    const all = await s.search({ query: '' });
    expect(all).toHaveLength(4);
    expect(all[0]?.personal).toBe(true);
  });

  it('fills the template with the conversation, the fields and the agent name from settings', async () => {
    const out = await service([], { agentName: 'Anna Lee' }).expand({
      packId: 'en-core',
      entryId: 'apology-general',
      context: { customer: { name: 'John Smith', gender: 'm' } },
      fields: { 'What went wrong': 'the late delivery' },
    });
    expect(out.text).toBe('Dear Mr Smith,\n\nI am sorry about the late delivery.\n\n\nKind regards,\nAnna Lee');
    expect(out.text.slice(0, out.cursorOffset)).toBe('Dear Mr Smith,\n\nI am sorry about the late delivery.\n');
  });

  it('signs an English template with the name the agent gave for English replies, a Greek one with their Greek name', async () => {
    const signed = template('signed', { shortcut: 'signed', body: 'I am {{agent.firstName}}. {{agent.name}}' });
    const greekSigned = template('signed-el', { lang: 'el', shortcut: 'ypografi', body: 'Είμαι η {{agent.firstName}}.' });
    const packs = [{ ...pack, entries: [signed, greekSigned] }];
    const settings = { agentName: 'Ελένη Γεωργίου', agentNameLatin: 'Helen Georgiou' };
    const expand = (entryId: string, over: Partial<Settings> = settings, agent?: { name: string }) =>
      service([], over, packs).expand({ packId: 'en-core', entryId, context: agent ? { agent } : {} });
    expect((await expand('signed')).text).toBe('I am Helen. Helen Georgiou');
    // The page's name for the agent too: it is the same person.
    expect((await expand('signed', settings, { name: 'Ελένη Γεωργίου' })).text).toBe('I am Helen. Helen Georgiou');
    expect((await expand('signed-el')).text).toBe('Είμαι η Ελένη.');
    // None given: ELOT's letters, as before.
    expect((await expand('signed', { agentName: 'Ελένη Γεωργίου' })).text).toBe('I am Eleni. Eleni Georgiou');
    // It is enough for an English template not to ask for the name.
    expect((await service([], { agentNameLatin: 'Helen' }, packs).byShortcut({ keyword: 'signed' }))?.asksAgentName).toBe(false);
    expect((await service([], { agentNameLatin: 'Helen' }, packs).byShortcut({ keyword: 'ypografi' }))?.asksAgentName).toBe(true);
  });

  it('writes no name for English replies that storage holds damaged or edited by hand: ELOT\'s letters instead', async () => {
    const signed = template('signed', { shortcut: 'signed', body: 'I am {{agent.name}}.' });
    const packs = [{ ...pack, entries: [signed] }];
    const expand = (agentNameLatin: string) =>
      service([], { agentName: 'Ελένη Γεωργίου', agentNameLatin }, packs).expand({ packId: 'en-core', entryId: 'signed', context: {} });
    expect((await expand("Mary-Jane O'Neill")).text).toBe("I am Mary-Jane O'Neill.");
    for (const bad of ['Ελένη', '<b>Helen</b>', 'Helen '.repeat(20)]) expect((await expand(bad)).text, bad).toBe('I am Eleni Georgiou.');
    expect((await service([], { agentNameLatin: 'Ελένη' }, packs).byShortcut({ keyword: 'signed' }))?.asksAgentName).toBe(true);
  });

  it('addresses the customer as the page names them, in the register of the template', async () => {
    const greek: CompiledPack = {
      ...greekPack,
      entries: [
        template('hello-formal', { lang: 'el', body: '{{customer.salutation}},' }),
        template('hello-informal', { lang: 'el', formality: 'informal', body: '{{customer.salutation}}!' }),
      ],
    };
    const s = service([], {}, [greek]);
    const customer = { name: 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ', firstName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ', lastName: 'ΓΙΩΡΓΟΣ' };
    const formal = await s.expand({ packId: 'el-core', entryId: 'hello-formal', context: { customer } });
    const informal = await s.expand({ packId: 'el-core', entryId: 'hello-informal', context: { customer } });
    expect([formal.text, informal.text]).toEqual(['Αγαπητέ κύριε Παπαδόπουλε,', 'Γεια σου, Γιώργο!']);
  });

  it('takes the names the packs teach (names.yaml), the higher pack first', async () => {
    const hello = template('hello', { lang: 'el', body: '{{customer.salutation}}' });
    const company: CompiledPack = { ...greekPack, entries: [hello], names: [{ name: 'Φρίντεζης', kind: 'last' }] };
    const team: CompiledPack = {
      ...greekPack,
      meta: { ...greekPack.meta, id: 'team' },
      entries: [],
      names: [{ name: 'Φρίντεζης', vocative: 'Φρίντεζε', kind: 'last' }],
    };
    const s = (packs: Array<[CompiledPack, number]>) =>
      createTemplatesService(createPackEngine(async () => packs.map(([p, priority]) => ({ pack: p, priority }))), async () => [], async () => DEFAULT_SETTINGS);
    // Φρίντεζης (made up; Πρίντεζης is now in the built-in surname stress list): in no built-in list nor the dictionary, so only a pack gives its accent (Κατσίμπαλης is a word).
    const customer = { name: 'ΓΙΩΡΓΟΣ ΦΡΙΝΤΕΖΗΣ' };
    const expand = (packs: Array<[CompiledPack, number]>) => s(packs).expand({ packId: 'el-core', entryId: 'hello', context: { customer } });
    expect((await expand([[{ ...company, names: [] }, 10]])).text).toBe('Αγαπητέ κύριε Φριντέζη');
    expect((await expand([[company, 10]])).text).toBe('Αγαπητέ κύριε Φρίντεζη');
    expect((await expand([[company, 10], [team, 20]])).text).toBe('Αγαπητέ κύριε Φρίντεζε');
  });

  it('keeps unfilled placeholders visible in a preview, and names a template that is gone', async () => {
    const out = await service().expand({ packId: 'en-core', entryId: 'apology-general', context: {}, preview: true });
    // A fill-in field as the agent will be asked for it, never the template's own syntax.
    expect(out.text).toContain('[What went wrong]');
    expect(out.text).not.toContain('{{field:');
    await expect(service().expand({ packId: 'en-core', entryId: 'gone', context: {} })).rejects.toThrow(/gone/);
    // As data too, so the panel says it in the agent's language (components/failure-words.tsx).
    await expect(service().expand({ packId: 'en-core', entryId: 'gone', context: {} })).rejects.toMatchObject({
      failure: { code: 'template.gone', pack: 'en-core', entry: 'gone' },
    });
  });

  it('lists a twin in the agent\'s register first and the other right after it, both marked as twins', async () => {
    const formal = await service().search({ query: 'sorry' });
    expect(formal.slice(0, 2).map((h) => [h.entryId, h.twin])).toEqual([
      ['apology-general', true],
      ['apology-general-informal', true],
    ]);
    const informal = await service([], { formality: 'informal' }).search({ query: 'apology friendly' });
    expect(informal.slice(0, 2).map((h) => h.entryId)).toEqual(['apology-general-informal', 'apology-general']);
    expect((await service().search({ query: 'welcome' })).find((h) => h.entryId === 'greeting')?.twin).toBe(false);
  });

  it('lists by title with no query, a title\'s opening quotation marks left out (they would sort before every letter)', async () => {
    const quoted: CompiledPack = {
      ...pack,
      entries: [...pack.entries, template('bot', { title: '"Am I talking to a bot?"' }), template('zz', { title: '«Zebra»' })],
    };
    const all = await service([], {}, [quoted]).search({ query: '' });
    expect(all.map((h) => h.entryId)).toEqual(['bot', 'apology-general', 'apology-general-informal', 'greeting', 'zz']);
  });

  it('lists the conversation\'s language first: with no query, and among shortcut hits ("sorry" is in both packs)', async () => {
    const both = service([], {}, [pack, greekPack]);
    expect((await both.search({ query: 'sorry', conversation: 'My parcel did not arrive.' }))[0]?.entryId).toBe('apology-general');
    expect((await both.search({ query: 'sorry', conversation: 'Δεν ήρθε το δέμα μου ακόμα.' }))[0]?.entryId).toBe('apology-el');
    expect((await both.search({ query: '', conversation: 'Δεν ήρθε το δέμα μου ακόμα.' }))[0]?.lang).toBe('el');
    expect((await both.search({ query: '', conversation: 'My parcel did not arrive.' }))[0]?.lang).toBe('en');
  });

  it('lists the words\' hits in the language the query is written in, else the conversation\'s, first', async () => {
    const s = service([], { uiLang: 'en' }, [compilePack(join(process.cwd(), 'knowledge/packs/el-core')), compilePack(join(process.cwd(), 'knowledge/packs/en-core'))]);
    const ENGLISH = 'The desk finally arrived, thank you. But you charged my card twice for this order. Please refund the duplicate charge.';
    // On Request Tracker an English agent typed "refund timeline" in the palette: the Greek «Πότε θα δει ο πελάτης τα
    // χρήματα» (triggers: "refund how long") came first, and Enter put Greek into the English reply.
    const hits = await s.search({ query: 'refund timeline', conversation: ENGLISH });
    expect(hits[0]?.lang).toBe('en');
    expect(hits.some((h) => h.lang === 'el')).toBe(true);
    // Words in Greek (or Greeklish) ask for the Greek templates, whatever the conversation.
    expect((await s.search({ query: 'επιστροφή χρημάτων', conversation: ENGLISH }))[0]?.lang).toBe('el');
  });
});

describe('the palette on the bundled Greek pack, with «Επίσημο (εσείς)» set', () => {
  const elCore = () => compilePack(join(process.cwd(), 'knowledge/packs/el-core'));
  const bundled = (formality: 'formal' | 'informal') => service([], { formality }, [elCore()]);

  it('"συγνωμη" puts the formal apology first and Enter (the first hit) inserts the «σας» version', async () => {
    const s = bundled('formal');
    const hits = await s.search({ query: 'συγνωμη' });
    const first = hits[0]!;
    expect(first.formality).toBe('formal');
    const informalAt = hits.findIndex((h) => h.entryId === 'apology-general-informal');
    expect(informalAt).toBeGreaterThan(hits.findIndex((h) => h.entryId === 'apology-general'));
    const { text } = await s.expand({ packId: first.packId, entryId: first.entryId, context: {} });
    expect(text).toMatch(/σας/i);
    expect(text).not.toMatch(/\bσου\b/);
  });

  it('the friendly agent gets the «σου» version first, the formal one still there', async () => {
    const hits = await bundled('informal').search({ query: 'συγνωμη' });
    expect(hits[0]?.formality).toBe('informal');
    expect(hits.some((h) => h.entryId === 'apology-general')).toBe(true);
  });

  // The demo desk's #48220 (demo/crm/tickets.js): the customer's message with the ticket's subject, as the panel reads it.
  const DELIVERY =
    'Γεια σας, το δέμα μου με την παραγγελία 100517 έπρεπε να έρθει την Τρίτη και ακόμα δεν έχει φτάσει. Από την Παρασκευή θα είμαι εκτός Αθηνών. Μπορεί ο courier να το φέρει άλλη μέρα ή να το παραλάβει η γειτόνισσά μου;\nΤο δέμα δεν έχει έρθει ακόμα';

  it('opened with no query on a delivery ticket, lists the templates the panel suggests for it first', async () => {
    const s = service([], { uiLang: 'el' }, [elCore()]);
    const hits = await s.search({ query: '', limit: 30, conversation: DELIVERY });
    // Without the conversation's ranking the list opened on «Roaming — τι ισχύει στο εξωτερικό» (/roaming).
    expect(hits[0]?.entryId).toMatch(/delivery/);
    expect(hits[0]?.shortcut).not.toBe('roaming');
    // The same order the panel shows its templates in (suggestReply over the same packs).
    const engine = createPackEngine(async () => [{ pack: elCore(), priority: 0 }]);
    const panel = suggestReply((await engine.current()).matcher, DELIVERY, { type: 'template', formality: 'formal', lang: 'el' });
    expect(hits.slice(0, 2).map((h) => h.entryId)).toEqual(panel.suggestions.slice(0, 2).map((s) => s.entryId));
  });

  // The demo desk's #48213: a new double charge, nothing refunded yet.
  const DOUBLE_CHARGE =
    'Καλημέρα σας. Σήμερα το πρωί είδα στην εφαρμογή της τράπεζας ότι η κάρτα μου χρεώθηκε δύο φορές για την παραγγελία 100482, από 89,90 € η κάθε χρέωση. Την παραγγελία την έκανα μία φορά. Μπορείτε να το ελέγξετε;\nΔιπλή χρέωση στην κάρτα μου';

  it('opened with no query, holds back what presupposes a later stage until the interaction is there, as the panel does', async () => {
    // The stored progress that says each stage (lib/store/checklists.ts stageOf): nothing, a step ticked, marked resolved.
    const progress: Record<Stage, InteractionProgress | undefined> = {
      new: undefined,
      working: { firstSeen: 0, done: { 'double-card-charge': [1] } },
      resolved: { firstSeen: 0, done: {}, resolved: true },
    };
    const at = (stage: Stage) =>
      createTemplatesService(createPackEngine(async () => [{ pack: elCore(), priority: 0 }]), async () => [], async () => ({ ...DEFAULT_SETTINGS, uiLang: 'el' }), undefined, undefined, async (id) => (id === '48213' ? progress[stage] : undefined));
    const top = async (stage: Stage) => (await (await at(stage)).search({ query: '', limit: 30, conversation: DOUBLE_CHARGE, interactionId: '48213' })).slice(0, 3).map((h) => h.entryId);
    // A new problem: the refund is not done, so «Επιβεβαίωση επιστροφής» and the closings wait.
    const fresh = await top('new');
    expect(fresh).not.toContain('refund-double-charge');
    expect(fresh.filter((id) => id.startsWith('closing-'))).toEqual([]);
    // Once the agent marks it resolved, the confirmation of the refund comes to the top 3.
    expect(await top('resolved')).toContain('refund-double-charge');
  });

  it('opened with no query while the agent works through an SOP in either panel, lists its current step\'s templates first, as the panel does', async () => {
    const pack = elCore();
    const sop = pack.entries.find((e) => e.id === 'double-card-charge');
    if (sop?.type !== 'sop') throw new Error('el-core lost its double-charge SOP');
    // Steps 1-4 ticked: step 5 sends the written confirmation (the refund's, which waits until resolved, and the timeline).
    const step = sop.steps.find((x) => x.n === 5)!.templates;
    expect(step).toEqual(['refund-double-charge', 'info-refund-timeline']);
    // What the panel (the page's or the side panel) stored for #48213: the SOP it follows, and the steps ticked.
    const ticked: InteractionProgress = { firstSeen: 0, done: { 'double-card-charge': [1, 2, 3, 4] } };
    const following: InteractionProgress = { ...ticked, following: { packId: 'el-core', sopId: 'double-card-charge' } };
    const list = async (stored: InteractionProgress | undefined, request: Record<string, unknown> = {}) => {
      const s = createTemplatesService(
        createPackEngine(async () => [{ pack, priority: 0 }]), async () => [], async () => ({ ...DEFAULT_SETTINGS, uiLang: 'el' }),
        undefined, undefined, async (id) => (id === '48213' ? stored : undefined),
      );
      return (await s.search({ query: '', limit: 30, conversation: DOUBLE_CHARGE, interactionId: '48213', ...request })).map((h) => h.entryId);
    };
    const panel = async (followed?: string[]) => {
      const { matcher } = await createPackEngine(async () => [{ pack, priority: 0 }]).current();
      return suggestReply(matcher, DOUBLE_CHARGE, { type: 'template', formality: 'formal', lang: 'el', stage: 'working', ...(followed ? { step: followed } : {}) })
        .suggestions.map((x) => x.entryId);
    };
    // Following the SOP: the step's timeline template leads, as in the panel asked with the step (the request says
    // nothing of it: the service reads the stored progress).
    const lifted = await list(following);
    expect(lifted[0]).toBe('info-refund-timeline');
    expect(lifted.slice(0, 3)).toEqual((await panel(step)).slice(0, 3));
    // Nothing followed (an older record, or steps ticked with no SOP named): the list is as before, the panel's at the stage alone.
    const alone = await list(ticked);
    expect(alone[0]).toBe('apology-double-charge');
    expect(alone.slice(0, 3)).toEqual((await panel()).slice(0, 3));
    // Another ticket's palette: not this SOP's step.
    expect((await list(following, { interactionId: '48214' }))[0]).not.toBe('info-refund-timeline');
    // A page cannot lift templates through its request any more, and a followed SOP no active pack has lifts nothing.
    expect((await list(ticked, { step: ['info-refund-timeline'] }))[0]).toBe('apology-double-charge');
    expect((await list({ ...ticked, following: { packId: 'el-core', sopId: 'no-such-sop' } }))[0]).toBe('apology-double-charge');
    // Every step ticked: no current step, nothing lifted.
    expect((await list({ ...following, done: { 'double-card-charge': sop.steps.map((x) => x.n) } }))[0]).toBe('apology-double-charge');
  });

  it('lists the rest in the UI language\'s order: Greek titles before Latin ones for a Greek UI', async () => {
    const hits = await service([], { uiLang: 'el' }, [elCore()]).search({ query: '', limit: 100 });
    const lastGreek = hits.findLastIndex((h) => /^[\u0370-\u03ff\u1f00-\u1fff]/.test(h.title));
    expect(lastGreek).toBeGreaterThan(0);
    // «Roaming — τι ισχύει στο εξωτερικό» opened the list with a plain comparison (Latin before Greek).
    expect(hits.slice(0, lastGreek).filter((h) => /^[A-Za-z]/.test(h.title)).map((h) => h.title)).toEqual([]);
  });
});
