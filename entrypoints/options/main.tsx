import { applyPageTheme } from '@/lib/theme';
import { render } from 'preact';
import { effect, signal } from '@preact/signals';
import { GeneralSection } from '@/components/options/GeneralSection';
import { NotesSection } from '@/components/options/NotesSection';
import { KnowledgeSection, type PackImporter } from '@/components/options/KnowledgeSection';
import { request } from '@/lib/messages';
import { lastKnownPolicyItem } from '@/lib/store/policy';
import { packsChangedItem } from '@/lib/store/packs';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { SnippetsSection } from '@/components/options/SnippetsSection';
import { LearningSection } from '@/components/options/LearningSection';
import { learnedEntries, resetLearned } from '@/lib/store/learned';
import { resolveUiLang, uiLang } from '@/lib/i18n';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/lib/store/settings';
import { applyPageLanguage } from '@/lib/extension-pages';
import { tp } from '@/lib/extension-page-strings';
import '@/components/pages.css';

const settings = signal<Settings | undefined>(undefined);

/** A pack file is previewed (what it adds, removes, changes) and installed only when the agent accepts. */
const importer: PackImporter = {
  preview: (req) => request('packs.previewImport', req),
  install: (req) => request('packs.import', req),
};

/** Pack updates land from the background; the policy Chromium delivers late after a start changes what is shown. */
function watchPacks(onChange: () => void): () => void {
  const stops = [packsChangedItem.watch(onChange), lastKnownPolicyItem.watch(onChange)];
  return () => stops.forEach((stop) => stop());
}

async function main() {
  const apply = (s: Settings) => {
    settings.value = s;
    uiLang.value = resolveUiLang(s.uiLang);
    applyPageLanguage(uiLang.value);
    applyPageTheme(s.theme);
  };
  apply(await getSettings());
  watchSettings(apply);
  const onChange = (patch: Partial<Settings>) => void updateSettings(patch);
  effect(() => {
    const s = settings.value;
    if (!s) return;
    render(
      <main class="options">
        <header class="page-header">
          <span class="page-logo" aria-hidden="true">
            Ο
          </span>
          <h1>{tp('options.title')}</h1>
        </header>
        <GeneralSection settings={s} onChange={onChange} />
        <NotesSection />
        <KnowledgeSection importer={importer} watchChanges={watchPacks} />
        <LearningSection load={learnedEntries} reset={resetLearned} />
        <ShortcutsSection settings={s} onChange={onChange} />
        <SnippetsSection />
      </main>,
      document.getElementById('app')!,
    );
  });
}

void main();
