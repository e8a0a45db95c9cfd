import type { Matcher } from '../engine/api';
import { createMatcher } from '../pack/engine';
import type { CompiledPack } from '../types';
import { stringList } from './args';
import { UsageError, type CliIO, type OptionValues } from './command';
import { loadPackOrFail } from './inputs';

/** The --pack options (at least one), checked before any other input is read. */
export function packOptions(values: OptionValues): string[] {
  const paths = stringList(values, 'pack');
  if (paths.length === 0) throw new UsageError('missing --pack <src-dir|pack.json>');
  return paths;
}

/** A matcher over the given packs; a later --pack wins over an earlier one (higher priority). */
export function matcherFor(packPaths: string[], io: CliIO): { matcher: Matcher; packs: CompiledPack[] } {
  if (packPaths.length === 0) throw new UsageError('missing --pack <src-dir|pack.json>');
  const packs = packPaths.map((p) => loadPackOrFail(p, io));
  return { matcher: createMatcher(packs.map((pack, i) => ({ pack, priority: i }))), packs };
}
