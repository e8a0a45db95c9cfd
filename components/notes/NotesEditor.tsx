import { useLayoutEffect, useRef } from 'preact/hooks';
import { mapCaret } from '@/lib/notes/caret';
import type { NoteSession, SaveProblem } from '@/lib/note-editor/session';
import { NOTE_STATUSES, type NoteStatus } from '@/lib/notes/model';
import { sayNotes } from '@/lib/notes/strings';
import { longWhen, shortTimeOfDay } from '@/lib/notes/when';
import { TypedDate } from './TypedDate';

export interface NotesEditorProps {
  session: NoteSession;
  /** Distinguishes element ids when two editors share a page. */
  idPrefix?: string;
  /** Takes no input (the extension was reloaded under this editor): the text stays visible and selectable. */
  locked?: boolean;
  /** Opens the notes page, whose remedy the storage words name (not given on that page itself). */
  onOpenNotesPage?(): void;
}

/** What the agent is told of a failed save: a full disk, a notes storage the browser will not open (after a restart or not), or neither. */
function problemWords(problem: SaveProblem) {
  if (problem.kind === 'quota') return 'notes.quota';
  if (problem.kind === 'storage' && problem.kept) return problem.restartTried ? 'notes.storageKeptDamaged' : 'notes.storageKept';
  if (problem.kind === 'storage') return problem.restartTried ? 'notes.storageDamaged' : 'notes.storageFailed';
  if (problem.kind === 'noAnswer') return 'notes.noAnswer';
  return 'notes.failed';
}

const timeOf = (ms: number | undefined) => (ms === undefined ? '' : shortTimeOfDay(ms));

/**
 * The note's text box keeps the agent's caret when a merge (another tab, the side panel) replaces the text: it
 * remembers the text and selection the agent last saw and maps them onto the new text, in the same commit.
 */
function useCaretKept(text: string) {
  const box = useRef<HTMLTextAreaElement>(null);
  /** The text and selection the agent last saw, to put the caret back when a merge replaces the text. */
  const seen = useRef({ text, start: 0, end: 0 });
  const remember = (el: HTMLTextAreaElement) => {
    seen.current = { text: el.value, start: el.selectionStart, end: el.selectionEnd };
  };
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const last = seen.current;
    const focused = (el.getRootNode() as Document | ShadowRoot).activeElement === el;
    if (focused && last.text !== el.value) el.setSelectionRange(mapCaret(last.text, el.value, last.start), mapCaret(last.text, el.value, last.end));
    remember(el);
  }, [text]);
  return { box, remember };
}

/**
 * The notes editor (overlay, side panel, notes page): free text from the customer-meeting template, the
 * structured fields beside it, and an honest save state. Plain text only; nothing is ever cleared on failure.
 */
export function NotesEditor({ session, idPrefix = 'odigos-notes', locked = false, onOpenNotesPage }: NotesEditorProps) {
  const f = session.fields.value;
  const state = session.state.value;
  const problem = session.problem.value;
  const notice = session.notice.value;
  const id = (s: string) => `${idPrefix}-${s}`;
  const { box, remember } = useCaretKept(f.text);
  return (
    <div class="odigos-notes" aria-busy={state === 'loading'}>
      <label class="odigos-notes-label" for={id('text')}>
        {sayNotes('notes.title')}
      </label>
      <textarea
        id={id('text')}
        class="odigos-notes-text"
        rows={14}
        spellcheck
        disabled={state === 'loading'}
        readOnly={locked}
        value={f.text}
        ref={box}
        onInput={(e) => {
          remember(e.currentTarget);
          session.edit({ text: e.currentTarget.value });
        }}
        onSelect={(e) => remember(e.currentTarget)}
        onKeyUp={(e) => remember(e.currentTarget)}
        onMouseUp={(e) => remember(e.currentTarget)}
      />
      <NoteFields session={session} fields={f} loading={state === 'loading'} locked={locked} whenId={id('follow-up-when')} />
      <p class="odigos-notes-state" role="status" data-state={state}>
        <StateWords state={state} kept={!!problem?.kept} savedAt={session.savedAt.value} />
      </p>
      {problem && (
        <p class="odigos-notes-problem" role="alert">
          {sayNotes(problemWords(problem))}
          {problem.kind === 'storage' && onOpenNotesPage && (
            <>
              {' '}
              <button type="button" class="odigos-notes-open-page" onClick={onOpenNotesPage}>
                {sayNotes('notes.openPage')}
              </button>
            </>
          )}
        </p>
      )}
      {notice && (
        <p class="odigos-notes-notice" role="status" data-notice={notice}>
          {sayNotes(`notes.${notice}`)}{' '}
          <button type="button" onClick={session.dismissNotice}>
            {sayNotes('notes.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}

/** The save state; a note shown from its kept copy is the last saved copy, not «Saved» (the storage will not open). */
function StateWords({ state, kept, savedAt }: { state: NoteSession['state']['value']; kept: boolean; savedAt: number | undefined }) {
  if (state === 'saved' && kept) return <>{sayNotes('notes.state.kept')}</>;
  return (
    <>
      {sayNotes(`notes.state.${state}`)}
      {state === 'saved' && savedAt ? ` ${timeOf(savedAt)}` : ''}
    </>
  );
}

interface NoteFieldsProps {
  session: NoteSession;
  fields: NoteSession['fields']['value'];
  loading: boolean;
  locked: boolean;
  /** The id of the follow-up time said in words. */
  whenId: string;
}

/**
 * The structured fields beside the text: the customer, the follow-up time and the status. The time is typed day first
 * (TypedDate: the browser's own field was month first on an English Chrome) and said under it in the agent's words.
 */
function NoteFields({ session, fields: f, loading, locked, whenId }: NoteFieldsProps) {
  return (
    <div class="odigos-notes-fields">
      <label>
        <span>{sayNotes('notes.customer')}</span>
        <input
          type="text"
          value={f.customer}
          disabled={loading}
          readOnly={locked}
          onInput={(e) => session.edit({ customer: e.currentTarget.value })}
        />
      </label>
      <TypedDate
        label={sayNotes('notes.followUp')}
        withTime
        value={f.followUpAt}
        disabled={loading || locked}
        saidBy={whenId}
        wrongId={`${whenId}-wrong`}
        onValue={(followUpAt) => session.edit({ followUpAt })}
      />
      {f.followUpAt !== null && (
        <time id={whenId} class="odigos-notes-when" dateTime={new Date(f.followUpAt).toISOString()}>
          {longWhen(f.followUpAt)}
        </time>
      )}
      <label>
        <span>{sayNotes('notes.status')}</span>
        <select
          value={f.status}
          disabled={loading || locked}
          onChange={(e) => session.edit({ status: e.currentTarget.value as NoteStatus })}
        >
          {NOTE_STATUSES.map((s) => (
            <option value={s}>{sayNotes(`notes.status.${s}`)}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
