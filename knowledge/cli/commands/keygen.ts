import { generateKeyPairSync } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolders, writeFileAtomic } from '../../node/write';
import { flag, positionals, requiredString } from '../args';
import { CliFailure, type Command } from '../command';
import { outputFile, writeOrFail } from '../inputs';

export const keygen: Command = {
  name: 'keygen',
  summary: 'create an Ed25519 key pair for signing packs',
  usage: 'keygen -o <name> [--force]',
  description:
    'Writes <name>.key (the private key, PKCS#8 PEM, readable by you only: keep it secret) and <name>.pub\n' +
    '(the public key as one line of base64: give it to agents or pin it in the "packKeys" policy).',
  options: {
    out: { type: 'string', short: 'o', arg: 'name', description: 'path and name of the key files, without extension (required)' },
    force: { type: 'boolean', description: 'overwrite existing key files' },
  },
  run({ values, positionals: args, io }) {
    positionals(args, []);
    const name = outputFile(requiredString(values, 'out', 'name'), '-o', 'trainer').replace(/\.(key|pub)$/, '');
    const keyFile = `${name}.key`;
    const pubFile = `${name}.pub`;
    if (!flag(values, 'force')) {
      const existing = [keyFile, pubFile].filter((f) => existsSync(f));
      if (existing.length) {
        throw new CliFailure(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}: a new key would orphan the packs signed with it (use --force to replace)`, 'cannot-write');
      }
    }
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    // Created with mode 0600 from the first byte (never world-readable, even for a moment).
    writeOrFail(keyFile, () => {
      makeFolders(dirname(keyFile));
      rmSync(keyFile, { force: true });
      writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600, flag: 'wx' });
    });
    writeOrFail(pubFile, () => writeFileAtomic(pubFile, `${pub}\n`));
    io.out(`Private key: ${keyFile} (keep it secret)\nPublic key:  ${pubFile}\n${pub}`);
    return 0;
  },
};
