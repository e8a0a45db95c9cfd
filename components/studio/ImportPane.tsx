import { fill } from '@/lib/i18n';
import { IMPORT_FORMATS, type ImportFailure, type ImportNote } from '@/knowledge/import/types';
import type { ImportState } from '@/studio/model/ui';
import { FileChooser } from '../FileChooser';
import { refusalText } from './refusals';
import { countStudio, sayStudio, type StudioStringKey } from './strings';

export interface ImportPaneProps {
  state: ImportState;
  onSet(patch: Partial<ImportState>): void;
  /** The trainer chose an export file: its text goes into the state. */
  onFile(file: File): void;
  onRead(): void;
  onApply(): void;
}

const FORMAT_NAMES: Record<string, string> = {
  zendesk: 'Zendesk macros (JSON)',
  freshdesk: 'Freshdesk canned responses (JSON)',
  textblaze: 'Text Blaze (JSON)',
  briskine: 'Briskine (JSON)',
  espanso: 'espanso (YAML)',
  csv: 'CSV',
};

/** A guessed tone or a detected language named as the template's form names it, not by the file's code. */
function noteTo(n: ImportNote): string {
  if (n.to && n.code === 'tone-guessed') return sayStudio(`tone.${n.to}` as StudioStringKey);
  if (n.to && n.code === 'lang-detected') return sayStudio(`lang.${n.to}` as StudioStringKey);
  return n.to ?? '';
}

function noteText(n: ImportNote): string {
  return fill(sayStudio(`note.${n.code}` as StudioStringKey), { from: n.from ?? '', to: noteTo(n) });
}

/** Why the file could not be read, in the trainer's language, with what to do. */
function failureText(f: ImportFailure): string {
  if (f.code === 'brokenJson') return f.line ? fill(sayStudio('import.brokenJsonAt'), { line: f.line }) : sayStudio('import.brokenJson');
  if (f.code === 'unknown') return sayStudio('import.unknown');
  return fill(sayStudio('import.notFormat'), { format: FORMAT_NAMES[f.format] ?? f.format });
}

function Preview(props: ImportPaneProps) {
  const { state } = props;
  const p = state.preview;
  if (!p) return null;
  if (p.error) return <p role="alert" class="st-problem st-error">{p.failure ? failureText(p.failure) : p.error}</p>;
  const r = p.result!;
  const n = state.chosen.filter(Boolean).length;
  return (
    <section aria-labelledby="st-import-found" class="st-import-preview">
      <h2 id="st-import-found">{fill(countStudio('import.found', r.templates.length), { format: FORMAT_NAMES[r.format] ?? r.format })}</h2>
      <ul class="st-import-list">
        {r.templates.map((t, i) => (
          <li key={i} class="st-card">
            <label class="st-check">
              <input type="checkbox" checked={state.chosen[i]} onChange={(e) => props.onSet({ chosen: state.chosen.map((c, j) => (j === i ? (e.currentTarget as HTMLInputElement).checked : c)) })} />{' '}
              {fill(sayStudio('import.pick'), { title: t.title })}
            </label>
            <p class="st-muted">
              {t.shortcut ? `/${t.shortcut} · ` : ''}
              {fill(sayStudio('import.into'), { file: p.files[i] })}
            </p>
            <pre class="st-pre st-import-body">{t.body}</pre>
            {t.notes.length > 0 && (
              <details>
                <summary>{sayStudio('import.report')} ({t.notes.length})</summary>
                <ul>
                  {t.notes.map((note, j) => (
                    <li key={j} data-code={note.code}>
                      {noteText(note)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      {r.skipped.length > 0 && (
        <section aria-labelledby="st-import-skipped">
          <h3 id="st-import-skipped">{sayStudio('import.skipped')}</h3>
          <ul>
            {r.skipped.map((s, i) => (
              <li key={i}>
                {s.line ? fill(sayStudio('import.skippedLine'), { line: s.line, source: s.source }) : s.source}: {sayStudio(`skip.${s.reason}` as StudioStringKey)}
                {s.detail ? ` (${s.detail})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.templates.length > 0 && (
        <button type="button" class="primary" disabled={state.busy || n === 0} onClick={props.onApply}>
          {countStudio('import.apply', n)}
        </button>
      )}
    </section>
  );
}

/** Another tool's export (file or pasted) read into templates, shown before anything is written. */
export function ImportPane(props: ImportPaneProps) {
  const { state } = props;
  return (
    <article class="st-import" aria-labelledby="st-import-h">
      <h1 id="st-import-h">{sayStudio('import.title')}</h1>
      <p class="st-hint">{sayStudio('import.intro')}</p>
      <form
        class="st-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onRead();
        }}
      >
        <div class="st-row">
          <div class="st-field">
            {/* Drawn with the trainer's words: the browser's own field said «Choose File» in the browser's language. */}
            <FileChooser
              label={sayStudio('import.file')}
              accept=".json,.csv,.yml,.yaml,.txt"
              chosen={state.fileName}
              onChoose={(input) => {
                const file = input.files?.[0];
                if (file) props.onFile(file);
              }}
            />
          </div>
          <div class="st-field">
            <label for="st-import-format">{sayStudio('import.format')}</label>
            <select id="st-import-format" value={state.format} onChange={(e) => props.onSet({ format: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{sayStudio('import.auto')}</option>
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_NAMES[f]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label for="st-import-text">{sayStudio('import.paste')}</label>
        <textarea id="st-import-text" class="st-mono" rows={6} value={state.text} onInput={(e) => props.onSet({ text: (e.currentTarget as HTMLTextAreaElement).value, fileName: undefined })} />
        <button type="submit" disabled={state.busy || !state.text.trim()}>
          {sayStudio('import.read')}
        </button>
      </form>
      <Preview {...props} />
      {state.applied && (
        <div role="status" class="st-done">
          <p>{countStudio('import.done', state.applied.written.length)}</p>
          <ul>
            {state.applied.written.map((file) => (
              <li key={file}>
                <a href={`#/entry/${file}`}>{file}</a>
              </li>
            ))}
          </ul>
          {state.applied.failed.map((f, i) => (
            <p key={i} class="st-problem st-error">
              {fill(sayStudio('import.failed'), { title: f.title, message: refusalText(f.refusal) })}
            </p>
          ))}
        </div>
      )}
    </article>
  );
}
