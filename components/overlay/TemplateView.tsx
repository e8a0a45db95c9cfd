import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { TemplateEntry } from '@/knowledge/types';
// Only the placeholder parser: expansion itself runs in the background.
import { listFields } from '@/knowledge/template/placeholders';
import { prefillFields } from '@/knowledge/template/prefill';
import { sayDetail } from './detail-strings';
import { shownFailure, type Failure, type ShownFailure } from '@/lib/failure';
import { fill } from '@/lib/i18n';
import { describeCommonFailure, FailureText } from '../failure-words';
import { ReviewBadge, TypeTag } from './EntryTags';

export type InsertOutcome = 'inserted' | 'no-editor';

/**
 * A template taken out of its pack meanwhile, named by its title, and a copy the browser refused (what to do); the other
 * failures are worded by FailureText.
 */
const templateGone = (f: Failure | undefined, title: string) =>
  f?.code === 'template.gone' ? fill(sayDetail('template.gone'), { entry: title, pack: f.pack }) : f?.code === 'clipboard.refused' ? sayDetail('template.clipboardRefused') : undefined;

/** A filled-in template: the text, where the caret goes, and placeholders still without a value. */
export interface Expansion {
  text: string;
  cursorOffset: number;
  missing: string[];
}

export interface TemplateViewProps {
  entry: TemplateEntry;
  today: string;
  /**
   * Fill the template from the page with these field values; `preview` keeps unfilled placeholders visible.
   * (The background does it, so expansion code stays out of the content script.)
   */
  expand(fields: Record<string, string>, preview: boolean): Promise<Expansion>;
  onInsert(expansion: Expansion): Promise<InsertOutcome>;
  onCopy(text: string): Promise<void>;
  onBack(): void;
  /**
   * What the customer wrote, newest first, then the subject (lib/crm/describe.ts customerTexts): the fields it already
   * answers (their order number) start filled, and the agent can change them. Read here, in the view the extras
   * bundle loads, so the page's own content script does not carry the field parsers.
   */
  customerTexts?: readonly string[];
  /** Remember the agent's name (asked here when a template needs it and neither the page nor Options has it). */
  onSaveAgentName?(name: string): Promise<void>;
}

/** The placeholders of the agent's own name: when one is missing the view asks for the name once. */
const AGENT_NAME = new Set(['agent.name', 'agent.firstName']);

/**
 * The fill-in values, the preview the background expands from them (again when the agent saved their name), the
 * status message, and inserting or copying the final text. A new template starts with what the conversation
 * answers (else empty), its heading focused.
 */
