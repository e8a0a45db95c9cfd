/**
 * A name, title or fill-in field that comes out empty takes its commas, or the brackets it stood alone in, with it. A vocative is set off by commas («Σ' ευχαριστώ
 * πολύ, Γιώργο!», "Thanks, John!"); when the name is unknown and the template's fallback is empty
 * (`{{customer.firstName|}}`), «Σ' ευχαριστώ πολύ, !» must read «Σ' ευχαριστώ πολύ!».
 */

/**
 * `before`: the text expanded so far; `after`: the body right after the empty placeholder. Returns the text to keep
 * and how many characters of `after` to skip (a second comma that closed the vocative).
 */
export function dropEmptyVocative(before: string, after: string): { text: string; skip: number } {
  // «το νέο προϊόν ({{field:Προϊόν}}) με …» with the field left empty: «το νέο προϊόν με …», not «προϊόν () με».
  const open = /[ \t]*\($/.exec(before);
  if (open && after.startsWith(')')) return { text: before.slice(0, open.index), skip: 1 };
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
  // «Καλημέρα σας {{customer.formalName|}}, μιλάτε …» → «Καλημέρα σας, μιλάτε …», not «σας , μιλάτε» (after a word only:
  // «Στοιχεία: {{field:Α}}, …» keeps its space).
  const afterWord = /(?<=[\p{L}\p{N}])[ \t]+$/u.exec(before);
  if (afterWord && /^[,;:]/.test(after)) return { text: before.slice(0, afterWord.index), skip: 0 };
  return { text: before, skip: 0 };
}
