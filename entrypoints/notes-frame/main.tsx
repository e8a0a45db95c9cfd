import { render } from 'preact';
import { browser } from 'wxt/browser';
import { signal } from '@preact/signals';
import { backgroundTransport } from '@/lib/note-editor/background-transport';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { applyPageLanguage } from '@/lib/extension-pages';
import { uiLang } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { failureOf } from '@/lib/failure';
import type { NoteSession } from '@/lib/note-editor/session';
import { connectToOverlay } from '@/lib/notes/frame-client';
import { offerHandover, takeHandover } from '@/lib/notes/frame-handover';
import { parseFrameHash, type NotesTarget, type ToFrame } from '@/lib/notes/frame-protocol';
import { watchFrameOrphaned } from '@/lib/notes/frame-orphan';
import { focusWhenLoaded } from '@/lib/notes/frame-focus';
import { sayNotes } from '@/lib/notes/strings';
import type { SaveRequest } from '@/lib/notes/save';
import '@/components/theme.css';
import '@/components/notes/notes.css';
import './notes-frame.css';

/** The notes page in a tab of its own: the frame is an extension page, so it opens it as Options and the popup do. */
const openNotesPage = () => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });

/**
 * The overlay's notes, typed here in an extension page rather than in the CRM page: the content script says which
 * interaction, language and theme; this page reports its height and Esc back. After an extension update it takes
 * over the text of the frame it replaces, and a frame left behind by its extension locks and hands its text over.
 */
async function main() {
  const params = parseFrameHash(location.hash);
  const root = document.getElementById('app')!;
  if (!params) return;
  const target = signal<NotesTarget | undefined>(undefined);
  const locked = signal(false);
  const takingOver = signal(!!params.handover);
  /** Opened where it has no tab (no panel to join): said with what to do, instead of waiting for a ticket forever. */
  const outsideTab = signal(false);
  let session: NoteSession | undefined;
  /** Text handed over that could not be stored: typed into this frame's editor for that interaction once loaded. */
  let keepInEditor: SaveRequest | undefined;
  const onSession = (s: NoteSession | undefined) => {
    session = s;
    const kept = keepInEditor;
    if (!s || !kept || kept.interactionId !== s.ref.interactionId) return;
    keepInEditor = undefined;
    void s.idle().then(() => s.edit(kept.fields));
  };
  const App = () => (
    <>
      {locked.value && (
        <p class="odigos-notes-problem" role="alert">
          {sayNotes('notes.orphaned')}
        </p>
      )}
      {outsideTab.value ? (
        <p class="odigos-notes-problem" role="alert">
          {sayNotes('notes.outsideTab')}
        </p>
      ) : takingOver.value ? (
        <p class="odigos-muted">{sayNotes('notes.takingOver')}</p>
      ) : (
        <NotesPanel target={target.value} transport={backgroundTransport} locked={locked.value} onSession={onSession} onOpenNotesPage={openNotesPage} />
      )}
    </>
  );

  /** The caret put in the text once the note has loaded, unless the agent went elsewhere first (frame-focus.ts). */
  let cancelFocus = () => {};
  const onMessage = (msg: ToFrame) => {
    if (msg.kind === 'context') {
      uiLang.value = msg.lang;
      applyPageLanguage(msg.lang);
      // On the root too: its own class sets the light colours, which a theme on <html> alone would not override.
      document.documentElement.dataset.theme = msg.theme;
      root.dataset.theme = msg.theme;
      target.value = msg.target ?? undefined;
    } else if (msg.kind === 'focus') {
      cancelFocus();
      cancelFocus = focusWhenLoaded(root);
    }
  };

  // This frame's own text, for the frame that replaces it if the extension is updated under it.
  const lock = () => (locked.value = true);
  const offer = offerHandover(params.token, () => session?.toSave(), { asked: lock, taken: lock });
  render(<App />, root);
  const link = await connectToOverlay(params.token, onMessage).catch((e: unknown) => {
    if (failureOf(e)?.code !== 'notes.outsideTab') throw e;
    outsideTab.value = true;
    return undefined;
  });
  if (!link) return;
  watchFrameOrphaned(document, link.closed, () => {
    lock();
    offer.announce();
  });

  new ResizeObserver(() => link.post({ kind: 'size', height: root.getBoundingClientRect().height })).observe(root);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) link.post({ kind: 'escape' });
  });

  if (params.handover) {
    const { kept } = await takeHandover(params.handover, (draft) => request('notes.save', draft));
    // Not stored yet (the disk is full?): the new editor holds it as unsaved typing and keeps trying.
    if (kept) keepInEditor = kept;
    takingOver.value = false;
    link.post({ kind: 'handover-done' });
  }
}

void main();
