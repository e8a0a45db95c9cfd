import { compileSource } from '../../node/compile';
import { countProblems, failsValidation, formatProblem } from '../../pack/problems';
import { MAX_PACK_BYTES } from '../../pack/rules';
import { writeFileAtomic } from '../../node/write';
import { serializePack } from '../../pack/serialize';
import { flag, positionals, requiredString } from '../args';
import { CliFailure, type Command } from '../command';
import { outputFile, sourceFolderOrFail, unusableFailure, writeOrFail } from '../inputs';
import { count } from '../../text/plural';

export const build: Command = {
  name: 'build',
  summary: 'compile a pack source folder into one pack.json',
  usage: 'build <src-dir> -o <pack.json> [--strict]',
  description:
    'Validates the folder (pack.yaml + every *.md entry), then writes the compiled pack with its prebuilt\n' +
    'search index. The file is written atomically: on any error nothing is written and an existing\n' +
    'file is left as it was. A pack larger than the 20 MB the extension takes is not written.',
  options: {
    out: { type: 'string', short: 'o', arg: 'pack.json', description: 'the file to write the compiled pack to (required)' },
    strict: { type: 'boolean', description: 'treat warnings as errors' },
  },
  run({ values, positionals: args, io }) {
    const [src] = positionals(args, ['src-dir']);
    const out = outputFile(requiredString(values, 'out', 'pack.json'), '-o', 'pack.json');
    const strict = flag(values, 'strict');
    const { pack, problems, unusable } = compileSource(sourceFolderOrFail(src));
    if (unusable) throw unusableFailure(problems, unusable);
    for (const p of problems) io.err(formatProblem(p));
    const { errors, warnings } = countProblems(problems);
    if (!pack || failsValidation(problems, strict)) {
      throw new CliFailure(`${src}: ${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}${strict && !errors ? ' (--strict)' : ''}; nothing written`);
    }
    const text = serializePack(pack);
    // A pack no one could load (the extension and odigos refuse it) is not written.
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_PACK_BYTES) {
      const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
      throw new CliFailure(`${src}: the compiled pack would be ${mb(bytes)}, more than the ${mb(MAX_PACK_BYTES)} a pack may be; split it into several packs; nothing written`);
    }
    writeOrFail(out, () => writeFileAtomic(out, text));
    const sops = pack.entries.filter((e) => e.type === 'sop').length;
    io.out(
      `Built ${pack.meta.id} ${pack.meta.version}: ${count(pack.entries.length, 'entry', 'entries')} (${count(sops, 'SOP', 'SOPs')}, ${count(pack.entries.length - sops, 'template', 'templates')}) → ${out}` +
        (warnings ? ` — ${count(warnings, 'warning', 'warnings')}` : ''),
    );
    return 0;
  },
};
