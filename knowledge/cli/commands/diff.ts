import { diffPacks } from '../../pack/diff';
import { flag, positionals } from '../args';
import type { Command } from '../command';
import { loadPackOrFail } from '../inputs';
import { cliStrings, type CliKey } from '../cli-lang';
import type { DiffWarning } from '../../pack/diff';
import type { Lang } from '../../types';

/** A warning of knowledge/pack/diff.ts in `lang`, said from its code and values (the words table has each code). */
export function diffWarning(warning: DiffWarning, lang: Lang): string {
  const key: CliKey = `diff.${warning.code}`;
  return cliStrings(lang)(key, warning.params);
}

export const diff: Command = {
  name: 'diff',
  summary: { el: 'δείχνει τι άλλαξε ανάμεσα σε δύο εκδόσεις ενός πακέτου', en: 'show what changed between two versions of a pack' },
  usage: 'diff <old> <new> [--json]',
  description: {
    el:
      'Κάθε πλευρά είναι φάκελος πηγής ή pack.json. Δείχνει τις καταχωρίσεις που προστέθηκαν, αφαιρέθηκαν και άλλαξαν\n' +
      '(με το αναγνωριστικό τους και τα πεδία που διαφέρουν) και προειδοποιεί όταν άλλαξε το περιεχόμενο χωρίς νέα έκδοση.',
    en:
      'Each side is a source folder or a pack.json. Lists added, removed and changed entries (by id, with\n' +
      'the fields that differ) and warns when the content changed but the version was not bumped.',
  },
  options: {
    json: { type: 'boolean', description: { el: 'τυπώνει τις διαφορές ως JSON', en: 'print the diff as JSON' } },
  },
  run({ values, positionals: args, io }) {
    const [oldPath, newPath] = positionals(args, ['old', 'new']);
    const d = diffPacks(loadPackOrFail(oldPath, io), loadPackOrFail(newPath, io));
    if (flag(values, 'json')) {
      io.out(JSON.stringify(d));
      return 0;
    }
    io.out(`${d.from.id} ${d.from.version} → ${d.to.id} ${d.to.version}`);
    const say = cliStrings(io.lang ?? 'en');
    const section = (title: CliKey, items: string[]) => {
      if (items.length) io.out(`${say(title, { n: items.length })}\n${items.map((i) => `  ${i}`).join('\n')}`);
    };
    // The entry's kind in the reader's words, as list says it (a Greek diff said «template» and «sop»).
    const kind = (e: { type: 'sop' | 'template' }) => say(`type.${e.type}`);
    section('diff.added', d.added.map((e) => `+ ${kind(e)} ${e.id} — ${e.title}`));
    section('diff.removed', d.removed.map((e) => `- ${kind(e)} ${e.id} — ${e.title}`));
    section('diff.changed', d.changed.map((e) => `~ ${kind(e)} ${e.id} — ${e.title}: ${e.fields.join(', ')}`));
    if (d.metaChanged.length) io.out(say('diff.meta', { fields: d.metaChanged.join(', ') }));
    if (!d.added.length && !d.removed.length && !d.changed.length && !d.metaChanged.length) io.out(say('diff.none'));
    for (const w of d.warningCodes) io.out(say('diff.warning', { text: diffWarning(w, io.lang ?? 'en') }));
    return 0;
  },
};
