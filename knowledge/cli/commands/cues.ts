import { cueLabel } from '../../engine/cue-labels';
import { detectCues } from '../../pack/engine';
import { messageLang } from '../../text/message-lang';
import { looksLikeText } from '../../text/is-text';
import { flag, stringOption } from '../args';
import { UsageError, type Command } from '../command';
import { messageText } from '../inputs';

const NONE = { el: 'Καμία ένδειξη.', en: 'No cues.' } as const;
const NOT_TEXT = {
  el: 'Καμία ένδειξη: το μήνυμα δεν είναι κείμενο (κυρίως σύμβολα ή μη αναγνώσιμα bytes).',
  en: 'No cues: the message is not text (mostly symbols or unreadable bytes).',
} as const;

export const cues: Command = {
  name: 'cues',
  summary: 'show the emotional and urgency cues found in a customer message',
  usage: 'cues [--lang el|en] [--json] "customer message" | --stdin',
  description:
    'Cues (anger, frustration, urgency, repeat contact, vulnerability, bereavement, gratitude, praise) with the words that\n' +
    'showed them, labelled in the message\'s language (Greek when unclear) or in --lang. Text that is not\n' +
    'language (binary, symbols) shows none. --json prints [{kind, label, words}].',
  options: {
    lang: { type: 'string', arg: 'el|en', description: 'the language of the labels' },
    stdin: { type: 'boolean', description: 'read the message from standard input (or give "-" as the message)' },
    json: { type: 'boolean', description: 'print a JSON array' },
  },
  run({ values, positionals: args, io }) {
    const wanted = stringOption(values, 'lang');
    if (wanted !== undefined && wanted !== 'el' && wanted !== 'en') throw new UsageError(`--lang must be el or en, not "${wanted}"`);
    const fromStdin = flag(values, 'stdin') || args[0] === '-';
    if (!fromStdin && !args.length) throw new UsageError('missing the customer message (or --stdin)');
    const text = messageText(args, flag(values, 'stdin'), io);
    if (!text) throw new UsageError(fromStdin ? 'standard input is empty: pipe the customer message into it' : 'the customer message is empty');
    const lang = wanted ?? messageLang(text) ?? 'el';
    const found = detectCues(text).map((c) => ({ kind: c.kind, label: cueLabel(c.kind, lang), words: c.words }));
    if (flag(values, 'json')) io.out(JSON.stringify(found));
    else if (found.length === 0) io.out(looksLikeText(text) ? NONE[lang] : NOT_TEXT[lang]);
    else for (const c of found) io.out(`${c.label}: ${c.words.join(', ')}`);
    return 0;
  },
};
