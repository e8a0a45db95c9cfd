/**
 * Why the studio's server refused or could not do what the page asked, as a code and its data (a path, a version):
 * the page says it in the trainer's language (components/studio/refusals.ts). English sentences built here showed
 * inside Greek ones («Η δημοσίευση σταμάτησε: no key at …»).
 */
export const REFUSAL_CODES = [
  'publish.unsaved', 'publish.packUnreadable', 'publish.notAbove', 'publish.packChanged', 'publish.packErrors',
  'publish.keyName', 'publish.noKey', 'publish.keyNotMade', 'publish.keyUnreadable', 'publish.signature', 'publish.changelogChanged',
  'import.appeared', 'file.gone', 'file.badPath', 'folder.locked',
  'request.tooLarge', 'request.notJson', 'request.refused', 'request.noRoute', 'unexpected',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  code: RefusalCode;
  /** What the words name: `path`, `file`, `files`, `version`, `published`, `base`, `route`, `detail` (raw, in English). */
  params?: Record<string, string>;
}

export const refusalOf = (code: RefusalCode, params?: Record<string, string>): Refusal => (params ? { code, params } : { code });

/** Anything that is not a refusal the studio knows: kept readable, its raw words as the detail. */
export const unexpected = (detail: string): Refusal => refusalOf('unexpected', { detail });

export const isRefusal = (x: unknown): x is Refusal =>
  typeof x === 'object' && x !== null && REFUSAL_CODES.includes((x as Refusal).code);
