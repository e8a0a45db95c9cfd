import { useState } from 'preact/hooks';
import { fill } from '@/lib/i18n';
import type { NewDraft, StudioState } from '@/studio/model/api';
import type { EntryForm } from '@/studio/model/entry-form';
import { countStudio, sayStudio } from './strings';

export interface EntryListProps {
  state: StudioState;
  /** The file (or `new:…` key) open in the editor. */
  current?: string;
  onNew(type: 'sop' | 'template'): void;
}

function ProblemBadges(props: { errors: number; warnings: number }) {
  return (
    <>
      {props.errors > 0 && <span class="st-badge st-badge-error">{countStudio('list.errors', props.errors)}</span>}
      {props.warnings > 0 && <span class="st-badge st-badge-warning">{countStudio('list.warnings', props.warnings)}</span>}
    </>
  );
}

function Badges(props: { errors: number; warnings: number; draft: boolean }) {
  return (
    <span class="st-badges">
      {props.draft && <span class="st-badge st-badge-draft">{sayStudio('list.unsaved')}</span>}
      <ProblemBadges errors={props.errors} warnings={props.warnings} />
    </span>
  );
}

/** The pack's entries by kind, with their problems and unsaved edits marked; files that cannot be read apart. */
export function EntryList(props: EntryListProps) {
  const [filter, setFilter] = useState('');
  const { state } = props;
  const q = filter.trim().toLowerCase();
  const shown = state.entries.filter((e) => !q || `${e.title} ${e.id} ${e.shortcut ?? ''}`.toLowerCase().includes(q));
  const news = (type: 'sop' | 'template') => state.newDrafts.filter((d) => (d.form as EntryForm).type === type);
  // A filter hides the kinds it leaves empty: a bare heading over nothing read as a list that failed to load.
  const hidden = (type: 'sop' | 'template') => q !== '' && !shown.some((e) => e.type === type) && news(type).length === 0;
  const group = (type: 'sop' | 'template', heading: string) => hidden(type) ? null : (
    <section class="st-group" aria-labelledby={`st-list-${type}`}>
      <h2 id={`st-list-${type}`}>{heading}</h2>
      <ul class="st-entries">
        {shown.filter((e) => e.type === type).map((e) => (
          <li key={e.file}>
            <a href={`#/entry/${e.file}`} aria-current={props.current === e.file ? 'page' : undefined} data-file={e.file}>
              <span class="st-entry-title">{e.title || sayStudio('list.untitled')}</span>
              {e.shortcut && <span class="st-muted"> /{e.shortcut}</span>}
              <Badges errors={e.errors} warnings={e.warnings} draft={e.draft} />
            </a>
          </li>
        ))}
        {news(type).map((d: NewDraft) => (
          <li key={d.key}>
            <a href={`#/new/${d.key.slice(4)}`} aria-current={props.current === d.key ? 'page' : undefined} data-new={d.checkedAt}>
              <span class="st-entry-title">{(d.form as EntryForm).title || sayStudio('list.untitled')}</span>
              <span class="st-badges">
                <span class="st-badge st-badge-draft">{sayStudio('list.new')}</span>
                {/* A new draft is checked too: its errors (a shortcut another template has) are marked on it. */}
                <ProblemBadges errors={d.errors} warnings={d.warnings} />
              </span>
            </a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => props.onNew(type)}>
        + {sayStudio(type === 'sop' ? 'list.newSop' : 'list.newTemplate')}
      </button>
    </section>
  );
  return (
    <div class="st-list-pane">
      <label class="st-filter">
        <span class="st-sr">{sayStudio('list.filter')}</span>
        <input type="search" placeholder={sayStudio('list.filter')} value={filter} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {state.entries.length === 0 && state.newDrafts.length === 0 && <p class="st-muted">{sayStudio('list.empty')}</p>}
      {hidden('sop') && hidden('template') && state.entries.length > 0 && (
        <p class="st-muted" role="status">
          {fill(sayStudio('list.noMatch'), { q: filter.trim() })}
        </p>
      )}
      {group('sop', sayStudio('list.sops'))}
      {group('template', sayStudio('list.templates'))}
      {state.broken.length > 0 && (
        <section class="st-group" aria-labelledby="st-list-broken">
          <h2 id="st-list-broken">{sayStudio('list.broken')}</h2>
          <ul class="st-entries">
            {state.broken.map((b) => (
              <li key={b.file}>
                <a href={`#/entry/${b.file}`} aria-current={props.current === b.file ? 'page' : undefined} data-file={b.file}>
                  <span class="st-entry-title">{b.file}</span>
                  <span class="st-badges">
                    <span class="st-badge st-badge-error">{countStudio('list.errors', 1)}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
