import { checkCompiledPack, parseJson } from '@/knowledge/pack/compiled';
import { formatProblem } from '@/knowledge/pack/problems';
import { isoDay, SEMVER, SLUG } from '@/knowledge/pack/rules';
import { base64ToBytes, checkPackSignature, type SignatureStatus } from '@/knowledge/pack/signing';
import { MAX_PACK_BYTES } from '@/knowledge/pack/rules';
import { decodeText } from '@/knowledge/pack/text-file';
import { PACK_SCHEMA_ID, type CompiledPack } from '@/knowledge/types';
import { isHtml, mb } from './pack-fetch';

/**
 * The one gate every pack passes before it is stored, whether from a file or a URL: JSON, the compiled
 * pack schema (version included), then the signature against the pinned keys. Refusals say what is wrong.
 */
export type Intake = { ok: true; pack: CompiledPack; signature: SignatureStatus } | { ok: false; message: string };

const SHOWN = 3;

/**
 * A pack file's bytes (base64, as the options page sends them) as text, by the CLI's rules: at most the size a
 * download may be, UTF-8 only (a byte that is not UTF-8 is refused, never read as U+FFFD), no binary content.
 */
export function decodePackFile(data: string, from: string): { ok: true; text: string } | { ok: false; message: string } {
  if (typeof data !== 'string') return { ok: false, message: `${from}: no file content arrived` };
  // Four base64 characters carry three bytes: refuse an oversized file before decoding it.
  const size = Math.floor((data.length * 3) / 4);
  if (size > MAX_PACK_BYTES + 2) return { ok: false, message: `${from} is ${mb(size)}, more than the ${mb(MAX_PACK_BYTES)} a pack may be` };
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(data);
  } catch {
    return { ok: false, message: `${from}: the file could not be read` };
  }
  if (bytes.length > MAX_PACK_BYTES) return { ok: false, message: `${from} is ${mb(bytes.length)}, more than the ${mb(MAX_PACK_BYTES)} a pack may be` };
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : { ok: false, message: `${from}: ${decoded.message}` };
}

/**
 * " (acme-returns 2.0.0)" when the refused file says which pack it is: every build writes pack.json, so the file's
 * name alone does not tell the agent which of the trainer's packs failed. Shown only when the id and version are of
 * their form (a hostile file's text is not echoed).
 */
function packNamed(value: unknown): string {
  const meta = (value as { meta?: { id?: unknown; version?: unknown } }).meta;
  const id = typeof meta?.id === 'string' && meta.id.length <= 100 && SLUG.test(meta.id) ? meta.id : undefined;
  const version = typeof meta?.version === 'string' && meta.version.length <= 100 && SEMVER.test(meta.version) ? ` ${meta.version}` : '';
  return id ? ` (${id}${version})` : '';
}

export async function takeInPack(text: string, options: { from: string; pinnedKeys: readonly string[]; now: Date }): Promise<Intake> {
  const { from } = options;
  if (isHtml(text)) return { ok: false, message: `${from} is a web page, not a pack (a pack is the JSON file odigos build writes)` };
  const parsed = parseJson(text.replace(/^\uFEFF/, ''), from);
  if (!parsed.ok) return { ok: false, message: `${formatProblem(parsed.problem)} (corrupt or incomplete file?)` };
  const value = parsed.value as { schema?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.schema !== PACK_SCHEMA_ID) {
    return { ok: false, message: `${from} is not an Odigos pack (it has no "schema": "${PACK_SCHEMA_ID}"): is it the pack.json that odigos build writes?` };
  }
  const checked = checkCompiledPack(parsed.value, from, { today: isoDay(options.now) });
  if (!checked.pack) {
    const errors = checked.problems.filter((p) => p.severity === 'error');
    const shown = errors.slice(0, SHOWN).map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.message}`).join('; ');
    const more = errors.length > SHOWN ? ` … and ${errors.length - SHOWN} more` : '';
    return { ok: false, message: `${from}${packNamed(value)} is not a usable pack: ${shown}${more}` };
  }
  // The signature covers the file as signed (fields this version ignores included), not the pack as stored.
  const signature = await checkPackSignature(parsed.value as CompiledPack, options.pinnedKeys);
  if (signature.problem) return { ok: false, message: `${from}: ${signature.problem}` };
  return { ok: true, pack: checked.pack, signature: signature.status };
}

/** A pack an older version stored, checked by today's rules (the store's migration calls this). */
export function checkStoredPack(value: unknown, now: Date = new Date()): { pack: CompiledPack } | { problem: string } {
  const checked = checkCompiledPack(value, 'stored pack', { today: isoDay(now) });
  if (checked.pack) return { pack: checked.pack };
  const first = checked.problems.find((p) => p.severity === 'error');
  return { problem: first?.message ?? 'not a pack' };
}
