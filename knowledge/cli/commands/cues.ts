import { cueLabel } from '../../engine/cue-labels';
import { detectCues } from '../../pack/engine';
import { messageLang } from '../../text/message-lang';
import { looksLikeText } from '../../text/is-text';
import { choice, flag } from '../args';
import { UsageError, type Command } from '../command';
import { messageText } from '../inputs';
import { cliSaid, cliStrings } from '../cli-lang';


export const cues: Command = {
  name: 'cues',
  summary: { el: 'δείχνει τις ενδείξεις συναισθήματος και επείγοντος σε ένα μήνυμα πελάτη', en: 'show the emotional and urgency cues found in a customer message' },
  usage: 'cues [--lang el|en] [--json] "customer message" | --stdin',
  description: {
    el:
      'Ενδείξεις (θυμός, απογοήτευση, επείγον, επανειλημμένη επικοινωνία, ευαλωτότητα, πένθος, ευγνωμοσύνη, έπαινος) με τις\n' +
      'λέξεις που τις έδειξαν, στη γλώσσα του μηνύματος (ελληνικά όταν δεν είναι σαφής) ή στη γλώσσα του --lang. Κείμενο\n' +
      'που δεν είναι γλώσσα (δυαδικό, σύμβολα) δεν δείχνει καμία. Το --json τυπώνει [{kind, label, words}].',
    en:
    'Cues (anger, frustration, urgency, repeat contact, vulnerability, bereavement, gratitude, praise) with the words that\n' +
    'showed them, labelled in the message\'s language (Greek when unclear) or in --lang. Text that is not\n' +
    'language (binary, symbols) shows none. --json prints [{kind, label, words}].',
  },
  options: {
    lang: { type: 'string', arg: 'el|en', description: { el: 'η γλώσσα των ενδείξεων (και των μηνυμάτων)', en: 'the language of the labels' } },
    stdin: { type: 'boolean', description: { el: 'διαβάζει το μήνυμα από την τυπική είσοδο (ή δώστε «-» ως μήνυμα)', en: 'read the message from standard input (or give "-" as the message)' } },
    json: { type: 'boolean', description: { el: 'τυπώνει πίνακα JSON', en: 'print a JSON array' } },
  },
  run({ values, positionals: args, io }) {
    const wanted = choice(values, 'lang', ['el', 'en'] as const);
    const fromStdin = flag(values, 'stdin') || args[0] === '-';
    if (!fromStdin && !args.length) throw new UsageError(cliSaid('args.noMessage'));
    const text = messageText(args, flag(values, 'stdin'), io);
    if (!text) throw new UsageError(cliSaid(fromStdin ? 'args.emptyStdin' : 'args.emptyMessage'));
    const lang = wanted ?? messageLang(text) ?? 'el';
    const found = detectCues(text).map((c) => ({ kind: c.kind, label: cueLabel(c.kind, lang), words: c.words }));
    if (flag(values, 'json')) io.out(JSON.stringify(found));
    else if (found.length === 0) io.out(cliStrings(lang)(looksLikeText(text) ? 'cues.none' : 'cues.notText'));
    else for (const c of found) io.out(`${c.label}: ${c.words.join(', ')}`);
    return 0;
  },
};
