/**
 * Templates for quick-insert shortcuts and the command palette, served to content scripts: which shortcuts
 * exist, which template a typed shortcut means, a Greek-aware search, and the filled-in text.
 *
 * The matcher over the active packs is the one the suggestions use (pack-engine.ts); the agent's personal snippets
 * are layered on top as their own small pack (knowledge/engine/layered.ts), rebuilt alone when they change.
 */
import { createIsolatingMatcher } from '../../knowledge/engine/isolated';
import { layered } from '../../knowledge/engine/layered';
import type { Matcher, PackInput } from '../../knowledge/engine/api';
import { expandTemplate, listFields, type ExpansionContext } from '../../knowledge/template/index';
import { needsAgentName } from '../../knowledge/template/placeholders';
import { choiceLeadIns } from '../../knowledge/template/lead-in';
import { groupVariants } from '../../knowledge/template/variant';
import { suggestReply } from '../../knowledge/engine/suggest-reply';
import { fold } from '../../knowledge/text/fold';
import { nameLexicon, type NameLexicon } from '../../knowledge/names/lexicon';
import { latinNameProblem } from '../../knowledge/names/latin-name';
import { messageLang } from '../../knowledge/text/message-lang';
import { queryLang, vocabulary, type Vocabulary } from '../../knowledge/text/query-lang';
import { PACK_SCHEMA_ID, PACK_SCHEMA_VERSION, type CompiledPack, type Stage, type TemplateEntry } from '../../knowledge/types';
import { serve } from '../messages';
import { FailureError } from '../failure';
import { shortcutKey, shortcutReadings } from '../shortcuts/keys';
import { pickShortcutTemplate, type ShortcutCandidate } from '../shortcuts/pick';
import { getSettings, type Settings } from '../store/settings';
import { resolveUiLang, type UiLang } from '../ui-lang';
import { getSnippets, watchSnippets, type Snippet } from '../store/snippets';
import { boostsFor } from '../store/learned';
import { askedAt, getProgress, stageOf, type InteractionProgress } from '../store/checklists';
import { PRIORITY, reportPackFailure } from './active-packs';
import type { PackEngine, PackSet } from './pack-engine';
import { trackPolicy } from './policy';

export const PERSONAL_PACK_ID = 'personal';

export interface TemplateRef {
  packId: string;
  entryId: string;
}

/** What the palette lists and the shortcut listener needs to know before expanding. */
export interface TemplateHit extends TemplateRef {
  title: string;
  shortcut?: string;
  lang: TemplateEntry['lang'];
  formality: TemplateEntry['formality'];
  tone: TemplateEntry['tone'];
  tags: string[];
  personal: boolean;
  /** Labels of the `{{field:…}}` placeholders the agent fills in before inserting. */
  fields: string[];
  /**
   * Where each field that offers wordings goes, in the template's words («Τα μεταφορικά της επιστροφής …»), by label:
   * the form's heading for that choice, which otherwise reads «Διαλέξτε διατύπωση» for every one.
   */
  leadIns?: Record<string, string>;
  /** A twin in the other register exists (same shortcut and language): the palette labels the formality. */
  twin: boolean;
  /**
   * The template uses the agent's name with no fallback and none is set in options: unless the page shows it, the
   * agent is asked for it (once: it is remembered) instead of inserting "My name is . May I …".
   */
  asksAgentName: boolean;
}

export interface ExpandRequest extends TemplateRef {
  context: ExpansionContext;
  fields?: Record<string, string>;
  /** Keep unfilled placeholders as written (the palette's preview). */
  preview?: boolean;
  /** The reply has the agent's words before the caret: no salutation line of the template's own (ExpandOptions). */
  greeted?: boolean;
}

/** The palette's search (see search): the query, and with none, what the list is ranked for. */
export interface TemplateSearchRequest {
  query: string;
  limit?: number;
  /** The customer's words: with no query, the templates that fit them, in their language, come first. */
  conversation?: string;
  /** Where the customer's latest message, which `conversation` opens with, ends (knowledge.suggest's latestEnd). */
  latestEnd?: number;
  /**
   * The interaction, whose stored progress (lib/store/checklists.ts) the empty list is ranked at, as the panel's: its
   * stage and, while the agent works through an SOP in either panel, that SOP's current step.
   */
  interactionId?: string;
}

