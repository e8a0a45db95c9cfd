import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationSnapshot } from '@/lib/crm/types';
import type { ExtrasApi, NotesHandle } from '@/lib/extras/api';
import { t, uiLang } from '@/lib/i18n';

export interface NotesSlotProps {
  snapshot: ReadonlySignal<ConversationSnapshot | undefined>;
  /** The extras bundle that holds the notes editor (loaded on first use). */
  extras(): Promise<ExtrasApi>;
}

/**
 * The overlay's place for the notes editor. The editor lives in the extras bundle with its own Preact, so it
 * renders into an element this view never touches; this view shows the loading state and a contained failure,
 * and passes the conversation and the language across as plain values.
 */
export function NotesSlot({ snapshot, extras }: NotesSlotProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<NotesHandle | undefined>(undefined);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const props = { snapshot: snapshot.value, lang: uiLang.value };
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let live = true;
    // An element of its own: the other Preact owns everything inside it.
    const box = document.createElement('div');
    host.current?.append(box);
    extras().then(
      (api) => {
        if (!live) return;
        handle.current = api.mountNotes(box, latest.current);
        setState('ready');
      },
      () => live && setState('failed'),
    );
    return () => {
      live = false;
      handle.current?.unmount();
      handle.current = undefined;
      box.remove();
    };
  }, []);
  useEffect(() => handle.current?.update(props), [props.snapshot, props.lang]);

  return (
    <div class="odigos-notes-slot">
      {state === 'loading' && (
        <p class="odigos-muted" role="status">
          {t('extras.loading')}
        </p>
      )}
      {state === 'failed' && (
        <p class="odigos-notice odigos-warn" role="alert">
          {t('extras.failed')}
        </p>
      )}
      <div ref={host} />
    </div>
  );
}
