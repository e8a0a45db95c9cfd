/**
 * What the studio's forms edit: one entry (SOP or template) or the pack's settings, as the trainer types them.
 * Every value is kept as text, so a wrong value ("15 λεπτά" for a target time) reaches the validator and comes
 * back as a problem at its field instead of being lost on the way.
 */
import type { Lang } from '@/knowledge/types';

export interface BranchForm {
  /** Else branch («Αλλιώς»): no condition. */
  otherwise: boolean;
  condition: string;
  /** A step number ("3"), "escalate", or the target as written when it is neither (shown as a problem). */
  goto: string;
}

export interface StepForm {
  /** The step's text; `[[template-id]]` links stay in it where the trainer put them. */
  text: string;
  branches: BranchForm[];
}

export interface TermForm {
  term: string;
  meaning: string;
}

interface CommonForm {
  id: string;
  title: string;
  /** '' = the pack's language; anything else as written (a wrong value reaches the validator). */
  lang: string;
  triggers: string[];
  tags: string[];
  /** yyyy-mm-dd or ''. */
  reviewBy: string;
}

export interface SopForm extends CommonForm {
  type: 'sop';
  department: string;
  purpose: string;
  terms: TermForm[];
  /** Target times as written: 15m, 2h, 1d. */
  firstResponse: string;
  completion: string;
  escalationWhen: string;
  escalationTo: string;
  /** Free text before the first step. */
  intro: string;
  steps: StepForm[];
}

export interface TemplateForm extends CommonForm {
  type: 'template';
  shortcut: string;
  tone: string;
  channels: string[];
  formality: string;
  body: string;
}

export type EntryForm = SopForm | TemplateForm;

export interface PackForm {
  id: string;
  name: string;
  version: string;
  lang: string;
  description: string;
  author: string;
  reviewBy: string;
}

export const ENTRY_KEY_ORDER = [
  'id', 'type', 'title', 'lang', 'department', 'purpose', 'terms', 'metrics', 'escalation',
  'shortcut', 'tone', 'channel', 'channels', 'formality', 'triggers', 'tags', 'reviewBy',
] as const;

export const PACK_KEY_ORDER = ['id', 'name', 'version', 'lang', 'description', 'author', 'reviewBy'] as const;

export function emptySop(lang: '' | Lang = ''): SopForm {
  return {
    type: 'sop', id: '', title: '', lang, triggers: [], tags: [], reviewBy: '', department: '', purpose: '', terms: [],
    firstResponse: '', completion: '', escalationWhen: '', escalationTo: '', intro: '', steps: [{ text: '', branches: [] }],
  };
}

export function emptyTemplate(lang: '' | Lang = ''): TemplateForm {
  return {
    type: 'template', id: '', title: '', lang, triggers: [], tags: [], reviewBy: '', shortcut: '', tone: 'information',
    channels: ['email', 'chat'], formality: 'formal', body: '',
  };
}

export const emptyPack = (): PackForm => ({ id: '', name: '', version: '1.0.0', lang: 'el', description: '', author: '', reviewBy: '' });

/** Greek letters as Latin for ids (Γιώργος → giorgos): ids are a-z, 0-9 and '-'. */
const GREEK_LATIN: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Pairs read as one sound (ELOT 743): «ευχαριστούμε» → evcharistoume, not eycharistoyme. */
const DIGRAPHS: Record<string, string> = { ου: 'ou', αυ: 'av', ευ: 'ev', γγ: 'ng' };

/** Longest id made from a title: a file name the trainer can still read whole in the list. */
const SLUG_MAX = 60;

/**
 * A readable id from a title: «Διπλή χρέωση κάρτας» → dipli-chreosi-kartas. A long title is cut after its last
 * whole word that fits: cut at 60 letters, «…με προβλήματα όρασης» became «…-provlimata-or». Only a first word
 * longer than that is cut inside it.
 */
export function slugify(title: string): string {
  const plain = title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const latin = [...plain.replace(/ου|αυ|ευ|γγ/g, (d) => DIGRAPHS[d])].map((c) => GREEK_LATIN[c] ?? c).join('');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX) return slug;
  const end = slug.lastIndexOf('-', SLUG_MAX);
  return end > 0 ? slug.slice(0, end) : slug.slice(0, SLUG_MAX);
}
