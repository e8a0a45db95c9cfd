import { signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '@/components/overlay.css?inline';
import { resolveUiLang, uiLang } from '@/lib/i18n';
import { getSettings, watchSettings, type Settings } from '@/lib/store/settings';
import { getOverlayPlacement, siteChoicesItem } from '@/lib/store/sites';
import { getSiteProfiles, siteProfilesFor, siteProfilesItem } from '@/lib/crm/site-profiles';
import { profileMatches } from '@/knowledge/site-profile';
import { createPageReading, type PageReading } from '@/lib/crm/page-reading';
import { ensureExtras } from '@/app/extras/load';
import { onSystemThemeChange, resolveTheme, type Theme } from '@/lib/theme';
import type { ExtrasApi } from '@/app/extras/api';
import { createShadowHost, type ShadowHost } from '@/lib/overlay/shadow-host';
import { extensionGone, findOrphan, ORPHAN_ATTR, tryEach, watchOrphaned, type Orphan } from '@/lib/overlay/orphan';
import { request, serve } from '@/lib/messages';
import '@/lib/crm/index';
import { mountOverlay } from './overlay';
import { startShortcuts } from './shortcuts';
import { captureSends } from './sends';

export const OVERLAY_TAG = 'odigos-overlay';

/** What every part of the tab's Odigos shares: loaded once, watched once, torn down together. */
export interface ContentShared {
  ctx: ContentScriptContext;
  /** Aborts when the session ends (extension reloaded, site switched off). */
  signal: AbortSignal;
  settings: ReadonlySignal<Settings>;
  theme: ReadonlySignal<'light' | 'dark'>;
  host: ShadowHost;
  reading: PageReading;
  /** The extras bundle (notes editor, palette, detail views, picker), loaded on first use. */
  extras(): Promise<ExtrasApi>;
  /** The panel an extension reloaded or updated under this page left here, if any (its notes move over). */
  orphan?: Orphan;
  /** Check now whether the extension under this script is gone (the notes frame's port closed). */
  checkOrphaned(): void;
  /**
   * Run when the session ends; `orphaned` when the extension was reloaded or updated under the page (its APIs
   * throw then, and a part may leave its view standing, stopped, by marking the host with ORPHAN_ATTR).
   */
  onEnd(fn: (orphaned: boolean) => void): void;
}


/** The agent's settings as a signal (one load, one watch), with the theme they resolve to. */
function watchedSettings(first: Settings, signalEnd: AbortSignal) {
  const settings = signal(first);
  const theme = signal<Theme>(resolveTheme(first.theme));
  uiLang.value = resolveUiLang(first.uiLang);
  const unwatch = watchSettings((s) => {
    settings.value = s;
    theme.value = resolveTheme(s.theme);
    uiLang.value = resolveUiLang(s.uiLang);
  });
  onSystemThemeChange(() => (theme.value = resolveTheme(settings.value.theme)), signalEnd);
  signalEnd.addEventListener('abort', unwatch);
  return { settings, theme };
}

async function profilesNow() {
  const url = location.href;
  const [own, all] = await Promise.all([getSiteProfiles(), siteProfilesFor(url)]);
  return { all, own: own.some((p) => profileMatches(p, url)) };
}

/**
 * One Odigos per tab: the site's switch, the settings and the page's reading are loaded once and handed to the
 * overlay, the shortcuts, the palette and the notes, which live in one shadow host. Everything ends with `ctx`
 * or when the agent switches the site off.
 */
export async function startContentSession(ctx: ContentScriptContext): Promise<void> {
  const origin = location.origin;
  const end = new AbortController();
  // A reply sent in the first moment, before anything below has come back from the background, is heard too.
  const sends = captureSends(end.signal);
  const choices = await siteChoicesItem.getValue();
  if (choices.disabled.includes(origin) || ctx.isInvalid) return end.abort();

  const enders: Array<(orphaned: boolean) => void> = [];
  const [first, placement] = await Promise.all([getSettings(), getOverlayPlacement(origin)]);
  const { settings, theme } = watchedSettings(first, end.signal);
  // A ticket's page without its conversation (a reply page) goes on from its conversation page's reading, which
  // the background keeps out of the page's reach (lib/background/readings.ts).
  const reading = await createPageReading({
    doc: document, profiles: profilesNow, signal: end.signal, loadReader: ensureExtras, carry: (s) => request('reading.carry', s),
  });
  if (ctx.isInvalid) return end.abort();
  sends.ready(reading);
  // An overlay the previous version left here (extension updated or reloaded): found before the new host replaces it.
  const orphan = findOrphan(OVERLAY_TAG);
  const host = createShadowHost(ctx, OVERLAY_TAG, css, { removeOnInvalidate: false });
  // Noticed at the agent's first key or click once the extension is gone: the session stops (teardown).
  const orphanWatch = watchOrphaned(host.container, () => ctx.notifyInvalidated());
  const shared: ContentShared = {
    ctx,
    signal: end.signal,
    settings,
    theme,
    host,
    reading,
    extras: ensureExtras,
    orphan,
    checkOrphaned: () => orphanWatch.check(),
    onEnd: (fn) => void enders.push(fn),
  };

  // Packs may ship a layout for this site, and the agent may point at one in another tab.
  const unwatchProfiles = siteProfilesItem.watch(() => void reading.rechoose());
  const overlay = mountOverlay(shared, placement);
  startShortcuts(shared);

  const stopServing = serve({
    'overlay.snapshot': async () => (await reading.nowCarried()).snapshot,
    'overlay.insert': (req) => overlay.insert(req),
  });
  // An open side panel shows the same conversation; nobody listening is fine.
  reading.subscribe((read) => void request('overlay.changed', { interactionId: read.snapshot.interactionId }).catch(() => undefined));

  const onMessage = (msg: unknown) => {
    const kind = (msg as { odigos?: string } | undefined)?.odigos;
    if (kind === 'overlay.toggle') overlay.toggle();
    else if (kind === 'overlay.remove') teardown();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const teardown = () => {
    if (end.signal.aborted) return;
    orphanWatch.stop();
    const orphaned = extensionGone();
    const steps = [() => end.abort(), unwatchProfiles, stopServing, () => browser.runtime.onMessage.removeListener(onMessage)];
    steps.push(...enders.splice(0).reverse().map((fn) => () => fn(orphaned)));
    tryEach(steps);
    // A stopped panel stays until the new overlay has taken its notes over (lib/overlay/orphan.ts).
    if (!host.host.hasAttribute(ORPHAN_ATTR)) host.remove();
  };
  ctx.onInvalidated(teardown);
}
