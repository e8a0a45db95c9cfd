import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TemplateEntry } from '@/knowledge/types';
import { expandTemplate, listFields, type Expansion, type ExpansionContext } from '@/knowledge/template/index';
import { t } from '@/lib/i18n';
import { ReviewBadge, TypeTag } from './EntryTags';

export type InsertOutcome = 'inserted' | 'no-editor';

export interface TemplateViewProps {
  entry: TemplateEntry;
  /** What the page says about the customer, ticket and agent. */
  context: ExpansionContext;
  today: string;
  /** For {{date.today}} (injectable for tests). */
  now?: Date;
  onInsert(expansion: Expansion): Promise<InsertOutcome>;
  onCopy(text: string): Promise<void>;
  onBack(): void;
}

/**
 * A template filled from the page (names in the right Greek case, ticket id, agent, date), with its fill-in
 * fields as labelled inputs, ready to insert into the reply box or copy.
 */
export function TemplateView(props: TemplateViewProps) {
  const { entry } = props;
  const root = useRef<HTMLElement>(null);
  const fields = useMemo(() => listFields(entry.body), [entry.body]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; warn?: boolean }>();
  const expand = (onMissing: 'keep' | 'empty') =>
    expandTemplate(entry.body, props.context, { lang: entry.lang, fields: values, now: props.now, onMissing });
  const preview = expand('keep');
  // An empty field shows as [Label] so the agent sees what is still to fill in.
  const previewText = preview.text.replace(/\{\{\s*field\s*:\s*([^}|]+?)\s*(?:\|[^}]*)?\}\}/g, '[$1]');

  useEffect(() => {
    setValues({});
    setMessage(undefined);
    root.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [entry.id]);

  const act = async (what: 'insert' | 'copy') => {
    const final = expand('empty');
    try {
      if (what === 'copy') {
        await props.onCopy(final.text);
        setMessage({ text: t('template.copied') });
      } else {
        const outcome = await props.onInsert(final);
        setMessage(outcome === 'inserted' ? { text: t('template.inserted') } : { text: t('template.noEditor'), warn: true });
      }
    } catch (err) {
      setMessage({ text: `${t('template.failed')} ${err instanceof Error ? err.message : String(err)}`, warn: true });
    }
  };

  return (
    <article class="odigos-detail odigos-template" ref={root} data-entry-id={entry.id}>
      <button type="button" class="odigos-back" onClick={props.onBack}>
        ← {t('view.back')}
      </button>
      <header class="odigos-detail-head">
        <TypeTag type="template" />
        <h2 tabIndex={-1}>{entry.title}</h2>
        <ReviewBadge entry={entry} today={props.today} />
      </header>
      {fields.length > 0 && (
        <fieldset class="odigos-fields">
          <legend>{t('template.fields')}</legend>
          {fields.map((label) => (
            <label key={label} class="odigos-field">
              <span>{label}</span>
              <input
                type="text"
                value={values[label] ?? ''}
                onInput={(e) => setValues({ ...values, [label]: (e.currentTarget as HTMLInputElement).value })}
              />
            </label>
          ))}
        </fieldset>
      )}
      <section aria-label={t('template.preview')}>
        <h3>{t('template.preview')}</h3>
        <p class="odigos-preview" data-testid="template-preview">
          {previewText}
        </p>
        {preview.missing.length > 0 && (
          <p class="odigos-muted odigos-small">
            {t('template.missing')} {preview.missing.map((k) => k.replace(/^field:/, '')).join(', ')}
          </p>
        )}
      </section>
      <div class="odigos-actions">
        <button type="button" class="odigos-primary" onClick={() => void act('insert')}>
          {t('template.insert')}
        </button>
        <button type="button" class="odigos-secondary" onClick={() => void act('copy')}>
          {t('template.copy')}
        </button>
      </div>
      <p role="status" class={message?.warn ? 'odigos-status odigos-warn' : 'odigos-status'}>
        {message?.text}
      </p>
    </article>
  );
}
