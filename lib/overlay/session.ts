import type { StringKey } from '@/lib/i18n';
import { batch, signal } from '@preact/signals';
import type { Entry, SopEntry, Stage, Suggestion, TemplateEntry } from '@/knowledge/types';
import type { ConversationSnapshot } from '../crm/types';
import { customerName, describeSnapshot, latestEnd, suggestionText } from '../crm/describe';
import type { SuggestReply } from '../background/knowledge-service';
import type { ExpandRequest } from '../background/templates-service';
import { request } from '../messages';
import { shownFailure, type ShownFailure } from '../failure';
import type { TimelineEvent } from '../timeline';
import { askedAt, getChecklist, getProgress, stageOf, type InteractionProgress } from '../store/checklists';
import { firstSeen, setOpenSop, setResolved, setStepDone, watchProgress, type SaveFailure } from './progress';
import { CONFIDENCE_LINE } from '@/knowledge/qc/confidence';
import { keyedMessages, messageKey } from './message-keys';
import type { LinkFailed, SaveFailed } from './save-failed';
import type { SessionLater } from './session-later';

/** Replies and unanswered messages are kept to this length for QC (longer ones are cut). */
export const MAX_REPLY_TEXT = 2_000;

export type View =
  | { kind: 'list' }
  /** `reopened`: shown again on the ticket's next page (see reopenSop), not opened by the agent. */
  | { kind: 'sop'; packId: string; entry: SopEntry; reopened?: true }
  | { kind: 'template'; packId: string; entry: TemplateEntry; back?: View };

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What an insertion needs: the expanded text and where the caret goes. */
export interface InsertRequest {
  text: string;
  cursorOffset: number;
  packId: string;
  templateId: string;
}

export interface SessionOptions {
  /** Put text into the CRM's reply box; resolves false when there is none. */
  insert(req: InsertRequest): Promise<boolean>;
  /** The page the conversation is on (the side panel passes its tab's URL). */
  pageUrl?: () => string;
  /**
   * Whether the reply box already holds the agent's words before its caret («Hello Nick,»): a template opened in the
   * panel then goes in without its salutation line, as one put in at the caret does. Unknown (the side panel): kept.
   */
  greeted?: () => boolean;
  /** How long to wait for the agent (or the page) to settle before asking the background again. */
  debounceMs?: number;
  /**
   * Opening a template an SOP step links and recording an insertion (./session-later.ts): in the page they come with
   * the extras bundle, which has shown the SOP or template they start from, out of the content script.
   */
  later(): Promise<SessionLater>;
}

/** The overlay's state, as signals the views read. */
function overlaySignals() {
  return {
    snapshot: signal<ConversationSnapshot | undefined>(undefined),
    /** A notice's words by their key, said at each drawing (said once, it kept the old language after a switch). */
    notice: signal<StringKey | undefined>(undefined),
    query: signal(''),
    result: signal<SuggestReply | undefined>(undefined),
    status: signal<LoadStatus>('idle'),
    /** Why the last question failed: the background's English reason and, when it said why as data, its failure. */
    error: signal<ShownFailure | undefined>(undefined),
    view: signal<View>({ kind: 'list' }),
    since: signal<number | undefined>(undefined),
    /** When the agent first answered, as the page dates the reply: the first-response target is judged by it. */
    answeredAt: signal<number | undefined>(undefined),
    checked: signal<number[]>([]),
    /** The steps ticked of each SOP of this interaction, as stored (by SOP id): their cards in the list say how far. */
    done: signal<Readonly<Record<string, readonly number[]>>>({}),
    /** Where the conversation stands (new, working once a step is ticked, resolved when the agent says so). */
    stage: signal<Stage>('new'),
    /** Templates the open SOP links, by id (for their titles). */
    linked: signal<Record<string, TemplateEntry>>({}),
    /** Which list item had focus, so Escape from a detail view returns there. */
    lastOpened: signal<string | undefined>(undefined),
    /**
     * The last change to the progress that was not stored: said until the agent tries again or closes it, a later
     * change is stored, or another ticket is shown (not with `notice`, which each reading of the page replaces).
     */
    saveFailed: signal<SaveFailed | undefined>(undefined),
    /** The template a step of the open SOP links that did not open, said under that step until another is clicked or the SOP left. */
    linkFailed: signal<LinkFailed | undefined>(undefined),
  };
}

export type OverlaySignals = ReturnType<typeof overlaySignals>;

