import type { Matcher, MatcherOptions } from '../engine/api';
import { readEnglishVectors } from '../node/vectors';
import { createMatcher } from '../pack/engine';
import { SEMANTIC_STAGE_ON } from '../vectors/en-vectors';
import type { CompiledPack } from '../types';
import { stringList } from './args';
import { UsageError, type CliIO, type OptionValues } from './command';
import { loadPackOrFail } from './inputs';
import { errorText } from '../error-text';
import { cliSaid, cliStrings } from './cli-lang';

/** The --pack options (at least one), checked before any other input is read. */
export function packOptions(values: OptionValues): string[] {
  const paths = stringList(values, 'pack');
  if (paths.length === 0) throw new UsageError(cliSaid('args.noPack'));
  return paths;
}

/** The option that turns the meaning stage off, shared by suggest and eval. */
export const WORDS_ONLY_OPTION = {
  type: 'boolean',
  description: {
    el: 'ταιριάζει μόνο λέξεις: χωρίς το στάδιο νοήματος που προσθέτει η επέκταση για αγγλικές καταχωρίσεις (παρόμοιο νόημα, καμία κοινή λέξη)',
    en: 'match words only: without the meaning stage the extension adds for English entries (similar meaning, no shared word)',
  },
} as const;

/**
 * A matcher over the given packs; a later --pack wins over an earlier one (higher priority). It ranks as the
 * extension does: English entries also by meaning while the stage is on, unless `wordsOnly`.
 */
export function matcherFor(packPaths: string[], io: CliIO, wordsOnly = false): { matcher: Matcher; packs: CompiledPack[] } {
  if (packPaths.length === 0) throw new UsageError(cliSaid('args.noPack'));
  const packs = packPaths.map((p) => loadPackOrFail(p, io));
  const english = packs.some((p) => p.entries.some((e) => e.lang === 'en'));
  return { matcher: createMatcher(packs.map((pack, i) => ({ pack, priority: i })), english && SEMANTIC_STAGE_ON && !wordsOnly ? meaning(io) : {}), packs };
}

/** The vectors, or words only with a warning when the table cannot be read (a copy of the CLI without it). */
function meaning(io: CliIO): MatcherOptions {
  try {
    return { vectors: readEnglishVectors() };
  } catch (err) {
    io.err(cliStrings(io.lang ?? 'en')('load.noVectors', { why: errorText(err) }));
    return {};
  }
}
