import { generateKeyPairSync } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolders, writeFileAtomic } from '../../node/write';
import { flag, positionals, requiredString } from '../args';
import { CliFailure, type Command } from '../command';
import { outputFile, writeOrFail } from '../inputs';
import { cliSaid, cliStrings } from '../cli-lang';

export const keygen: Command = {
  name: 'keygen',
  summary: { el: 'φτιάχνει ένα ζεύγος κλειδιών Ed25519 για την υπογραφή πακέτων', en: 'create an Ed25519 key pair for signing packs' },
  usage: 'keygen -o <name> [--force]',
  description: {
    el:
      'Γράφει το <name>.key (το ιδιωτικό κλειδί, PKCS#8 PEM, που διαβάζετε μόνο εσείς: κρατήστε το μυστικό) και το <name>.pub\n' +
      '(το δημόσιο κλειδί σε μία γραμμή base64: δώστε το στους εκπροσώπους ή ορίστε το στην πολιτική «packKeys»).',
    en:
      'Writes <name>.key (the private key, PKCS#8 PEM, readable by you only: keep it secret) and <name>.pub\n' +
      '(the public key as one line of base64: give it to agents or pin it in the "packKeys" policy).',
  },
  options: {
    out: { type: 'string', short: 'o', arg: 'name', description: { el: 'διαδρομή και όνομα των αρχείων κλειδιού, χωρίς κατάληξη (υποχρεωτικό)', en: 'path and name of the key files, without extension (required)' } },
    force: { type: 'boolean', description: { el: 'αντικαθιστά αρχεία κλειδιών που υπάρχουν ήδη', en: 'overwrite existing key files' } },
  },
  run({ values, positionals: args, io }) {
    positionals(args, []);
    const name = outputFile(requiredString(values, 'out', 'name'), '-o', 'trainer').replace(/\.(key|pub)$/, '');
    const keyFile = `${name}.key`;
    const pubFile = `${name}.pub`;
    if (!flag(values, 'force')) {
      const existing = [keyFile, pubFile].filter((f) => existsSync(f));
      if (existing.length) {
        const one = existing.length === 1;
        const files = { el: existing.join(' και '), en: existing.join(' and ') };
        throw new CliFailure(cliSaid(one ? 'keygen.existsOne' : 'keygen.exist', { files }), 'cannot-write');
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
    io.out(cliStrings(io.lang ?? 'en')('keygen.done', { key: keyFile, pub: pubFile, value: pub }));
    return 0;
  },
};
