/** The one place the pack tools take the engine from (the compiler prebuilds its index; the CLI searches). */
export { buildIndex, createMatcher, detectCues } from '../engine/index';
