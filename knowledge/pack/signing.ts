/**
 * Pack signatures (Ed25519) checked with WebCrypto, so the same code runs in Node (odigos verify, tests)
 * and in the extension's service worker. Keys travel as `odigos keygen` prints them: base64 SPKI DER,
 * one line. Signing happens in the CLI (Node crypto) over the same `signedBytes`.
 */
import type { CompiledPack } from '../types';
import { signedBytes } from './canonical';
import { problemWords, said, type Said } from './problem-words';

/** unsigned: no signature and none required; valid: verifies with the key it names; pinned-valid: that key is pinned. */
export type SignatureStatus = 'unsigned' | 'valid' | 'invalid' | 'pinned-valid';

export interface SignatureCheck {
  status: SignatureStatus;
  /** Present when the pack must be refused: says what is wrong, in English (`said`'s words). */
  problem?: string;
  /** The same as a code with its parameters (problem-words.ts), for a reader in another language. */
  said?: Said;
}

/** A refusal: its code, and its English words for whoever shows English (the extension's detail, odigos verify). */
function refused(status: SignatureStatus, s: Said): SignatureCheck {
  return { status, problem: problemWords(s, 'en'), said: s };
}

/** A key as written in a .pub file or a policy: whitespace (line breaks, spaces) is not part of it. */
export function normalizeKey(key: string): string {
  return key.replace(/\s+/g, '');
}

export function base64ToBytes(text: string): Uint8Array {
  const bin = atob(normalizeKey(text));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes as base64, in slices (String.fromCharCode(...all) would pass millions of arguments). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A short, recognisable form of a key for messages: its last 12 characters. */
export function keyLabel(key: string): string {
  return `…${normalizeKey(key).slice(-12)}`;
}

/** Is this text a usable Ed25519 public key (base64 SPKI DER)? Returns the problem, or undefined. */
export async function publicKeyProblem(key: string): Promise<string | undefined> {
  const problem = await publicKeySaid(key);
  return problem && problemWords(problem, 'en');
}

/** The same problem by its code, for a reader in either language (odigos verify --pub). */
export async function publicKeySaid(key: string): Promise<Said | undefined> {
  try {
    await importPublicKey(key);
    return undefined;
  } catch {
    // A private key given by mistake is named, never quoted: it is a secret.
    if (/PRIVATE ?KEY/.test(key)) return said('publicKey.private');
    return said('publicKey.invalid', { key: key.length > 40 ? `${key.slice(0, 40)}…` : key });
  }
}

function importPublicKey(key: string): Promise<CryptoKey> {
  const der = base64ToBytes(key);
  return crypto.subtle.importKey('spki', der as BufferSource, { name: 'Ed25519' }, false, ['verify']);
}

/**
 * Checks a pack's signature. With pinned keys the pack must be signed by one of them; without, a
 * signature that is present must still verify (a broken one means the file was altered).
 */
export async function checkPackSignature(pack: CompiledPack, pinnedKeys: readonly string[] = []): Promise<SignatureCheck> {
  const pins = pinnedKeys.map(normalizeKey).filter(Boolean);
  const sig = pack.signature;
  if (!sig) {
    return pins.length
      ? refused('unsigned', said('signature.unsigned', { keys: pins.map(keyLabel).join(', ') }))
      : { status: 'unsigned' };
  }
  if (sig.alg !== 'Ed25519' || typeof sig.publicKey !== 'string' || typeof sig.value !== 'string') {
    return refused('invalid', said('signature.malformed'));
  }
  let ok = false;
  try {
    const key = await importPublicKey(sig.publicKey);
    ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(sig.value) as BufferSource, signedBytes(pack) as BufferSource);
  } catch {
    ok = false;
  }
  if (!ok) {
    return refused('invalid', said('signature.mismatch', { key: keyLabel(sig.publicKey) }));
  }
  if (!pins.length) return { status: 'valid' };
  if (!pins.includes(normalizeKey(sig.publicKey))) {
    return refused('invalid', said('signature.notPinned', { key: keyLabel(sig.publicKey), keys: pins.map(keyLabel).join(', ') }));
  }
  return { status: 'pinned-valid' };
}
