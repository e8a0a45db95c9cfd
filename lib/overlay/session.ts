import { batch, signal } from '@preact/signals';
import type { Entry, SopEntry, Stage, Suggestion, TemplateEntry } from '@/knowledge/types';
import type { ConversationSnapshot } from '../crm/types';
import { describeSnapshot } from '../crm/describe';
import type { SuggestReply } from '../background/knowledge-service';
import type { ExpandRequest } from '../background/templates-service';
import { request } from '../messages';
import type { TimelineEvent } from '../timeline';
import { firstSeen, getChecklist, getStage, setResolved, setStepDone } from '../store/checklists';
import { CONFIDENCE_LINE } from '@/knowledge/qc/confidence';
import { keyedMessages, messageKey } from './message-keys';

/** Replies and unanswered messages are kept to this length for QC (longer ones are cut). */
const MAX_REPLY_TEXT = 2_000;

export type View =
  | { kind: 'list' }
  | { kind: 'sop'; packId: string; entry: SopEntry }
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
  /** How long to wait for the agent (or the page) to settle before asking the background again. */
  debounceMs?: number;
}

/** Below this many words the latest message ("Any news?") says too little on its own. */
const SHORT_MESSAGE_WORDS = 12;

/**
 * The text suggestions are for: customer text the agent selected, else the customer's latest message with the
 * subject, and the message before it when the latest is short. Agent replies and notes never count; a page where
 * no conversation was found gives nothing to suggest for (rather than the helpdesk's own labels).
 */
export function suggestionText(s: ConversationSnapshot | undefined): string {
  if (!s) return '';
  if (s.selection) return s.selection;
  if (s.evidence === 'none') return '';
  const latest = s.latestCustomerMessage;
  const short = !latest || latest.split(/\s+/).length < SHORT_MESSAGE_WORDS;
  return [latest, s.subject, short ? s.customerMessages.at(-1) : undefined].filter(Boolean).join('\n');
}


/**
 * The overlay's state for one page (or the side panel's for one tab), as signals, and what the agent can do.
 * Matching is asked of the background; a newer question makes older answers stale, and they are dropped.
 */
