import { browser, type Browser } from 'wxt/browser';
import type { Entry, EntryType, Stage } from '@/knowledge/types';
import type { SiteProfile } from '@/knowledge/site-profile';
import type { CheckOptions, SubscribeRequest } from './background/pack-updates';
import type { ImportPreview } from './background/pack-import-preview';
import type { ResetOutcome } from './background/pack-reset';
import type { ImportRequest, PackSettingsPatch, PacksOverview } from './background/pack-library';
import type { ChoiceRequest, SuggestReply, SuggestRequest } from './background/knowledge-service';
import type { ExpandReply, ExpandRequest, TemplateHit, TemplateSearchRequest } from './background/templates-service';
import type { ImportSummary } from './background/notes-service';
import type { Policy } from './background/policy';
import type { ProgressRequest } from './background/progress-service';
import type { InteractionProgress } from './store/checklists';
import type { SiteStatus } from './background/site-access';
import type { ConversationSnapshot } from './crm/types';
import type { ShownNote } from './notes/kept';
import type { SaveRequest, SaveResult } from './notes/save';
import type { Reconciliation } from './store/notes-store';
import type { ReplyClaim, SentReply } from './notes/sent-replies';
import type { InsertRequest } from './overlay/session';
import type { TimelineRecord } from './timeline';
import type { Failure } from './failure';
import { errorText } from '@/knowledge/error-text';

/**
 * Typed messages between the extension's contexts: the one declaration of every request and its reply. Each
 * request names its handler; the background (or a content script, for `overlay.*`) serves the ones it handles
 * with `serve`, and ignores senders that are not this extension. A new request is added here, beside its kin;
 * its request and reply types stay with the service that answers it.
 */
