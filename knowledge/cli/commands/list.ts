import { flag, positionals } from '../args';
import type { Command } from '../command';
import { loadPackOrFail } from '../inputs';
import { count } from '../../text/plural';

export const list: Command = {
  name: 'list',
  summary: 'list the entries of a pack',
  usage: 'list <src-dir|pack.json> [--json]',
  description: 'One line per entry: type, id, shortcut and title. --json prints an array of\n{id, type, title, lang, shortcut?, tags?, tone?}.',
  options: {
    json: { type: 'boolean', description: 'print a JSON array' },
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
    io.out(`${pack.meta.id} ${pack.meta.version} — ${pack.meta.name} (${count(pack.entries.length, 'entry', 'entries')})`);
    for (const e of pack.entries) {
      const shortcut = e.type === 'template' && e.shortcut ? `/${e.shortcut}` : '';
      io.out(`${e.type.padEnd(8)} ${e.id.padEnd(idWidth)}  ${shortcut.padEnd(14)} ${e.title}`);
    }
    return 0;
  },
};
