import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '@/knowledge/types';
import { fill } from '@/lib/i18n';
import type { EntrySummary } from '@/studio/model/api';
import type { EntryForm, PackForm } from '@/studio/model/entry-form';
import type { Conflict, EditorState } from '@/studio/model/ui';
import { SopEditor, TemplateEditor } from './EntryForms';
import { FieldProblems } from './fields';
import { sayStudio, type StudioStringKey } from './strings';

export interface EditorPaneProps {
  editor: EditorState;
  entries: readonly EntrySummary[];
  packLang: Lang;
  onChange(form: EntryForm): void;
  onSave(): void;
  onDiscard(): void;
  onDelete(): void;
  onResolve(choice: 'mine' | 'theirs'): void;
}

/** Fields that render elsewhere in the form; a problem at any other (or none) is listed at the top. */
const FORM_FIELDS = /^(id|title|lang|triggers|tags|reviewBy|department|purpose|terms|firstResponse|completion|escalationWhen|escalationTo|intro|steps(\.\d+(\.branches\.\d+)?)?|shortcut|tone|channels|formality|body)$/;

function Status(props: { editor: EditorState }) {
  const e = props.editor;
  const text =
    e.status === 'saving' || e.status === 'checking'
      ? sayStudio('editor.checking')
      : e.status === 'dirty'
        ? sayStudio('editor.draftKept')
        : e.note === 'reloaded'
          ? sayStudio('editor.reloaded')
          : e.note
            ? fill(sayStudio('editor.saved'), { file: e.note })
            : sayStudio('editor.upToDate');
  return (
    <p class={`st-status st-status-${e.status}`} role="status" data-status={e.status}>
      {e.restored && <>{sayStudio('editor.restored')} </>}
      {text}
    </p>
  );
}

/** The form's keys as the form labels them (a key without a label here is shown as it is). */
const FIELD_LABELS: Partial<Record<string, StudioStringKey>> = {
  id: 'field.id', title: 'field.title', lang: 'field.lang', triggers: 'field.triggers', tags: 'field.tags', reviewBy: 'field.reviewBy',
  department: 'field.department', purpose: 'field.purpose', terms: 'field.terms', firstResponse: 'field.firstResponse',
  completion: 'field.completion', escalationWhen: 'field.escalationWhen', escalationTo: 'field.escalationTo', intro: 'field.intro',
  steps: 'field.steps', shortcut: 'field.shortcut', tone: 'field.tone', channels: 'field.channels', formality: 'field.formality',
  body: 'field.body', name: 'pack.name', version: 'pack.version', description: 'pack.description', author: 'pack.author',
};
const fieldLabel = (key: string) => (FIELD_LABELS[key] ? sayStudio(FIELD_LABELS[key]) : key);

