// @vitest-environment node
/**
 * Where the stress of a name in capitals falls when neither the lexicon nor a fixed surname ending says: the rules
 * of knowledge/names/stress.ts, checked on names that are in no list (so the rule, not the lexicon, answers).
 */
import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../knowledge/template';
import { nameLexicon } from '../../../knowledge/names/lexicon';
import { accented, accentedByRules } from '../../../knowledge/names/stress';
import { FAKER_SURNAMES } from '../../../knowledge/names/faker-surname-data';
import { DICTIONARY_FEMALE_FIRST_NAMES } from '../../../knowledge/names/dictionary-name-data';
import { NAMEDAY_FEMALE_FIRST_NAMES, NAMEDAY_MALE_FIRST_NAMES } from '../../../knowledge/names/nameday-name-data';
import { plainKey } from '../../../knowledge/names/letters';
import { nameStress, wordStress } from '../../../knowledge/names/word-stress';

const vocativeOf = (customer: { firstName?: string; lastName?: string; gender: 'm' | 'f' }) =>
  expandTemplate('{{customer.vocative}}', { customer }, { lang: 'el' }).text;

describe('stress of names in capitals', () => {
  it.each([
    // -άς of trade nouns and nicknames, three syllables or more.
    ['ΚΕΡΑΜΙΔΑΣ', 'Κεραμιδά'], ['ΤΣΙΤΣΙΠΑΣ', 'Τσιτσιπά'], ['ΣΑΡΙΚΑΣ', 'Σαρικά'], ['ΣΤΑΦΙΔΑΣ', 'Σταφιδά'], ['ΠΑΠΛΩΜΑΤΑΣ', 'Παπλωματά'],
    // …but paroxytone suffixes stay paroxytone.
    ['ΚΑΤΣΟΥΛΑΣ', 'Κατσούλα'], ['ΛΑΠΑΒΙΤΣΑΣ', 'Λαπαβίτσα'], ['ΜΟΥΣΤΑΚΑΣ', 'Μουστάκα'], ['ΣΤΟΥΡΝΑΡΑΣ', 'Στουρνάρα'],
    ['ΖΑΜΠΕΤΑΣ', 'Ζαμπέτα'], ['ΜΠΑΛΑΣΚΑΣ', 'Μπαλάσκα'], ['ΚΑΡΑΝΙΚΑΣ', 'Καρανίκα'], ['ΓΙΑΝΝΙΩΤΑΣ', 'Γιαννιώτα'],
    // Two syllables: the commonest, paroxytone (the oxytone ones are in the lexicon: Παππάς, Μπαλτάς).
    ['ΤΡΑΓΚΑΣ', 'Τράγκα'], ['ΠΑΠΠΑΣ', 'Παππά'],
    // A prefix before a known name keeps the name's stress.
    ['ΠΑΠΑΚΩΣΤΑΣ', 'Παπακώστα'], ['ΠΑΠΑΣΑΒΒΑΣ', 'Παπασάββα'], ['ΚΑΡΑΓΙΑΝΝΗΣ', 'Καραγιάννη'],
    // -ηνός like -ινός; Cypriot -ους keeps the name's stress.
    ['ΒΙΖΥΗΝΟΣ', 'Βιζυηνέ'],
  ])('surname %s → %s', (name, want) => {
    expect(vocativeOf({ lastName: name, gender: 'm' })).toBe(want);
  });

  it('puts an adjective surname in -ύς on its last syllable and takes -ύ in the vocative', () => {
    expect(accentedByRules('ΒΑΘΥΣ', nameLexicon(), 'last').lower).toBe('βαθύς');
    expect(vocativeOf({ lastName: 'ΠΑΧΥΣ', gender: 'm' })).toBe('Παχύ');
    expect(vocativeOf({ lastName: 'Παχύς', gender: 'm' })).toBe('Παχύ');
    // -ούς and -εύς keep their own rules.
    expect(accented('ΘΕΟΦΑΝΟΥΣ', nameLexicon(), 'last').lower).toBe('θεοφάνους');
  });

  it('reads a woman\'s surname in -η / -α through a man\'s first name spelt like the man\'s surname', () => {
    // Αγγελής is a listed first name; as a surname its woman's form keeps its stress.
    expect(vocativeOf({ lastName: 'ΑΓΓΕΛΗ', gender: 'f' })).toBe('Αγγελή');
    expect(expandTemplate('{{customer.salutation}}', { customer: { name: 'ΑΓΓΕΛΗ ΜΑΡΙΑ' } }, { lang: 'el', formality: 'formal' }).text).toBe('Αγαπητή κυρία Αγγελή');
  });

  it('takes the stress of the faker surnames nothing else gives from their list, and lists only those', () => {
    expect(vocativeOf({ lastName: 'ΔΗΜΑΡΑΣ', gender: 'm' })).toBe('Δημαρά');
    expect(vocativeOf({ lastName: 'ΓΙΑΝΝΑΡΗ', gender: 'f' })).toBe('Γιάνναρη');
    expect(vocativeOf({ lastName: 'ΛΕΙΒΑΔΑ', gender: 'f' })).toBe('Λειβαδά');
    // Ζάνος: the dictionary's Ζανός would stress it otherwise, which word-stress-data.ts, generated again since the
    // faker list was written, no longer holds (it leaves out listed surnames).
    for (const name of FAKER_SURNAMES.split(/\s+/).filter((w) => w && w !== 'Λειβαδάς' && w !== 'Ζάνος')) {
      const plain = plainKey(name);
      const without = wordStress(plain) ?? accentedByRules(plain.toLocaleUpperCase('el'), nameLexicon(), 'last').lower;
      expect(without, name).not.toBe(name.toLocaleLowerCase('el'));
    }
  });

  it('takes the stress of the dictionary\'s women\'s names nothing else gives from their list, and lists only those', () => {
    expect(vocativeOf({ firstName: 'ΣΙΒΥΛΛΑ', gender: 'f' })).toBe('Σίβυλλα');
    expect(vocativeOf({ firstName: 'ΨΥΧΩ', gender: 'f' })).toBe('Ψυχώ');
    expect(expandTemplate('{{customer.salutation}}', { customer: { name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ ΠΡΙΣΚΙΛΛΑ' } }, { lang: 'el', formality: 'informal' }).text).toBe('Γεια σου, Πρίσκιλλα');
    for (const name of DICTIONARY_FEMALE_FIRST_NAMES.split(/\s+/).filter(Boolean)) {
      const plain = plainKey(name);
      const without = nameStress(plain) ?? wordStress(plain) ?? accentedByRules(plain.toLocaleUpperCase('el'), nameLexicon(), 'first').lower;
      expect(without, name).not.toBe(name.toLocaleLowerCase('el'));
    }
  });

  it('takes the stress and gender of a first name from the whole name-day list, beneath the other lists', () => {
    expect(vocativeOf({ firstName: 'ΚΗΡΥΚΟΣ', gender: 'm' })).toBe('Κήρυκε');
    expect(vocativeOf({ firstName: 'ΣΤΑΥΡΗΣ', gender: 'm' })).toBe('Σταυρή');
    expect(expandTemplate('{{customer.salutation}}', { customer: { name: 'ΠΑΠΑΔΟΠΟΥΛΟΥ ΣΟΥΜΕΛΑ' } }, { lang: 'el', formality: 'informal' }).text).toBe('Γεια σου, Σουμελά');
    // Its everyday forms that are common surnames stay surnames where the page says so (Μανωλάς, Μανωλά).
    expect(vocativeOf({ lastName: 'ΜΑΝΩΛΑΣ', gender: 'm' })).toBe('Μανωλά');
    expect(expandTemplate('{{customer.salutation}}', { customer: { name: 'Ζάχος Γιώργος' } }, { lang: 'el', formality: 'formal' }).text).toBe('Αγαπητέ κύριε Ζάχο');
    const male = NAMEDAY_MALE_FIRST_NAMES.split(/\s+/).filter(Boolean);
    const female = NAMEDAY_FEMALE_FIRST_NAMES.split(/\s+/).filter(Boolean);
    expect(male.length + female.length).toBeGreaterThanOrEqual(2400);
    const lexicon = nameLexicon();
    const own = [...male, ...female].filter((name) => lexicon.lookup(plainKey(name).toLocaleUpperCase('el'))?.written === name);
    for (const name of [...male, ...female]) expect(lexicon.lookup(name)?.first, name).toBe(true);
    // Where a hand-written list spells a name otherwise, that list wins (a few dozen): the rest is read as the list writes it.
    expect(own.length / (male.length + female.length)).toBeGreaterThan(0.97);
  });

  it('takes the accent of a first name the lists lack from the spelling dictionary\'s capitalised entries, not of its places in -ια', () => {
    expect(vocativeOf({ firstName: 'ΑΝΤΖΕΛΑ', gender: 'f' })).toBe('Άντζελα');
    expect(vocativeOf({ firstName: 'ΑΛΚΗΣΤΗ', gender: 'f' })).toBe('Άλκηστη');
    expect(nameStress('αντζελα')).toBe('άντζελα');
    // Ζάμπια the country is no reading of the name Ζαμπία.
    expect(nameStress('ζαμπια')).toBeUndefined();
    expect(vocativeOf({ firstName: 'ΖΑΜΠΙΑ', gender: 'f' })).toBe('Ζαμπία');
  });

  it('reads a woman\'s surname in -ιανού as the -ιανός it comes from', () => {
    expect(vocativeOf({ lastName: 'ΑΝΔΡΙΑΝΟΥ', gender: 'f' })).toBe('Ανδριανού');
  });

  it('puts a woman\'s first name in -ω of three syllables or in -ιω on its last, one of two on the one before', () => {
    expect(vocativeOf({ firstName: 'ΖΑΧΑΡΩ', gender: 'f' })).toBe('Ζαχαρώ');
    expect(vocativeOf({ firstName: 'ΜΑΡΓΙΩ', gender: 'f' })).toBe('Μαργιώ');
    expect(vocativeOf({ firstName: 'ΣΜΑΡΩ', gender: 'f' })).toBe('Σμάρω');
  });

  it('reads a surname in -ους of three syllables or more as the genitive it is', () => {
    expect(accented('ΘΕΟΦΑΝΟΥΣ', nameLexicon(), 'last').lower).toBe('θεοφάνους');
    expect(accented('ΑΡΙΣΤΕΙΔΟΥΣ', nameLexicon(), 'last').lower).toBe('αριστείδους');
  });

  it.each([
    ['ΑΥΓΟΥΣΤΙΝΟΣ', 'Αυγουστίνε'], ['ΛΥΣΙΜΑΧΟΣ', 'Λυσίμαχε'], ['ΠΟΛΥΔΩΡΟΣ', 'Πολύδωρε'], ['ΑΝΔΡΟΜΑΧΟΣ', 'Ανδρόμαχε'],
  ])('first name %s → %s', (name, want) => {
    expect(vocativeOf({ firstName: name, gender: 'm' })).toBe(want);
  });

  it.each([
    // -κλής after two vowels or more is oxytone; Τσόκλης is not.
    ['ΠΑΤΡΟΚΛΗΣ', 'Πατροκλή'], ['ΔΙΟΚΛΗΣ', 'Διοκλή'],
    // -ωνας of a paroxytone -ων the list lacks, on the syllable before -ων (not after two consonants: Αντώνας).
    ['ΜΙΛΩΝΑΣ', 'Μίλωνα'], ['ΓΛΥΚΩΝΑΣ', 'Γλύκωνα'], ['ΑΡΧΟΝΤΙΩΝΑΣ', 'Αρχοντίωνα'], ['ΑΝΤΩΝΑΣ', 'Αντώνα'],
    // Learned -γένης, -άνθης paroxytone, where the adjectives ευγενής, ευανθής are not.
    ['ΕΥΓΕΝΗΣ', 'Ευγένη'], ['ΕΥΑΝΘΗΣ', 'Ευάνθη'],
    // A compound of a verbal adjective in -τος after a consonant is recessive.
    ['ΘΕΟΠΙΣΤΟΣ', 'Θεόπιστε'], ['ΕΥΑΡΕΣΤΟΣ', 'Ευάρεστε'],
    // The -ης spelling of a listed name in -ις.
    ['ΑΔΩΝΗΣ', 'Άδωνη'],
    // The everyday -ής of a listed three-syllable -ος stressed on the first; not of a longer one.
    ['ΣΤΕΦΑΝΗΣ', 'Στεφανή'], ['ΧΡΙΣΤΟΦΟΡΗΣ', 'Χριστοφόρη'],
  ])('first name by its ending %s → %s', (name, want) => {
    expect(vocativeOf({ firstName: name, gender: 'm' })).toBe(want);
  });

  it('keeps a surname in -κλης with one vowel before it paroxytone, and reads a woman\'s first name in -ιανή as oxytone', () => {
    expect(vocativeOf({ lastName: 'ΤΣΟΚΛΗΣ', gender: 'm' })).toBe('Τσόκλη');
    expect(vocativeOf({ firstName: 'ΚΥΠΡΙΑΝΗ', gender: 'f' })).toBe('Κυπριανή');
  });

  it('writes a first name stressed through a listed one with its final ς', () => {
    expect(accented('ΣΤΕΦΑΝΗΣ', nameLexicon(), 'first').lower).toBe('στεφανής');
    expect(accented('ΑΔΩΝΗΣ', nameLexicon(), 'first').lower).toBe('άδωνης');
  });

  it('stresses a first name in -ονας / -οντας where its listed -ων form is stressed', () => {
    expect(vocativeOf({ firstName: 'ΒΗΣΣΑΡΙΩΝΑΣ', gender: 'm' })).toBe('Βησσαρίωνα');
    expect(vocativeOf({ firstName: 'ΤΙΜΟΛΕΟΝΤΑΣ', gender: 'm' })).toBe('Τιμολέοντα');
  });

  it('gives a surname that is a compound noun of a trade or office the noun\'s -ε', () => {
    expect(vocativeOf({ lastName: 'ΓΕΩΓΡΑΦΟΣ', gender: 'm' })).toBe('Γεωγράφε');
    expect(vocativeOf({ lastName: 'Αστρονόμος', gender: 'm' })).toBe('Αστρονόμε');
    expect(vocativeOf({ lastName: 'ΧΡΥΣΟΛΟΓΟΣ', gender: 'm' })).toBe('Χρυσολόγε');
    // Other paroxytone surnames keep -ο.
    expect(vocativeOf({ lastName: 'ΛΟΒΕΡΔΟΣ', gender: 'm' })).toBe('Λοβέρδο');
  });

  it('keeps the surname readings for the same endings', () => {
    // A surname in -ινός is a place adjective; a first name in -ίνος is not.
    expect(vocativeOf({ lastName: 'ΖΑΚΥΝΘΙΝΟΣ', gender: 'm' })).toBe('Ζακυνθινέ');
    expect(vocativeOf({ firstName: 'ΑΥΓΟΥΣΤΙΝΟΣ', gender: 'm' })).toBe('Αυγουστίνε');
    // -δήμος in a surname is paroxytone (Βλαχοδήμος), in a learned first name not (Νικόδημος).
    expect(accented('ΠΑΠΑΔΗΜΟΣ', nameLexicon(), 'last').lower).not.toBe('παπάδημος');
  });

  it('writes a female surname of an oxytone -άς in the lexicon with its stress', () => {
    expect(expandTemplate('{{customer.salutation}}', { customer: { name: 'ΔΗΜΟΥΛΑ ΚΙΚΗ' } }, { lang: 'el', formality: 'formal' }).text).toBe(
      'Αγαπητή κυρία Δημουλά',
    );
  });

  it('takes the stress of a common surname that is no word and no rule gives from the surname list, a pack first', () => {
    expect(vocativeOf({ lastName: 'ΤΖΕΛΕΠΗΣ', gender: 'm' })).toBe('Τζελεπή');
    expect(vocativeOf({ lastName: 'ΚΑΛΑΜΠΟΚΑ', gender: 'f' })).toBe('Καλαμπόκα');
    expect(vocativeOf({ firstName: 'ΚΕΡΑΣΙΑ', gender: 'f' })).toBe('Κερασιά');
    // A pack's names.yaml wins over the built-in list.
    expect(accented('ΤΖΕΛΕΠΗΣ', nameLexicon([{ name: 'Τζέλεπης', kind: 'last' }]), 'last').lower).toBe('τζέλεπης');
  });
});
