import type { EditorInserter } from './types';

/**
 * Every file under ./families/ default-exports one inserter; they register by being there. Specific editors
 * (higher priority) are tried before the generic contenteditable path.
 */
const modules = import.meta.glob<{ default: EditorInserter }>('./families/*.ts', { eager: true });

export const INSERTERS: readonly EditorInserter[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => b.priority - a.priority);

export function inserterFor(root: HTMLElement): EditorInserter | undefined {
  return INSERTERS.find((i) => i.detect(root));
}
