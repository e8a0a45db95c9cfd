/**
 * The English word vectors of the meaning stage (knowledge/engine/semantic-stage.ts): where the table is in the
 * repository, and whether the stage is on. The extension (wxt.config.ts packages the table, lib/background loads it)
 * and the trainer CLI (knowledge/node/vectors.ts) read the same switch, so `odigos suggest` and `odigos eval` rank
 * as the extension does.
 */

/** The table in the repository; the build copies it to the package root under its own name. */
export const EN_VECTORS_FILE = 'knowledge/vectors/en-vectors.bin';

/**
 * The semantic stage is on: the build packages the table and the background loads it when a pack set has English
 * entries; the model is fitted a slice a task once the set is built (lib/background/pack-engine.ts), not by the
 * first English search. Its cost per English search at 5,000 entries (2,500 English), English 3-word queries only,
 * words only vs with meaning in one process (scratch script over bench/corpus.ts, mean CPU): 2.4× before the
 * inverted lists, per-word map cache, minimum closeness and 10 added entries, 1.6× after (60-word messages 1.30× →
 * 1.11–1.16×). `BENCH_MEANING=1 BENCH_SIZES=5000 npm run bench -- engine` (mixed Greek and English queries, a busy
 * 2-core machine): see the commit that switched it on.
 */
export const SEMANTIC_STAGE_ON = true;
