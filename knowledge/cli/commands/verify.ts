import { problemWords, type Said } from '../../pack/problem-words';
import { checkPackSignature, keyLabel, normalizeKey, publicKeySaid } from '../../pack/signing';
import { positionals, stringList } from '../args';
import { CliFailure, type Command } from '../command';
import { loadPackOrFail, readInputText } from '../inputs';
import { cliSaid, cliStrings } from '../cli-lang';

const both = (s: Said) => ({ el: problemWords(s, 'el'), en: problemWords(s, 'en') });

function readPublicKey(file: string): string {
  return normalizeKey(readInputText(file, cliSaid('verify.pubFile')));
}

export const verify: Command = {
  name: 'verify',
  summary: { el: 'ελέγχει την υπογραφή ενός πακέτου (με το δημόσιο κλειδί σας)', en: 'check a pack\'s signature (against your public key)' },
  usage: 'verify <pack.json> [--pub <name>.pub]',
  description: {
    el:
      'Με --pub το πακέτο πρέπει να είναι υπογεγραμμένο με αυτό το κλειδί (όπως όταν το ορίζει ένας εκπρόσωπος ή μια\n' +
      'πολιτική). Χωρίς αυτό, ελέγχει μόνο ότι η υπογραφή αντιστοιχεί στο περιεχόμενο. Κωδικός εξόδου 1 σε λάθος ή\n' +
      'χαμένη υπογραφή.',
    en:
      'With --pub the pack must be signed by that key (as when an agent or a policy pins it). Without it,\n' +
      'only checks that the signature matches the content. Exit code 1 on a bad or missing signature.',
  },
  options: {
    pub: { type: 'string', short: 'p', multiple: true, arg: 'name.pub', description: { el: 'αρχείο αξιόπιστου δημόσιου κλειδιού από το odigos keygen', en: 'a trusted public key file from odigos keygen' } },
  },
  async run({ values, positionals: args, io }) {
    const [file] = positionals(args, ['pack.json']);
    const pubFiles = stringList(values, 'pub');
    const keys = pubFiles.map(readPublicKey);
    for (const [i, key] of keys.entries()) {
      const problem = await publicKeySaid(key);
      if (problem) throw new CliFailure(cliSaid('verify.problem', { file: pubFiles[i]!, problem: both(problem) }), 'wrong-input');
    }
    const pack = loadPackOrFail(file, io);
    const check = await checkPackSignature(pack, keys);
    // Said in the terminal's language (--lang, LANG), as validate says its problems.
    if (check.said) throw new CliFailure(cliSaid('verify.problem', { file, problem: both(check.said) }));
    if (check.status === 'unsigned') throw new CliFailure(cliSaid('verify.unsigned', { file }));
    const signer = keyLabel(pack.signature!.publicKey);
    const say = cliStrings(io.lang ?? 'en');
    io.out(say(check.status === 'pinned-valid' ? 'verify.pinned' : 'verify.matches', { file, signer, pack: pack.meta.id, version: pack.meta.version }));
    return 0;
  },
};
