/**
 * The studio page's wiring: the controller's signals to the views in components/studio, each view's callbacks to
 * the controller's actions. Nothing here decides anything about packs.
 */
import { fill, uiLang, type UiLang } from '@/lib/i18n';
import { sayStudio } from '@/components/studio/strings';
import { EditorPane } from '@/components/studio/EditorPane';
import { EntryList } from '@/components/studio/EntryList';
import { FieldProblems } from '@/components/studio/fields';
import { ImportPane } from '@/components/studio/ImportPane';
import { PackPane } from '@/components/studio/PackPane';
import { PublishPane } from '@/components/studio/PublishPane';
import { QualityPane } from '@/components/studio/QualityPane';
import { HomePane, StudioShell } from '@/components/studio/StudioShell';
import { TryPane } from '@/components/studio/TryPane';
import type { EntryForm } from '@/studio/model/entry-form';
import type { ProblemEntryRef, StudioState } from '@/studio/model/api';
import { asRefusal } from './api';
import type { Studio } from './controller';

/** An action's failure (the server gone, a refused request) is said at the top of the page, never swallowed. */
function run(studio: Studio, action: Promise<unknown>): void {
  action.catch((e: unknown) => (studio.message.value = asRefusal(e)));
}

function fileOfEntry(studio: Studio) {
  const byId = new Map((studio.state.value?.entries ?? []).map((e) => [e.id, e.file] as [string, string]));
  return (id: string) => byId.get(id);
}

const NEW_KEY = 'new:';
/** The entry in a file (saved, or a new draft checked there), named and linked, for the errors that block Try it and Mix-ups. */
function entryAt(state: Pick<StudioState, 'entries' | 'newDrafts'>) {
  const byFile = new Map<string, ProblemEntryRef>(state.entries.map((e) => [e.file, { title: e.title, href: `#/entry/${e.file}` }]));
  for (const d of state.newDrafts) byFile.set(d.checkedAt, { title: (d.form as EntryForm).title, href: `#/new/${d.key.slice(NEW_KEY.length)}` });
  return (file: string) => byFile.get(file);
}

function Current(props: { studio: Studio }) {
  const s = props.studio;
  const state = s.state.value!;
  const page = s.page.value;
  switch (page.name) {
    case 'entry':
    case 'new': {
      const editor = s.editor.value;
      if (!editor) return null;
      return (
        <EditorPane
          editor={editor}
          entries={state.entries}
          packLang={state.packLang}
          onChange={(form) => s.entry.change(form, editor.key)}
          onSave={() => run(s, s.entry.save())}
          onDiscard={() => run(s, s.entry.discard())}
          onDelete={() => window.confirm(fill(sayStudio('editor.confirmDelete'), { file: editor.file ?? '' })) && run(s, s.entry.remove())}
          onResolve={(c) => run(s, s.entry.resolve(c))}
        />
      );
    }
    case 'pack': {
      const pack = s.pack.value;
      if (!pack) return null;
      const a = s.packActions;
      return <PackPane pack={pack} exists={state.pack.hash !== null} {...(state.pack.error ? { error: state.pack.error } : {})} onChange={a.change} onSave={() => run(s, a.save())} onDiscard={() => run(s, a.discard())} onResolve={(c) => run(s, c === 'mine' ? a.save(pack.conflict?.hash ?? null) : a.discard())} />;
    }
    case 'try':
      return <TryPane state={s.tryState.value} packLang={state.packLang} fileOf={fileOfEntry(s)} entryAt={entryAt(state)} onSet={s.tryActions.set} onRun={() => run(s, s.tryActions.run())} />;
    case 'quality':
      return <QualityPane state={s.cv.value} fileOf={fileOfEntry(s)} entryAt={entryAt(state)} onRun={() => run(s, s.tryActions.crossValidate())} />;
    case 'import': {
      const a = s.importActions;
      return <ImportPane state={s.importing.value} onSet={a.set} onFile={(f) => run(s, a.file(f))} onRead={() => run(s, a.read())} onApply={() => run(s, a.apply())} />;
    }
    case 'publish': {
      const a = s.publishActions;
      const unsaved = state.newDrafts.length > 0 || state.entries.some((e) => e.draft) || Boolean(state.pack.draft);
      return <PublishPane state={s.publishing.value} unsaved={unsaved} entryAt={entryAt(state)} onSet={a.set} onPreview={(b) => run(s, a.preview(b))} onPublish={() => run(s, a.publish())} />;
    }
    default:
      return <HomePane state={state} problems={<FieldProblems id="st-pack-problems" problems={state.packProblems} />} />;
  }
}

export function App(props: { studio: Studio; onLang(lang: UiLang): void }) {
  const s = props.studio;
  const state = s.state.value;
  if (!state) return <p role="status">…</p>;
  const current = s.page.value.name === 'entry' || s.page.value.name === 'new' ? s.editor.value?.key : undefined;
  return (
    <StudioShell
      state={state}
      page={s.page.value}
      lang={uiLang.value}
      lost={s.lost.value}
      {...(s.message.value ? { message: s.message.value } : {})}
      onLang={props.onLang}
      list={<EntryList state={state} {...(current ? { current } : {})} onNew={(type) => s.navigate(`#/new/${type}-${Date.now().toString(36)}`)} />}
    >
      <Current studio={s} />
    </StudioShell>
  );
}
