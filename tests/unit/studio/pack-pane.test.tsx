import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PackPane } from '@/components/studio/PackPane';
import { useRenderRoot } from '../overlay/render-root';

const root = useRenderRoot();

describe('the pack settings form', () => {
  it('says where the pack id comes from and what it names, not the entries’ «filled in from the title» (a pack has a name, and its id does not follow it)', () => {
    const form = { id: 'prosvasimotita', name: 'Προσβασιμότητα και επανακλήσεις', version: '1.0.0', lang: 'el' as const, description: '', author: '', reviewBy: '' };
    const none = () => undefined;
    act(() => render(<PackPane pack={{ baseHash: 'h', form, problems: [], status: 'clean' }} exists onChange={none} onSave={none} onDiscard={none} onResolve={none} />, root()));
    const hint = root().querySelector('[data-field="id"] .st-hint')?.textContent;
    expect(hint).toBe('Λατινικά πεζά, ψηφία και «-». Από αυτό παίρνουν όνομα τα αρχεία που δημοσιεύετε (π.χ. prosvasimotita.json).');
  });
});
