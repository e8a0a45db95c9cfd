import { fill } from '@/lib/i18n';
import { DiffPreview } from '@/components/options/DiffPreview';
import type { Bump, ProblemEntryRef } from '@/studio/model/api';
import { bumpBase, isVersion, nextVersion } from '@/studio/model/bump';
import type { PublishPreviewReply } from '@/studio/model/api';
import type { PublishState } from '@/studio/model/ui';
import { FieldProblems } from './fields';
import { refusalText } from './refusals';
import { countStudio, sayStudio } from './strings';

export interface PublishPaneProps {
  state: PublishState;
  /** Unsaved edits exist: publishing waits for them. */
  unsaved: boolean;
  onSet(patch: Partial<PublishState>): void;
  onPreview(bump: Bump): void;
  onPublish(): void;
  /** The entry a problem's file holds, named and linked (the errors listed did not say which entry they were in). */
  entryAt(file: string): ProblemEntryRef | undefined;
}

const BUMPS: Bump[] = ['patch', 'minor', 'major'];
/** The first errors listed; the rest counted (each entry's own are in the list of entries). */
const SHOWN_ERRORS = 10;

function Input(props: { id: string; label: string; value: string; onInput(v: string): void; hint?: string }) {
  return (
    <div class="st-field">
      <label for={props.id}>{props.label}</label>
      <input id={props.id} type="text" value={props.value} aria-describedby={props.hint ? `${props.id}-hint` : undefined} onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)} />
      {props.hint && (
        <p class="st-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

function Result(props: { state: PublishState }) {
  const { result, error } = props.state;
  if (error) return <p role="alert" class="st-problem st-error">{fill(sayStudio('publish.blocked'), { e: refusalText(error) })}</p>;
  if (!result?.ok) return null;
  const json = result.written.find((f) => /\.json$/.test(f) && !/-\d+\.\d+\.\d+\.json$/.test(f) && !/policy/.test(f));
  return (
    <section role="status" class="st-done" aria-labelledby="st-published-h">
      <h2 id="st-published-h">{fill(sayStudio('publish.done'), { v: result.version ?? '' })}</h2>
      <ul class="st-pre">
        {result.written.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      {json && <p>{fill(sayStudio('publish.serve'), { file: json })}</p>}
      {result.publicKey && <p class="st-pre">{fill(sayStudio('publish.keyFound'), { key: result.publicKey })}</p>}
    </section>
  );
}

/**
 * The versions publishing may write: a bump of the current one, or of the last published where pack.yaml holds an
 * invalid version («v2»), said and named; with neither, the one choice 1.0.0 (the three bumps all offered it).
 */
function VersionChoice(props: { preview: PublishPreviewReply | undefined; bump: Bump; onPreview(bump: Bump): void }) {
  const p = props.preview;
  const invalid = p && !isVersion(p.current);
  const base = p && bumpBase(p.current, p.lastPublished);
  return (
    <>
      {invalid && <p class="st-problem st-warning">{fill(sayStudio('publish.invalid'), { v: p.current })}</p>}
      {p && base && base !== p.current && <p class="st-hint">{fill(sayStudio('publish.fromLast'), { v: base })}</p>}
      {p && !base ? (
        <p class="st-next">{fill(sayStudio('publish.firstValid'), { v: nextVersion(p.current, props.bump) })}</p>
      ) : (
        <fieldset class="st-checks">
          <legend>{sayStudio('publish.bump')}</legend>
          {BUMPS.map((b) => (
            <label key={b} class="st-check">
              <input type="radio" name="bump" value={b} checked={props.bump === b} onChange={() => props.onPreview(b)} />{' '}
              {fill(sayStudio(`publish.${b}`), { v: p ? nextVersion(p.current, b, p.lastPublished) : '…' })}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

/** Version bump, release notes, the update as agents will see it, then build, sign and write — all on this machine. */
export function PublishPane(props: PublishPaneProps) {
  const { state } = props;
  const p = state.preview;
  const errors = p?.problems.filter((x) => x.severity === 'error') ?? [];
  const blocked = props.unsaved || errors.length > 0 || !p || state.busy;
  return (
    <article class="st-publish" aria-labelledby="st-publish-h">
      <h1 id="st-publish-h">{sayStudio('publish.title')}</h1>
      <p class="st-hint">{sayStudio('publish.intro')}</p>
      {p && (
        <p class="st-versions">
          {fill(sayStudio('publish.current'), { v: p.current })}
          {p.lastPublished ? ` · ${fill(sayStudio('publish.last'), { v: p.lastPublished })}` : ''}
        </p>
      )}
      <form
        class="st-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!blocked) props.onPublish();
        }}
      >
        <VersionChoice preview={p} bump={state.bump} onPreview={props.onPreview} />
        <div class="st-field">
          <label for="st-changelog">{sayStudio('publish.changelog')}</label>
          <textarea id="st-changelog" rows={4} value={state.changelog} onInput={(e) => props.onSet({ changelog: (e.currentTarget as HTMLTextAreaElement).value })} />
        </div>
        <section aria-labelledby="st-diff-h" class="st-diff">
          <h2 id="st-diff-h">{sayStudio('publish.diff')}</h2>
          {p?.diff ? <DiffPreview diff={p.diff} /> : <p>{sayStudio('publish.first')}</p>}
        </section>
        {errors.length > 0 && (
          <div role="alert">
            <p>{sayStudio('publish.errors')}</p>
            <FieldProblems id="st-publish-problems" problems={errors.slice(0, SHOWN_ERRORS)} entryAt={props.entryAt} />
            {errors.length > SHOWN_ERRORS && <p>{countStudio('publish.moreErrors', errors.length - SHOWN_ERRORS)}</p>}
          </div>
        )}
        {props.unsaved && <p role="alert">{sayStudio('publish.unsaved')}</p>}
        <Input id="st-outdir" label={sayStudio('publish.outDir')} value={state.outDir} onInput={(outDir) => props.onSet({ outDir })} />
        <Input
          id="st-keyfile"
          label={sayStudio('publish.keyFile')}
          value={state.keyFile}
          hint={p ? (p.publicKey ? fill(sayStudio('publish.keyFound'), { key: p.publicKey }) : sayStudio('publish.keyMissing')) : undefined}
          onInput={(keyFile) => props.onSet({ keyFile })}
        />
        <Input id="st-url" label={sayStudio('publish.url')} value={state.url} onInput={(url) => props.onSet({ url })} />
        <button type="submit" class="primary" disabled={blocked}>
          {state.busy ? sayStudio('publish.working') : sayStudio('publish.run')}
        </button>
      </form>
      <Result state={state} />
    </article>
  );
}
