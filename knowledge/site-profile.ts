/**
 * The shape of a site profile: how to read a helpdesk nobody wrote an adapter for, made by the agent with the
 * element picker or shipped by a trainer inside a pack. Pure (no DOM, no browser API) so the pack compiler can
 * validate profiles too.
 */
import type { InferOutput } from 'valibot';
import { matchesPattern } from './match-pattern';
import type { siteProfile } from './pack/format';
// Problems are codes with parameters: their words (pack/problem-words.ts) stay out of the content script, which
// imports this file; whoever shows a problem renders it (the pack validator, the picker, odigos).
import type { Said } from './pack/problem-words';

/** How to read a helpdesk: declared with the pack format (knowledge/pack/format.ts), which documents each field. */
export type SiteProfile = InferOutput<typeof siteProfile>;

/** The fields of a profile; a unit test checks they are the declaration's. */
export const SITE_PROFILE_KEYS = ['match', 'message', 'reply', 'customerName', 'ticketId', 'name'] as const;
const KEYS = new Set<string>(SITE_PROFILE_KEYS);
const SELECTOR_KEYS = ['message', 'reply', 'customerName'] as const;
const HOST_GLOB = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i;
const PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[^/*:]+)(:\d+)?(\/.*)?$/;

/** The Chrome match pattern a profile's `match` stands for, or undefined when it is not one of the three forms. */
export function profilePattern(match: string): string | undefined {
  const m = match.trim();
  if (HOST_GLOB.test(m)) return `*://${m.replace(/:\d+$/, '')}/*`;
  const p = PATTERN.exec(m);
  return p ? `${p[1]}://${p[2]}${p[5] && p[5] !== '/' ? p[5] : '/*'}` : undefined;
}

export function profileMatches(profile: SiteProfile, url: string): boolean {
  const pattern = profilePattern(profile.match);
  return !!pattern && matchesPattern(pattern, url);
}

/** Cheap syntax check without a DOM: balanced brackets and quotes, no rule blocks, sane length. */
function selectorProblem(selector: string): Said | undefined {
  if (!selector.trim()) return { code: 'selector.empty' };
  if (selector.length > 500) return { code: 'selector.tooLong' };
  if (/[{};]/.test(selector)) return { code: 'selector.rules' };
  if (selector.split('>>>').some((part) => !part.trim())) return { code: 'selector.emptyPart' };
  const stack: string[] = [];
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') stack.push(c === '[' ? ']' : ')');
    else if ((c === ']' || c === ')') && stack.pop() !== c) return { code: 'selector.unmatched', params: { c } };
  }
  if (quote) return { code: 'selector.unclosedQuote' };
  if (stack.length) return { code: 'selector.missing', params: { c: stack.at(-1)! } };
  return undefined;
}

/**
 * The first group that repeats and holds a repeat itself (`(.*)*`, `(\w+)+`), if any: such a pattern can backtrack
 * for minutes on an address it does not match, and the ticket id is read in the CRM page's own thread, so the tab
 * freezes. A scan of the pattern's text (escapes and [classes] skipped), not a regex parser: it errs on refusing.
 */
export function nestedRepeat(pattern: string): string | undefined {
  const open: Array<{ at: number; repeats: boolean }> = [];
  let closed: { at: number; repeats: boolean } | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d*,\d*\}/.test(pattern.slice(i)));
    if (unbounded && closed?.repeats) return pattern.slice(closed.at, c === '{' ? pattern.indexOf('}', i) + 1 : i + 1);
    if (unbounded && open.length) open[open.length - 1]!.repeats = true;
    closed = undefined;
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') open.push({ at: i, repeats: false });
    else if (c === ')' && open.length) {
      closed = open.pop()!;
      if (closed.repeats && open.length) open[open.length - 1]!.repeats = true;
    }
  }
  return undefined;
}

/**
 * Every problem with a would-be site profile, as codes with parameters (their words, Greek and English, are in
 * pack/problem-words.ts); [] means it is valid.
 */
export function validateSiteProfile(value: unknown): Said[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ code: 'siteProfile.notObject' }];
  const p = value as Record<string, unknown>;
  const problems: Said[] = [];
  for (const key of Object.keys(p)) if (!KEYS.has(key)) problems.push({ code: 'siteProfile.unknownField', params: { key } });
  for (const key of ['match', 'message', 'reply'] as const) {
    if (typeof p[key] !== 'string' || !(p[key] as string).trim()) problems.push({ code: 'siteProfile.required', params: { key } });
  }
  for (const key of ['customerName', 'ticketId', 'name'] as const) {
    if (p[key] !== undefined && typeof p[key] !== 'string') problems.push({ code: 'siteProfile.notText', params: { key } });
  }
  if (typeof p.match === 'string' && p.match.trim() && !profilePattern(p.match)) problems.push({ code: 'siteProfile.match', params: { value: p.match } });
  for (const key of SELECTOR_KEYS) {
    const problem = typeof p[key] === 'string' && p[key] ? selectorProblem(p[key] as string) : undefined;
    if (problem) problems.push({ code: 'siteProfile.selector', params: { key, problem } });
  }
  if (typeof p.ticketId === 'string' && p.ticketId) {
    const re = /^\/(.+)\/([a-z]*)$/.exec(p.ticketId);
    if (re) {
      try {
        new RegExp(re[1], re[2]);
        const nested = nestedRepeat(re[1]);
        if (nested) problems.push({ code: 'siteProfile.nestedRepeat', params: { group: nested } });
      } catch (e) {
        problems.push({ code: 'siteProfile.regex', params: { detail: (e as Error).message } });
      }
    } else {
      const problem = selectorProblem(p.ticketId);
      if (problem) problems.push({ code: 'siteProfile.selector', params: { key: 'ticketId', problem } });
    }
  }
  return problems;
}
