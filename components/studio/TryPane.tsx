import { isoDay } from '@/knowledge/pack/rules';
import { expandTemplate } from '@/knowledge/template/index';
import type { Entry, Lang, SopEntry, TemplateEntry } from '@/knowledge/types';
import { fill } from '@/lib/i18n';
import { CueBadges } from '@/components/overlay/CueBadges';
import { DetailView } from '@/components/overlay/DetailView';
import { SuggestionList } from '@/components/overlay/SuggestionList';
import type { ProblemEntryRef } from '@/studio/model/api';
import type { TryState } from '@/studio/model/ui';
import { FieldProblems } from './fields';
import { sayStudio } from './strings';
import { SAMPLE_CUSTOMERS, sampleContext } from './TemplatePreview';

export interface TryPaneProps {
  state: TryState;
  packLang: Lang;
  /** The entry's file in the folder, to edit it from a result. */
  fileOf(entryId: string): string | undefined;
  /** The entry in `file` (a saved one or a new draft checked there; undefined: none), to say where each error that blocks is. */
  entryAt(file: string): ProblemEntryRef | undefined;
  onSet(patch: Partial<TryState>): void;
  onRun(): void;
}

const key = (packId: string, entryId: string) => `${packId}/${entryId}`;

/** The entry's fields the search matched, named as the form names them. */
const MATCHED = { title: 'field.title', triggers: 'field.triggers', tags: 'field.tags', body: 'field.body', shortcut: 'field.shortcut' } as const;

/** The opened suggestion, in the overlay's own SOP or template view; templates filled for a sample customer. */
function Opened(props: TryPaneProps & { entry: Entry; packId: string }) {
  const { entry, packId, state } = props;
  const today = isoDay(new Date());
  const entries = state.result?.reply?.entries ?? {};
  const back = () => props.onSet({ open: undefined });
  if (entry.type === 'sop') {
    const linked: Record<string, TemplateEntry> = {};
    for (const id of entry.steps.flatMap((s) => s.templates)) {
      const t = entries[key(packId, id)];
      if (t?.type === 'template') linked[id] = t;
    }
    return (
      <DetailView kind="sop" entry={entry as SopEntry} checked={[]} linked={linked} today={today} onToggle={() => undefined} onOpenTemplate={(id) => props.onSet({ open: key(packId, id) })} onBack={back} />
    );
  }
  const sample = SAMPLE_CUSTOMERS[entry.lang][state.customer] ?? SAMPLE_CUSTOMERS[entry.lang][0];
  const context = sampleContext(sample.name, sayStudio('preview.agent'));
  return (
    <DetailView
      kind="template"
      entry={entry as TemplateEntry}
      today={today}
      expand={async (fields, preview) => expandTemplate(entry.body, context, { lang: entry.lang, fields, onMissing: preview ? 'keep' : 'empty' })}
      onInsert={async (exp) => {
        props.onSet({ reply: `${state.reply}${state.reply ? '\n\n' : ''}${exp.text}` });
        return 'inserted';
      }}
      onCopy={async () => undefined}
      onBack={back}
    />
  );
}

function Results(props: TryPaneProps) {
  const { state } = props;
  const result = state.result;
  if (!result) return null;
  if (result.blocked) {
    return (
      <div role="alert">
        <p>{sayStudio('try.blocked')}</p>
        <FieldProblems id="try-blocked" problems={result.blocked.slice(0, 8)} entryAt={props.entryAt} />
      </div>
    );
  }
  const reply = result.reply!;
  const opened = state.open ? reply.entries[state.open] : undefined;
  return (
    <section class="odigos-root st-try-results" aria-labelledby="st-try-results-h">
      <h2 id="st-try-results-h">{sayStudio('try.results')}</h2>
      {opened ? (
        <Opened {...props} entry={opened} packId={state.open!.split('/')[0]} />
      ) : (
        <>
          <CueBadges cues={reply.cues} />
          {reply.suggestions.length === 0 ? (
            <p class="odigos-muted" role="status">{sayStudio('try.none')}</p>
          ) : (
            <SuggestionList suggestions={reply.suggestions} entries={reply.entries} variants={reply.variants} gists={reply.gists} alsoMatched={reply.alsoMatched} today={isoDay(new Date())} onOpen={(s) => props.onSet({ open: key(s.packId, s.entryId) })} />
          )}
          <ul class="st-try-why">
            {reply.suggestions.map((s) => {
              const file = props.fileOf(s.entryId);
              return (
                <li key={key(s.packId, s.entryId)} data-entry-id={s.entryId}>
                  <span class="st-muted">{fill(sayStudio('try.fields'), { fields: s.matchedFields.map((f) => sayStudio(MATCHED[f])).join(', ') || '—' })}</span>{' '}
                  {file && <a href={`#/entry/${file}`}>{fill(sayStudio('try.edit'), { title: s.title })}</a>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Paste a customer's message and see what the overlay would list, why, and the SOP or template it opens. */
export function TryPane(props: TryPaneProps) {
  const { state } = props;
  const samples = SAMPLE_CUSTOMERS[props.packLang];
  return (
    <article class="st-try" aria-labelledby="st-try-h">
      <h1 id="st-try-h">{sayStudio('try.title')}</h1>
      <p class="st-hint">{sayStudio('try.intro')}</p>
      <form
        class="st-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onRun();
        }}
      >
        <label for="st-try-text">{sayStudio('try.message')}</label>
        <textarea id="st-try-text" rows={4} value={state.text} onInput={(e) => props.onSet({ text: (e.currentTarget as HTMLTextAreaElement).value })} />
        <div class="st-row">
          <label>
            {sayStudio('try.formality')}{' '}
            <select value={state.formality} onChange={(e) => props.onSet({ formality: (e.currentTarget as HTMLSelectElement).value as TryState['formality'] })}>
              <option value="formal">{sayStudio('formality.formal')}</option>
              <option value="informal">{sayStudio('formality.informal')}</option>
            </select>
          </label>
          <label>
            {sayStudio('try.customer')}{' '}
            <select value={String(state.customer)} onChange={(e) => props.onSet({ customer: Number((e.currentTarget as HTMLSelectElement).value) })}>
              {samples.map((c, i) => (
                <option key={c.name} value={String(i)}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={state.withBundled} onChange={(e) => props.onSet({ withBundled: (e.currentTarget as HTMLInputElement).checked })} /> {sayStudio('try.bundled')}
          </label>
          <button type="submit" class="primary" disabled={state.busy || !state.text.trim()}>
            {sayStudio('try.run')}
          </button>
        </div>
      </form>
      <Results {...props} />
      <label for="st-try-reply">{sayStudio('try.reply')}</label>
      <textarea id="st-try-reply" rows={5} value={state.reply} onInput={(e) => props.onSet({ reply: (e.currentTarget as HTMLTextAreaElement).value })} />
    </article>
  );
}
