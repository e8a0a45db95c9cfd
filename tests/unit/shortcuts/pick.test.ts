import { describe, expect, it } from 'vitest';
import { pickShortcutTemplate, type ShortcutCandidate } from '@/lib/shortcuts/pick';
import type { TemplateEntry } from '@/knowledge/types';

function cand(id: string, formality: 'formal' | 'informal', personal = false): ShortcutCandidate {
  const entry: TemplateEntry = {
    id, type: 'template', title: id, lang: 'en', triggers: [], tags: [], body: id,
    shortcut: 'sorry', tone: 'apology', channels: ['chat'], formality,
  };
  return { entry, packId: personal ? 'personal' : 'en-core', personal };
}

describe('pickShortcutTemplate', () => {
  const pack = [cand('apology-general', 'formal'), cand('apology-general-informal', 'informal')];

  it('picks the variant in the agent’s formality', () => {
    expect(pickShortcutTemplate(pack, 'formal')?.entry.id).toBe('apology-general');
    expect(pickShortcutTemplate(pack, 'informal')?.entry.id).toBe('apology-general-informal');
  });

  it('lets a personal snippet win over pack templates with the same shortcut', () => {
    const mine = cand('my-sorry', 'formal', true);
    expect(pickShortcutTemplate([...pack, mine], 'informal')?.entry.id).toBe('my-sorry');
  });

  it('falls back to the best candidate, and to nothing when there is none', () => {
    expect(pickShortcutTemplate([pack[0]], 'informal')?.entry.id).toBe('apology-general');
    expect(pickShortcutTemplate([], 'formal')).toBeUndefined();
  });
});
