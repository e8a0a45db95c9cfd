import type { ReadonlySignal } from '@preact/signals';
import type { ConversationSnapshot } from '@/lib/crm/types';
import type { ExtrasApi } from '@/lib/extras/api';
import { uiLang } from '@/lib/i18n';
import { ExtrasSlot } from './ExtrasSlot';

export interface NotesSlotProps {
  snapshot: ReadonlySignal<ConversationSnapshot | undefined>;
  extras(): Promise<ExtrasApi>;
}

/** The overlay's notes editor (extras bundle), following the conversation the overlay read. */
export function NotesSlot({ snapshot, extras }: NotesSlotProps) {
  return (
    <ExtrasSlot
      extras={extras}
      mount={(api, box, props) => api.mountNotes(box, props)}
      props={{ snapshot: snapshot.value, lang: uiLang.value }}
    />
  );
}
