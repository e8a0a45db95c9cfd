import { fill, sayCommon, type StringKey } from '../i18n';
import type { NoteEvent } from './model';
import { sayNotes } from './strings';
import { sayTimeline } from './timeline-strings';

/** An id the event carries when it was recorded before titles were (older notes): quoted as it is. */
const titleOr = (title: string | undefined, id: string) => title ?? id;

/** One sentence per timeline event in the UI language: titles, not ids (ids only for events recorded before). */
export function describeEvent(event: NoteEvent): string {
  switch (event.kind) {
    case 'sop-opened':
      return fill(sayTimeline('tl.sopOpened'), { title: titleOr(event.title, event.sopId) });
    case 'sop-step':
      return fill(sayTimeline(event.done ? 'tl.stepDone' : 'tl.stepUndone'), {
        n: event.step,
        title: titleOr(event.title, event.sopId),
        step: event.stepTitle ?? '',
      }).replace(/:\s*$/, '');
    case 'template-inserted':
      return fill(sayTimeline('tl.inserted'), { title: titleOr(event.title, event.templateId), via: sayTimeline(`tl.via.${event.via}`) });
    case 'cue': {
      const key = `cue.${event.cue}` as StringKey;
      return fill(sayTimeline('tl.cue'), { cue: safeT(key) ?? event.cue, words: event.words.join(', ') });
    }
    case 'status':
      return fill(sayTimeline('tl.status'), { status: sayNotes(`notes.status.${event.status}`) });
    case 'message': {
      // A reply heard as the agent sent it has that moment for its time, not when Odigos first saw it.
      const who = sayTimeline(event.from === 'customer' ? 'tl.customerMessage' : event.sent ? 'tl.agentSent' : 'tl.agentMessage');
      const seen = event.shown || event.sent ? '' : ` ${sayTimeline('tl.seen')}`;
      const edit = event.edit ? ` ${fill(sayTimeline('tl.edited'), { percent: Math.round((1 - event.edit.similarity) * 100) })}` : '';
      return `${who}${seen}${edit}`;
    }
    case 'suggested':
      return sayTimeline('tl.unanswered');
  }
}

/** What the agent's timeline lists: what was suggested is QC data (the QC export), unless nothing fitted. */
export const shownInTimeline = (event: NoteEvent) => event.kind !== 'suggested' || event.unanswered !== undefined;

function safeT(key: StringKey): string | undefined {
  try {
    return sayCommon(key);
  } catch {
    return undefined;
  }
}
