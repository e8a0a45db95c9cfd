/** Splits a Markdown entry into its YAML front matter (between `---` lines) and its body. */
import { problemWords, said, type Said } from './problem-words';

export type FrontMatterSplit =
  | { ok: true; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number }
  | { ok: false; line: number; problem: Said; message: string };

const FENCE = /^---\s*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, line: 1, problem: said('frontMatter.none'), message: problemWords(said('frontMatter.none'), 'en') };
  }
  const close = lines.findIndex((l, i) => i > 0 && (FENCE.test(l) || /^\.\.\.\s*$/.test(l)));
  if (close < 0) return { ok: false, line: 1, problem: said('frontMatter.unclosed'), message: problemWords(said('frontMatter.unclosed'), 'en') };
  let bodyStart = close + 1;
  while (bodyStart < lines.length && lines[bodyStart].trim() === '') bodyStart++;
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(bodyStart).join('\n').trimEnd(),
    bodyFirstLine: bodyStart + 1,
  };
}
