/** The one place the pack tools take the engine from (the compiler prebuilds its index; the CLI searches). */
export { buildIndex, createMatcher, crossValidate, detectCues } from '../engine/index';