export function createOverlaySession(options: SessionOptions) {
  const debounceMs = options.debounceMs ?? 120;
  const snapshot = signal<ConversationSnapshot | undefined>(undefined);
  const notice = signal<string | undefined>(undefined);
  const query = signal('');
  const result = signal<SuggestReply | undefined>(undefined);
  const status = signal<LoadStatus>('idle');
  const error = signal<string | undefined>(undefined);
  const view = signal<View>({ kind: 'list' });
  const since = signal<number | undefined>(undefined);
  const checked = signal<number[]>([]);
  /** Where the conversation stands (new, working once a step is ticked, resolved when the agent says so). */
  const stage = signal<Stage>('new');
  /** The SOP the agent opened last for this interaction: its next unticked step's templates lead while working. */
  let following: SopEntry | undefined;
  /** Templates the open SOP links, by id (for their titles). */
  const linked = signal<Record<string, TemplateEntry>>({});
  /** Which list item had focus, so Escape from a detail view returns there. */
  const lastOpened = signal<string | undefined>(undefined);

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let askedFor = '';

  /** Messages of this interaction already reported (the notes store also keeps the first sighting only). */
  let reported = new Set<string>();

  const timeline = (event: TimelineEvent) => {
    const at = Date.now();
    const s = snapshot.value;
    if (!s) return;
    const record = { interactionId: s.interactionId, label: describeSnapshot(s) || s.subject, customer: s.customer.name, url: options.pageUrl?.() ?? location.href, at, event };
    // The notes store serves this; until it exists (or if it fails) the overlay carries on.
    return request('timeline.add', record).then(
      (recorded) => ({ id: s.interactionId, at: recorded }),
      () => undefined,
    );
  };

  /** The SOP's timer runs from the earliest moment known: first sight, or a customer's message the page dates. */
  const startNoLaterThan = (id: string, at: unknown) => {
    if (snapshot.value?.interactionId === id && typeof at === 'number') since.value = Math.min(at, since.value ?? at);
  };

  /** Report the thread's messages not reported yet: QC times the first response from them (see notes/timing). */
  function recordThread(s: ConversationSnapshot) {
    for (const { key, message } of keyedMessages(s.messages ?? [])) {
      if (reported.has(key) || (message.role !== 'customer' && message.role !== 'agent')) continue;
      reported.add(key);
      const agentText = message.role === 'agent' ? { text: message.text.slice(0, MAX_REPLY_TEXT) } : {};
      // The page's words for its time go with it; the notes store makes them the entry's time (else: now).
      const sent = timeline({ kind: 'message', from: message.role, key, shown: false, ...(message.time ? { time: message.time } : {}), ...agentText });
      if (message.role === 'customer' && message.time) void sent?.then((r) => r && startNoLaterThan(r.id, r.at));
    }
  }

  /** What was suggested for the customer's latest message; below the confidence line, their words for trainers. */
  function recordSuggested(reply: SuggestReply) {
    const latest = snapshot.value?.latestCustomerMessage;
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
    const list = result.value?.suggestions ?? [];
    const i = list.findIndex((x) => x.packId === packId && x.entryId === entryId);
    return i < 0 || !list[0] ? {} : { rank: i + 1, top: `${list[0].packId}/${list[0].entryId}` };
  }

  async function ask(text: string, kind: 'suggest' | 'search') {
    const mine = ++seq;
    if (!text.trim()) {
      batch(() => {
        result.value = undefined;
        status.value = 'idle';
      });
      return;
    }
    status.value = 'loading';
    try {
      const reply =
        kind === 'search'
          ? await request('knowledge.search', { query: text, limit: 10 })
          : await request('knowledge.suggest', { text, limit: 8, lang: snapshot.value?.lang, ...suggestStage() });
      if (mine !== seq) return; // a newer question was asked meanwhile
      batch(() => {
        result.value = reply;
        status.value = 'ready';
        error.value = undefined;
      });
      if (kind === 'suggest') {
        for (const cue of reply.cues) timeline({ kind: 'cue', cue: cue.kind, words: cue.words });
        recordSuggested(reply);
      }
    } catch (err) {
      if (mine !== seq) return;
      batch(() => {
        status.value = 'error';
        error.value = err instanceof Error ? err.message : String(err);
      });
    }
  }

  /**
   * A new problem is the engine's default, which also reads a short thanks as closing; a later stage the agent's
   * own actions set is said.
   */
  const suggestStage = (): { stage?: Stage; step?: string[] } => {
    if (stage.value === 'new') return {};
    const step = currentStepTemplates();
    return step.length ? { stage: stage.value, step } : { stage: stage.value };
  };

  /** The templates the first unticked step of the SOP being followed links. */
  function currentStepTemplates(): string[] {
    const done = new Set(checked.value);
    return following?.steps.find((st) => !done.has(st.n))?.templates ?? [];
  }

  /** Ask again after a pause: the agent's query when there is one, else the conversation. */
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = query.value.trim();
      const text = q || suggestionText(snapshot.value);
      const key = (q ? 'q:' : `s:${stage.value}:${currentStepTemplates().join(',')}:`) + text;
      if (key === askedFor) return;
      askedFor = key;
      void ask(text, q ? 'search' : 'suggest');
    }, debounceMs);
  }

  function setSnapshot(next: ConversationSnapshot | undefined) {
    const prev = snapshot.value;
    const switched = prev?.interactionId !== next?.interactionId;
    batch(() => {
      snapshot.value = next;
      if (switched) {
        view.value = { kind: 'list' };
        query.value = '';
        checked.value = [];
        since.value = undefined;
        lastOpened.value = undefined;
        stage.value = 'new';
        following = undefined;
      }
    });
    if (switched) reported = new Set();
    if (next) recordThread(next);
    if (switched && next) {
      const id = next.interactionId;
      void firstSeen(id).then((at) => startNoLaterThan(id, at));
      void getStage(id).then((st) => setStage(id, st));
    }
    schedule();
  }

  function setQuery(q: string) {
    batch(() => {
      query.value = q;
      lastOpened.value = undefined;
      if (view.value.kind !== 'list') view.value = { kind: 'list' };
    });
    schedule();
  }

  async function openEntry(packId: string, entry: Entry, back?: View) {
    lastOpened.value = `${packId}/${entry.id}`;
    if (entry.type === 'template') {
      view.value = { kind: 'template', packId, entry, back };
      return;
    }
    following = entry;
    batch(() => {
      view.value = { kind: 'sop', packId, entry };
      checked.value = [];
      linked.value = {};
    });
    void loadLinked(packId, entry);
    const s = snapshot.value;
    timeline({
      kind: 'sop-opened',
      sopId: entry.id,
      packId,
      title: entry.title,
      steps: entry.steps.length,
      firstResponseMinutes: entry.metrics.firstResponseMinutes,
      completionMinutes: entry.metrics.completionMinutes,
      ...rankOf(packId, entry.id),
    });
    if (s) {
      const steps = await getChecklist(s.interactionId, entry.id);
      const v = view.value;
      if (v.kind === 'sop' && v.entry.id === entry.id && snapshot.value?.interactionId === s.interactionId) {
        checked.value = steps;
        schedule();
      }
    }
  }

  async function loadLinked(packId: string, sop: SopEntry) {
    const ids = [...new Set(sop.steps.flatMap((st) => st.templates))];
    const found = await Promise.all(ids.map((entryId) => request('knowledge.entry', { packId, entryId }).catch(() => null)));
    const v = view.value;
    if (v.kind !== 'sop' || v.entry.id !== sop.id) return;
    const map: Record<string, TemplateEntry> = {};
    for (const e of found) if (e?.type === 'template') map[e.id] = e;
    linked.value = map;
  }

  function openSuggestion(s: Suggestion) {
    const entry = result.value?.entries[`${s.packId}/${s.entryId}`];
    if (entry) return openEntry(s.packId, entry);
    return openLinked(s.packId, s.entryId);
  }

  /** A template linked from an SOP step (same pack first). */
  async function openLinked(packId: string, entryId: string) {
    const from = view.value;
    try {
      const entry = await request('knowledge.entry', { packId, entryId });
      if (!entry) throw new Error(entryId);
      await openEntry(packId, entry, from.kind === 'list' ? undefined : from);
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    }
  }

  function back() {
    const v = view.value;
    view.value = v.kind === 'template' && v.back ? v.back : { kind: 'list' };
  }

  async function toggleStep(step: number, done: boolean) {
    const v = view.value;
    const s = snapshot.value;
    if (v.kind !== 'sop' || !s) return;
    // The first step ticked is the agent following this SOP for this conversation: learnt for similar ones.
    if (done && !checked.value.length) learnChoice(v.packId, v.entry.id);
    // Shown at once; storage follows.
    checked.value = done ? [...new Set([...checked.value, step])].sort((a, b) => a - b) : checked.value.filter((n) => n !== step);
    checked.value = await setStepDone(s.interactionId, v.entry.id, step, done);
    // The step's words without its template links, short enough for one line of the timeline.
    const words = v.entry.steps.find((st) => st.n === step)?.text.replace(/\[\[[^\]\n]*\]\]/g, '').replace(/\s+/g, ' ').trim();
    const stepTitle = words && words.length > 90 ? `${words.slice(0, 89).trimEnd()}…` : words;
    timeline({ kind: 'sop-step', sopId: v.entry.id, packId: v.packId, title: v.entry.title, steps: v.entry.steps.length, step, done, ...(stepTitle ? { stepTitle } : {}) });
    setStage(s.interactionId, await getStage(s.interactionId));
    schedule(); // the next step's templates may differ
  }

  /** The agent marks the interaction resolved (closing templates rise), or takes the mark back. */
  async function markResolved(resolved: boolean) {
    const s = snapshot.value;
    if (!s) return;
    if (resolved) setStage(s.interactionId, 'resolved'); // shown at once; storage follows
    setStage(s.interactionId, await setResolved(s.interactionId, resolved));
  }

  /** A stage learnt for an interaction still shown: suggestions are asked again for it. */
  function setStage(interactionId: string, next: Stage) {
    if (snapshot.value?.interactionId !== interactionId || stage.value === next) return;
    stage.value = next;
    schedule();
  }

  function linkedTitle(templateId: string): string | undefined {
    const v = view.value;
    return linked.value[templateId]?.title ?? (v.kind === 'template' && v.entry.id === templateId ? v.entry.title : undefined);
  }

  /** A template with the conversation's context and the agent's fields, expanded by the background. */
  const expand = (req: ExpandRequest) => request('templates.expand', req);

  /**
   * The agent inserted or followed an entry for this conversation: it rises a little for similar ones. The
   * background learns it (reading the message's words there keeps the content script small); a failure costs
   * only the learning.
   */
  function learnChoice(packId: string, entryId: string) {
    const text = suggestionText(snapshot.value);
    if (text) void request('knowledge.chose', { text, packId, entryId }).catch(() => undefined);
  }

  async function insert(req: InsertRequest): Promise<boolean> {
    const ok = await options.insert(req);
    if (ok) {
      learnChoice(req.packId, req.templateId);
      const title = result.value?.entries[`${req.packId}/${req.templateId}`]?.title ?? linkedTitle(req.templateId);
      timeline({
        kind: 'template-inserted',
        templateId: req.templateId,
        packId: req.packId,
        via: 'overlay',
        text: req.text.slice(0, MAX_REPLY_TEXT),
        ...(title ? { title } : {}),
        ...rankOf(req.packId, req.templateId),
      });
    }
    return ok;
  }

  return {
    snapshot,
    notice,
    query,
    result,
    status,
    error,
    view,
    since,
    checked,
    stage,
    linked,
    lastOpened,
    setSnapshot,
    setQuery,
    openSuggestion,
    openLinked,
    openEntry,
    back,
    toggleStep,
    markResolved,
    insert,
    expand,
    dispose: () => clearTimeout(timer),
  };
}

export type OverlaySession = ReturnType<typeof createOverlaySession>;
