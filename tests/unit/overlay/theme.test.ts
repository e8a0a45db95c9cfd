import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPageTheme, onSystemThemeChange, resolveTheme } from '@/lib/theme';

/** A system preference the test controls (happy-dom's matchMedia does not follow a colour scheme). */
function systemPrefers(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, fn: () => void, opts?: { signal?: AbortSignal }) => {
      listeners.add(fn);
      opts?.signal?.addEventListener('abort', () => listeners.delete(fn));
    },
  };
  vi.stubGlobal('matchMedia', () => query);
  return { switchTo: (d: boolean) => ((dark = d), listeners.forEach((fn) => fn())), listeners };
}

afterEach(() => vi.unstubAllGlobals());

describe('one theme resolver', () => {
  it("resolves 'auto' to the system's choice and keeps an explicit one", () => {
    const system = systemPrefers(true);
    expect(resolveTheme('auto')).toBe('dark');
    system.switchTo(false);
    expect(resolveTheme('auto')).toBe('light');
    expect(resolveTheme('dark')).toBe('dark');
  });

  it('tells of a system switch until the signal aborts', () => {
    const system = systemPrefers(false);
    const end = new AbortController();
    const heard: string[] = [];
    onSystemThemeChange(() => heard.push(resolveTheme('auto')), end.signal);
    system.switchTo(true);
    end.abort();
    system.switchTo(false);
    expect(heard).toEqual(['dark']);
  });

  it("marks an extension page with the chosen theme, and with the system's for 'auto', followed while chosen", () => {
    // Unmarked for 'auto', the page stayed white on a dark system: no CSS of the pages reads the system's scheme.
    const system = systemPrefers(true);
    const root = document.createElement('html');
    applyPageTheme('light', root);
    expect(root.dataset.theme).toBe('light');
    applyPageTheme('auto', root);
    expect(root.dataset.theme).toBe('dark');
    system.switchTo(false);
    expect(root.dataset.theme).toBe('light');
    applyPageTheme('dark', root);
    system.switchTo(false);
    expect(root.dataset.theme).toBe('dark');
    // One listener per page, however often the settings change.
    expect(system.listeners.size).toBe(1);
  });
});
