/** The suggestion engine: build a pack's index at compile time, match customer text, detect empathy cues. */
export { buildIndex } from './build-index';
export { createMatcher } from './matcher';
export { detectCues } from './cues';
export { crossValidate, type CrossValidation, type Confusion } from './cross-validate';
export type { IndexData } from './index-data';
export type { Matcher, PackInput, SearchOptions, ShortcutOptions, BuildIndex, CreateMatcher, DetectCues } from './api';
