import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { TemplateHit } from '@/lib/background/templates-service';
import type { Anchor } from '@/lib/editors/caret-anchor';
import { placeNear, placementStyle } from './position';
import { definePlurals, fill, sayCommon, uiLang } from '@/lib/i18n';
import { sayPalette } from './strings';
import { cycleTab } from './tab-cycle';

export type { Anchor };

export interface PaletteProps {
  anchor: Anchor;
  theme: 'light' | 'dark';
  /** What the agent already typed (keys pressed while the palette was loading). */
  initialQuery?: string;
  /** The agent pressed Tab after a shortcut no template has (`/allagh`): the palette opened to search for it instead. */
  unknownShortcut?: string;
  search(query: string): Promise<TemplateHit[]>;
  /** The template filled for this conversation (unfilled placeholders shown as written). */
  preview(hit: TemplateHit): Promise<string>;
  onPick(hit: TemplateHit): void;
  onClose(): void;
}

const SIZE = { width: 440, height: 420 };

const count = definePlurals({
  found: { el: { one: '{n} πρότυπο', other: '{n} πρότυπα' }, en: { one: '{n} template', other: '{n} templates' } },
});

/** The hits for the latest query and the filled preview of the highlighted one (answers to older ones are dropped). */
function usePaletteSearch(initialQuery: string, search: PaletteProps['search'], preview: PaletteProps['preview']) {
  const query = useSignal(initialQuery);
  const hits = useSignal<TemplateHit[]>([]);
  const active = useSignal(0);
  const shown = useSignal('');
  /** The query the hits shown answer: until the latest one's answer comes, the list is the one before it. */
  const answered = useSignal<string | undefined>(undefined);
  // Only the answer to the latest query (and the latest highlighted item) is shown.
  useSignalEffect(() => {
    const q = query.value;
    let live = true;
    void search(q).then(
      (found) => {
        if (!live) return;
        hits.value = found;
        active.value = 0;
        answered.value = q;
      },
      () => live && ((hits.value = []), (answered.value = q)),
    );
    return () => {
      live = false;
    };
  });
  useSignalEffect(() => {
    const hit = hits.value[active.value];
    let live = true;
    shown.value = '';
    if (hit) void preview(hit).then((text) => live && (shown.value = text), () => undefined);
    return () => {
      live = false;
    };
  });
  return { query, hits, active, shown, answered };
}

/**
 * Enter picks the highlighted template of the answer to the query typed: pressed before that answer came (the search
 * runs in the background; a fast agent's «sorry⏎»), it waits for it, and put in the first suggestion of the empty
 * query the list still showed. True when Enter was taken.
 */
function useEnterPick({ query, hits, active, answered }: ReturnType<typeof usePaletteSearch>, onPick: PaletteProps['onPick']) {
  const waits = useSignal(false);
  useSignalEffect(() => {
    if (!waits.value || answered.value !== query.value) return;
    waits.value = false;
    const hit = hits.peek()[active.peek()];
    if (hit) onPick(hit);
  });
  return () => {
    if (answered.value !== query.value) return (waits.value = true);
    const hit = hits.value[active.value];
    if (hit) onPick(hit);
    return !!hit;
  };
}

const optionId = (i: number) => `odigos-palette-option-${i}`;

/**
 * Scroll the list so the highlighted row is seen. Focus stays in the search box (aria-activedescendant), so the
 * browser does not do it: past the rows that fit, ↓ highlighted rows the agent could not see.
 */
function keepInView(list: HTMLElement | null, index: number) {
  const option = list?.children[index];
  if (!list || !option) return;
  const l = list.getBoundingClientRect();
  const o = option.getBoundingClientRect();
  if (o.top < l.top) list.scrollTop -= l.top - o.top;
  else if (o.bottom > l.bottom) list.scrollTop += o.bottom - l.bottom;
}

