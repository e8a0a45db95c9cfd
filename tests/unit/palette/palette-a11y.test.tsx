import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Palette } from '@/components/palette/Palette';
import type { TemplateHit } from '@/lib/background/templates-service';
import { useRenderRoot } from '../overlay/render-root';

const hit = (n: number, lang: 'el' | 'en' = 'el'): TemplateHit =>
  ({ packId: 'p', entryId: `t${n}`, title: `Πρότυπο ${n}`, lang, formality: 'formal', tone: 'neutral', tags: [], personal: false, fields: [], twin: false, asksAgentName: false }) as unknown as TemplateHit;

describe('palette, as a screen reader meets it', () => {
  const root = useRenderRoot();

  it('one live region, there from the start, says how many templates each search found, and when none', async () => {
    const search = vi.fn(async (q: string) => (q ? [] : [hit(1), hit(2), hit(3, 'en')]));
    render(<Palette anchor={{ x: 10, y: 10, height: 20 }} theme="light" search={search} preview={async () => 'κείμενο'} onPick={() => undefined} onClose={() => undefined} />, root());
    const status = root().querySelector('[role=status]')!;
    await vi.waitFor(() => expect(status.textContent).toBe('3 πρότυπα'));
    // Heard, not seen: the list shows them.
    expect(status.className).toBe('op-sr');
    // The dialog says its language; each title and the preview say the template's.
    expect(root().querySelector('[role=dialog]')!.getAttribute('lang')).toBe('el');
    expect([...root().querySelectorAll('[role=option] .op-title')].map((t) => t.getAttribute('lang'))).toEqual(['el', 'el', 'en']);
    const input = root().querySelector<HTMLInputElement>('[role=combobox]')!;
    input.value = 'κουκουβάγια';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(status.textContent).toBe('Δεν βρέθηκε πρότυπο. Δοκιμάστε άλλη λέξη ή μέρος του τίτλου.'));
    // The same region (a new one arriving with its words is often not read), now seen too.
    expect(root().querySelector('[role=status]')).toBe(status);
    expect(status.className).toBe('op-muted');
  });

  it('opened by Tab after an unknown shortcut: says so, and the search box is described by it and holds its keyword', async () => {
    const search = vi.fn(async () => [hit(1)]);
    render(<Palette anchor={{ x: 10, y: 10, height: 20 }} theme="light" initialQuery="allagh" unknownShortcut="/allagh" search={search} preview={async () => ''} onPick={() => undefined} onClose={() => undefined} />, root());
    const note = root().querySelector('[role=note]')!;
    expect(note.textContent).toBe('Δεν υπάρχει συντόμευση «/allagh». Πρότυπα που ταιριάζουν:');
    const input = root().querySelector<HTMLInputElement>('[role=combobox]')!;
    expect(input.getAttribute('aria-describedby')).toBe(note.id);
    expect(input.value).toBe('allagh');
    await vi.waitFor(() => expect(search).toHaveBeenCalledWith('allagh'));
  });

  it('opened by the hotkey: no such note', () => {
    render(<Palette anchor={{ x: 10, y: 10, height: 20 }} theme="light" search={async () => []} preview={async () => ''} onPick={() => undefined} onClose={() => undefined} />, root());
    expect(root().querySelector('[role=note]')).toBeNull();
    expect(root().querySelector('[role=combobox]')!.hasAttribute('aria-describedby')).toBe(false);
  });
});
