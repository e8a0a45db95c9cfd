/**
 * The shape of a site profile: how to read a helpdesk nobody wrote an adapter for, made by the agent with the
 * element picker or shipped by a trainer inside a pack. Pure (no DOM, no browser API) so the pack compiler can
 * validate profiles too.
 */
import type { InferOutput } from 'valibot';
import { matchesPattern } from './match-pattern';
import type { siteProfile } from './pack/format';

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
function selectorProblem(selector: string): string | undefined {
  if (!selector.trim()) return 'is empty';
  if (selector.length > 500) return 'is longer than 500 characters';
  if (/[{};]/.test(selector)) return 'contains { } or ; (a selector, not CSS rules)';
  if (selector.split('>>>').some((part) => !part.trim())) return 'has an empty part around >>>';
  const stack: string[] = [];
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') stack.push(c === '[' ? ']' : ')');
    else if ((c === ']' || c === ')') && stack.pop() !== c) return `has an unmatched "${c}"`;
  }
  if (quote) return 'has an unclosed quote';
  if (stack.length) return `is missing "${stack.at(-1)}"`;
  return undefined;
}

/** Every problem with a would-be site profile, in words a trainer can act on; [] means it is valid. */
export function validateSiteProfile(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['a site profile must be an object'];
  const p = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(p)) if (!KEYS.has(key)) problems.push(`unknown field "${key}"`);
  for (const key of ['match', 'message', 'reply'] as const) {
    if (typeof p[key] !== 'string' || !(p[key] as string).trim()) problems.push(`"${key}" is required (text)`);
  }
  for (const key of ['customerName', 'ticketId', 'name'] as const) {
    if (p[key] !== undefined && typeof p[key] !== 'string') problems.push(`"${key}" must be text`);
  }
  if (typeof p.match === 'string' && p.match.trim() && !profilePattern(p.match)) {
    problems.push(`"match" must be an origin (https://desk.example.com), a host glob (*.example.com) or a match pattern, not "${p.match}"`);
  }
  for (const key of SELECTOR_KEYS) {
    const problem = typeof p[key] === 'string' && p[key] ? selectorProblem(p[key] as string) : undefined;
    if (problem) problems.push(`"${key}" selector ${problem}`);
  }
  if (typeof p.ticketId === 'string' && p.ticketId) {
    const re = /^\/(.+)\/([a-z]*)$/.exec(p.ticketId);
    if (re) {
      try {
        new RegExp(re[1], re[2]);
      } catch (e) {
        problems.push(`"ticketId" regular expression is invalid: ${(e as Error).message}`);
      }
    } else {
      const problem = selectorProblem(p.ticketId);
      if (problem) problems.push(`"ticketId" selector ${problem}`);
    }
  }
  return problems;
}
