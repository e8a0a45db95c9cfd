/**
 * The bytes a pack signature covers: the pack without its `signature` field, as JSON with object keys
 * sorted (by UTF-16 code units) and no whitespace. One pure definition for the CLI that signs and the
 * extension that verifies, so both always hash the same bytes whatever the file's layout or key order.
 */
import type { CompiledPack } from '../types';

/** JSON with sorted keys and no whitespace; `undefined` members are dropped as JSON.stringify drops them. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error(`cannot sign a ${typeof value} value`);
    return text;
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** UTF-8 bytes of the canonical JSON of `pack` without `signature`: what Ed25519 signs. */
export function signedBytes(pack: CompiledPack | Record<string, unknown>): Uint8Array {
  const { signature: _signature, ...unsigned } = pack as Record<string, unknown>;
  return new TextEncoder().encode(canonicalJson(unsigned));
}