/** Command palette: a combobox over all templates with a preview of the filled text. */
export function Palette({ anchor, theme, initialQuery = '', unknownShortcut, search, preview, onPick, onClose }: PaletteProps) {
  const input = useRef<HTMLInputElement>(null);
  // In the render itself, not after the next frame (useEffect): keys the agent typed in between went to the editor.
  useLayoutEffect(() => input.current?.focus(), []);
  const found = usePaletteSearch(initialQuery, search, preview);
  const { query, hits, active, shown } = found;
  const enter = useEnterPick(found, onPick);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => keepInView(list.current, active.value), [active.value, hits.value]);

  const onKeyDown = (e: KeyboardEvent) => {
    const n = hits.value.length;
    if (e.key === 'ArrowDown' && n) active.value = (active.value + 1) % n;
    else if (e.key === 'ArrowUp' && n) active.value = (active.value - 1 + n) % n;
    else if (e.key === 'Escape') onClose();
    else if (e.key !== 'Enter' || !enter()) return;
    e.preventDefault();
  };

  const viewport = { width: globalThis.innerWidth, height: globalThis.innerHeight };
  const place = placementStyle(placeNear(anchor, SIZE, viewport));
  return (
    <div
      class="op-palette"
      data-theme={theme}
      role="dialog"
      aria-label={sayPalette('title')}
      // The page's language is not Odigos': a Greek palette on an English desk was read with an English voice.
      lang={uiLang.value}
      style={place}
      // Esc from the preview (the search box handles its own keys); Tab goes round the palette.
      onKeyDown={(e) => cycleTab(e, e.currentTarget) || (e.key === 'Escape' && e.target !== input.current && (e.preventDefault(), onClose()))}
    >
      {unknownShortcut && (
        <p class="op-notice" role="note" id="odigos-palette-notice">
          {fill(sayPalette('unknownShortcut'), { typed: unknownShortcut })}
        </p>
      )}
      <input
        ref={input}
        class="op-search"
        type="text"
        role="combobox"
        aria-label={sayPalette('search')}
        aria-describedby={unknownShortcut ? 'odigos-palette-notice' : undefined}
        aria-expanded="true"
        aria-controls="odigos-palette-list"
        aria-autocomplete="list"
        aria-activedescendant={hits.value.length ? optionId(active.value) : undefined}
        placeholder={sayPalette('placeholder')}
        value={query.value}
        onInput={(e) => (query.value = e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autocomplete="off"
        spellcheck={false}
      />
      <ul ref={list} id="odigos-palette-list" class="op-list" role="listbox" aria-label={sayPalette('results')}>
        {hits.value.map((hit, i) => (
          <PaletteOption key={`${hit.packId}/${hit.entryId}`} hit={hit} index={i} selected={i === active.value} onPick={onPick} />
        ))}
      </ul>
      {/*
        One live region, always there, so a screen reader hears how many templates each search found (the list is
        not read while focus stays in the search box); seen only when there is none.
      */}
      <p class={hits.value.length ? 'op-sr' : 'op-muted'} role="status">
        {hits.value.length ? count('found', hits.value.length) : sayPalette('none')}
      </p>
      {/* Reachable with Tab, so a long preview can be scrolled from the keyboard. */}
      <section class="op-preview" aria-label={sayPalette('preview')} tabIndex={0} lang={hits.value[active.value]?.lang}>
        {shown.value}
      </section>
      <p class="op-muted op-hint">{sayPalette('hint')}</p>
    </div>
  );
}

/** One template in the list: its title, its register when it has a twin, personal, and its shortcut. */
function PaletteOption({ hit, index, selected, onPick }: { hit: TemplateHit; index: number; selected: boolean; onPick(hit: TemplateHit): void }) {
  return (
    <li
      id={optionId(index)}
      role="option"
      aria-selected={selected}
      class="op-option"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPick(hit)}
    >
      <span class="op-title" lang={hit.lang}>
        {hit.title}
      </span>
      {hit.twin && (
        <span class="op-badge op-formality" data-formality={hit.formality}>
          {sayCommon(hit.formality === 'formal' ? 'formality.formal' : 'formality.informal')}
        </span>
      )}
      {hit.personal && <span class="op-badge">{sayPalette('personal')}</span>}
      {hit.shortcut && <span class="op-shortcut">/{hit.shortcut}</span>}
    </li>
  );
}