/** The signals and what the session's parts share beside them. */
interface OverlayState extends OverlaySignals {
  /**
   * The SOP the agent follows for this interaction, as stored with the progress (a step of it ticked last, here, in
   * the other panel or before a reload): its next unticked step's templates lead while working. Another SOP opened
   * only to look at it leaves it so (`checked` is the open SOP's ticks; `followedDone` this one's).
   */
  following: SopEntry | undefined;
  followedDone: number[];
}

/** What the overlay records on the interaction's timeline for QC: messages, suggestions, entries used. */
function timelineRecorder(st: OverlayState, pageUrl: (() => string) | undefined) {
  /** Messages of this interaction already reported (the notes store also keeps the first sighting only). */
  let reported = new Set<string>();

  const timeline = (event: TimelineEvent) => {
    const at = Date.now();
    const s = st.snapshot.value;
    if (!s) return;
    const record = { interactionId: s.interactionId, label: describeSnapshot(s) || s.subject, customer: s.customer.name && customerName(s), url: pageUrl?.() ?? location.href, at, event };
    // The notes store serves this; until it exists (or if it fails) the overlay carries on.
    return request('timeline.add', record).then(
      (recorded) => ({ id: s.interactionId, at: recorded }),
      () => undefined,
    );
  };

  /** The SOP's timer runs from the earliest moment known: first sight, or a customer's message the page dates. */
  const startNoLaterThan = (id: string, at: unknown) => {
    if (st.snapshot.value?.interactionId === id && typeof at === 'number') st.since.value = Math.min(at, st.since.value ?? at);
  };
  const answeredNoLaterThan = (id: string, at: unknown) => {
    if (st.snapshot.value?.interactionId === id && typeof at === 'number') st.answeredAt.value = Math.min(at, st.answeredAt.value ?? at);
  };

  /** Report the thread's messages not reported yet: QC times the first response from them (see notes/timing). */
  function recordThread(s: ConversationSnapshot) {
    for (const { key, message } of keyedMessages(s.messages ?? [])) {
      if (reported.has(key) || (message.role !== 'customer' && message.role !== 'agent')) continue;
      reported.add(key);
      const agentText = message.role === 'agent' ? { text: message.text.slice(0, MAX_REPLY_TEXT) } : {};
      // The page's words for its time go with it; the notes store makes them the entry's time (else: now).
      const sent = timeline({ kind: 'message', from: message.role, key, shown: false, ...(message.time ? { time: message.time } : {}), ...agentText });
      if (message.time) void sent?.then((r) => r && (message.role === 'customer' ? startNoLaterThan : answeredNoLaterThan)(r.id, r.at));
    }
  }

  /** What was suggested for the customer's latest message; below the confidence line, their words for trainers. */
  function recordSuggested(reply: SuggestReply) {
    const latest = st.snapshot.value?.latestCustomerMessage;
    if (!latest) return;
    const top = reply.suggestions[0]?.score ?? 0;
    timeline({
      kind: 'suggested',
      key: messageKey('customer', latest),
      entries: reply.suggestions.slice(0, 5).map(({ packId, entryId, score }) => ({ packId, entryId, score })),
      ...(top < CONFIDENCE_LINE ? { unanswered: latest.slice(0, MAX_REPLY_TEXT) } : {}),
    });
  }

  /** Where the entry stood in the list the agent chose from, and what stood first (confusable pairs). */
  function rankOf(packId: string, entryId: string): { rank?: number; top?: string } {
    const list = st.result.value?.suggestions ?? [];
    const i = list.findIndex((x) => x.packId === packId && x.entryId === entryId);
    return i < 0 || !list[0] ? {} : { rank: i + 1, top: `${list[0].packId}/${list[0].entryId}` };
  }

  /**
   * The agent inserted or followed an entry for this conversation: it rises a little for similar ones. The
   * background learns it (reading the message's words there keeps the content script small); a failure costs
   * only the learning.
   */
  function learnChoice(packId: string, entryId: string) {
    const text = suggestionText(st.snapshot.value);
    if (text) void request('knowledge.chose', { text, packId, entryId }).catch(() => undefined);
  }

  /** Another interaction is shown: its messages are reported afresh. */
  const forgetReported = () => void (reported = new Set());
  return { timeline, startNoLaterThan, recordThread, recordSuggested, rankOf, learnChoice, forgetReported };
}

export type TimelineRecorder = ReturnType<typeof timelineRecorder>;