/** What differs between the trainer's edit and the file as it is now, field by field. */
export function ConflictView(props: { file: string; mine: EntryForm | PackForm; conflict: Conflict; onResolve(choice: 'mine' | 'theirs'): void }) {
  const { conflict, mine } = props;
  const theirs = conflict.form as Record<string, unknown> | undefined;
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 1));
  const keys = Object.keys(mine).filter((k) => !theirs || JSON.stringify((mine as unknown as Record<string, unknown>)[k]) !== JSON.stringify(theirs[k]));
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.querySelector('h2')?.focus(), [conflict.hash]);
  return (
    <section class="st-conflict" role="alert" aria-labelledby="st-conflict-h" ref={ref}>
      <h2 id="st-conflict-h" tabIndex={-1}>{sayStudio('conflict.title')}</h2>
      <p>{fill(sayStudio('conflict.intro'), { file: props.file })}</p>
      {conflict.hash === null ? (
        <p>{sayStudio('conflict.gone')}</p>
      ) : (
        <table class="st-table">
          <thead>
            <tr>
              <th scope="col">{sayStudio('conflict.field')}</th>
              <th scope="col">{sayStudio('conflict.mine')}</th>
              <th scope="col">{sayStudio('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{fieldLabel(k)}</th>
                <td class="st-pre">{show((mine as unknown as Record<string, unknown>)[k])}</td>
                <td class="st-pre">{theirs ? show(theirs[k]) : conflict.markdown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="st-row">
        <button type="button" class="primary" onClick={() => props.onResolve('mine')}>
          {sayStudio('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => props.onResolve('theirs')}>
          {sayStudio('conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}

/** A file the form cannot hold: its error and its text, numbered, the bad line marked; nothing here writes it. */
export function BrokenView(props: { file: string; broken: NonNullable<EditorState['broken']> }) {
  const { broken } = props;
  return (
    <article class="st-broken" aria-labelledby="st-broken-h">
      <h1 id="st-broken-h">{sayStudio('broken.title')}</h1>
      <p class="st-muted">{props.file}</p>
      <p role="alert" class="st-problem st-error">{fill(sayStudio('broken.line'), { line: broken.line, message: broken.message })}</p>
      <p>{sayStudio('broken.intro')}</p>
      <ol class="st-source">
        {broken.markdown.split('\n').map((line, i) => (
          <li key={i} class={i + 1 === broken.line ? 'st-bad-line' : undefined}>
            <code>{line || ' '}</code>
          </li>
        ))}
      </ol>
    </article>
  );
}

export function EditorPane(props: EditorPaneProps) {
  const e = props.editor;
  if (e.broken) return <BrokenView file={e.file ?? ''} broken={e.broken} />;
  const templates = props.entries.filter((x) => x.type === 'template').map((x) => ({ id: x.id, title: x.title }));
  const shortcut = e.form.type === 'template' ? e.form.shortcut.trim() : '';
  const formality = e.form.type === 'template' ? e.form.formality : '';
  const twins = shortcut ? props.entries.filter((x) => x.shortcut === shortcut && x.file !== e.file && x.formality !== formality) : [];
  const elsewhere = e.problems.filter((p) => !p.field || !FORM_FIELDS.test(p.field));
  const common = { problems: e.problems, packLang: props.packLang, templates, twins: twins.map((t) => ({ title: t.title, formality: t.formality ?? '' })) };
  return (
    <article class="st-editor" aria-labelledby="st-editor-h" data-key={e.key}>
      {/* Two lines beside the buttons: stacked, kind, title, file, status and buttons took a fifth to a third of the window. */}
      <header class="st-editor-head">
        <div class="st-editor-id">
          <div class="st-editor-title">
            <p class="st-kind">{sayStudio(e.form.type === 'sop' ? 'editor.sop' : 'editor.template')}</p>
            <h1 id="st-editor-h">{e.form.title || sayStudio('list.untitled')}</h1>
          </div>
          <div class="st-editor-meta">
            <p class="st-muted">
              {sayStudio('editor.file')}: {e.file ?? fill(sayStudio('editor.newFile'), { file: `${e.form.type === 'sop' ? 'sops' : 'templates'}/${e.form.id || '…'}.md` })}
            </p>
            <Status editor={e} />
          </div>
        </div>
        <div class="st-row st-actions">
          <button type="button" class="primary" disabled={e.status === 'saving' || Boolean(e.conflict)} onClick={props.onSave}>
            {sayStudio('editor.save')}
          </button>
          <button type="button" disabled={e.status === 'clean' && !e.restored && Boolean(e.file)} onClick={props.onDiscard}>
            {sayStudio('editor.discard')}
          </button>
          {e.file && (
            <button type="button" class="st-danger" onClick={props.onDelete}>
              {sayStudio('editor.delete')}
            </button>
          )}
        </div>
      </header>
      {e.conflict && <ConflictView file={e.file ?? ''} mine={e.form} conflict={e.conflict} onResolve={props.onResolve} />}
      {elsewhere.length > 0 && (
        <section aria-labelledby="st-other-h" class="st-other-problems">
          <h2 id="st-other-h">{sayStudio('editor.otherProblems')}</h2>
          <FieldProblems id="f-other-problems" problems={elsewhere} />
        </section>
      )}
      {e.form.type === 'sop' ? <SopEditor {...common} form={e.form} onChange={props.onChange} /> : <TemplateEditor {...common} form={e.form} onChange={props.onChange} />}
      <details class="st-markdown">
        <summary>{sayStudio('editor.markdown')}</summary>
        <pre>{e.markdown}</pre>
      </details>
    </article>
  );
}