export interface ExpandReply {
  text: string;
  cursorOffset: number;
  missing: string[];
}


/** The agent's snippets as a pack the matcher can search, above every installed pack. */
export function personalPack(snippets: readonly Snippet[]): PackInput {
  const entries: TemplateEntry[] = snippets.map((s) => ({
    id: `personal-${s.id}`,
    type: 'template',
    title: s.title,
    lang: s.lang,
    triggers: [],
    tags: [],
    body: s.body,
    ...(s.shortcut ? { shortcut: s.shortcut } : {}),
    tone: s.tone,
    channels: ['email', 'chat'],
    formality: s.formality,
  }));
  const pack: CompiledPack = {
    schema: PACK_SCHEMA_ID,
    schemaVersion: PACK_SCHEMA_VERSION,
    meta: { id: PERSONAL_PACK_ID, name: 'Personal snippets', version: '1.0.0', lang: 'el' },
    builtAt: new Date(0).toISOString(),
    entries,
    index: null,
  };
  return { pack, priority: PRIORITY.personal };
}

interface Catalogue {
  /** The packs' shared matcher with the snippets' layered on top (see knowledge/engine/layered.ts). */
  matcher: Matcher;
  /** The packs' alone: what a conversation matches there tells its language (a snippet's score does not compare). */
  packs: Matcher;
  /** Every live template, personal first, each with its pack. */
  templates: ShortcutCandidate[];
  packOf: WeakMap<object, ShortcutCandidate>;
  /** The names the packs teach (names.yaml), the highest pack's first, over the built-in ones. */
  names: NameLexicon;
  /** The templates' words per language, read on the first query that needs them (what language a query is in). */
  words: () => Vocabulary;
}

/**
 * The pack set's templates with the agent's snippets (if any) above them. Only the snippets' own small matcher is
 * built here: the packs' is the shared one.
 */