/**
 * The stage and step the panel's suggestions are asked at: a new problem is the engine's default, which also reads a
 * short thanks as closing; a later stage the agent's own actions set is said, with the templates the current step of
 * the SOP being followed links (the rule the empty palette's list follows from the stored progress too).
 */
const suggestStage = (st: OverlayState) => askedAt(st.stage.value, st.following, st.followedDone);

/**
 * Asks the background for suggestions (or search hits) after a pause; a newer question makes older answers stale,
 * and they are dropped.
 */
function suggestionAsker(st: OverlayState, rec: TimelineRecorder, debounceMs: number) {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let askedFor = '';

  async function ask(text: string, kind: 'suggest' | 'search') {
    const mine = ++seq;
    if (!text.trim()) {
      batch(() => {
        st.result.value = undefined;
        st.status.value = 'idle';
      });
      return;
    }
    st.status.value = 'loading';
    try {
      const reply =
        kind === 'search'
          ? await request('knowledge.search', { query: text, limit: 10, stage: st.stage.value })
          : await request('knowledge.suggest', { text, limit: 8, lang: st.snapshot.value?.lang, latestEnd: latestEnd(st.snapshot.value), ...suggestStage(st) });
      if (mine !== seq) return; // a newer question was asked meanwhile
      batch(() => {
        st.result.value = reply;
        st.status.value = 'ready';
        st.error.value = undefined;
      });
      if (kind === 'suggest') {
        for (const cue of reply.cues) rec.timeline({ kind: 'cue', cue: cue.kind, words: cue.words });
        rec.recordSuggested(reply);
      }
    } catch (err) {
      if (mine !== seq) return;
      batch(() => {
        st.status.value = 'error';
        st.error.value = shownFailure(err);
      });
    }
  }

  /** Ask again after a pause: the agent's query when there is one, else the conversation. */
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = st.query.value.trim();
      const text = q || suggestionText(st.snapshot.value);
      const key = (q ? `q:${st.stage.value}:` : `s:${st.stage.value}:${suggestStage(st).step?.join(',') ?? ''}:`) + text;
      if (key === askedFor) return;
      askedFor = key;
      void ask(text, q ? 'search' : 'suggest');
    }, debounceMs);
  }

  return { schedule, dispose: () => clearTimeout(timer) };
}

/** Back from a template opened from `from` is the agent's own way back: the SOP takes focus again as any they open. */
const backTo = (from: View): View | undefined => (from.kind === 'list' ? undefined : from.kind === 'sop' ? { ...from, reopened: undefined } : from);

