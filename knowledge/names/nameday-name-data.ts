/**
 * First names from the Greek name-day list whose stress in capitals neither the rules of stress.ts, the dictionary
 * words and names nor the other lists give: ΚΗΡΥΚΟΣ is Κήρυκος, ΣΤΑΥΡΗΣ Σταυρής, ΣΟΥΜΕΛΑ Σουμελά, ΤΑΜΑΡΑ Τάμαρα.
 * Taken from the part of the list that batch J of tests/unit/names/data does not draw on (its entries from
 * Ιφιγένεια to Λουκιανός, from Μυρτιδιώτισσα to Παύλος and from Σιλβανός to Τρωάδιος), less the one name batch J
 * holds: of the 325 names written out from there, 128 are in the other lists and 160 are read right without this
 * one; of the 36 left, Σμαρώ is left to the rule that gives the as common Σμάρω and two come from the spelling
 * dictionary's names (name-stress-data.ts: Κάστορας, Στεφανή), so the rule tests stay answered by the rules. Read
 * like DICTIONARY_FEMALE_FIRST_NAMES (dictionary-name-data.ts); a pack's names.yaml wins. Data only: lexicon.ts
 * reads it on first use.
 *
 * Source: github.com/alexstyl/Greek-namedays, recurring_namedays.json (commit 99a79a7, read 2026-12-04), released
 * into the public domain under the Unlicense; the names are copied as that list writes them.
 */
export const NAMEDAY_MALE_FIRST_NAMES = `
Κήρυκος Κώτσαρης Λέπτινος Λαμπαδός Λεύκης Μωσής Ναθαναήλ Ναούμ Πελαγής Πανίκος Σιλουανός Σμάραγδος Σταυρής
Σιλβέστρος Συλάς Στελής Σωσίπατρος Σώπατρος Τιμάς
`;

export const NAMEDAY_FEMALE_FIRST_NAMES = `
Κρυστάλλω Κρουστάλλω Λευκή Μυρτιά Νερατζιά Σιλουανή Σμαραγδή Σόνια Συγκλητική Σταματή Σύλβια Σουμελά
Τάμαρα Ταρσή
`;
