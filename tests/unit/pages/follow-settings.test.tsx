// The agent switches the language in Options (or in another window) while the side panel or the notes page is open:
// read once at the start, those pages kept the old language until reopened. They follow the stored setting while
// their view lives, and stop when it goes.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followSettings } from '@/lib/extension-pages';
import { uiLang } from '@/lib/i18n';
import { DEFAULT_SETTINGS, getSettings, updateSettings, type Settings } from '@/lib/store/settings';
import { startSidePanel } from '@/app/side-panel/side-panel';

describe('an extension page follows the agent\'s settings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => (uiLang.value = 'en'));

  it('the language and the rest change with the stored setting, until the view goes', async () => {
    const seen: Settings[] = [];
    const view = new AbortController();
    followSettings({ ...DEFAULT_SETTINGS, uiLang: 'el' }, (s) => seen.push(s), view.signal);
    expect(uiLang.value).toBe('el');
    expect(document.documentElement.lang).toBe('el');
    await updateSettings({ uiLang: 'en', theme: 'dark' });
    await expect.poll(() => uiLang.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(seen.at(-1)).toMatchObject({ uiLang: 'en', theme: 'dark' });
    view.abort();
    const count = seen.length;
    await updateSettings({ uiLang: 'el' });
    await getSettings();
    await new Promise((r) => setTimeout(r, 50));
    expect(uiLang.value).toBe('en');
    expect(seen.length).toBe(count);
  });

  it('an open side panel speaks the language the agent picks in Options, without reopening', async () => {
    await updateSettings({ uiLang: 'el' });
    const root = document.createElement('div');
    document.body.append(root);
    const view = new AbortController();
    await startSidePanel(root, await getSettings(), render, view.signal);
    expect(root.textContent).toContain('Ανοίξτε ένα αίτημα σε ενεργό ιστότοπο');
    expect(document.title).toBe('Οδηγός');
    await updateSettings({ uiLang: 'en', theme: 'dark' });
    await expect.poll(() => root.textContent).toContain('Open a ticket on an enabled site to see suggestions.');
    expect(root.querySelector('main')?.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Odigos');
    view.abort();
    render(null, root);
    root.remove();
  });
});

describe('the side panel\'s automatic theme', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('follows the system switching to dark and back while the panel is open (it stayed as first drawn)', async () => {
    // The system's dark mode as the browser reports it: a media query whose answer changes, with an event.
    const scheme = Object.assign(new EventTarget(), { matches: false, media: '(prefers-color-scheme: dark)' });
    vi.stubGlobal('matchMedia', () => scheme);
    await updateSettings({ theme: 'auto' });
    const root = document.createElement('div');
    document.body.append(root);
    const view = new AbortController();
    await startSidePanel(root, await getSettings(), render, view.signal);
    expect(root.querySelector('main')?.dataset.theme).toBe('light');
    scheme.matches = true;
    scheme.dispatchEvent(new Event('change'));
    await expect.poll(() => root.querySelector('main')?.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    scheme.matches = false;
    scheme.dispatchEvent(new Event('change'));
    await expect.poll(() => root.querySelector('main')?.dataset.theme).toBe('light');
    // A theme the agent chose is kept whatever the system does.
    await updateSettings({ theme: 'dark' });
    await expect.poll(() => root.querySelector('main')?.dataset.theme).toBe('dark');
    scheme.dispatchEvent(new Event('change'));
    expect(root.querySelector('main')?.dataset.theme).toBe('dark');
    view.abort();
    render(null, root);
    root.remove();
  });
});
