import { matchesPattern } from '../knowledge/match-pattern';

export { matchesPattern };

/**
 * Where Odigos runs without asking: the helpdesks and CRMs it knows. Any other site is enabled by the agent
 * (optional host permission + a dynamically registered content script), or by enterprise policy.
 */
export const KNOWN_CRM_MATCHES = [
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.zammad.com/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://secure.helpscout.net/*',
  'https://mail.google.com/*',
  'https://app.frontapp.com/*',
  'https://desk.zoho.com/*',
  'https://desk.zoho.eu/*',
  'https://*.kayako.com/*',
  'https://*.gorgias.com/*',
] as const;

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
