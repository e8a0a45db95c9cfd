/**
 * Women's first names from the proper nouns of the Modern Greek-English FreeDict dictionary whose stress in
 * capitals neither the rules of stress.ts, the dictionary words nor the other lists give: ΨΥΧΩ is Ψυχώ (the learned
 * -ώ names are oxytone where the everyday Σμάρω, Φρόσω are not, so no ending says it). Taken from the half of the
 * dictionary's names that is not held out (batch I in tests/unit/names/data is the other half); of its 27 women's
 * names, five were read wrongly without this list, and Πρίσκιλλα, Σίβυλλα are now given by the spelling
 * dictionary's names (name-stress-data.ts). Read like MORE_FEMALE_FIRST_NAMES (surname-data.ts); a pack's
 * names.yaml wins. Data only: lexicon.ts reads it on first use.
 *
 * Source: FreeDict ell-eng 2022.12.07 as Debian ships it (dict-freedict-ell-eng), CC-BY-SA-3.0, Copyright 2000-2022
 * FreeDict contributors, from Wiktionary; the names are copied as that dictionary writes them.
 */
export const DICTIONARY_FEMALE_FIRST_NAMES = `Πειθώ Ταβιθά Ψυχώ`;
