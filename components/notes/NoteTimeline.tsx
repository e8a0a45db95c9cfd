import { describeEvent } from '@/lib/notes/export';
import type { Note } from '@/lib/notes/model';
import { tp } from '@/lib/notes/page-strings';
import { interactionTimes } from '@/lib/notes/timing';
import { shortWhen } from '@/lib/notes/when';


/** What happened in the interaction, recorded automatically, with response times against the SOP's targets. */
export function NoteTimeline({ note }: { note: Note }) {
  const times = interactionTimes(note);
  const metric = (label: string, value?: number, target?: number, late?: boolean) =>
    value === undefined ? null : (
      <li data-late={late ? 'true' : undefined}>
        {label}: {value} {tp('page.minutes')}
        {target !== undefined ? ` (${tp('page.target')} ${target} ${tp('page.minutes')}${late ? `, ${tp('page.late')}` : ''})` : ''}
      </li>
    );
  return (
    <section class="notes-timeline" aria-labelledby="timeline-h">
      <h3 id="timeline-h">{tp('page.timeline')}</h3>
      <ul class="notes-metrics">
        {metric(tp('page.firstResponse'), times.firstResponseMinutes, times.firstResponseTarget, times.firstResponseLate)}
        {metric(tp('page.completion'), times.completionMinutes, times.completionTarget, times.completionLate)}
      </ul>
      {note.timeline.length === 0 ? (
        <p class="muted">{tp('page.noTimeline')}</p>
      ) : (
        <ol>
          {note.timeline.map((e) => (
            <li>
              <time dateTime={new Date(e.at).toISOString()}>{shortWhen(e.at)}</time> {describeEvent(e.event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
