import { createPrivateKey, createPublicKey, sign as edSign, type KeyObject } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { signedBytes } from '../../pack/canonical';
import { writePack } from '../../node/write';
import type { CompiledPack } from '../../types';
import { positionals, requiredString } from '../args';
import { CliFailure, type Command } from '../command';
import { loadPackOrFail, readInputText, STDIN, writeOrFail } from '../inputs';

const KEY_FILE = 'the <name>.key file that odigos keygen writes';

/** Reads a private key written by odigos keygen; any failure names the file. */
export function readPrivateKey(file: string): KeyObject {
  const text = readInputText(file, KEY_FILE);
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new CliFailure(`${file}: not a private key; give ${KEY_FILE}`, 'wrong-input');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new CliFailure(`${file}: is a ${key.asymmetricKeyType} key; packs are signed with Ed25519 keys (make one with odigos keygen)`, 'wrong-input');
  return key;
}

/** The pack with its `signature` replaced by one made with `privateKey` (Node crypto, Ed25519). */
export function signPack(pack: CompiledPack, privateKey: KeyObject): CompiledPack {
  const { signature: _old, ...unsigned } = pack;
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  const value = edSign(null, signedBytes(unsigned as CompiledPack), privateKey).toString('base64');
  return { ...unsigned, signature: { alg: 'Ed25519', publicKey, value } };
}

export const sign: Command = {
  name: 'sign',
  summary: 'sign a compiled pack.json with your private key',
  usage: 'sign <pack.json> --key <name>.key',
  description:
    'Adds (or replaces) the pack\'s "signature": Ed25519 over the pack without its signature, as JSON with\n' +
    'sorted keys and no whitespace. The file is rewritten atomically. Sign after the last build: any later\n' +
    'change to the file breaks the signature.',
  options: {
    key: { type: 'string', short: 'k', arg: 'name.key', description: 'the private key from odigos keygen (required)' },
  },
  run({ values, positionals: args, io }) {
    const [file] = positionals(args, ['pack.json']);
    const keyFile = requiredString(values, 'key', 'name.key');
    if (file === STDIN || (existsSync(file) && statSync(file).isDirectory())) {
      throw new CliFailure(`${file}: sign rewrites a pack.json, and this is ${file === STDIN ? 'standard input' : 'a folder'}: build it first (odigos build <src-dir> -o pack.json), then sign the pack.json`, 'wrong-input');
    }
    const key = readPrivateKey(keyFile);
    const signed = signPack(loadPackOrFail(file, io), key);
    writeOrFail(file, () => writePack(signed, file));
    io.out(`Signed ${signed.meta.id} ${signed.meta.version} → ${file}\nPublic key: ${signed.signature?.publicKey}`);
    return 0;
  },
};