export interface Requests {
    // The notes store records the interaction's timeline (lib/background/notes-service.ts serves it).
    /** Answers the moment the entry is recorded at: a message's is the time the page shows for it. */
    'timeline.add': { req: TimelineRecord; res: number };
    /**
     * A reply heard sent (lib/notes/sent-intake.ts): recorded under its ticket, or, heard before the page could be
     * read, kept for the page that shows it. Its copy in the outbox (lib/store/sent-outbox.ts) is taken with it.
     */
    'reply.sent': { req: SentReply; res: void };
    /** How many replies heard sent on this site, by another page, wait for a page that shows them. */
    'reply.waiting': { req: { page: string }; res: number };
    /** This page's reading claims the waiting replies its thread shows; answers how many it recorded. */
    'reply.claim': { req: ReplyClaim; res: number };
    // Served by a tab's content script (app/content), asked by the side panel.
    /** Served by the content script: what it read on its page (null when nothing). */
    'overlay.snapshot': { req: Record<string, never>; res: ConversationSnapshot | null };
    /** Served by the content script: put text into the page's reply box; false when there is none. */
    'overlay.insert': { req: InsertRequest; res: boolean };
    /** Sent by the content script when its conversation changed; the side panel listens. */
    'overlay.changed': { req: { interactionId?: string }; res: void };
    // The last conversation read on each ticket (lib/background/readings.ts).
    /**
     * A content script's reading: kept for its ticket when it has the customer's words; one without is answered
     * with the ticket's last reading filled in (`carried`), from the same site only; null: nothing to add.
     */
    'reading.carry': { req: ConversationSnapshot; res: ConversationSnapshot | null };
    // Site profiles the packs ship (lib/background/pack-site-profiles.ts).
    /** Site profiles shipped in the active packs that cover this page, highest-priority pack first. */
    // Answered by the background (lib/background/pack-site-profiles.ts).
    'packs.siteProfiles': { req: { url: string }; res: SiteProfile[] };
    // Where Odigos runs (lib/background/site-access.ts).
    'site.status': { req: { url: string }; res: SiteStatus };
    /** Sent by the popup after the agent granted the host permission (permissions.request needs its click). */
    'site.enable': { req: { url: string; tabId?: number }; res: SiteStatus };
    'site.disable': { req: { url: string; tabId?: number }; res: SiteStatus };
    /**
     * Sent by the popup, unawaited, just before it asks for the permission: the popup may close before the answer
     * (Firefox closes it as its prompt shows), so the background switches the site on when the permission arrives.
     */
    'site.expectGrant': { req: { url: string; tabId?: number; pattern: string }; res: void };
    /** Sent by the popup when the agent refused the permission: the expected switch-on is forgotten. */
    'site.grantRefused': { req: { url: string; tabId?: number }; res: void };
    // The organisation's policy (lib/background/policy.ts).
    /** The policy in force (content scripts and pages may also read storage.managed directly through getPolicy). */
    'policy.get': { req: Record<string, never>; res: Policy };
    // The extras script (lib/background/extras.ts).
    /** A content script needs the notes editor or the palette: inject the extras into its frame. */
    'extras.inject': { req: Record<string, never>; res: void };
    /** The panel docked beside the page: the page's own scripts are told its width (lib/background/page-width.ts). */
    'page.tellWidth': { req: Record<string, never>; res: void };
    // The pack library (lib/background/pack-service.ts).
    /** Everything the options page shows about packs (installed, conflicts, policy). */
    'packs.list': { req: Record<string, never>; res: PacksOverview };
    /** A pack file's text, validated and compared with what it would replace; nothing is stored. */
    'packs.previewImport': { req: ImportRequest; res: ImportPreview };
    /** A pack file's text, validated and installed (after the agent accepted its preview). */
    'packs.import': { req: ImportRequest; res: { id: string; name: string; version: string } };
    /** Download and install from a URL (the options page asked for the origin's permission first). */
    'packs.subscribe': { req: SubscribeRequest; res: { id: string; name: string; version: string } };
    /** Check one pack now, or every URL pack when id is omitted; answers what happened per pack. */
    'packs.check': { req: { id?: string } & CheckOptions; res: Record<string, string> };
    /** `version`: the update the agent reviewed; another one waiting (or none) is refused with its code. */
    'packs.accept': { req: { id: string; version?: string }; res: null };
    'packs.reject': { req: { id: string; version?: string }; res: null };
    'packs.rollback': { req: { id: string; version: string }; res: null };
    'packs.update': { req: { id: string } & PackSettingsPatch; res: null };
    'packs.remove': { req: { id: string }; res: null };
    /** The pack storage made anew (the agent confirmed): packs from addresses downloaded again, the others named. */
    'packs.resetStorage': { req: { confirm: 'reset-pack-storage' }; res: ResetOutcome };
    /** The agent dismissed the list of packs a reset left to install again. */
    'packs.forgetToRestore': { req: Record<string, never>; res: null };
    // Matching (lib/background/knowledge-service.ts).
    /** Rank the packs' entries for a customer's message (cues included). */
    'knowledge.suggest': { req: SuggestRequest; res: SuggestReply };
    /** The agent's own query from the search box. */
    /** `stage`: the conversation's, as the panel's stage bar says it (later-stage entries then lose ties). */
    'knowledge.search': { req: { query: string; type?: EntryType; limit?: number; stage?: Stage }; res: SuggestReply };
    /** One entry (a template linked from an SOP step); null when no active pack has it. */
    'knowledge.entry': { req: { packId: string; entryId: string }; res: Entry | null };
    /** The agent inserted or followed an entry for the conversation `text`: learnt on this machine. */
    'knowledge.chose': { req: ChoiceRequest; res: void };
    // SOP progress per interaction (lib/background/progress-service.ts, the one writer of lib/store/checklists.ts).
    /** A step ticked or unticked, the resolved mark, first sight: answers the record as stored (null: refused). */
    'progress.change': { req: ProgressRequest; res: InteractionProgress | null };
    // Shortcuts and templates (lib/background/templates-service.ts).
    /** Every shortcut key (folded), so the content script decides synchronously whether Tab expands. */
    'templates.keys': { req: Record<string, never>; res: string[] };
    /** `conversation`: the customer's latest words, whose language picks the Greek or English template. */
    'templates.byShortcut': { req: { keyword: string; conversation?: string }; res: TemplateHit | null };
    /**
     * `conversation`: the customer's words; with no query, templates in their language are listed first, ranked at
     * the stage of `interactionId` and, while the agent works through an SOP in either panel, with the templates its
     * current step links first (both read from the interaction's stored progress, as the panel asks knowledge.suggest).
     */
    'templates.search': { req: TemplateSearchRequest; res: TemplateHit[] };
    'templates.expand': { req: ExpandRequest; res: ExpandReply };
    // Notes (lib/background/notes-service.ts).
    /** The note of an interaction (drafts left by closed tabs merged in first), or null if none yet. */
    'notes.get': { req: { interactionId: string }; res: ShownNote | null };
    'notes.save': { req: SaveRequest; res: SaveResult };
    /** Merge every left-behind draft (the notes page asks before it reads the list). */
    'notes.recover': { req: Record<string, never>; res: void };
    'notes.exportJson': { req: { mask: boolean }; res: string };
    /** Make the notes storage anew (a storage bucket) from the journal, when the browser refuses the old one. */
    'notes.resetStorage': { req: Record<string, never>; res: Reconciliation };
    'notes.import': { req: { json: string }; res: ImportSummary };
    'notes.delete': { req: { interactionIds: string[] }; res: void };
    'notes.deleteAll': { req: { confirm: 'delete-all' }; res: void };
    'notes.purge': { req: Record<string, never>; res: number };
}

