import { storage } from 'wxt/utils/storage';
import { importPseudonymKey } from '@/knowledge/qc/mask';

/**
 * What this machine's exports carry for QC: a secret key that turns customer names into pseudonyms (made once,
 * never exported: see knowledge/qc/mask.ts for why per machine), and a random agent id that lets `odigos qc`
 * tell two exports of the same agent apart from two agents with the same display name.
 */
interface QcIdentity {
  key: string;
  agentId: string;
}

const qcIdentityItem = storage.defineItem<QcIdentity | null>('local:qcIdentity', { fallback: null, version: 1 });

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const randomHex = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');

async function identity(): Promise<QcIdentity> {
  const stored = await qcIdentityItem.getValue();
  if (stored) return stored;
  const made = { key: toBase64(crypto.getRandomValues(new Uint8Array(32))), agentId: `a-${randomHex(8)}` };
  await qcIdentityItem.setValue(made);
  // Two pages making one at the same moment: both go on with whichever was stored last.
  return (await qcIdentityItem.getValue()) ?? made;
}

export async function pseudonymKey(): Promise<CryptoKey> {
  return importPseudonymKey(fromBase64((await identity()).key));
}

export async function qcAgentId(): Promise<string> {
  return (await identity()).agentId;
}
