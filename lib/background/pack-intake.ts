import { checkCompiledPack, parseJson } from '@/knowledge/pack/compiled';
import { formatProblem } from '@/knowledge/pack/problems';
import { isoDay } from '@/knowledge/pack/rules';
import { checkPackSignature, type SignatureStatus } from '@/knowledge/pack/signing';
import { PACK_SCHEMA_ID, type CompiledPack } from '@/knowledge/types';
import { isHtml } from './pack-fetch';

/**
 * The one gate every pack passes before it is stored, whether from a file or a URL: JSON, the compiled
 * pack schema (version included), then the signature against the pinned keys. Refusals say what is wrong.
 */
export type Intake = { ok: true; pack: CompiledPack; signature: SignatureStatus } | { ok: false; message: string };

const SHOWN = 3;

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
    return { ok: false, message: `${from} is not a usable pack: ${shown}${more}` };
  }
  const signature = await checkPackSignature(checked.pack, options.pinnedKeys);
  if (signature.problem) return { ok: false, message: `${from}: ${signature.problem}` };
  return { ok: true, pack: checked.pack, signature: signature.status };
}
