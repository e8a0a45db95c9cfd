/**
 * `npm run bench [-- <section> …] [--quick] [--browser]`: the benchmarks, each printing ratios against a baseline
 * measured in the same run (figures from another machine or run mean nothing on a shared machine).
 *   engine  the matcher vs MiniSearch BM25 and Fuse.js: fresh queries, cold (new    bench/engine.ts
 *           processes) and warm, ratios vs BM25, targets at 5,000 entries
 *   cli     every odigos command at 1,000 / 5,000 / 20,000 entries (linear cost)    bench/cli.ts
 *   suggest odigos suggest as a new process vs 500 entries plus the read: the end     bench/cli.ts
 *           of cli alone (not run when no section is named: cli runs it)
 *   import  a 5,000-entry pack through the extension's import, in real Chromium     bench/import.ts
 *   notes   10,000 notes (Node; --browser adds the notes page in real Chromium)     bench/notes.ts
 * No section: all of them. --quick: small sizes, to check that the benchmarks run (the figures mean little).
 * A missed target is printed (MISSED), not an exit code: on a shared machine a benchmark is read, not asserted.
 */
import { runCliBench, runSuggestBench } from './cli';
import { runEngineBench } from './engine';
import { runImportBench } from './import';
import { runNotesBench } from './notes';

const SECTIONS = ['engine', 'cli', 'suggest', 'import', 'notes'] as const;
/** What runs when no section is named: suggest is part of cli. */
const ALL: readonly Section[] = ['engine', 'cli', 'import', 'notes'];
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const browser = args.includes('--browser');
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((a) => !(SECTIONS as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`npm run bench: unknown section ${unknown.map((u) => `"${u}"`).join(', ')} (sections: ${SECTIONS.join(', ')})`);
  process.exit(2);
}
const wanted = (named.length ? named : ALL) as readonly Section[];

const started = performance.now();
let ok = true;
for (const section of wanted) {
  console.log(`\n=== ${section} ===`);
  if (section === 'engine') runEngineBench({ quick });
  if (section === 'cli') ok = (await runCliBench({ quick })) && ok;
  if (section === 'suggest') ok = (await runSuggestBench({ quick })) && ok;
  if (section === 'import') ok = (await runImportBench({ quick })) && ok;
  if (section === 'notes') ok = (await runNotesBench({ browser, ...(quick ? { count: 500 } : {}) })) && ok;
}
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s${ok ? '' : ' — a target was MISSED (see above)'}`);
