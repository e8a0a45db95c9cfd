import { useEffect, useRef } from 'preact/hooks';
import { sayNotesPage } from '@/lib/notes/page-strings';

/**
 * «Delete all notes?» (the notes page, Options): the focus goes to «Άκυρο», the safe answer, and Esc answers it;
 * closed, the focus is back on the button that asked. It stayed on «Διαγραφή όλων», behind a question a keyboard or
 * screen-reader user was not told of (an alertdialog is announced as it takes the focus), and Esc did nothing.
 */
export function DeleteConfirm({ id, text, onYes, onNo }: { id: string; text: string; onYes(): void; onNo(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const root = cancel.current!.getRootNode() as Document | ShadowRoot;
    const opener = root.activeElement as HTMLElement | null;
    cancel.current!.focus();
    return () => opener?.isConnected && opener.focus();
  }, []);
  return (
    <div role="alertdialog" aria-labelledby={id} class="notes-confirm" onKeyDown={(e) => e.key === 'Escape' && onNo()}>
      <p id={id}>{text}</p>
      <button type="button" class="danger" onClick={onYes}>
        {sayNotesPage('page.deleteYes')}
      </button>{' '}
      <button type="button" ref={cancel} onClick={onNo}>
        {sayNotesPage('page.cancel')}
      </button>
    </div>
  );
}
