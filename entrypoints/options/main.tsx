import { applyPageTheme } from '@/lib/theme';
import { render } from 'preact';
import { effect, signal } from '@preact/signals';
import { GeneralSection } from '@/components/options/GeneralSection';
import { NotesSection } from '@/components/options/NotesSection';
import { KnowledgeSection } from '@/components/options/KnowledgeSection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { SnippetsSection } from '@/components/options/SnippetsSection';
import { LearningSection } from '@/components/options/LearningSection';
import { followPolicy, knowledgePorts, learningPorts, notesPorts, snippetStore } from '@/app/options/ports';
import { getSettings, updateSettings, type Settings } from '@/lib/store/settings';
import type { Policy } from '@/lib/store/policy';
import { followSettings } from '@/lib/extension-pages';
import { sayPages } from '@/lib/extension-page-strings';
import '@/components/pages.css';

const settings = signal<Settings | undefined>(undefined);
/** Undefined only before anything is known: the last delivered policy is shown until the browser delivers one. */
const policy = signal<Policy | undefined>(undefined);

async function main() {
  followSettings(await getSettings(), (s) => {
    settings.value = s;
    applyPageTheme(s.theme);
    // The tab's title too: it said «Odigos — Options» to a Greek agent.
    document.title = sayPages('options.title');
  });
  followPolicy((p) => (policy.value = p));
  const onChange = (patch: Partial<Settings>) => void updateSettings(patch);
  effect(() => {
    const s = settings.value;
    const p = policy.value;
    if (!s) return;
    render(
      <main class="options">
        <header class="page-header">
          <span class="page-logo" aria-hidden="true">
            Ο
          </span>
          <h1>{sayPages('options.title')}</h1>
        </header>
        <GeneralSection settings={s} onChange={onChange} />
        <NotesSection ports={notesPorts} policy={p} />
        <KnowledgeSection ports={knowledgePorts} />
        <LearningSection {...learningPorts} />
        <ShortcutsSection settings={s} onChange={onChange} />
        <SnippetsSection store={snippetStore} policy={p} />
      </main>,
      document.getElementById('app')!,
    );
  });
}

void main();
