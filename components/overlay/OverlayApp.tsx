import type { ComponentChild } from 'preact';
import type { ExpansionContext } from '@/knowledge/template/index';
import { customerTexts, describeSnapshot } from '@/lib/crm/describe';
import { customerOf } from '@/lib/crm/name-texts';
import { fill, sayCommon } from '@/lib/i18n';
import type { OverlaySession, View } from '@/lib/overlay/session';
import { failedStep } from '@/lib/overlay/save-failed';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CueBadges } from './CueBadges';
import type { KeyHelpProps } from './KeyHelp';
import { isHelpKey, KeyHelpButton } from './KeyHelpButton';
import { isoDay } from '@/knowledge/pack/rules';
import { SearchBox } from './SearchBox';
import { StageBar } from './StageBar';
import { SiteLayoutBar, type SiteLayoutBarProps } from './SiteLayoutBar';
import type { DetailProps } from './DetailView';
import { SuggestionList } from './SuggestionList';
import { describeReachFailure, FailureText } from '../failure-words';
import type { Failure, ShownFailure } from '@/lib/failure';
import type { BuiltInOnlyProps } from './BuiltInOnly';
import type { SaveFailedNoticeProps } from './SaveFailed';
import type { Expansion, InsertOutcome } from './TemplateView';

export interface OverlayAppProps {
  session: OverlaySession;
  /** The agent's name from settings, used when the CRM does not show it. */
  agentName?: string;
  onCopy(text: string): Promise<void>;
  /**
   * Renders an opened SOP or template: `DetailView` on extension pages; in the page the view comes with the
   * extras bundle (loaded when the agent first opens one), keeping it out of the content script.
   */
  detail(props: DetailProps): ComponentChild;
  /** In the page: point at the conversation, or forget the pointed layout (absent on known helpdesks). */
  siteLayout?: SiteLayoutBarProps;
  /** Remember the agent's name in settings (a template asked for it). */
  onSaveAgentName?(name: string): Promise<void>;
  /**
   * The key list (`?`): the agent's combos, and how to render it (`KeyHelp` on extension pages; in the page it
   * comes with the extras bundle, like an opened SOP).
   */
  keyHelp?: { keys: KeyHelpProps['keys']; render(props: KeyHelpProps): ComponentChild };
  /**
   * Renders what is said of a change to the progress not saved (`SaveFailedNotice` on extension pages; in the page
   * it comes with the extras bundle, its words out of the content script).
   */
  saveFailed(props: SaveFailedNoticeProps): ComponentChild;
  /**
   * Renders why the suggestions come from the built-in packs only (`BuiltInOnlyNotice` on extension pages; in the
   * page it comes with the extras bundle: only a refused pack storage shows it).
   */
  builtInOnly(props: BuiltInOnlyProps): ComponentChild;
  /**
   * Why a request failed, for a kind the view does not word itself (it words a part of Odigos not reached): in the
   * page these words come with the extras bundle, out of the content script; undefined when there are none.
   */
  failureWords(failure: Failure): Promise<string | undefined>;
}

/**
 * The key list (`?`): open, and where focus was when it opened. Closing it gives focus back in the same commit
 * (a layout effect, before the next key), never after paint.
 */
