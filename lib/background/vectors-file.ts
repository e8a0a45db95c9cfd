/** Where the English word vectors are in the repository; the build copies the file to the package root under its own name. */
export const EN_VECTORS_FILE = 'knowledge/vectors/en-vectors.bin';
/** Its path in the extension package (see wxt.config.ts). */
export const EN_VECTORS_PATH = '/en-vectors.bin';
/**
 * The semantic stage is off in the extension (neither the file is packaged nor the table loaded) until it meets the
 * speed budget. At 5,000 entries (2,500 English; BENCH_MEANING=1 BENCH_SIZES=5000 npm run bench -- engine, one run)
 * it takes the warm 3-word p95 from 1.25 to 3.13 ms CPU (p50 0.34 → 0.64, JIT-settled p95 0.31 → 0.92), the 60-word
 * p95 3.66 → 2.98; the model is fitted by Matcher.prepare() once the pack set is built (about 300 ms, in the
 * worker's idle time, not in the first search). Ranking quality with it: bench/intents.ts header (odigos-meaning).
 */
export const SEMANTIC_STAGE_ON = false;