/** Opening entries from the list, from an SOP's steps, and going back. */
function entryNavigation(st: OverlayState, rec: TimelineRecorder, schedule: () => void, later: SessionOptions['later']) {
  async function openEntry(packId: string, entry: Entry, back?: View) {
    st.lastOpened.value = `${packId}/${entry.id}`;
    if (entry.type === 'template') {
      st.view.value = { kind: 'template', packId, entry, back };
      return;
    }
    batch(() => {
      st.view.value = { kind: 'sop', packId, entry };
      st.checked.value = [];
      st.linked.value = {};
    });
    void loadLinked(packId, entry);
    const s = st.snapshot.value;
    // Reopened on the ticket's next page (the helpdesk navigates between a ticket's pages; a reload too).
    if (s) void setOpenSop(s.interactionId, { packId, sopId: entry.id });
    rec.timeline({
      kind: 'sop-opened',
      sopId: entry.id,
      packId,
      title: entry.title,
      steps: entry.steps.length,
      firstResponseMinutes: entry.metrics.firstResponseMinutes,
      completionMinutes: entry.metrics.completionMinutes,
      ...rec.rankOf(packId, entry.id),
    });
    // Opened is not followed: the agent may only be looking (the SOP followed changes with a step ticked).
    if (s) {
      const steps = await getChecklist(s.interactionId, entry.id);
      const v = st.view.value;
      if (v.kind === 'sop' && v.entry.id === entry.id && st.snapshot.value?.interactionId === s.interactionId) st.checked.value = steps;
    }
  }

  async function loadLinked(packId: string, sop: SopEntry) {
    const ids = [...new Set(sop.steps.flatMap((step) => step.templates))];
    const found = await Promise.all(ids.map((entryId) => request('knowledge.entry', { packId, entryId }).catch(() => null)));
    const v = st.view.value;
    if (v.kind !== 'sop' || v.entry.id !== sop.id) return;
    const map: Record<string, TemplateEntry> = {};
    for (const e of found) if (e?.type === 'template') map[e.id] = e;
    st.linked.value = map;
  }

  function openSuggestion(s: Suggestion) {
    const entry = st.result.value?.entries[`${s.packId}/${s.entryId}`];
    if (entry) return openEntry(s.packId, entry);
    return openLinked(s.packId, s.entryId);
  }

  /** A template linked from an SOP step (same pack first): what is said of the last one that did not open goes. */
  function openLinked(packId: string, entryId: string) {
    const from = st.view.value;
    st.linkFailed.value = undefined;
    return later().then((x) => x.openLinked(st, (entry) => openEntry(packId, entry, backTo(from)), from, packId, entryId));
  }

  function back() {
    st.linkFailed.value = undefined;
    const v = st.view.value;
    if (v.kind === 'sop') forgetOpen(st);
    st.view.value = v.kind === 'template' && v.back ? v.back : { kind: 'list' };
  }

  /**
   * The interaction's stored progress names an SOP this panel does not follow: shown again after a reload or in a
   * side panel opened later, or a step of it ticked just now, here (`open`: the SOP in view, no need to ask for it), in
   * the other panel or tab. The suggestions lift its current step, as the palette does from the same record. The
   * view stays: the agent may have left the SOP before the reload, and one click opens it.
   */
  async function resumeFollowing(interactionId: string, progress: InteractionProgress, open?: { packId: string; entry: SopEntry }) {
    const followed = progress.following;
    const before = st.following;
    if (!followed || followed.sopId === before?.id) return;
    const entry =
      open && open.packId === followed.packId && open.entry.id === followed.sopId
        ? open.entry
        : await request('knowledge.entry', { packId: followed.packId, entryId: followed.sopId }).catch(() => null);
    const still = st.snapshot.value?.interactionId === interactionId && st.following === before;
    if (entry?.type !== 'sop' || !still) return;
    st.following = entry;
    st.followedDone = progress.done[entry.id] ?? [];
    schedule();
  }

  return { openEntry, openSuggestion, openLinked, back, resumeFollowing, loadLinked };
}

/** The SOP in view (or the one a template opened from its step goes back to) is closed: its place is not kept. */
function forgetOpen(st: OverlayState) {
  const v = st.view.value;
  const id = st.snapshot.value?.interactionId;
  if (id && (v.kind === 'sop' || (v.kind === 'template' && v.back?.kind === 'sop'))) void setOpenSop(id);
}

/**
 * The SOP the agent had open on this ticket's previous page (or before a reload) opened again, at its ticks, when the
 * panel still shows the list: what the agent opened or searched meanwhile wins. Not a new opening for QC's timeline.
 */
async function reopenSop(st: OverlayState, loadLinked: (packId: string, sop: SopEntry) => Promise<void>, interactionId: string, progress: InteractionProgress) {
  const open = progress.open;
  const idle = () => st.view.value.kind === 'list' && !st.query.value && st.snapshot.value?.interactionId === interactionId;
  if (!open || !idle()) return;
  const entry = await request('knowledge.entry', { packId: open.packId, entryId: open.sopId }).catch(() => null);
  if (entry?.type !== 'sop' || !idle()) return;
  batch(() => {
    st.view.value = { kind: 'sop', packId: open.packId, entry, reopened: true };
    st.checked.value = [...(st.done.value[entry.id] ?? progress.done[entry.id] ?? [])];
    st.linked.value = {};
    st.lastOpened.value = `${open.packId}/${entry.id}`;
  });
  void loadLinked(open.packId, entry);
}

/** A stored record of the interaction (the reply to a change made here, or read) shown here; `open`: the SOP in view. */
type Adopt = (interactionId: string, progress: InteractionProgress, open?: { packId: string; entry: SopEntry }) => void;

