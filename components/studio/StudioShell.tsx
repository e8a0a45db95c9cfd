import type { ComponentChildren } from 'preact';
import type { UiLang } from '@/lib/i18n';
import type { StudioState } from '@/studio/model/api';
import type { Page } from '@/studio/model/ui';
import type { Refusal } from '@/studio/model/refusal';
import { refusalText } from './refusals';
import { problemCounts, sayStudio, type StudioStringKey } from './strings';

export interface StudioShellProps {
  state: StudioState;
  page: Page;
  lang: UiLang;
  /** The server stopped answering. */
  lost: boolean;
  /** What happened last that is not about a field (a refusal of the server, the server gone …), worded here. */
  message?: Refusal;
  list: ComponentChildren;
  children: ComponentChildren;
  onLang(lang: UiLang): void;
}

const SECTIONS: Array<{ page: Page['name']; hash: string; label: StudioStringKey }> = [
  { page: 'home', hash: '#/', label: 'nav.entries' },
  { page: 'pack', hash: '#/pack', label: 'nav.pack' },
  { page: 'try', hash: '#/try', label: 'nav.try' },
  { page: 'quality', hash: '#/quality', label: 'nav.quality' },
  { page: 'import', hash: '#/import', label: 'nav.import' },
  { page: 'publish', hash: '#/publish', label: 'nav.publish' },
];

/** The studio's frame: which pack, how healthy it is, the sections, the entry list beside whatever is open. */
export function StudioShell(props: StudioShellProps) {
  const { state } = props;
  const { errors, warnings } = state.counts;
  return (
    <div class="st-app">
      <header class="st-top">
        <div>
          <p class="st-brand">{sayStudio('app.title')}</p>
          <p class="st-muted st-folder">
            {sayStudio('app.folder')}: <code>{state.folder}</code>
          </p>
        </div>
        <p class={`st-health${errors ? ' st-health-bad' : ''}`} role="status" data-errors={errors} data-warnings={warnings}>
          {errors || warnings ? problemCounts(errors, warnings) : sayStudio('app.clean')}
        </p>
        <label class="st-lang" for="st-ui-lang">
          {sayStudio('app.language')}
        </label>
        <select id="st-ui-lang" value={props.lang} onChange={(e) => props.onLang((e.currentTarget as HTMLSelectElement).value as UiLang)}>
            <option value="el" lang="el">
              Ελληνικά
            </option>
            <option value="en" lang="en">
              English
            </option>
        </select>
      </header>
      {props.lost && (
        <p class="st-banner st-banner-bad" role="alert">
          {sayStudio('app.lost')}
        </p>
      )}
      {props.message && (
        <p class="st-banner" role="alert">
          {refusalText(props.message)}
        </p>
      )}
      {state.bundled && <p class="st-banner">{sayStudio('app.bundled')}</p>}
      <nav class="st-nav" aria-label={sayStudio('app.nav')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.page}>
              <a href={s.hash} aria-current={props.page.name === s.page ? 'page' : undefined}>
                {sayStudio(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="st-body">
        <aside class="st-aside" aria-label={sayStudio('nav.entries')}>
          {props.list}
        </aside>
        <main class="st-main" id="st-main">
          {props.children}
        </main>
      </div>
    </div>
  );
}

/** The home page: what the studio is, and the problems that are not about one entry. */
export function HomePane(props: { state: StudioState; problems: ComponentChildren }) {
  const noPack = props.state.pack.hash === null;
  return (
    <article aria-labelledby="st-home-h">
      <h1 id="st-home-h">{sayStudio('home.title')}</h1>
      <p>{sayStudio('home.intro')}</p>
      {noPack && (
        <p>
          {sayStudio('home.noPack')} <a href="#/pack">{sayStudio('home.create')}</a>
        </p>
      )}
      {props.state.packProblems.length > 0 && (
        <section aria-labelledby="st-home-problems">
          <h2 id="st-home-problems">{sayStudio('home.problems')}</h2>
          {props.problems}
        </section>
      )}
    </article>
  );
}
