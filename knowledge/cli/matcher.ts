import type { Matcher } from '../engine/api';
import { createMatcher } from '../pack/engine';
import type { CompiledPack } from '../types';
import { UsageError, type CliIO } from './command';
import { loadPackOrFail } from './packs';

/** A matcher over the given packs; a later --pack wins over an earlier one (higher priority). */
export function matcherFor(packPaths: string[], io: CliIO): { matcher: Matcher; packs: CompiledPack[] } {
  if (packPaths.length === 0) throw new UsageError('missing --pack <src-dir|pack.json>');
  const packs = packPaths.map((p) => loadPackOrFail(p, io));
  return { matcher: createMatcher(packs.map((pack, i) => ({ pack, priority: i }))), packs };
}