/** The agent's progress: an SOP's ticked steps and the interaction's stage (resolved when the agent says so). */
function progressTracker(st: OverlayState, rec: TimelineRecorder, schedule: () => void, adopt: Adopt) {
  /** Ticks made here and not yet stored. */
  let ticking = 0;

  /** A change stored clears what was said of an earlier one; one not stored is said (the tick is taken back). */
  const said = (interactionId: string, change: SaveFailed['change'], why: SaveFailure | undefined) => {
    if (st.snapshot.value?.interactionId === interactionId) st.saveFailed.value = why && { change, why };
  };

  const toggleStep = (step: number, done: boolean) => {
    const v = st.view.value;
    return v.kind === 'sop' ? saveStep(v, step, done) : Promise.resolve();
  };

  /** Tick or untick a step of `open` (the SOP in view, or the one a failed tick named, tried again from elsewhere). */
  async function saveStep(open: { packId: string; entry: SopEntry }, step: number, done: boolean) {
    const s = st.snapshot.value;
    if (!s) return;
    const shown = () => {
      const v = st.view.value;
      return v.kind === 'sop' && v.entry.id === open.entry.id;
    };
    // The first step ticked is the agent following this SOP for this conversation: learnt for similar ones.
    if (done && shown() && !st.checked.value.length) rec.learnChoice(open.packId, open.entry.id);
    // Shown at once; storage follows.
    if (shown()) st.checked.value = done ? [...new Set([...st.checked.value, step])].sort((a, b) => a - b) : st.checked.value.filter((n) => n !== step);
    ticking++;
    const { stored, failed } = await setStepDone(s.interactionId, open.packId, open.entry.id, step, done).finally(() => ticking--);
    said(s.interactionId, { kind: 'step', packId: open.packId, entry: open.entry, step, done }, failed);
    // The last tick's record holds the others (and the other panel's): an earlier one's would take later ticks back.
    // Not stored: the record read again shows what is kept (the tick is taken back; `saveFailed` says why).
    if (!ticking && stored) adopt(s.interactionId, stored, open);
    else if (!ticking) syncFrom(s.interactionId, adopt);
    if (!stored) return;
    // The step's words without its template links, short enough for one line of the timeline.
    const { entry, packId } = open;
    const words = entry.steps.find((x) => x.n === step)?.text.replace(/\[\[[^\]\n]*\]\]/g, '').replace(/\s+/g, ' ').trim();
    const stepTitle = words && words.length > 90 ? `${words.slice(0, 89).trimEnd()}…` : words;
    rec.timeline({ kind: 'sop-step', sopId: entry.id, packId, title: entry.title, steps: entry.steps.length, step, done, ...(stepTitle ? { stepTitle } : {}) });
    schedule(); // the next step's templates may differ
  }

  /** The agent marks the interaction resolved (closing templates rise), or takes the mark back. */
  async function markResolved(resolved: boolean) {
    const s = st.snapshot.value;
    if (!s) return;
    if (resolved) setStage(s.interactionId, 'resolved'); // shown at once; storage follows
    const { stage, failed } = await setResolved(s.interactionId, resolved);
    said(s.interactionId, { kind: 'resolved', resolved }, failed);
    if (stage) setStage(s.interactionId, stage);
    else syncFrom(s.interactionId, adopt);
  }

  /** The change that was not stored, asked again (the agent's «Try again»). */
  function retrySave() {
    const failed = st.saveFailed.value;
    st.saveFailed.value = undefined;
    if (failed?.change.kind === 'step') return saveStep(failed.change, failed.change.step, failed.change.done);
    if (failed?.change.kind === 'resolved') return markResolved(failed.change.resolved);
    return Promise.resolve();
  }

  /** A stage learnt for an interaction still shown: suggestions are asked again for it. */
  function setStage(interactionId: string, next: Stage) {
    if (st.snapshot.value?.interactionId !== interactionId || st.stage.value === next) return;
    st.stage.value = next;
    schedule();
  }

  return { toggleStep, markResolved, retrySave, setStage };
}

/** Read the interaction's record now and show it (first sight, a change that could not be stored). */
const syncFrom = (interactionId: string, adopt: Adopt) =>
  void getProgress(interactionId).then((p) => p && adopt(interactionId, p), () => undefined); // gone with an old version's page

/**
 * The interaction's progress as stored, which the other panel, another tab on the same ticket or this one changes:
 * the stage, the open SOP's ticks, which SOP is followed and its ticks follow it here, and the suggestions are asked
 * again as when the agent acts here. One interaction is watched at a time, until the session ends.
 */