function useKeyHelp() {
  const [help, setHelp] = useState(false);
  const app = useRef<HTMLDivElement>(null);
  const helpWasOpen = useRef(false);
  /** Where focus was when the key list opened: closing the list gives it back there. */
  const returnTo = useRef<HTMLElement | null>(null);
  const openHelp = () => {
    const root = app.current?.getRootNode() as Document | ShadowRoot | undefined;
    returnTo.current = root?.activeElement instanceof HTMLElement ? root.activeElement : null;
    setHelp(true);
  };
  // The one place that gives focus back (in the same commit, before the next key): where it was, else, where that
  // is gone (the list was drawn again), the ? button, so the next key never finds focus nowhere.
  useLayoutEffect(() => {
    if (help) {
      helpWasOpen.current = true;
      return;
    }
    if (!helpWasOpen.current) return;
    helpWasOpen.current = false;
    const active = (app.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    if (active && active !== document.body) return;
    const back = returnTo.current?.isConnected ? returnTo.current : app.current?.querySelector<HTMLElement>('.odigos-keyhelp-btn');
    back?.focus();
  }, [help]);
  return { app, help, openHelp, closeHelp: () => setHelp(false) };
}

/**
 * What the agent sees for one conversation: what was read, the knowledge search, cue badges and suggestions;
 * an opened SOP or template replaces the list until Escape or Back.
 */
export function OverlayApp(props: OverlayAppProps) {
  const { session } = props;
  const snapshot = session.snapshot.value;
  const view = session.view.value;
  const today = isoDay(new Date());
  const { app, help, openHelp, closeHelp } = useKeyHelp();
  const onKeyDown = (e: KeyboardEvent) => {
    if (isHelpKey(e) && props.keyHelp && !help) {
      e.preventDefault();
      openHelp();
    } else if (e.key === 'Escape' && view.kind !== 'list') {
      e.preventDefault();
      session.back();
    } else if (e.key === 'ArrowDown' && (e.target as HTMLElement).matches('input[type=search]')) {
      // Alt+Shift+F lands in the search box: ↓ goes on to the suggestions (it did nothing; only Tab, twice, got there).
      const item = app.current?.querySelector<HTMLElement>('.odigos-list .odigos-item-btn[tabindex="0"]');
      if (item) {
        e.preventDefault();
        item.focus();
      }
    }
  };

  return (
    <div class="odigos-app" ref={app} onKeyDown={onKeyDown}>
      {help && props.keyHelp?.render({ keys: props.keyHelp.keys, onClose: closeHelp })}
      <div class="odigos-context-row">
        <ContextLine snapshot={snapshot} />
        {props.keyHelp && <KeyHelpButton onOpen={openHelp} />}
      </div>
      {/* How the conversation was read: from this ticket's conversation page earlier, or unsure, or not at all. */}
      {snapshot && view.kind === 'list' && (snapshot.carried || (snapshot.evidence && snapshot.evidence !== 'strong' && !snapshot.selection)) && (
        <p class="odigos-notice" role="status" data-reading={snapshot.carried ? 'carried' : snapshot.evidence}>
          {sayCommon(snapshot.carried ? 'overlay.carried' : snapshot.evidence === 'none' ? 'overlay.nothingRead' : 'overlay.weakReading')}
        </p>
      )}
      {props.siteLayout && view.kind === 'list' && <SiteLayoutBar {...props.siteLayout} />}
      {session.notice.value && (
        <p class="odigos-notice" role="status">
          {sayCommon(session.notice.value)}
        </p>
      )}
      {view.kind === 'template' || (view.kind === 'sop' && failedStep(view.entry.id, session.saveFailed.value) === undefined) ? (
        <SaveFailedHere {...props} />
      ) : null}
      {view.kind === 'list' && <SuggestionsView session={session} saveFailed={props.saveFailed} builtInOnly={props.builtInOnly} failureWords={props.failureWords} />}
      {view.kind === 'sop' && openedSop(props, view, today)}
      {view.kind === 'template' && openedTemplate(props, view, today)}
    </div>
  );
}

/** The search, the stage, cue badges, notices and the ranked suggestions (or why there are none). */
function SuggestionsView({ session, saveFailed, builtInOnly, failureWords }: Pick<OverlayAppProps, 'session' | 'saveFailed' | 'builtInOnly' | 'failureWords'>) {
  const result = session.result.value;
  const query = session.query.value;
  const today = isoDay(new Date());
  return (
    <>
      <SearchBox value={query} onInput={session.setQuery} />
      {!query && session.snapshot.value && <StageBar stage={session.stage.value} repeat={result?.cues.some((c) => c.kind === 'repeat-contact')} closing={result?.closing} onResolved={(done) => void session.markResolved(done)} />}
      <SaveFailedHere session={session} saveFailed={saveFailed} />
      {!query && result && <CueBadges cues={result.cues} />}
      {result?.packsUnavailable && builtInOnly({ failure: result.packsUnavailable.failure })}
      {result?.switchedOff && (
        <p class="odigos-notice odigos-warn" role="alert">
          {fill(sayCommon('suggestions.packOff'), { packs: result.switchedOff.map((id) => fill(sayCommon('quoted'), { text: id })).join(', ') })}
        </p>
      )}
      {session.status.value === 'error' && session.error.value && <SuggestionsFailed failed={session.error.value} words={failureWords} />}
      {result && result.suggestions.length > 0 ? (
        <SuggestionList
          suggestions={result.suggestions}
          entries={result.entries}
          variants={result.variants}
          gists={result.gists}
          alsoMatched={result.alsoMatched}
          done={session.done.value}
          focusKey={session.lastOpened.value}
          today={today}
          onOpen={(s) => void session.openSuggestion(s)}
        />
      ) : session.status.value === 'error' ? null : (
        // After a failure the alert above says what to do: «type in the search» would send the agent nowhere.
        <p class="odigos-muted" role="status">
          {session.status.value === 'loading'
            ? sayCommon('suggestions.loading')
            : result
              ? sayCommon(query ? 'suggestions.noneSearched' : 'suggestions.none')
              : sayCommon('suggestions.empty')}
        </p>
      )}
    </>
  );
}

/**
 * The suggestions refused: said at once, with the background's reason beneath; why, at once when a part of Odigos was
 * not reached, else when its words arrive (in the page with the extras bundle: should it not load, the headline and the
 * reason still say that the suggestions failed).
 */
function SuggestionsFailed({ failed, words }: { failed: ShownFailure; words: OverlayAppProps['failureWords'] }) {
  const [why, setWhy] = useState<{ of: ShownFailure; text?: string }>();
  useEffect(() => {
    const f = failed.failure;
    if (!f || describeReachFailure(f)) return;
    let live = true;
    words(f).then(
      (text) => live && setWhy({ of: failed, text }),
      () => undefined,
    );
    return () => void (live = false);
  }, [failed]);
  return (
    <p class="odigos-notice odigos-warn" role="alert">
      <FailureText headline={sayCommon('suggestions.failed')} failed={failed} why={why?.of === failed ? why.text : undefined} />
    </p>
  );
}

type OpenedView<K extends View['kind']> = Extract<View, { kind: K }>;

/** The opened SOP, with its ticked steps, this interaction's timer and the templates its steps link. */
function openedSop(props: OverlayAppProps, view: OpenedView<'sop'>, today: string): ComponentChild {
  const { session } = props;
  return props.detail({
    kind: 'sop',
    entry: view.entry,
    reopened: view.reopened,
    checked: session.checked.value,
    since: session.since.value,
    answeredAt: session.answeredAt.value,
    linked: session.linked.value,
    today,
    onToggle: (n, done) => void session.toggleStep(n, done),
    onOpenTemplate: (id) => void session.openLinked(view.packId, id),
    onBack: session.back,
    saveFailed: session.saveFailed.value,
    onRetrySave: () => void session.retrySave(),
    onDismissSaveFailed: session.dismissSaveFailed,
    linkFailed: session.linkFailed.value,
  });
}

/**
 * A change not saved, said where the view has no better place: under the stage bar in the list, at the top of
 * another SOP or a template (the open SOP says its own step's under the step, where the agent ticked).
 */
function SaveFailedHere({ session, saveFailed }: Pick<OverlayAppProps, 'session' | 'saveFailed'>) {
  const failed = session.saveFailed.value;
  return failed ? saveFailed({ failed, named: failed.change.kind === 'step', onRetry: () => void session.retrySave(), onDismiss: session.dismissSaveFailed }) : null;
}

/** The opened template, filled in from what was read of the conversation, to insert or copy. */
function openedTemplate(props: OverlayAppProps, view: OpenedView<'template'>, today: string): ComponentChild {
  const { session } = props;
  const snapshot = session.snapshot.value;
  const context: ExpansionContext = {
    customer: snapshot && customerOf(snapshot),
    ticket: { id: snapshot?.ticketId },
    agent: { name: snapshot?.agent.name || props.agentName, firstName: snapshot?.agent.firstName },
  };
  const { packId, entry } = view;
  return props.detail({
    kind: 'template',
    entry,
    today,
    // What the customer already wrote fills its field (their order number), for the agent to check.
    customerTexts: customerTexts(snapshot),
    expand: (fields: Record<string, string>, preview: boolean) => session.expand({ packId, entryId: entry.id, context, fields, preview }),
    onInsert: async (exp: Expansion): Promise<InsertOutcome> =>
      (await session.insert({ text: exp.text, cursorOffset: exp.cursorOffset, packId, templateId: entry.id })) ? 'inserted' : 'no-editor',
    onCopy: props.onCopy,
    onBack: session.back,
    ...(props.onSaveAgentName ? { onSaveAgentName: props.onSaveAgentName } : {}),
  });
}

/** One compact line: who and which ticket Odigos read (changes when the agent opens another ticket). */
function ContextLine(props: { snapshot: OverlaySession['snapshot']['value'] }) {
  const s = props.snapshot;
  if (!s) return <p class="odigos-context odigos-muted">{sayCommon('overlay.nothingRead')}</p>;
  const line = describeSnapshot(s);
  // A long number (Znuny's 16 digits) went under the name on a line of its own: the name gives way (…), the number
  // stays whole, and the title says both.
  const at = line.lastIndexOf(' · ');
  return (
    <p class="odigos-context" data-interaction-id={s.interactionId} title={s.subject ? `${line}\n${s.subject}` : line}>
      {at > 0 ? [<span key={0}>{line.slice(0, at)}</span>, line.slice(at)] : line || s.subject || sayCommon('overlay.nothingRead')}
    </p>
  );
}
