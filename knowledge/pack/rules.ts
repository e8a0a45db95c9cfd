/**
 * The shapes of single values in a pack, shared by the format declaration (format.ts), the source parser and
 * the views. No schema library here: the content script imports these constants and stays small.
 */

export const LANGS = ['el', 'en'] as const;
export const ENTRY_TYPES = ['sop', 'template'] as const;
export const FORMALITIES = ['formal', 'informal'] as const;
export const TONES = [
  'empathy', 'apology', 'reassurance', 'de-escalation', 'follow-up', 'closing', 'greeting', 'information',
] as const;
/** How the reply reaches the customer: in-person is said face to face (in the shop, at the counter), like phone a script to say. */
export const CHANNELS = ['email', 'chat', 'phone', 'in-person'] as const;
/** A first name's gender (names.yaml), and which part of a full name a name is. */
export const GENDERS = ['m', 'f'] as const;
export const NAME_KINDS = ['first', 'last'] as const;
/**
 * Where a conversation stands: a new problem, work under way (the SOP's checklist has progress), or resolved (the
 * problem was handled, e.g. the refund made; the agent marked it so, or the customer is thanking and closing).
 */
export const STAGES = ['new', 'working', 'resolved'] as const;

export const PACK_SCHEMA_ID = 'odigos-pack';
export const PACK_SCHEMA_VERSION = 1;

/** The largest pack file taken in, however it comes (download, file import, the CLI). */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
/** Letters of any script (Greek too), digits and '-'. */
export const SHORTCUT = /^[\p{L}\p{N}-]+$/u;
/** One word of a personal name: letters of any script with their accents (Νικολός, Müller). */
export const NAME_WORD = /^[\p{L}\p{M}]+$/u;

/**
 * A pack variable's name: a group and a name joined by a dot (`policy.refundCardDays`, `company.name`), used in
 * text as `{{policy.refundCardDays}}`. The groups of the built-in placeholders are not variables.
 */
export const VARIABLE_NAME = /^[a-z][A-Za-z0-9]*\.[A-Za-z][A-Za-z0-9]*$/;
export const RESERVED_VARIABLE_GROUPS = ['customer', 'agent', 'ticket', 'date', 'field', 'cursor'] as const;

/** True for a name that can be a pack variable (right form, not a built-in placeholder's group). */
export function isVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name) && !(RESERVED_VARIABLE_GROUPS as readonly string[]).includes(name.slice(0, name.indexOf('.')));
}

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today's local date as yyyy-mm-dd (what review dates are compared with). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** How a value reads in a message: "a number", "a list", "text". */
/** What a value is, in English (format.ts's messages). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}