export type RequestName = keyof Requests & string;
type ReqOf<K extends RequestName> = Requests[K] extends { req: infer Q } ? Q : never;
type ResOf<K extends RequestName> = Requests[K] extends { res: infer S } ? S : never;

export interface Envelope<K extends RequestName = RequestName> {
  odigos: K;
  payload: ReqOf<K>;
}

/**
 * A handler's failure crosses the boundary as data, so the caller can show what went wrong: the English message and,
 * when the handler threw a FailureError (lib/failure.ts), its code and parameters for the page to word.
 */
type Reply<T> = { ok: true; value: T } | { ok: false; error: string; failure?: Failure };

/** The reply's error as thrown on the caller's side, its failure kept (failureOf reads it); no class, few bytes. */
const replyError = (reply: { error: string; failure?: Failure }): Error => Object.assign(new Error(reply.error), reply.failure ? { failure: reply.failure } : {});

/**
 * Chromium rejects a message no listener answered ("The message port closed before a response was received.")
 * where Firefox resolves it with nothing; both mean the same to a caller: nobody answered.
 */
const unanswered = (err: unknown): undefined => {
  if (/message port closed/i.test(errorText(err))) return undefined;
  throw err;
};

export async function request<K extends RequestName>(name: K, payload: ReqOf<K>): Promise<ResOf<K>> {
  const reply = (await browser.runtime.sendMessage({ odigos: name, payload } satisfies Envelope<K>).catch(unanswered)) as
    | Reply<ResOf<K>>
    | undefined;
  if (!reply) throw Object.assign(new Error(`Odigos background did not answer "${name}"`), { failure: { code: 'ext.noAnswer' } satisfies Failure });
  if (!reply.ok) throw replyError(reply);
  return reply.value;
}

export async function requestTab<K extends RequestName>(
  tabId: number,
  name: K,
  payload: ReqOf<K>,
): Promise<ResOf<K> | undefined> {
  const reply = (await browser.tabs.sendMessage(tabId, { odigos: name, payload })) as Reply<ResOf<K>> | undefined;
  if (!reply) return undefined;
  if (!reply.ok) throw replyError(reply);
  return reply.value;
}

export type Handlers = {
  [K in RequestName]?: (payload: ReqOf<K>, sender: Browser.runtime.MessageSender) => ResOf<K> | Promise<ResOf<K>>;
};

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && typeof (msg as Envelope).odigos === 'string';
}

/**
 * Serve requests; messages from other extensions or web pages are ignored. Returns an unsubscribe. The reply goes
 * through `sendResponse` (with `true` returned to keep the channel open), the form every browser supports natively:
 * a listener returning a promise needed webextension-polyfill in Chromium, which cost the content script ≈ 2.9 KB.
 */
export function serve(handlers: Handlers): () => void {
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (!isEnvelope(msg) || sender.id !== browser.runtime.id) return false;
    const handler = handlers[msg.odigos] as ((p: unknown, s: typeof sender) => unknown) | undefined;
    if (!handler) return false;
    void Promise.resolve()
      .then(() => handler(msg.payload, sender))
      .then(
        (value) => ({ ok: true, value }),
        (err: unknown) => ({
          ok: false,
          error: errorText(err),
          ...((err as { failure?: Failure } | null)?.failure ? { failure: (err as { failure: Failure }).failure } : {}),
        }),
      )
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
