import { suggestReply, type SuggestReply as RankedReply } from '@/knowledge/engine/suggest-reply';
import type { EntryType, Formality, Lang, Stage } from '@/knowledge/types';
import { serve } from '../messages';
import type { PackEngine } from './pack-engine';
import { getSettings } from '../store/settings';
import { boostsFor, noteChoice } from '../store/learned';
import { packsUnavailable, retryPackStorage, type PackStorageRefusal } from './active-packs';

// The ranking steps are pure (knowledge/engine/suggest-reply.ts): the trainer's studio shows the same list.
export { entryKey, inLanguageFirst, withVariants } from '@/knowledge/engine/suggest-reply';

/** What the panel lists, and why the installed packs are missing from it when the pack storage is refused. */
export interface SuggestReply extends RankedReply {
  /**
   * The browser would not open the pack storage: the suggestions come from the bundled packs only, and the panel says
   * which are missing and why (`message`: the storage's English reason).
   */
  packsUnavailable?: { failure: PackStorageRefusal; message: string };
}

/** Where the installed packs are, or why they are not: the knowledge service asks it before and after each answer. */
export interface PackStorageState {
  retry(): Promise<void>;
  unavailable(): SuggestReply['packsUnavailable'];
}

const ALWAYS_THERE: PackStorageState = { retry: async () => undefined, unavailable: () => undefined };

export interface SuggestRequest {
  text: string;
  limit?: number;
  type?: EntryType;
  /** The conversation's language (from the customer's words): entries in it come first, whatever the UI speaks. */
  lang?: Lang;
  /** Where the conversation stands (checklist progress, marked resolved); entries for a later stage wait. */
  stage?: Stage;
  /** The templates (ids) the step of the SOP the agent follows links: they lead while the stage is working. */
  step?: string[];
  /**
   * Where the customer's latest message ends in `text` (it opens the text; lib/crm/describe.ts latestEnd): whether a
   * thanks closes is read from that message alone.
   */
  latestEnd?: number;
}

export interface ChoiceRequest {
  text: string;
  packId: string;
  entryId: string;
}

/** The longest id a choice is learnt for: a page's oversized request is not stored. */
const MAX_ID = 200;

/** Learns a well-formed choice; anything else a page could send is ignored. */
export async function learnChoice(req: ChoiceRequest, note: typeof noteChoice = noteChoice): Promise<void> {
  const ok = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
  if (!req || !ok(req.text, 20_000) || !ok(req.packId, MAX_ID) || !ok(req.entryId, MAX_ID)) return;
  await note(req.text, req.packId, req.entryId);
}


/**
 * Suggestions and the agent's search over the active packs, from the engine the shortcuts and palette share
 * (pack-engine.ts). The agent's personal snippets are not among them: they are for shortcuts and the palette.
 */
export function createKnowledgeService(
  engine: Pick<PackEngine, 'current'>,
  formality: () => Promise<Formality> = async () => 'formal',
  /** What the agent chose before for messages like `text`, on this machine (lib/store/learned.ts). */
  learned: (text: string) => Promise<ReadonlyMap<string, number>> = async () => new Map(),
  storage: PackStorageState = ALWAYS_THERE,
) {
  const current = async () => (await engine.current()).matcher;

  /** Fields a page sends that are unknown or malformed are ignored (suggestReply checks them). */
  async function rank(text: string, { limit, type, lang, stage, step, latestEnd, anyStage }: Omit<SuggestRequest, 'text'> & { anyStage?: true }, chosen?: ReadonlyMap<string, number>): Promise<SuggestReply> {
    // A refused pack storage is tried again first: freed room and a reloaded page bring the installed packs back.
    await storage.retry();
    const reply = suggestReply(await current(), text, { limit, type, formality: await formality(), lang, stage, step, latestEnd, anyStage, ...(chosen ? { learned: chosen } : {}) });
    const missing = storage.unavailable();
    return missing ? { ...reply, packsUnavailable: missing } : reply;
  }

  /** A failing read of what was learnt costs the boost, never the suggestions. */
  const chosenFor = (text: string) => (typeof text === 'string' ? learned(text).catch(() => undefined) : Promise.resolve(undefined));

  return {
    suggest: async ({ text, ...options }: SuggestRequest) => rank(text, options, await chosenFor(text)),
    // The agent's own words: what they name comes up whatever stage the conversation is at; at the stage the panel
    // says, what presupposes a later one comes after what fits among the entries they name alike (rank.ts laterAfterTies).
    search: ({ query, type, limit, stage }: { query: string; type?: EntryType; limit?: number; stage?: Stage }) => rank(query, { limit, type, stage, anyStage: true }),
    entry: async ({ packId, entryId }: { packId: string; entryId: string }) =>
      (await current()).entry(packId, entryId) ?? null,
  };
}

/** Wire the service to the extension's messages; `engine` follows the pack changes. */
export function serveKnowledge(engine: PackEngine): () => void {
  const storage: PackStorageState = { retry: () => retryPackStorage(), unavailable: () => packsUnavailable() };
  const service = createKnowledgeService(engine, async () => (await getSettings()).formality, boostsFor, storage);
  return serve({
    'knowledge.suggest': service.suggest,
    'knowledge.search': service.search,
    'knowledge.entry': service.entry,
    'knowledge.chose': (req: ChoiceRequest) => learnChoice(req),
  });
}
