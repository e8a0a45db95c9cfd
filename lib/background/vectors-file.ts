/** Where the English word vectors are in the repository; the build copies the file to the package root under its own name. */
export const EN_VECTORS_FILE = 'knowledge/vectors/en-vectors.bin';
/** Its path in the extension package (see wxt.config.ts). */
export const EN_VECTORS_PATH = '/en-vectors.bin';
/**
 * The semantic stage is off in the extension (neither the file is packaged nor the table loaded) until it meets the
 * speed budget: at 5,000 entries it took the warm 3-word p95 from 0.76 to 4.6 ms CPU (JIT-settled 0.54 → 1.42), the
 * 60-word from 2.35 to 3.40, and the first English search fits the model (cold 87 → 561 ms) (BENCH_MEANING=1
 * BENCH_SIZES=5000 npm run bench -- engine). Ranking quality with it: bench/intents.ts header (odigos-meaning).
 */
export const SEMANTIC_STAGE_ON = false;
