import { checkCompiledPack, parseJson } from '@/knowledge/pack/compiled';
import { formatProblem, type Problem, type Said } from '@/knowledge/pack/problems';
import { isoDay, SEMVER, SLUG } from '@/knowledge/pack/rules';
import { base64ToBytes, checkPackSignature, type SignatureStatus } from '@/knowledge/pack/signing';
import { MAX_PACK_BYTES } from '@/knowledge/pack/rules';
import { packSourceKind } from '@/knowledge/pack/source-kind';
import { decodeText } from '@/knowledge/pack/text-file';
import { PACK_SCHEMA_ID, type CompiledPack } from '@/knowledge/types';
import type { PackRefusal, ProblemSpot } from '../failure';
import { isHtml, mb } from './pack-fetch';

/**
 * The one gate every pack passes before it is stored, whether from a file or a URL: JSON, the compiled
 * pack schema (version included), then the signature against the pinned keys. Refusals say what is wrong.
 */
export type Intake = { ok: true; pack: CompiledPack; signature: SignatureStatus } | Refused;

/** The English reason (the CLI's words, shown as the trainer's detail) and the failure a page words in the UI language. */
export type Refused = { ok: false; message: string; failure: PackRefusal };

const SHOWN = 3;

/**
 * A pack file's bytes (base64, as the options page sends them) as text, by the CLI's rules: at most the size a
 * download may be, UTF-8 only (a byte that is not UTF-8 is refused, never read as U+FFFD), no binary content.
 */
export function decodePackFile(data: string, from: string): { ok: true; text: string } | Refused {
  const unreadable = (message: string): Refused => ({ ok: false, message, failure: { code: 'pack.notJson', file: from } });
  const tooLarge = (size: number): Refused => ({
    ok: false,
    message: `${from} is ${mb(size)}, more than the ${mb(MAX_PACK_BYTES)} a pack may be`,
    failure: { code: 'pack.tooLarge', file: from, size: mb(size), max: mb(MAX_PACK_BYTES) },
  });
  if (typeof data !== 'string') return unreadable(`${from}: no file content arrived`);
  // Four base64 characters carry three bytes: refuse an oversized file before decoding it.
  const size = Math.floor((data.length * 3) / 4);
  if (size > MAX_PACK_BYTES + 2) return tooLarge(size);
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(data);
  } catch {
    return unreadable(`${from}: the file could not be read`);
  }
  if (bytes.length > MAX_PACK_BYTES) return tooLarge(bytes.length);
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : { ok: false, message: `${from}: ${decoded.message}`, failure: { code: 'pack.notText', file: from } };
}

/**
 * " (acme-returns 2.0.0)" when the refused file says which pack it is: every build writes pack.json, so the file's
 * name alone does not tell the agent which of the trainer's packs failed. Shown only when the id and version are of
 * their form (a hostile file's text is not echoed).
 */
function packNamed(value: unknown): { id?: string; version?: string } {
  const meta = (value as { meta?: { id?: unknown; version?: unknown } }).meta;
  const id = typeof meta?.id === 'string' && meta.id.length <= 100 && SLUG.test(meta.id) ? meta.id : undefined;
  const version = typeof meta?.version === 'string' && meta.version.length <= 100 && SEMVER.test(meta.version) ? meta.version : undefined;
  return id ? { id, ...(version ? { version } : {}) } : {};
}

/** The entry a whole-pack check names only as where its problem is (`entry "refund": …`), when the format check did not say. */
function entrySaid(p: Problem): string | undefined {
  if (p.code === 'at.entry') return String(p.params?.entry);
  if (p.code === 'at.entryNumber') return `#${String(p.params?.n)}`;
  return undefined;
}

/** The problem's words without `entry "refund": ` (the page names the entry itself): the code inside it. */
function withoutEntry(p: Problem): Said {
  const inner = p.params?.problem;
  const wrapped = (p.code === 'at.entry' || p.code === 'at.entryNumber') && typeof inner === 'object' && !Array.isArray(inner);
  return wrapped ? (inner as Said) : { code: p.code, ...(p.params ? { params: p.params } : {}) };
}

function spot(p: Problem): ProblemSpot {
  const entry = p.entry ?? entrySaid(p);
  const where = { ...(p.line ? { line: p.line } : {}), ...(entry ? { entry } : {}), ...(p.field ? { field: p.field } : {}) };
  return { text: p.message, ...where, said: withoutEntry(p) };
}

/** A pack with errors: the first few, in English as the CLI says them, and where each is for the page to name. */
function unusable(from: string, value: unknown, problems: readonly Problem[]): Refused {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = errors.slice(0, SHOWN).map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.message}`).join('; ');
  const more = errors.length > SHOWN ? ` … and ${errors.length - SHOWN} more` : '';
  const named = packNamed(value);
  const label = named.id ? ` (${named.id}${named.version ? ` ${named.version}` : ''})` : '';
  return {
    ok: false,
    message: `${from}${label} is not a usable pack: ${shown}${more}`,
    failure: { code: 'pack.unusable', file: from, ...(named.id ? { pack: named.id } : {}), ...(named.version ? { version: named.version } : {}), problems: errors.slice(0, SHOWN).map(spot), errors: errors.length },
  };
}

export async function takeInPack(text: string, options: { from: string; pinnedKeys: readonly string[]; now: Date }): Promise<Intake> {
  const { from } = options;
  if (isHtml(text)) return { ok: false, message: `${from} is a web page, not a pack (a pack is the JSON file odigos build writes)`, failure: { code: 'pack.webPage', file: from } };
  const parsed = parseJson(text.replace(/^\uFEFF/, ''), from);
  if (!parsed.ok) {
    const kind = packSourceKind(text);
    if (kind) {
      const what = kind === 'entry' ? 'one entry of a pack source (Markdown)' : 'the settings of a pack source (pack.yaml)';
      const message = `${from} is ${what}, not a pack: import the pack.json that odigos build (or the studio's Publish) writes`;
      return { ok: false, message, failure: { code: 'pack.source', file: from, kind } };
    }
    const { line } = parsed.problem;
    return { ok: false, message: `${formatProblem(parsed.problem)} (corrupt or incomplete file?)`, failure: { code: 'pack.notJson', file: from, ...(line ? { line } : {}) } };
  }
  const value = parsed.value as { schema?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.schema !== PACK_SCHEMA_ID) {
    const message = `${from} is not an Odigos pack (it has no "schema": "${PACK_SCHEMA_ID}"): is it the pack.json that odigos build writes?`;
    return { ok: false, message, failure: { code: 'pack.notPack', file: from } };
  }
  // The text lets a refusal name the entry's line in the file (found in one pass, only when there is a problem).
  const checked = checkCompiledPack(parsed.value, from, { today: isoDay(options.now), text });
  if (!checked.pack) return unusable(from, value, checked.problems);
  // The signature covers the file as signed (fields this version ignores included), not the pack as stored.
  const signature = await checkPackSignature(parsed.value as CompiledPack, options.pinnedKeys);
  if (signature.problem) return { ok: false, message: `${from}: ${signature.problem}`, failure: { code: 'pack.signature', file: from } };
  return { ok: true, pack: checked.pack, signature: signature.status };
}

/** A pack an older version stored, checked by today's rules (the store's migration calls this). */
export function checkStoredPack(value: unknown, now: Date = new Date()): { pack: CompiledPack } | { problem: string } {
  const checked = checkCompiledPack(value, 'stored pack', { today: isoDay(now) });
  if (checked.pack) return { pack: checked.pack };
  const first = checked.problems.find((p) => p.severity === 'error');
  return { problem: first?.message ?? 'not a pack' };
}
