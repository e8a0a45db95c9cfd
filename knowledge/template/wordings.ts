/**
 * The wordings a field offers, as written: «ΕΕΤΤ (eett.gr) / Αρχή Προστασίας Δεδομένων (dpa.gr)» → two, each with its
 * parentheses (the validator's reading drops them, which suits its grammar check, not what goes in); a « / » inside
 * parentheses («Πότε (π.χ. σήμερα / αύριο)») is a hint, not a choice.
 */
export function wordingsOf(label: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '/' && depth === 0 && /\s/.test(label[i - 1] ?? '') && /\s/.test(label[i + 1] ?? '')) {
      parts.push(label.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(label.slice(start).trim());
  return parts.length >= 2 && parts.every(Boolean) ? parts : [];
}
