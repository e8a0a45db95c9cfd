/** The studio page's start: read the token from the address, load the folder, follow the address and the folder. */
import { render } from 'preact';
import { effect } from '@preact/signals';
import { uiLang } from '@/lib/i18n';
import { applyPageTheme } from '@/lib/theme';
import { sayStudio } from '@/components/studio/strings';
import '@/components/pages.css';
import '@/components/overlay.css';
import '@/components/overlay/detail.css';
import '@/components/studio/studio.css';
import { asRefusal, createApi, readToken } from './api';
import { App } from './app';
import { createStudio } from './controller';
import { followStudioLang } from './lang';

async function main() {
  const token = readToken(location.hash, sessionStorage);
  if (/token=/.test(location.hash)) history.replaceState(null, '', `${location.pathname}#/`);
  const setLang = followStudioLang(localStorage, window);
  // The system's light or dark, as the extension's pages in 'auto': left unmarked, the studio stayed white on a dark
  // system, under its own dark-scheme greens and oranges (pale on white).
  applyPageTheme('auto');
  effect(() => {
    document.documentElement.lang = uiLang.value;
    document.title = sayStudio('app.title');
  });

  const studio = createStudio(createApi(token), { get hash() { return location.hash; }, assign: (hash) => void (location.hash = hash) });
  const root = document.getElementById('app')!;
  effect(() => render(<App studio={studio} onLang={setLang} />, root));
  const follow = () => {
    studio
      .follow(location.hash)
      .then((page) => {
        // Another page starts at its top, not at the scroll the last one was left at (an entry opened mid-way).
        if (page) window.scrollTo(0, 0);
        // The confusion view's jump: the cursor goes where the phrases are added, once the form is on screen.
        if (page?.name === 'entry' && page.focus) requestAnimationFrame(() => document.getElementById(`f-${page.focus}`)?.focus());
      })
      .catch((e: unknown) => (studio.message.value = asRefusal(e)));
  };
  window.addEventListener('hashchange', follow);
  // Closing or reloading the tab right after typing: what was typed is kept as a draft (editor.ts leaving).
  window.addEventListener('pagehide', () => {
    studio.entry.leaving();
    studio.packActions.leaving();
  });
  await studio.refresh();
  follow();
  void studio.watch(new AbortController().signal);
}

void main();
