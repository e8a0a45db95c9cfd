import { detectCues } from '../../pack/engine';
import { flag } from '../args';
import { UsageError, type Command } from '../command';

export const cues: Command = {
  name: 'cues',
  summary: 'show the emotional and urgency cues found in a customer message',
  usage: 'cues [--json] "customer message"',
  description: 'Cues (anger, frustration, urgency, repeat contact, vulnerability, gratitude) with the words that\nshowed them. --json prints [{kind, words}].',
  options: {
    json: { type: 'boolean', description: 'print a JSON array' },
  },
  run({ values, positionals: args, io }) {
    const text = args.join(' ').trim();
    if (!text) throw new UsageError('missing the customer message');
    const found = detectCues(text);
    if (flag(values, 'json')) io.out(JSON.stringify(found));
    else if (found.length === 0) io.out('No cues.');
    else for (const c of found) io.out(`${c.kind}: ${c.words.join(', ')}`);
    return 0;
  },
};
