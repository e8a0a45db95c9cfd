import { fill } from '@/lib/i18n';
import type { PackForm } from '@/studio/model/entry-form';
import type { PackEditorState } from '@/studio/model/ui';
import { ConflictView } from './EditorPane';
import { FieldProblems, problemsAt, SelectField, TextField } from './fields';
import { sayStudio } from './strings';

export interface PackPaneProps {
  pack: PackEditorState;
  /** pack.yaml exists on disk. */
  exists: boolean;
  /** pack.yaml cannot be read: shown, never overwritten from here. */
  error?: { line: number; message: string };
  onChange(form: PackForm): void;
  onSave(): void;
  onDiscard(): void;
  onResolve(choice: 'mine' | 'theirs'): void;
}

const FIELDS = ['id', 'name', 'version', 'lang', 'description', 'author', 'reviewBy'];

/** pack.yaml as a form: the pack's name, id, version, language and defaults. Creating one when the folder is new. */
export function PackPane(props: PackPaneProps) {
  const { pack } = props;
  const f = pack.form;
  const set = (patch: Partial<PackForm>) => props.onChange({ ...f, ...patch });
  const at = (field: string) => problemsAt(pack.problems, field);
  const elsewhere = pack.problems.filter((p) => !p.field || !FIELDS.includes(p.field));
  if (props.error) {
    return (
      <article class="st-pack" aria-labelledby="st-pack-h">
        <h1 id="st-pack-h">{sayStudio('pack.title')}</h1>
        <p role="alert" class="st-problem st-error">{fill(sayStudio('pack.error'), props.error)}</p>
        <p>{sayStudio('broken.intro')}</p>
      </article>
    );
  }
  return (
    <article class="st-pack" aria-labelledby="st-pack-h">
      <header class="st-editor-head">
        <h1 id="st-pack-h">{sayStudio('pack.title')}</h1>
        {!props.exists && <p>{sayStudio('home.noPack')}</p>}
        <p class={`st-status st-status-${pack.status}`} role="status">
          {pack.status === 'dirty' ? sayStudio('editor.draftKept') : pack.note === 'saved' ? fill(sayStudio('editor.saved'), { file: 'pack.yaml' }) : sayStudio('editor.upToDate')}
        </p>
        <div class="st-row st-actions">
          <button type="button" class="primary" disabled={pack.status === 'saving' || Boolean(pack.conflict)} onClick={props.onSave}>
            {props.exists ? sayStudio('editor.save') : sayStudio('home.create')}
          </button>
          <button type="button" disabled={pack.status === 'clean'} onClick={props.onDiscard}>
            {sayStudio('editor.discard')}
          </button>
        </div>
      </header>
      {pack.conflict && <ConflictView file="pack.yaml" mine={f} conflict={pack.conflict} onResolve={props.onResolve} />}
      {elsewhere.length > 0 && <FieldProblems id="f-pack-other" problems={elsewhere} />}
      <form class="st-form" onSubmit={(e) => e.preventDefault()}>
        <TextField name="name" label={sayStudio('pack.name')} required value={f.name} problems={at('name')} onInput={(name) => set({ name })} />
        <TextField name="id" label={sayStudio('pack.id')} hint={fill(sayStudio('pack.id.hint'), { id: f.id || 'pack' })} required value={f.id} problems={at('id')} onInput={(id) => set({ id })} />
        <div class="st-row">
          <TextField name="version" label={sayStudio('pack.version')} required value={f.version} problems={at('version')} onInput={(version) => set({ version })} />
          <SelectField
            name="lang"
            label={sayStudio('pack.lang')}
            value={f.lang}
            options={[
              { value: 'el', label: sayStudio('lang.el') },
              { value: 'en', label: sayStudio('lang.en') },
            ]}
            problems={at('lang')}
            onChange={(lang) => set({ lang })}
          />
          <TextField name="reviewBy" label={sayStudio('pack.reviewBy')} placeholder="2027-06-30" value={f.reviewBy} problems={at('reviewBy')} onInput={(reviewBy) => set({ reviewBy })} />
        </div>
        <TextField name="description" label={sayStudio('pack.description')} multiline rows={3} value={f.description} problems={at('description')} onInput={(description) => set({ description })} />
        <TextField name="author" label={sayStudio('pack.author')} value={f.author} problems={at('author')} onInput={(author) => set({ author })} />
      </form>
    </article>
  );
}
