import { durationWords } from '@/knowledge/text/duration-words';
import { uiLang } from '@/lib/i18n';
import { describeEvent, shownInTimeline } from '@/lib/notes/describe';
import type { Note } from '@/lib/notes/model';
import { sayNotesPage } from '@/lib/notes/page-strings';
import { sayTimeline } from '@/lib/notes/timeline-strings';
import { interactionTimes } from '@/lib/notes/timing';
import { shortWhen } from '@/lib/notes/when';

/**
 * What happened in the interaction, recorded automatically, with response times against the SOP's targets:
 * timed from the customer's message as the helpdesk shows it, said in days, hours and minutes.
 */
export function NoteTimeline({ note, now = Date.now() }: { note: Note; now?: number }) {
  const times = interactionTimes(note);
  const words = (minutes: number) => durationWords(minutes, uiLang.value);
  const metric = (key: string, label: string, value?: number, target?: number, late?: boolean, extra?: string) =>
    value === undefined ? null : (
      <li data-metric={key} data-minutes={value} data-late={late ? 'true' : undefined}>
        {label}: {words(value)}
        {target !== undefined ? ` (${sayNotesPage('page.target')} ${words(target)}${late ? `, ${sayNotesPage('page.late')}` : ''})` : ''}
        {extra ? ` · ${extra}` : ''}
      </li>
    );
  const waited = times.waitingSince === undefined ? undefined : Math.max(0, Math.round((now - times.waitingSince) / 60_000));
  // Until the first reply, the wait is measured against the first-response target.
  const waitTarget = times.firstResponseMinutes === undefined ? times.firstResponseTarget : undefined;
  const from = sayTimeline(times.startShown ? 'tl.fromCustomer' : 'tl.fromFirstSeen');
  const events = note.timeline.filter((e) => shownInTimeline(e.event)).sort((a, b) => a.at - b.at);
  return (
    <section class="notes-timeline" aria-labelledby="timeline-h">
      <h3 id="timeline-h">{sayNotesPage('page.timeline')}</h3>
      <ul class="notes-metrics">
        {metric(
          'first-response',
          sayNotesPage('page.firstResponse'),
          times.firstResponseMinutes,
          times.firstResponseTarget,
          times.firstResponseLate,
          times.firstResponseBy === 'insert' ? `${from}; ${sayTimeline('tl.byInsert')}` : from,
        )}
        {metric('completion', sayNotesPage('page.completion'), times.completionMinutes, times.completionTarget, times.completionLate, from)}
        {waited !== undefined && metric('waiting', sayTimeline('tl.waiting'), waited, waitTarget, waitTarget !== undefined && waited > waitTarget, from)}
      </ul>
      {events.length === 0 ? (
        <p class="muted">{sayNotesPage('page.noTimeline')}</p>
      ) : (
        <ol>
          {events.map((e) => (
            <li>
              <time dateTime={new Date(e.at).toISOString()}>{shortWhen(e.at)}</time> {describeEvent(e.event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
