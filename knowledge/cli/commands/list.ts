import { flag, positionals } from '../args';
import type { Command } from '../command';
import { loadPackOrFail } from '../inputs';
import { cliCount, cliStrings } from '../cli-lang';

export const list: Command = {
  name: 'list',
  summary: { el: 'δείχνει τις καταχωρίσεις ενός πακέτου', en: 'list the entries of a pack' },
  usage: 'list <src-dir|pack.json> [--json]',
  description: {
    el: 'Μία γραμμή ανά καταχώριση: είδος, αναγνωριστικό, συντόμευση και τίτλος. Το --json τυπώνει πίνακα από\n{id, type, title, lang, shortcut?, tags?, tone?}.',
    en: 'One line per entry: type, id, shortcut and title. --json prints an array of\n{id, type, title, lang, shortcut?, tags?, tone?}.',
  },
  options: {
    json: { type: 'boolean', description: { el: 'τυπώνει πίνακα JSON', en: 'print a JSON array' } },
  },
  run({ values, positionals: args, io }) {
    const [path] = positionals(args, ['src-dir|pack.json']);
    const pack = loadPackOrFail(path, io);
    if (flag(values, 'json')) {
      io.out(
        JSON.stringify(
          pack.entries.map((e) => ({
            id: e.id,
            type: e.type,
            title: e.title,
            lang: e.lang,
            ...(e.type === 'template' && e.shortcut ? { shortcut: e.shortcut } : {}),
            ...(e.tags.length ? { tags: e.tags } : {}),
            ...(e.type === 'template' ? { tone: e.tone } : {}),
          })),
        ),
      );
      return 0;
    }
    const idWidth = pack.entries.reduce((w, e) => Math.max(w, e.id.length), 2);
    const lang = io.lang ?? 'en';
    io.out(cliStrings(lang)('list.heading', { pack: pack.meta.id, version: pack.meta.version, name: pack.meta.name, entries: cliCount(lang)('entries', pack.entries.length) }));
    const say = cliStrings(lang);
    const typeWidth = Math.max(8, say('type.sop').length, say('type.template').length);
    for (const e of pack.entries) {
      const shortcut = e.type === 'template' && e.shortcut ? `/${e.shortcut}` : '';
      io.out(`${say(`type.${e.type}`).padEnd(typeWidth)} ${e.id.padEnd(idWidth)}  ${shortcut.padEnd(14)} ${e.title}`);
    }
    return 0;
  },
};
