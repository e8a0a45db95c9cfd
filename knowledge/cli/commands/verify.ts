import { problemWords } from '../../pack/problem-words';
import { checkPackSignature, keyLabel, normalizeKey, publicKeyProblem } from '../../pack/signing';
import { positionals, stringList } from '../args';
import { CliFailure, type Command } from '../command';
import { loadPackOrFail, readInputText } from '../inputs';

function readPublicKey(file: string): string {
  return normalizeKey(readInputText(file, 'the <name>.pub file that odigos keygen writes'));
}

export const verify: Command = {
  name: 'verify',
  summary: 'check a pack\'s signature (against your public key)',
  usage: 'verify <pack.json> [--pub <name>.pub]',
  description:
    'With --pub the pack must be signed by that key (as when an agent or a policy pins it). Without it,\n' +
    'only checks that the signature matches the content. Exit code 1 on a bad or missing signature.',
  options: {
    pub: { type: 'string', short: 'p', multiple: true, arg: 'name.pub', description: 'a trusted public key file from odigos keygen' },
  },
  async run({ values, positionals: args, io }) {
    const [file] = positionals(args, ['pack.json']);
    const pubFiles = stringList(values, 'pub');
    const keys = pubFiles.map(readPublicKey);
    for (const [i, key] of keys.entries()) {
      const problem = await publicKeyProblem(key);
      if (problem) throw new CliFailure(`${pubFiles[i]}: ${problem}`, 'wrong-input');
    }
    const pack = loadPackOrFail(file, io);
    const check = await checkPackSignature(pack, keys);
    // Said in the terminal's language (--lang, LANG), as validate says its problems.
    if (check.said) throw new CliFailure(`${file}: ${problemWords(check.said, io.lang ?? 'en')}`);
    if (check.status === 'unsigned') throw new CliFailure(`${file}: the pack is not signed (odigos sign ${file} --key <name>.key)`);
    const signer = keyLabel(pack.signature!.publicKey);
    io.out(
      check.status === 'pinned-valid'
        ? `${file}: good signature by ${signer} (${pack.meta.id} ${pack.meta.version})`
        : `${file}: the signature matches the content (key ${signer}); pass --pub to check who signed it`,
    );
    return 0;
  },
};
