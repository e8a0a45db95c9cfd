/**
 * A name or title that comes out empty takes its commas with it. A vocative is set off by commas («Σ' ευχαριστώ
 * πολύ, Γιώργο!», "Thanks, John!"); when the name is unknown and the template's fallback is empty
 * (`{{customer.firstName|}}`), «Σ' ευχαριστώ πολύ, !» must read «Σ' ευχαριστώ πολύ!».
 */

/**
 * `before`: the text expanded so far; `after`: the body right after the empty placeholder. Returns the text to keep
 * and how many characters of `after` to skip (a second comma that closed the vocative).
 */
export function dropEmptyVocative(before: string, after: string): { text: string; skip: number } {
  const comma = /,[ \t]*$/.exec(before);
  const next = /^[ \t]*(?=[!?.;:,)\n]|$)/.exec(after);
  if (comma && next) {
    // «Σας ευχαριστώ, {{x|}}, για …» → «Σας ευχαριστώ για …»: both commas go, the space after the second stays.
    const closing = after.startsWith(',', next[0].length) ? next[0].length + 1 : 0;
    return { text: before.slice(0, comma.index), skip: closing };
  }
  const spaces = /[ \t]+$/.exec(before);
  // «Γεια σου {{x|}}!» → «Γεια σου!»
  if (spaces && /^[!?.]/.test(after)) return { text: before.slice(0, spaces.index), skip: 0 };
  return { text: before, skip: 0 };
}
