import { render } from 'preact';
import { NotesFrame } from '@/components/overlay/NotesFrame';
import { linkNotesFrame } from '@/lib/overlay/notes-frame';
import { notesTargetOf } from '@/lib/notes/interaction';
import { tryEach } from '@/lib/overlay/orphan';
import type { ViewHandle } from '@/components/overlay/ExtrasSlot';
import type { NotesMountProps } from './api';

/**
 * The notes in the panel: the frame and its link (lib/overlay/notes-frame.ts), made when the agent opens them and
 * gone when they close, so the content script every CRM page loads carries neither. The token is the panel's (one
 * for every frame it shows), so a panel an extension update leaves behind names it for the new one to take over.
 */
export function mountNotes(container: HTMLElement, first: NotesMountProps): ViewHandle<NotesMountProps> {
  let props = first;
  let frame: HTMLIFrameElement | null = null;
  const link = linkNotesFrame({
    token: first.token,
    handover: first.handover,
    onEscape: () => props.onEscape(),
    onDisconnect: () => props.onDisconnect(),
    onHandoverDone: () => props.onHandoverDone(),
  });
  const tell = ({ snapshot, lang, theme }: NotesMountProps) =>
    link.update(snapshot ? notesTargetOf(location, document.title, snapshot) : null, lang, theme);
  const draw = (next: NotesMountProps) => {
    // Told what changed, as the panel's signals changed: the conversation read, the language, the theme.
    const changed = next === first || next.snapshot !== props.snapshot || next.lang !== props.lang || next.theme !== props.theme;
    props = next;
    render(<NotesFrame src={link.src} height={link.height} title={next.title} frameRef={(el) => void (frame = el)} />, container);
    if (changed) tell(next);
  };
  draw(first);
  if (first.focus) link.focus(frame);
  return {
    update: draw,
    // With the extension gone under the page (a folded panel ends so), its APIs throw: the frame goes all the same.
    unmount: () => tryEach([() => render(null, container), link.dispose]),
  };
}
