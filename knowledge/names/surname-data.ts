/**
 * Common Greek surnames that are not words of the dictionary (word-stress-data.ts) and whose stress no ending
 * rule gives, written with their accent: names in capitals carry none (ΚΑΛΑΜΠΟΚΑΣ is Καλαμπόκας, ΠΑΤΣΗΣ is
 * Πατσής). Hand-written from general knowledge of Greek family names (public life, sport, the arts, the commonest
 * surnames of each region), not from the test lists: of 384 written, only those the rules and the dictionary get
 * wrong are kept, so the rule tests stay answered by the rules. A listed surname wins over a dictionary word spelt
 * alike; a woman's surname is read through the man's (Σουρλά, Ντελή). Read like KNOWN_SURNAMES in
 * lexicon-data.ts, and a pack's names.yaml wins over both. Data only: lexicon.ts reads it on first use.
 */
export const COMMON_SURNAMES = `
Βαγιωνάς Βογιατζής Βουτσάς Βρεττός Γαζής Γκαγκάς Γκανάς Γκαργκάνας Γκιουλής Γκολφίνος Δεληβοριάς Καλαμπόκας Καλλιάνος
Καψής Κελαϊδίτης Κιουρτσής Κοντονής Κουσουλός Κρεμμυδάς Λεονταρής Μαγγίνας Μπαλάφας Μπάμπαλης Μπαρκάς Μπραΐμης Ντελής
Πατσής Πετρόχειλος Πιτσιλής Πλακιάς Σιάνος Σουρλάς Στάικος Τζελεπής Τόλιας Τουρνάς Τσακμακής Χολέβας Χονδρός Ψαρρός
Ζαγκλής Τσουβέλας Φασούλας Παχής Πατέρας Μπουγάς Σαλαπάτας Τσαμπάς Πρωτόπαπας Μποτίλιας Μπελιάς Σμυρλής Σκεπαρνιάς
Καλαϊτζόγλου Μαραβέγιας
`;

/** Women's first names in -ώ and -ιά the first-name list lacks (the ending alone does not say it is a name). */
export const MORE_FEMALE_FIRST_NAMES = `Τασώ Κυρατσώ Διδώ Καλυψώ Ινώ Χαρικλώ Βαγγελιά Κερασιά`;
