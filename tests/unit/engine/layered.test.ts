import { describe, expect, it } from 'vitest';
import type { Entry, TemplateEntry } from '../../../knowledge/types';
import { createMatcher } from '../../../knowledge/engine';
import { layered } from '../../../knowledge/engine/layered';
import { evalPack } from './eval-pack';

const template = (id: string, lang: 'el' | 'en', shortcut: string, title: string): TemplateEntry => ({
  id, type: 'template', title, lang, triggers: [], tags: [], body: title, shortcut, tone: 'apology', channels: ['chat'], formality: 'formal',
});
const matcherOf = (id: string, priority: number, entries: Entry[]) => createMatcher([{ pack: { ...evalPack(entries, id), index: null }, priority }]);

const packs = matcherOf('core', 0, [
  template('sorry-en', 'en', 'sorry', 'Apology for the late parcel'),
  template('sorry-el', 'el', 'sorry', 'Συγγνώμη για το δέμα που άργησε'),
  template('thanks', 'en', 'thx', 'Thanks for waiting'),
]);
const own = matcherOf('personal', 30, [
  template('personal-1', 'en', 'sorry', 'My apology for a late parcel'),
  template('personal-2', 'el', 'mine', 'Η δική μου συγγνώμη'),
]);
const both = layered(own, packs);
const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('a personal layer over the shared matcher', () => {
  it('finds shortcuts in both, the top layer first, the language asked for before either', () => {
    expect(ids(both.byShortcut('sorry'))).toEqual(['personal-1', 'sorry-el', 'sorry-en']);
    expect(ids(both.byShortcut('sorry', { lang: 'el' }))).toEqual(['sorry-el', 'personal-1', 'sorry-en']);
    expect(ids(both.byShortcut('mine'))).toEqual(['personal-2']);
    expect(ids(both.byShortcut('nothing'))).toEqual([]);
  });

  it('lists the top layer’s matches before the packs’, within the limit', () => {
    const found = both.search('late parcel apology', { type: 'template' }).suggestions.map((s) => `${s.packId}/${s.entryId}`);
    expect(found[0]).toBe('personal/personal-1');
    expect(found).toContain('core/sorry-en');
    expect(both.search('late parcel apology', { limit: 1 }).suggestions).toHaveLength(1);
    expect(both.search('late parcel apology').cues).toEqual(packs.search('late parcel apology').cues);
  });

  it('serves entries of either layer and counts both', () => {
    expect(both.entry('personal', 'personal-2')?.title).toBe('Η δική μου συγγνώμη');
    expect(both.entry('core', 'thanks')?.title).toBe('Thanks for waiting');
    expect(both.entry('core', 'personal-2')).toBeUndefined();
    expect(both.size).toBe(5);
  });
});
