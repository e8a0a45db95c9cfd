/**
 * Realistic generated knowledge entries and customer messages for the benchmark: Greek and English words drawn
 * (Zipf-like) from customer-service text — the development pack and, when present, the shared Greek seed articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Entry } from '../knowledge/types';
import { EVAL_ENTRIES } from '../tests/unit/engine/eval-pack';

const SEEDS = '/work/shared/seeds';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same work. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(text: string): string[] {
  return text.match(/[\p{L}]{2,}/gu) ?? [];
}

function bank(lang: 'el' | 'en'): string[] {
  const texts = EVAL_ENTRIES.filter((e) => e.lang === lang).map((e) => [e.title, ...e.triggers, e.body].join(' '));
  if (lang === 'el') {
    try {
      for (const f of readdirSync(SEEDS)) texts.push(readFileSync(`${SEEDS}/${f}`, 'utf8'));
    } catch {
      // The seed articles are optional: the development pack alone still gives realistic words.
    }
  } else {
    texts.push(
      'customer service team order delivery payment account refund return invoice product warranty courier ' +
        'package shipping address email phone support manager complaint request problem issue update status ' +
        'tracking number week day today tomorrow yesterday please help thanks received sent charged money card bank',
    );
  }
  const freq = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) freq.set(w, (freq.get(w) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

const BANKS = { el: bank('el'), en: bank('en') };

/** A word, frequent words more often (Zipf-like). */
function pick(r: () => number, lang: 'el' | 'en'): string {
  const b = BANKS[lang];
  return b[Math.floor(b.length * Math.pow(r(), 2.2))]!;
}
const phrase = (r: () => number, lang: 'el' | 'en', n: number) => Array.from({ length: n }, () => pick(r, lang)).join(' ');

export function generateEntries(n: number, seed = 1): Entry[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const lang = i % 2 === 0 ? 'el' : 'en';
    const steps = Array.from({ length: 3 + Math.floor(r() * 4) }, (_, k) => `${k + 1}. ${phrase(r, lang, 8 + Math.floor(r() * 14))}.`);
    const base = {
      id: `gen-${i}`,
      title: phrase(r, lang, 2 + Math.floor(r() * 4)),
      lang,
      triggers: Array.from({ length: 2 + Math.floor(r() * 3) }, () => phrase(r, lang, 2 + Math.floor(r() * 3))),
      tags: [pick(r, lang), pick(r, lang)],
      body: steps.join('\n'),
    } as const;
    const entry: Entry =
      i % 3 === 0
        ? { ...base, tags: [...base.tags], type: 'template', tone: 'empathy', channels: ['email'], formality: 'formal', shortcut: `s${i}` }
        : { ...base, tags: [...base.tags], type: 'sop', department: 'CS', purpose: phrase(r, lang, 8), terms: {}, metrics: {}, steps: [] };
    return entry;
  });
}

const GREEKLISH: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'h', θ: '8', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'ks',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'x', ψ: 'ps', ω: 'w',
};
function greeklish(s: string): string {
  return [...s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()].map((c) => GREEKLISH[c] ?? c).join('');
}

/** 3-word queries from an entry's words (a third of them in Greeklish) and 60-word messages around them. */
export function generateQueries(entries: Entry[], n: number, seed = 2): { short: string[]; long: string[] } {
  const r = rng(seed);
  const short: string[] = [];
  const long: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = entries[Math.floor(r() * entries.length)]!;
    const ws = words([e.title, ...e.triggers].join(' '));
    let q = Array.from({ length: 3 }, () => ws[Math.floor(r() * ws.length)]!).join(' ');
    if (e.lang === 'el' && i % 3 === 0) q = greeklish(q);
    short.push(q);
    const noise = phrase(r, e.lang, 57).split(' ');
    noise.splice(Math.floor(r() * noise.length), 0, ...q.split(' '));
    long.push(noise.join(' '));
  }
  return { short, long };
}
