import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { DEFAULT_OVERLAY_HOTKEY } from './lib/hotkey';
import { E2E_EXTRA_MATCHES, KNOWN_CRM_MATCHES } from './lib/sites';
import { bundledPacksPlugin } from './knowledge/build/vite-plugin';
import { noHtmlStringsPlugin } from './knowledge/build/no-html-strings';
import { EN_VECTORS_FILE, SEMANTIC_STAGE_ON } from './knowledge/vectors/en-vectors';

/**
 * What git ignores never goes into the Firefox sources zip (test results, local build folders, logs): reviewers get
 * the sources as a clone has them. Glob forms of the .gitignore lines (WXT already leaves out node_modules, the
 * output folder and dot-files).
 */
function gitIgnoredGlobs(): string[] {
  return readFileSync(new URL('.gitignore', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
    .flatMap((l) => {
      const p = l.replace(/^\//, '').replace(/\/$/, '');
      const anywhere = !l.slice(0, -1).includes('/');
      return anywhere ? [`**/${p}`, `**/${p}/**`] : [p, `${p}/**`];
    });
}

// The e2e build (never shipped) also runs on loopback pages served by the tests.
export default defineConfig({
  // Parallel work (and CI) can build into separate folders: ODIGOS_OUT_DIR=.output-mine npm run build:e2e
  outDir: process.env.ODIGOS_OUT_DIR ?? '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // `npm run zip`: the Chrome zip, the Firefox zip, and the sources zip addons.mozilla.org asks for with bundled code.
  zip: { excludeSources: gitIgnoredGlobs() },
  // `npm run dev` opens Chromium with the extension where there is a display (Debian's chromium when installed);
  // on a machine without one it builds and watches, and the extension is loaded by hand (README).
  webExt: {
    disabled: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    ...(existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium' } } : {}),
  },
  vite: () => ({
    plugins: [bundledPacksPlugin(), noHtmlStringsPlugin()],
    // The e2e build must ship the same JSX as production (the dev transform adds file/line data to every node).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: { sourcemap: process.env.ODIGOS_SOURCEMAP === '1' },
  }),
  manifest: ({ browser, mode }) => {
    const e2e = mode === 'e2e';
    return {
      // The update e2e builds a newer version into the folder Chromium is running (tests/e2e/notes-extension-update).
      ...(process.env.ODIGOS_VERSION ? { version: process.env.ODIGOS_VERSION } : {}),
      name: 'Odigos — guide for customer service',
      short_name: 'Odigos',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: [
        'storage',
        'scripting',
        'alarms',
        'notifications',
        'clipboardWrite',
        // The popup must read the current tab's address on a site Odigos does not know yet, to offer turning it
        // on there; activeTab gives that for the tab the agent clicked on, and nothing more.
        'activeTab',
        // Knowledge packs may be up to 20 MB and the last 3 versions are kept for rollback: more than
        // storage.local's default 10 MB quota. No install warning is shown for it.
        'unlimitedStorage',
        ...(browser === 'firefox' ? [] : ['sidePanel']),
        // e2e, Firefox: the popup opened as a tab (?tab=N) has no activeTab grant, and must still read the address
        // of a site whose permission the test lets it ask for (tests/e2e/firefox-pages.e2e.ts).
        ...(e2e && browser === 'firefox' ? ['tabs'] : []),
      ],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      // Known CRMs: the background injects the extras (notes editor, palette) into their tabs on first use.
      // e2e: loopback pack servers, and 127.0.0.2 as an "unknown site" whose permission the agent already
      // granted (headless Chromium cannot click the permission prompt); it is not statically matched.
      host_permissions: [...KNOWN_CRM_MATCHES, ...(e2e ? [...E2E_EXTRA_MATCHES, 'http://127.0.0.2/*'] : [])],
      commands: {
        'toggle-overlay': {
          suggested_key: { default: DEFAULT_OVERLAY_HOTKEY },
          description: '__MSG_cmdToggleOverlay__',
        },
      },
      action: { default_title: 'Odigos' },
      // The overlay frames the notes editor (an extension page, out of the CRM page's reach): the one resource a
      // web page may load. Agent-enabled sites can be any http(s) origin; the dynamic URL (a new id each session)
      // keeps pages from probing for Odigos with it.
      web_accessible_resources:
        browser === 'firefox'
          ? (['notes-frame.html'] as unknown as never)
          : [{ resources: ['notes-frame.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
      // Enterprise policy (packUrls, packKeys, allowedSites …) through storage.managed; Firefox reads
      // policies.json instead and needs no schema (docs/policies.md).
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      browser_specific_settings:
        browser === 'firefox'
          ? {
              gecko: {
                id: 'odigos@odigos.example',
                strict_min_version: '142.0',
                data_collection_permissions: { required: ['none'] },
              },
            }
          : undefined,
    };
  },
  hooks: {
    // The English word vectors (about 3.4 MB) ship as a data file the background fetches when an English pack is
    // active (lib/background/vectors.ts), not inside its script — while the semantic stage is on (knowledge/vectors/en-vectors.ts).
    'build:publicAssets': (_wxt, files) => {
      if (SEMANTIC_STAGE_ON) files.push({ absoluteSrc: fileURLToPath(new URL(EN_VECTORS_FILE, import.meta.url)), relativeDest: EN_VECTORS_FILE.replace(/^.*\//, '') });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Known CRMs are matched statically; the e2e build adds loopback so tests need no prompt.
      const extra = wxt.config.mode === 'e2e' ? [...E2E_EXTRA_MATCHES] : [];
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...KNOWN_CRM_MATCHES, ...extra];
      if (manifest.manifest_version === 2) {
        // MV2 (Firefox) has no optional_host_permissions: origins go with the optional permissions.
        const m = manifest as typeof manifest & { optional_permissions?: string[] };
        m.optional_permissions = [...(m.optional_permissions ?? []), 'https://*/*', 'http://*/*'];
      }
    },
  },
});
