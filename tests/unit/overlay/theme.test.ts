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

  it("marks an extension page with the chosen theme, and none for 'auto' (its CSS follows the system)", () => {
    const root = document.createElement('html');
    applyPageTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyPageTheme('auto', root);
    expect(root.dataset.theme).toBeUndefined();
  });
});