function catalogue(set: PackSet, personal: PackInput | undefined): Catalogue {
  const matcher = personal ? layered(createIsolatingMatcher([personal], reportPackFailure), set.matcher) : set.matcher;
  const inputs = personal ? [...set.inputs, personal] : set.inputs;
  const seen = new Set<string>();
  const templates: ShortcutCandidate[] = [];
  const packOf = new WeakMap<object, ShortcutCandidate>();
  const rank = (i: PackInput) => (i.locked ? 1e6 : 0) + i.priority;
  const ranked = [...inputs].sort((a, b) => rank(b) - rank(a));
  for (const { pack } of ranked) {
    for (const entry of pack.entries) {
      if (entry.type !== 'template') continue;
      const c: ShortcutCandidate = { entry, packId: pack.meta.id, personal: pack.meta.id === PERSONAL_PACK_ID };
      packOf.set(entry, c);
      // An entry id taken by a higher-priority pack hides this one in the same language (as in the matcher).
      const key = `${entry.lang}:${entry.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      templates.push(c);
    }
  }
  let words: Vocabulary | undefined;
  return {
    matcher, packs: set.matcher, templates, packOf,
    names: nameLexicon(ranked.flatMap(({ pack }) => pack.names ?? [])),
    words: () => (words ??= vocabulary(templates.map((c) => c.entry))),
  };
}

/** The name the agent gave for English replies, unless what storage holds is no name in Latin letters (damaged). */
const latinNameOf = (settings: Settings) => (latinNameProblem(settings.agentNameLatin) ? '' : settings.agentNameLatin.trim());

/** The agent as the page shows them, else as Options name them, with their name for English replies if they gave one. */
function agentOf(agent: ExpansionContext['agent'], settings: Settings): ExpansionContext['agent'] {
  const named = !agent?.name && settings.agentName ? { ...agent, name: settings.agentName } : agent;
  const latinName = latinNameOf(settings);
  return latinName ? { ...named, latinName } : named;
}

function hit({ entry, packId, personal }: ShortcutCandidate, twin: boolean, settings: Settings): TemplateHit {
  const fields = listFields(entry.body);
  const leadIns = choiceLeadIns(entry.body, fields);
  return {
    packId,
    entryId: entry.id,
    title: entry.title,
    ...(entry.shortcut ? { shortcut: entry.shortcut } : {}),
    lang: entry.lang,
    formality: entry.formality,
    tone: entry.tone,
    tags: entry.tags,
    personal,
    fields,
    ...(Object.keys(leadIns).length ? { leadIns } : {}),
    twin,
    // An English template signs with the name for English replies where the agent gave one.
    asksAgentName: !settings.agentName.trim() && !(entry.lang !== 'el' && latinNameOf(settings)) && needsAgentName(entry.body),
  };
}

/** The templates of the same pack and language that share `c`'s shortcut (formal and informal twins), `c` included. */
function twinsIn(templates: readonly ShortcutCandidate[], c: ShortcutCandidate): ShortcutCandidate[] {
  const key = c.entry.shortcut ? shortcutKey(c.entry.shortcut) : '';
  if (!key) return [c];
  return templates.filter(
    (t) => t.packId === c.packId && t.entry.lang === c.entry.lang && t.entry.shortcut && shortcutKey(t.entry.shortcut) === key,
  );
}

const MAX_QUERY = 200;

/** When the words alone do not tell (short Greeklish), the language of the entries the message matches does. */
function languageOfBestMatches(matcher: Matcher, text: string): TemplateEntry['lang'] | undefined {
  const votes = { el: 0, en: 0 };
  for (const s of matcher.search(text, { limit: 3 }).suggestions) {
    const lang = matcher.entry(s.packId, s.entryId)?.lang;
    if (lang) votes[lang] += s.score;
  }
  return votes.el === votes.en ? undefined : votes.el > votes.en ? 'el' : 'en';
}

/** The conversation's language, from its words or else from what it matches; undefined without words. */
function conversationLang(matcher: Matcher, conversation: string | undefined): TemplateEntry['lang'] | undefined {
  const text = typeof conversation === 'string' ? conversation.slice(0, 2_000) : '';
  return text ? (messageLang(text) ?? languageOfBestMatches(matcher, text)) : undefined;
}

/**
 * A template for a written reply (e-mail or chat), what the palette's reply box sends, rather than a script to read
 * out on the phone or in person.
 */
const writes = (entry: TemplateEntry): boolean => entry.channels.some((ch) => ch === 'email' || ch === 'chat');

/**
 * What a query finds, best first: shortcut prefixes (in the conversation's language first: "sorry" is a shortcut
 * in Greek and English packs alike), then the matcher's ranking (the agent's own snippets the words match first: see
 * knowledge/engine/layered.ts), then plain substring hits. A script to read out (phone, in person) leads by its shortcut only when the
 * agent typed that shortcut whole, as it is: the palette writes into a reply box, and «κλείσιμο» (read on the other
 * layout: kleisimo, the phone closing's shortcut) put «Κλείσιμο κλήσης» above the chat and e-mail closings the
 * words rank first; it keeps the ranking's place. At the interaction's `stage` (when the palette is on one),
 * what presupposes a later stage comes after what fits among the templates the words name alike (rank.ts laterAfterTies).
 */
function found(q: string, { matcher, templates, packOf, words }: Catalogue, max: number, lang?: TemplateEntry['lang'], stage?: Stage): ShortcutCandidate[] {
  const out: ShortcutCandidate[] = [];
  const add = (c: ShortcutCandidate | undefined) => {
    if (c && !out.includes(c) && templates.includes(c)) out.push(c);
  };
  const readings = shortcutReadings(q);
  const typed = shortcutKey(q);
  const byShortcut = templates.filter((c) => {
    const key = c.entry.shortcut ? shortcutKey(c.entry.shortcut) : '';
    return key && readings.some((r) => key.startsWith(r)) && (writes(c.entry) || key === typed);
  });
  for (const c of byShortcut.filter((c) => c.entry.lang === lang)) add(c);
  for (const c of byShortcut) add(c);
  // The words' hits in the language the query is written in (else the conversation's) first, in the matcher's order
  // among them: "refund timeline" typed on an English ticket opened on the Greek «Πότε θα δει ο πελάτης τα χρήματα»
  // (its triggers hold "refund how long"), and Enter inserted Greek into the English reply. Without a function word
  // the query's own words tell (queryLang): "refund confirmed" on a Greek ticket listed «Η επιστροφή χρημάτων έγινε»
  // first, «diplh xrewsh» still reads as Greek.
  const wanted = queryLang(q, words()) ?? lang;
  const hits = matcher.search(q, { type: 'template', limit: max, anyStage: true, ...(stage ? { stage } : {}) }).suggestions.flatMap((s) => {
    const entry = matcher.entry(s.packId, s.entryId);
    const c = entry ? packOf.get(entry) : undefined;
    return c ? [c] : [];
  });
  for (const c of hits) if (c.entry.lang === wanted) add(c);
  for (const c of hits) add(c);
  const needle = fold(q);
  for (const c of templates) {
    const { title, tags, body } = c.entry;
    if (fold([title, ...tags, body].join(' ')).includes(needle)) add(c);
  }
  return out;
}

/**
 * A title as it is alphabetised: without the quotation marks or dashes it may open with. A trainer's «Σας
 * ευχαριστώ» or "Am I talking to a bot?" would otherwise sort before every letter and open every palette.
 */
const titleOrder = (title: string): string => title.replace(/^[^\p{L}\p{N}]+/u, '');

/** One collator per UI language, made on first use: Greek's puts Greek titles before Latin ones, as a Greek agent reads. */
const collators = new Map<UiLang, Intl.Collator>();
function collatorFor(lang: UiLang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c;
}

/**
 * With no query: the templates the panel suggests for this conversation first (the same ranking: suggestReply, the
 * agent's earlier choices included), then the rest with the conversation's language first, the agent's own first,
 * by title in the UI language's order. Without the first step a Greek palette opened on a delivery ticket led with
 * «Roaming — …» (a Latin title, sorted before every Greek one).
 */
function listedInOrder(
  { templates, packs, packOf }: Catalogue,
  conversation: {
    text: string | undefined;
    lang: TemplateEntry['lang'] | undefined;
    formality: Settings['formality'];
    learned?: ReadonlyMap<string, number>;
    /** Where the interaction stands, as the panel's stage bar says (unset: a new problem, the engine's default). */
    stage?: Stage;
    /** The templates the current step of the SOP followed in either panel links. */
    step?: readonly string[];
    /** Where the customer's latest message ends in `text` (as the panel asks knowledge.suggest). */
    latestEnd?: number;
  },
  uiLang: UiLang,
): ShortcutCandidate[] {
  const text = conversation.text?.trim() ?? '';
  const fits = text
    ? suggestReply(packs, text, {
        type: 'template',
        formality: conversation.formality,
        lang: conversation.lang,
        ...(conversation.learned ? { learned: conversation.learned } : {}),
        ...(conversation.stage ? { stage: conversation.stage } : {}),
        ...(conversation.step ? { step: conversation.step } : {}),
        latestEnd: conversation.latestEnd,
      }).suggestions.flatMap((s) => {
        const entry = packs.entry(s.packId, s.entryId);
        const c = entry ? packOf.get(entry) : undefined;
        return c && templates.includes(c) ? [c] : [];
      })
    : [];
  const { compare } = collatorFor(uiLang);
  const { lang } = conversation;
  const rest = templates
    .filter((c) => !fits.includes(c))
    .sort(
      (a, b) =>
        Number(b.entry.lang === lang) - Number(a.entry.lang === lang) ||
        Number(b.personal) - Number(a.personal) ||
        compare(titleOrder(a.entry.title), titleOrder(b.entry.title)),
    );
  return [...fits, ...rest];
}

/**
 * The stage and step the interaction's stored progress says, as the panel asks suggestReply at them: the stage once
 * it is not a new problem, and the templates the current step of the SOP followed links (the panel's rule,
 * askedAt), that SOP read from the active packs (none when it is not there any more).
 */
function atProgress({ packs }: Catalogue, progress: InteractionProgress | undefined): { stage?: Stage; step?: string[] } {
  const { packId, sopId } = progress?.following ?? {};
  const sop = typeof packId === 'string' && typeof sopId === 'string' ? packs.entry(packId, sopId) : undefined;
  const done = sopId ? progress?.done[sopId] : undefined;
  return askedAt(stageOf(progress), sop?.type === 'sop' ? sop : undefined, Array.isArray(done) ? done : []);
}

/** The stage the interaction's stored progress says (new when none); unknown without an interaction or when unread. */
async function stageAt(progressOf: (interactionId: string) => Promise<InteractionProgress | undefined>, interactionId: string | undefined): Promise<Stage | undefined> {
  if (typeof interactionId !== 'string') return undefined;
  return progressOf(interactionId).then(stageOf, () => undefined);
}

/**
 * `personalSnippetsAllowed`: the organisation's allowPersonalSnippets. When it says no, the agent's snippets are
 * left out of the catalogue (no expansion, no palette hit) but stay stored, so lifting the policy brings them back.
 */
export function createTemplatesService(
  engine: Pick<PackEngine, 'current'>,
  loadSnippets: () => Promise<Snippet[]>,
  loadSettings: () => Promise<Settings>,
  personalSnippetsAllowed: () => Promise<boolean> = async () => true,
  /** What the agent chose before for messages like this one (lib/store/learned.ts), as the panel's ranking reads it. */
  learned: (text: string) => Promise<ReadonlyMap<string, number>> = async () => new Map(),
  /**
   * The interaction's progress (lib/store/checklists.ts): the empty palette holds back what presupposes a later stage
   * and lifts the followed SOP's current step, as the panel does.
   */
  progressOf: (interactionId: string) => Promise<InteractionProgress | undefined> = async () => undefined,
) {
  const { current, invalidate } = cachedCatalogue(engine, loadSnippets, personalSnippetsAllowed);

  async function byShortcut({ keyword, conversation }: { keyword: string; conversation?: string }): Promise<TemplateHit | null> {
    if (typeof keyword !== 'string') throw new Error('templates.byShortcut needs "keyword" as a string');
    const { matcher, packs, packOf, templates } = await current();
    const settings = await loadSettings();
    const lang = conversationLang(packs, conversation) ?? resolveUiLang(settings.uiLang);
    const candidates = matcher
      .byShortcut(keyword.slice(0, MAX_QUERY))
      .map((e) => packOf.get(e))
      .filter((c): c is ShortcutCandidate => !!c);
    // The agent's own snippet wins outright; otherwise reply in the customer's language when both exist.
    const inLang = candidates.filter((c) => c.entry.lang === lang);
    const pool = candidates.some((c) => c.personal) || !inLang.length ? candidates : inLang;
    const chosen = pickShortcutTemplate(pool, settings.formality);
    return chosen ? hit(chosen, twinsIn(templates, chosen).length > 1, settings) : null;
  }

  /**
   * The palette's list. An empty query lists every template, the ones that fit the conversation first (see
   * listedInOrder), at the interaction's stage and, while working, with the SOP step's templates first as in the
   * panel. Twins follow the panel's rule (groupVariants): the agent's formality first, the other right after.
   */
  async function search({ query, limit = 20, conversation, latestEnd, interactionId }: TemplateSearchRequest): Promise<TemplateHit[]> {
    if (typeof query !== 'string') throw new Error('templates.search needs "query" as a string');
    const cat = await current();
    const settings = await loadSettings();
    const max = Math.min(Math.max(1, Math.floor(limit)), 100);
    const q = query.trim().slice(0, MAX_QUERY);
    const lang = conversationLang(cat.packs, conversation);
    const ranked = q ? found(q, cat, max, lang, await stageAt(progressOf, interactionId)) : listedInOrder(cat, await conversationFor(cat, conversation, lang, settings, interactionId, latestEnd), resolveUiLang(settings.uiLang));
    const groups = groupVariants(
      ranked,
      { key: (c) => `${c.packId}/${c.entry.id}`, twins: (c) => twinsIn(cat.templates, c), formality: (c) => c.entry.formality },
      settings.formality,
    );
    return groups
      .flatMap((g) => [g.main, ...g.others].map((c) => hit(c, g.others.length > 0, settings)))
      .slice(0, max);
  }

  /**
   * The conversation as the empty palette ranks for it, at the interaction's stage (a new problem unless the agent's
   * progress says otherwise, as the panel asks) with the followed SOP's current step; a failing read of what was
   * learnt or of the progress costs only that.
   */
  async function conversationFor(cat: Catalogue, text: string | undefined, lang: TemplateEntry['lang'] | undefined, settings: Settings, interactionId?: string, latestEnd?: number) {
    const ok = typeof text === 'string' && text.trim() !== '';
    const chosen = ok ? await learned(text).catch(() => undefined) : undefined;
    const progress = ok && typeof interactionId === 'string' ? await progressOf(interactionId).catch(() => undefined) : undefined;
    return {
      text: ok ? text : undefined, lang, formality: settings.formality, latestEnd,
      ...(chosen?.size ? { learned: chosen } : {}),
      ...atProgress(cat, progress),
    };
  }

  async function expand(req: ExpandRequest): Promise<ExpandReply> {
    const { matcher, names } = await current();
    const entry = matcher.entry(req.packId, req.entryId);
    if (!entry || entry.type !== 'template') {
      throw new FailureError({ code: 'template.gone', pack: req.packId, entry: req.entryId }, `No template "${req.entryId}" in pack "${req.packId}" (was it removed?)`);
    }
    const settings = await loadSettings();
    const context: ExpansionContext = { ...req.context, agent: agentOf(req.context.agent, settings) };
    const { text, cursorOffset, missing } = expandTemplate(entry.body, context, {
      lang: entry.lang,
      formality: entry.formality,
      names,
      fields: req.fields,
      onMissing: req.preview ? 'keep' : 'empty',
      greeted: req.greeted === true,
    });
    return { text, cursorOffset, missing };
  }

  async function keys(): Promise<string[]> {
    const { templates } = await current();
    return [...new Set(templates.flatMap((c) => (c.entry.shortcut ? [shortcutKey(c.entry.shortcut)] : [])))];
  }

  return {
    keys,
    byShortcut,
    search,
    expand,
    invalidate,
  };
}

/** The catalogue, kept per pack set (a new set: the packs changed) until `invalidate` (the snippets or policy did). */
function cachedCatalogue(engine: Pick<PackEngine, 'current'>, loadSnippets: () => Promise<Snippet[]>, allowed: () => Promise<boolean>) {
  let built: { set: PackSet; catalogue: Promise<Catalogue> } | undefined;
  const layer = async (set: PackSet) => {
    const [snippets, ok] = await Promise.all([loadSnippets(), allowed()]);
    return catalogue(set, ok && snippets.length ? personalPack(snippets) : undefined);
  };
  return {
    current: async (): Promise<Catalogue> => {
      const set = await engine.current();
      if (built?.set !== set) {
        const mine = (built = { set, catalogue: layer(set) });
        mine.catalogue.catch(() => {
          if (built === mine) built = undefined; // a failed read is retried on the next request instead of sticking
        });
      }
      return built.catalogue;
    },
    invalidate: () => {
      built = undefined;
    },
  };
}

/** Wire the service to the extension's messages; `engine` follows the pack changes, this the snippets and policy. */
export function serveTemplates(engine: PackEngine): () => void {
  // Chromium can take many seconds after start-up to deliver the policy, and a Tab must not wait that long: until
  // it arrives the last policy delivered decides (no policy on a first run, when there are no snippets yet either),
  // and the catalogue is dropped when the real one arrives or the administrator changes it.
  const service = createTemplatesService(
    engine,
    getSnippets,
    getSettings,
    async () => (await policy.current()).allowPersonalSnippets,
    boostsFor,
    getProgress,
  );
  const policy = trackPolicy(service.invalidate);
  const unwatchSnippets = watchSnippets(service.invalidate);
  const stop = serve({
    'templates.keys': service.keys,
    'templates.byShortcut': service.byShortcut,
    'templates.search': service.search,
    'templates.expand': service.expand,
  });
  return () => {
    unwatchSnippets();
    policy.stop();
    stop();
  };
}
