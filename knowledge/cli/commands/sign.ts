import { createPrivateKey, createPublicKey, sign as edSign, type KeyObject } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { signedBytes } from '../../pack/canonical';
import { writePack } from '../../node/write';
import type { CompiledPack } from '../../types';
import { positionals, requiredString } from '../args';
import { CliFailure, type Command } from '../command';
import { loadPackOrFail, readInputText, STDIN, writeOrFail } from '../inputs';
import { cliSaid, cliStrings } from '../cli-lang';


/** Reads a private key written by odigos keygen; any failure names the file. */
export function readPrivateKey(file: string): KeyObject {
  const what = cliSaid('sign.keyFile');
  const text = readInputText(file, what);
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new CliFailure(cliSaid('sign.notKey', { file, what }), 'wrong-input');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new CliFailure(cliSaid('sign.notEd25519', { file, type: String(key.asymmetricKeyType) }), 'wrong-input');
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
  summary: { el: 'υπογράφει ένα pack.json με το ιδιωτικό σας κλειδί', en: 'sign a compiled pack.json with your private key' },
  usage: 'sign <pack.json> --key <name>.key',
  description: {
    el:
      'Προσθέτει (ή αντικαθιστά) την υπογραφή («signature») του πακέτου: Ed25519 πάνω στο πακέτο χωρίς την υπογραφή του, ως\n' +
      'JSON με ταξινομημένα κλειδιά και χωρίς κενά. Το αρχείο ξαναγράφεται ατομικά. Υπογράψτε μετά το τελευταίο build:\n' +
      'κάθε μεταγενέστερη αλλαγή στο αρχείο ακυρώνει την υπογραφή.',
    en:
    'Adds (or replaces) the pack\'s "signature": Ed25519 over the pack without its signature, as JSON with\n' +
    'sorted keys and no whitespace. The file is rewritten atomically. Sign after the last build: any later\n' +
    'change to the file breaks the signature.',
  },
  options: {
    key: { type: 'string', short: 'k', arg: 'name.key', description: { el: 'το ιδιωτικό κλειδί από το odigos keygen (υποχρεωτικό)', en: 'the private key from odigos keygen (required)' } },
  },
  run({ values, positionals: args, io }) {
    const [file] = positionals(args, ['pack.json']);
    const keyFile = requiredString(values, 'key', 'name.key');
    if (file === STDIN || (existsSync(file) && statSync(file).isDirectory())) {
      throw new CliFailure(cliSaid('sign.notFile', { file, what: cliSaid(file === STDIN ? 'sign.stdin' : 'sign.folder') }), 'wrong-input');
    }
    const key = readPrivateKey(keyFile);
    const signed = signPack(loadPackOrFail(file, io), key);
    writeOrFail(file, () => writePack(signed, file));
    io.out(cliStrings(io.lang ?? 'en')('sign.done', { pack: signed.meta.id, version: signed.meta.version, file, key: String(signed.signature?.publicKey) }));
    return 0;
  },
};
