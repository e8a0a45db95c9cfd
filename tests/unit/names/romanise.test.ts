// @vitest-environment node
/**
 * Greek names in Latin letters as Greek passports write them (ELOT 743 / ISO 843 transcription), for the English
 * templates an agent sends a customer whose name the CRM gives in Greek. Real first names and surnames, men's and
 * women's, with accents, in capitals, double-barrelled, starting with ΜΠ / ΝΤ / ΓΚ.
 */
import { describe, expect, it } from 'vitest';
import { romanise } from '../../../knowledge/names/romanise';

describe('romanise: Greek names in Latin letters', () => {
  it.each([
    // Men's first names: ου, αυ/ευ before a voiced sound or a vowel (v) and before a voiceless one (f), γγ, χ, ψ, ξ.
    ['Γιώργος', 'Giorgos'], ['Γεώργιος', 'Georgios'], ['Ιωάννης', 'Ioannis'], ['Κωνσταντίνος', 'Konstantinos'],
    ['Δημήτριος', 'Dimitrios'], ['Ευάγγελος', 'Evangelos'], ['Ευθύμιος', 'Efthymios'], ['Ευστράτιος', 'Efstratios'],
    ['Ευριπίδης', 'Evripidis'], ['Παύλος', 'Pavlos'], ['Σταύρος', 'Stavros'], ['Χαράλαμπος', 'Charalampos'],
    ['Σπυρίδων', 'Spyridon'], ['Θεόδωρος', 'Theodoros'], ['Ηλίας', 'Ilias'], ['Χρήστος', 'Christos'],
    ['Μιχαήλ', 'Michail'], ['Ξενοφών', 'Xenofon'], ['Αλέξανδρος', 'Alexandros'], ['Ψάλτης', 'Psaltis'],
    // ΜΠ, ΝΤ, ΓΚ are b, d, g at the start of a word, mp, nt, gk inside it.
    ['Μπάμπης', 'Bampis'], ['Ντίνος', 'Dinos'],
    // Women's first names.
    ['Αικατερίνη', 'Aikaterini'], ['Ευαγγελία', 'Evangelia'], ['Ευτυχία', 'Eftychia'], ['Ευγενία', 'Evgenia'],
    ['Ευφροσύνη', 'Effrosyni'], ['Εύα', 'Eva'], ['Φωτεινή', 'Foteini'], ['Χρυσούλα', 'Chrysoula'],
    ['Ουρανία', 'Ourania'], ['Αγγελική', 'Angeliki'], ['Ζωή', 'Zoi'], ['Ξανθή', 'Xanthi'], ['Ειρήνη', 'Eirini'],
    ['Παναγιώτα', 'Panagiota'], ['Θεοδώρα', 'Theodora'], ['Άννα-Μαρία', 'Anna-Maria'],
    // Surnames, the men's and the women's (-ου of the genitive, -η), ΜΠ / ΝΤ / ΓΚ at the start and inside.
    ['Παπαδόπουλος', 'Papadopoulos'], ['Παπαδοπούλου', 'Papadopoulou'], ['Οικονόμου', 'Oikonomou'],
    ['Γεωργίου', 'Georgiou'], ['Ευθυμίου', 'Efthymiou'], ['Κωστοπούλου', 'Kostopoulou'],
    ['Μπακογιάννης', 'Bakogiannis'], ['Μπακογιάννη', 'Bakogianni'], ['Ντόκος', 'Dokos'], ['Γκίκας', 'Gikas'],
    ['Λαμπράκης', 'Lamprakis'], ['Τσαγκάρης', 'Tsagkaris'], ['Ρογκάκου', 'Rogkakou'], ['Αυγερινός', 'Avgerinos'],
    ['Ψαρράς', 'Psarras'], ['Χατζηδάκη', 'Chatzidaki'], ['Ζαφειρόπουλος', 'Zafeiropoulos'], ['Σγουρός', 'Sgouros'],
    ['Καραμανλή', 'Karamanli'], ['Κουτσογιώργας', 'Koutsogiorgas'], ['Θεοδωράκη', 'Theodoraki'],
    // A diaeresis keeps the letters apart: αϊ is a-i, never a pair.
    ['Αϊβαλιώτης', 'Aivaliotis'], ['Μαΐνας', 'Mainas'], ['Πρωτοϋπάλληλος', 'Protoypallilos'],
    // Double-barrelled surnames and whole names.
    ['Παπαδοπούλου-Οικονόμου', 'Papadopoulou-Oikonomou'], ['Μαρία Κωνσταντίνου', 'Maria Konstantinou'],
  ])('%s → %s', (greek, latin) => {
    expect(romanise(greek)).toBe(latin);
  });

  it('keeps capitals: a word in capitals in capitals, a capital pair as one capital (Θ → Th, Ου → Ou)', () => {
    expect(romanise('ΠΑΠΑΔΟΠΟΥΛΟΥ ΑΙΚΑΤΕΡΙΝΗ')).toBe('PAPADOPOULOU AIKATERINI');
    expect(romanise('ΜΠΑΚΟΓΙΑΝΝΗΣ ΝΤΙΝΟΣ')).toBe('BAKOGIANNIS DINOS');
    expect(romanise('ΘΕΟΔΩΡΑ ΧΡΥΣΟΥΛΑ ΨΑΡΡΑ')).toBe('THEODORA CHRYSOULA PSARRA');
    expect(romanise('ΕΥΘΥΜΙΟΥ')).toBe('EFTHYMIOU');
    expect(romanise('γιώργος')).toBe('giorgos');
  });

  it('leaves Latin letters, their accents and what is not a letter as they are', () => {
    expect(romanise('José Παπάς')).toBe('José Papas');
    expect(romanise('Sarah Collins')).toBe('Sarah Collins');
    expect(romanise('Δρ. Νίκος Ευθυμίου (VIP)')).toBe('Dr. Nikos Efthymiou (VIP)');
  });
});