function useTemplateFill(props: TemplateViewProps, root: RefObject<HTMLElement | null>) {
  const { entry } = props;
  const prefilled = () => prefillFields(listFields(entry.body), props.customerTexts ?? []);
  const [values, setValues] = useState<Record<string, string>>(prefilled);
  const [preview, setPreview] = useState<Expansion>();
  const [message, setMessage] = useState<{ text: string; warn?: boolean; failed?: ShownFailure }>();
  /** Bumped when the agent saved their name: the preview is filled again. */
  const [named, setNamed] = useState(0);
  const asked = useRef(0);

  /** The template the values were set for: the first one already has them (a second expansion would be wasted). */
  const filledFor = useRef(entry.id);
  useEffect(() => {
    if (filledFor.current === entry.id) return;
    filledFor.current = entry.id;
    setValues(prefilled());
    setMessage(undefined);
  }, [entry.id]);
  // Focus in the commit that draws the view, as SopView: an Escape pressed at once must reach the panel.
  useLayoutEffect(() => {
    root.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [entry.id]);
  useEffect(() => {
    const mine = ++asked.current;
    props.expand(values, true).then(
      (p) => mine === asked.current && setPreview(p),
      (err: unknown) => mine === asked.current && setMessage({ text: sayDetail('template.previewFailed'), warn: true, failed: shownFailure(err) }),
    );
  }, [entry.id, values, named]);

  const act = async (what: 'insert' | 'copy') => {
    try {
      const final = await props.expand(values, false);
      if (what === 'copy') {
        await props.onCopy(final.text);
        setMessage({ text: sayDetail('template.copied') });
      } else {
        const outcome = await props.onInsert(final);
        setMessage(outcome === 'inserted' ? { text: sayDetail('template.inserted') } : { text: sayDetail('template.noEditor'), warn: true });
      }
    } catch (err) {
      setMessage({ text: sayDetail(what === 'copy' ? 'template.copyFailed' : 'template.insertFailed'), warn: true, failed: shownFailure(err) });
    }
  };
  return { values, setValues, preview, message, act, renamed: () => setNamed((n) => n + 1) };
}

/**
 * A template filled from the page (names in the right Greek case, ticket id, agent, date), with its fill-in
 * fields as labelled inputs, ready to insert into the reply box or copy.
 */
export function TemplateView(props: TemplateViewProps) {
  const { entry } = props;
  const root = useRef<HTMLElement>(null);
  const fields = useMemo(() => listFields(entry.body), [entry.body]);
  const { values, setValues, preview, message, act, renamed } = useTemplateFill(props, root);
  // An empty field shows as [Label] so the agent sees what is still to fill in.
  const previewText = preview?.text ?? '';

  return (
    <article class="odigos-detail odigos-template" ref={root} data-entry-id={entry.id}>
      <button type="button" class="odigos-back" onClick={props.onBack}>
        ← {sayDetail('view.back')}
      </button>
      <header class="odigos-detail-head">
        <TypeTag type="template" />
        <h2 tabIndex={-1}>{entry.title}</h2>
        <ReviewBadge entry={entry} today={props.today} />
      </header>
      {fields.length > 0 && (
        <fieldset class="odigos-fields">
          <legend>{sayDetail('template.fields')}</legend>
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
      {props.onSaveAgentName && preview?.missing.some((k) => AGENT_NAME.has(k)) && (
        <AgentNameAsk save={(name) => props.onSaveAgentName!(name).then(renamed)} />
      )}
      <section aria-label={sayDetail('template.preview')}>
        <h3>{sayDetail('template.preview')}</h3>
        <p class="odigos-preview" data-testid="template-preview">
          {previewText}
        </p>
        {preview && preview.missing.length > 0 && (
          <p class="odigos-muted odigos-small">
            {sayDetail('template.missing')} {preview.missing.map((k) => k.replace(/^field:/, '')).join(', ')}
          </p>
        )}
      </section>
      <div class="odigos-actions">
        <button type="button" class="odigos-primary" onClick={() => void act('insert')}>
          {sayDetail('template.insert')}
        </button>
        <button type="button" class="odigos-secondary" onClick={() => void act('copy')}>
          {sayDetail('template.copy')}
        </button>
      </div>
      <p role="status" class={message?.warn ? 'odigos-status odigos-warn' : 'odigos-status'}>
        {message?.failed ? <FailureText headline={message.text} failed={message.failed} why={templateGone(message.failed.failure, entry.title) ?? describeCommonFailure(message.failed.failure)} /> : message?.text}
      </p>
    </article>
  );
}


/** Asks for the agent's name once, when a template needs it and nothing else gives it. */
function AgentNameAsk({ save }: { save(name: string): Promise<void> }) {
  const [name, setName] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (name.trim()) void save(name.trim());
  };
  return (
    <form class="odigos-fields odigos-agent-name" onSubmit={submit}>
      <label class="odigos-field">
        <span>{sayDetail('template.agentName')}</span>
        <input type="text" autocomplete="name" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <p class="odigos-muted odigos-small">{sayDetail('template.agentNameHint')}</p>
      <button type="submit" class="odigos-secondary">
        {sayDetail('template.agentNameSave')}
      </button>
    </form>
  );
}
