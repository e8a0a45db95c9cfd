import { matchesPattern } from '../knowledge/match-pattern';
import { adapterSpecs } from './crm/adapter-specs';
import './crm/adapter-list';

export { matchesPattern };

/**
 * Where Odigos runs without asking: the helpdesks and CRMs it knows, made from their declarations
 * (lib/crm/adapters/), so each helpdesk's addresses are written once. Any other site is enabled by the agent
 * (optional host permission + a dynamically registered content script), or by enterprise policy.
 */
export const KNOWN_CRM_MATCHES: readonly string[] = [...new Set(adapterSpecs().flatMap((s) => s.sites))];

/** Test pages are served from loopback; only the never-shipped e2e build matches them. */
export const E2E_EXTRA_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** The match pattern that covers one origin, e.g. https://support.example.com/* */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

export function isKnownCrm(url: string, extra: readonly string[] = []): boolean {
  return [...KNOWN_CRM_MATCHES, ...extra].some((p) => matchesPattern(p, url));
}
