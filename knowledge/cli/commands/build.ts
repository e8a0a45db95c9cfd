import { existsSync, statSync } from 'node:fs';
import { compileSource } from '../../pack/compile';
import { countProblems, failsValidation, formatProblem } from '../../pack/problems';
import { writePack } from '../../pack/write';
import { flag, positionals, requiredString } from '../args';
import { UsageError, type Command } from '../command';
import { count } from '../../text/plural';

export const build: Command = {
  name: 'build',
  summary: 'compile a pack source folder into one pack.json',
  usage: 'build <src-dir> -o <pack.json> [--strict]',
  description:
    'Validates the folder (pack.yaml + every *.md entry), then writes the compiled pack with its prebuilt\n' +
    'search index. The file is written atomically: on any error nothing is written and an existing\n' +
    'file is left as it was.',
  options: {
    out: { type: 'string', short: 'o', arg: 'pack.json', description: 'where to write the compiled pack (required)' },
    strict: { type: 'boolean', description: 'treat warnings as errors' },
  },
  run({ values, positionals: args, io }) {
    const [src] = positionals(args, ['src-dir']);
    const out = requiredString(values, 'out', 'pack.json');
    if (!existsSync(src) || !statSync(src).isDirectory()) throw new UsageError(`${src} is not a pack source folder`);
    const strict = flag(values, 'strict');
    const { pack, problems } = compileSource(src);
    for (const p of problems) io.err(formatProblem(p));
    const { errors, warnings } = countProblems(problems);
    if (!pack || failsValidation(problems, strict)) {
      io.err(`build failed: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}${strict && !errors ? ' (--strict)' : ''}; nothing written`);
      return 1;
    }
    writePack(pack, out);
    const sops = pack.entries.filter((e) => e.type === 'sop').length;
    io.out(
      `Built ${pack.meta.id} ${pack.meta.version}: ${count(pack.entries.length, 'entry', 'entries')} (${count(sops, 'SOP', 'SOPs')}, ${count(pack.entries.length - sops, 'template', 'templates')}) → ${out}` +
        (warnings ? ` — ${count(warnings, 'warning', 'warnings')}` : ''),
    );
    return 0;
  },
};
