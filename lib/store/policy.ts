import { stored } from '../stored';
import type { QcPart } from '@/knowledge/qc/schema';

/**
 * Enterprise policy as the organisation set it (read from `storage.managed` by lib/background/policy.ts, which
 * says where it comes from). Declared here, with the copy kept in storage, so that stores (snippets) and views
 * read it without importing the background.
 */
export interface Policy {
  /** Packs installed and kept up to date with no click (company layer, cannot be removed). */
  packUrls: string[];
  /** Public keys (base64 SPKI, as `odigos keygen` prints them); when set, packs from URLs must be signed by one. */
  packKeys: string[];
  /** Match patterns where Odigos runs without the agent turning it on. */
  allowedSites: string[];
  /** May agents keep their own snippets? */
  allowPersonalSnippets: boolean;
  /** Delete notes older than this many days (undefined: the agent decides). */
  notesRetentionDays?: number;
  /** The team every QC export of this browser names (filters in `odigos qc`). */
  qcTeam?: string;
  /** Parts every QC export leaves out (knowledge/qc/schema.ts QC_PARTS). */
  qcExportOmit: QcPart[];
  /** Keys the organisation set (for "Managed by your organisation" in the UI). */
  managedKeys: Array<keyof PolicyValues>;
  /** Values that were present but unusable, named, so an administrator can see why they are ignored. */
  problems: PolicyProblem[];
}

/** A managed setting present but unusable, ignored: which one and its value (the options page words it), and why in English. */
export interface PolicyProblem {
  setting: string;
  /** The value as the policy gave it (JSON, cut short). */
  value: string;
  text: string;
}

type PolicyValues = Omit<Policy, 'managedKeys' | 'problems'>;

/**
 * The last policy the browser delivered, kept across restarts: until Chromium delivers the policy after a
 * start-up, callers that cannot wait act on what the organisation wanted last time rather than on "no policy".
 * Written by the service worker only (trackPolicy); anyone may watch it to hear that the policy changed.
 */
export const lastKnownPolicyItem = stored<Policy | null>('local:lastKnownPolicy', null);
