import { diffPacks } from '../../pack/diff';
import { flag, positionals } from '../args';
import type { Command } from '../command';
import { loadPackOrFail } from '../inputs';

export const diff: Command = {
  name: 'diff',
  summary: 'show what changed between two versions of a pack',
  usage: 'diff <old> <new> [--json]',
  description:
    'Each side is a source folder or a pack.json. Lists added, removed and changed entries (by id, with\n' +
    'the fields that differ) and warns when the content changed but the version was not bumped.',
  options: {
    json: { type: 'boolean', description: 'print the diff as JSON' },
  },
  run({ values, positionals: args, io }) {
    const [oldPath, newPath] = positionals(args, ['old', 'new']);
    const d = diffPacks(loadPackOrFail(oldPath, io), loadPackOrFail(newPath, io));
    if (flag(values, 'json')) {
      io.out(JSON.stringify(d));
      return 0;
    }
    io.out(`${d.from.id} ${d.from.version} → ${d.to.id} ${d.to.version}`);
    const section = (title: string, items: string[]) => {
      if (items.length) io.out(`${title} (${items.length}):\n${items.map((i) => `  ${i}`).join('\n')}`);
    };
    section('Added', d.added.map((e) => `+ ${e.type} ${e.id} — ${e.title}`));
    section('Removed', d.removed.map((e) => `- ${e.type} ${e.id} — ${e.title}`));
    section('Changed', d.changed.map((e) => `~ ${e.type} ${e.id} — ${e.title}: ${e.fields.join(', ')}`));
    if (d.metaChanged.length) io.out(`Pack details changed: ${d.metaChanged.join(', ')}`);
    if (!d.added.length && !d.removed.length && !d.changed.length && !d.metaChanged.length) io.out('No changes.');
    for (const w of d.warnings) io.out(`warning: ${w}`);
    return 0;
  },
};