function progressFollower(
  st: OverlayState,
  setStage: (interactionId: string, stage: Stage) => void,
  resumeFollowing: (...args: Parameters<Adopt>) => Promise<void>,
  schedule: () => void,
  reopen: (interactionId: string, progress: InteractionProgress) => Promise<void>,
) {
  let unwatch = () => {};
  const apply: Adopt = (interactionId, progress, open) => {
    if (st.snapshot.value?.interactionId !== interactionId) return;
    setStage(interactionId, stageOf(progress));
    st.done.value = progress.done;
    const v = st.view.value;
    const shown = v.kind === 'sop' ? (progress.done[v.entry.id] ?? []) : undefined;
    if (shown && shown.join() !== st.checked.value.join()) st.checked.value = shown;
    const ticks = st.following && (progress.done[st.following.id] ?? []);
    if (ticks && ticks.join() !== st.followedDone.join()) {
      st.followedDone = ticks;
      schedule(); // the step lifted may be another
    }
    void resumeFollowing(interactionId, progress, open);
  };
  function follow(interactionId: string | undefined) {
    unwatch();
    unwatch = interactionId ? watchProgress(interactionId, (p) => apply(interactionId, p)) : () => {};
    // The first read of the ticket's record also reopens the SOP left open on its previous page.
    if (interactionId) syncFrom(interactionId, (id, p) => (apply(id, p), void reopen(id, p)));
  }
  return { follow, apply, stop: () => unwatch() };
}

/** Puts an expanded template into the reply box; one it took is learnt and recorded before this resolves. */
function templateInserter(st: OverlayState, rec: TimelineRecorder, options: SessionOptions) {
  return async function insert(req: InsertRequest): Promise<boolean> {
    const ok = await options.insert(req);
    if (ok) (await options.later()).recordInsert(st, rec, req);
    return ok;
  };
}

/**
 * The overlay's state for one page (or the side panel's for one tab), as signals, and what the agent can do.
 * Matching is asked of the background; a newer question makes older answers stale, and they are dropped.
 */
export function createOverlaySession(options: SessionOptions) {
  const signals = overlaySignals();
  const st: OverlayState = { ...signals, following: undefined, followedDone: [] };
  const rec = timelineRecorder(st, options.pageUrl);
  const asker = suggestionAsker(st, rec, options.debounceMs ?? 120);
  const { schedule } = asker;
  const progress = progressTracker(st, rec, schedule, (...args) => follower.apply(...args));
  const { resumeFollowing, loadLinked, ...navigation } = entryNavigation(st, rec, schedule, options.later);
  const follower = progressFollower(st, progress.setStage, resumeFollowing, schedule, (id, p) => reopenSop(st, loadLinked, id, p));

  function setSnapshot(next: ConversationSnapshot | undefined) {
    const switched = st.snapshot.value?.interactionId !== next?.interactionId;
    // What the agent typed or opened before this page was first read belongs to this page: a slow page's first
    // reading must not wipe a search half typed. Another ticket starts clean.
    const leftTicket = switched && st.snapshot.value !== undefined;
    batch(() => {
      st.snapshot.value = next;
      if (leftTicket) {
        st.view.value = { kind: 'list' };
        st.query.value = '';
      }
      if (switched) {
        st.checked.value = [];
        st.done.value = {};
        st.since.value = undefined;
        st.answeredAt.value = undefined;
        st.lastOpened.value = undefined;
        st.saveFailed.value = undefined;
        st.stage.value = 'new';
        st.following = undefined;
        st.followedDone = [];
      }
    });
    if (switched) {
      rec.forgetReported();
      follower.follow(next?.interactionId);
    }
    if (next) rec.recordThread(next);
    if (switched && next) {
      const id = next.interactionId;
      void firstSeen(id).then((at) => rec.startNoLaterThan(id, at));
    }
    schedule();
  }

  function setQuery(q: string) {
    if (st.view.value.kind !== 'list') forgetOpen(st); // typing a search leaves the SOP
    batch(() => {
      st.query.value = q;
      st.lastOpened.value = undefined;
      if (st.view.value.kind !== 'list') st.view.value = { kind: 'list' };
    });
    schedule();
  }

  return {
    ...signals,
    setSnapshot,
    setQuery,
    ...navigation,
    toggleStep: progress.toggleStep,
    markResolved: progress.markResolved,
    retrySave: progress.retrySave,
    /** The agent closed what was said of a change not stored. */
    dismissSaveFailed: () => void (st.saveFailed.value = undefined),
    insert: templateInserter(st, rec, options),
    /** A template with the conversation's context and the agent's fields, expanded by the background. */
    expand: (req: ExpandRequest) => request('templates.expand', options.greeted?.() ? { ...req, greeted: true } : req),
    dispose() {
      asker.dispose();
      follower.stop();
    },
  };
}

export type OverlaySession = ReturnType<typeof createOverlaySession>;
