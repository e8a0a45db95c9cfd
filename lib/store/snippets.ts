import { stored } from '../stored';
import { TONES, type Formality, type Lang, type Tone } from '../../knowledge/types';
import { lastKnownPolicyItem } from './policy';
import { FailureError } from '../failure';
import { isStorageFull } from '../storage-full';
import { errorText } from '@/knowledge/error-text';

/** A template the agent wrote for themselves; it layers over pack templates (same shortcut → this one wins). */
export interface Snippet {
  id: string;
  title: string;
  /** Quick-insert keyword: letters (Greek too), digits and '-'; may be empty (palette only). */
  shortcut: string;
  /** Template body: the same placeholders as pack templates ({{customer.firstName}}, {{cursor}} …). */
  body: string;
  formality: Formality;
  tone: Tone;
  /** Decides vocative, salutation and date format; taken from the body's script when saved. */
  lang: Lang;
  updatedAt: number;
}

export const snippetsItem = stored<Snippet[]>('local:snippets', []);

export type SnippetProblem = 'title' | 'body' | 'shortcut' | 'duplicate' | 'tone';

const SHORTCUT = /^[\p{L}\p{N}-]+$/u;

export function snippetLang(body: string): Lang {
  return /[\u0370-\u03ff\u1f00-\u1fff]/.test(body) ? 'el' : 'en';
}

/** What is wrong with a snippet before it is saved (empty when it can be saved). */
export function checkSnippet(s: Omit<Snippet, 'updatedAt' | 'lang'>, others: readonly Snippet[]): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  if (!s.title.trim()) problems.push('title');
  if (!s.body.trim()) problems.push('body');
  const shortcut = s.shortcut.trim();
  if (shortcut && !SHORTCUT.test(shortcut)) problems.push('shortcut');
  const clash = others.some(
    (o) =>
      o.id !== s.id &&
      shortcut &&
      o.shortcut.trim().toLocaleLowerCase() === shortcut.toLocaleLowerCase() &&
      o.formality === s.formality,
  );
  if (clash) problems.push('duplicate');
  if (!(TONES as readonly string[]).includes(s.tone)) problems.push('tone');
  return problems;
}

export async function getSnippets(): Promise<Snippet[]> {
  return (await snippetsItem.getValue()) ?? [];
}

/** Adds or replaces by id; throws naming the problems so nothing half-valid is stored. */
export async function saveSnippet(s: Omit<Snippet, 'updatedAt' | 'lang'>): Promise<Snippet[]> {
  // Options hides the editor then; this holds for any other caller too.
  if ((await lastKnownPolicyItem.getValue())?.allowPersonalSnippets === false) {
    throw new FailureError({ code: 'snippet.turnedOff' }, 'Snippet not saved: your organisation has turned personal snippets off');
  }
  const all = await getSnippets();
  const problems = checkSnippet(s, all);
  if (problems.length) throw new Error(`Snippet not saved: ${problems.join(', ')}`);
  const saved: Snippet = { ...s, shortcut: s.shortcut.trim(), lang: snippetLang(s.body), updatedAt: Date.now() };
  const next = all.some((o) => o.id === s.id) ? all.map((o) => (o.id === s.id ? saved : o)) : [...all, saved];
  await snippetsItem.setValue(next).catch((err: unknown) => {
    // A full disk is the agent's to fix (free space, then save again), so it is told apart from other refusals.
    const message = errorText(err);
    throw isStorageFull(err) ? new FailureError({ code: 'snippet.diskFull' }, `Snippet not saved: ${message}`) : err;
  });
  return next;
}

export async function deleteSnippet(id: string): Promise<Snippet[]> {
  const next = (await getSnippets()).filter((s) => s.id !== id);
  await snippetsItem.setValue(next);
  return next;
}

export function watchSnippets(cb: (s: Snippet[]) => void): () => void {
  return snippetsItem.watch((v) => cb(v ?? []));
}
