import { describe, expect, it } from 'vitest';
import { detectCues } from '../../../knowledge/engine';

const kinds = (text: string) => detectCues(text).map((c) => c.kind);
const words = (text: string, kind: string) => detectCues(text).find((c) => c.kind === kind)?.words;

describe('empathy cues', () => {
  it('finds repeated contact in Greek, Greeklish and English, with the words as written', () => {
    expect(words('Είναι η τρίτη φορά που γράφω', 'repeat-contact')).toEqual(['τρίτη φορά']);
    expect(words('einai h trith fora pou sas grafw', 'repeat-contact')).toEqual(['trith fora']);
    expect(words('ΞΑΝΑ τα ίδια', 'repeat-contact')).toEqual(['ΞΑΝΑ']);
    expect(words('3ana ta idia', 'repeat-contact')).toEqual(['3ana']);
    expect(words('This is the third time I write', 'repeat-contact')).toEqual(['third time']);
    expect(words('I am writing again', 'repeat-contact')).toEqual(['again']);
  });

  it('finds anger, including shouting', () => {
    expect(kinds('Είναι απαράδεκτο!')).toContain('anger');
    expect(kinds('einai aparadekto')).toContain('anger');
    expect(kinds('I am furious')).toContain('anger');
    // Insults are anger: «άχρηστοι», «κλέφτες», «ψεύτες» (unaccented and in Greeklish too).
    expect(kinds('αντε ρε αχρηστοι, μια δουλεια δεν μπορειτε να κανετε σωστα')).toContain('anger');
    expect(kinds('ΚΛΕΦΤΕΣ ΕΙΣΤΕ')).toContain('anger');
    expect(kinds('oloi idioi eiste pseftes')).toContain('anger');
    expect(words('ΘΕΛΩ ΤΑ ΛΕΦΤΑ ΜΟΥ ΤΩΡΑ!!!', 'anger')).toEqual(['ΘΕΛΩ', 'ΛΕΦΤΑ', 'ΤΩΡΑ', '!!!']);
    expect(kinds('Σας είπα ΔΕΝ ΘΕΛΩ αυτό το πακέτο')).not.toContain('anger');
    expect(words('Σας είπα ΔΕΝ ΘΕΛΩ ΑΥΤΟ το πακέτο', 'anger')).toEqual(['ΘΕΛΩ', 'ΑΥΤΟ']);
  });

  it('reads a message written wholly in capitals as a habit, not shouting, unless it also has "!!"', () => {
    expect(detectCues('ΚΑΛΗΣΠΕΡΑ ΘΑ ΗΘΕΛΑ ΝΑ ΑΛΛΑΞΩ ΤΟ ΠΑΚΕΤΟ ΜΟΥ ΣΕ ΦΘΗΝΟΤΕΡΟ')).toEqual([]);
    expect(detectCues('HELLO I WOULD LIKE TO CHANGE MY ADDRESS PLEASE')).toEqual([]);
    expect(kinds('ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ ΝΑ ΠΕΡΙΜΕΝΩ ΤΟΣΟ')).toContain('anger');
  });

  it('reads a word that only starts like a cue word as nothing: a message or a monthly plan, fair hair, a barrel', () => {
    expect(words('θα σας κάνω μήνυση', 'anger')).toEqual(['μήνυση']);
    expect(words('tha kanw mhnyseis', 'anger')).toEqual(['mhnyseis']);
    expect(detectCues('δεν μου ήρθε το μήνυμα με τον κωδικό')).toEqual([]);
    expect(detectCues('πώς κλείνω το μηνιαίο πακέτο;')).toEqual([]);
    expect(detectCues('pws kleinw to mhniaio paketo')).toEqual([]);
    expect(detectCues('πόσο είναι το μηνιάτικο')).toEqual([]);
    expect(detectCues('Καλησπέρα, είμαι η Ξανθή Ξανθοπούλου')).toEqual([]);
    expect(words('ksanagrafw gia to idio', 'repeat-contact')).toEqual(['ksanagrafw']);
    // A re- verb is no repeat contact: «ξανά» counts as a word, and the customer's own contacting again by its verbs.
    expect(detectCues('Μπορείτε να μου ξαναστείλετε το κουπόνι; Δεν το βρίσκω.')).toEqual([]);
    expect(detectCues('ksanasteilte mou to email me ton kwdiko')).toEqual([]);
    expect(detectCues('Το ρούτερ ξαναξεκίνησε μόνο του')).toEqual([]);
    expect(words('Σας ξανάστειλα τις φωτογραφίες χθες', 'repeat-contact')).toEqual(['ξανάστειλα']);
    expect(words('σας ξαναεγραψα το πρωι', 'repeat-contact')).toEqual(['ξαναεγραψα']);
    expect(words('Σας ξαναπήρα τηλέφωνο', 'repeat-contact')).toEqual(['ξαναπήρα']);
    expect(detectCues('ένα βαρέλι λάδι, κύριος Βαρελάς')).toEqual([]);
    expect(kinds('βαρεθήκαμε να περιμένουμε')).toEqual(['frustration']);
  });

  it('finds frustration, urgency, vulnerability and gratitude', () => {
    expect(kinds('Βαρέθηκα να περιμένω')).toEqual(['frustration']);
    expect(kinds('fed up with this')).toEqual(['frustration']);
    expect(kinds('Είναι επείγον')).toEqual(['urgency']);
    expect(kinds('I need it asap')).toEqual(['urgency']);
    expect(kinds('Είμαι συνταξιούχος και έγκυος η κόρη μου')).toEqual(['vulnerability']);
    expect(words('eimai syntaxiouxos', 'vulnerability')).toEqual(['syntaxiouxos']);
    expect(kinds('I lost my job last month')).toEqual(['vulnerability']);
    expect(kinds('Σας ευχαριστώ πολύ')).toEqual(['gratitude']);
    expect(kinds('efxaristw poly')).toEqual(['gratitude']);
    expect(kinds('thanks a lot')).toEqual(['gratitude']);
  });

  it('reports several kinds in a fixed order', () => {
    expect(kinds('Ευχαριστώ, αλλά είναι ΕΠΕΙΓΟΝ και τρίτη φορά που γράφω')).toEqual([
      'urgency', 'repeat-contact', 'gratitude',
    ]);
  });

  it('reads an English message\'s words as English, not as the Greek cue words their Greeklish readings sound like', () => {
    // "minutes" starts like «μήνυση» (a lawsuit threat), "kudos" sounds like «κηδεία» (a funeral), "minimum" too.
    expect(detectCues('I waited 40 minutes on hold')).toEqual([]);
    expect(kinds('Kudos to your support team, Anna solved my problem in minutes')).toEqual(['praise']);
    expect(detectCues('The minimum order for free delivery is wrong on the site')).toEqual([]);
    // Greeklish keeps its readings: the same cue words written in Greeklish are still found.
    expect(kinds('tha sas kanw minysh')).toEqual(['anger']);
    expect(kinds('einai h trith fora pou grafw')).toEqual(['repeat-contact']);
  });

  it('matches a word the lexicon marks exact by itself, not by the words its stem shares', () => {
    // «παλιό» (old) shares πάλι's stem, «ευχαριστημένος» (satisfied) ευχαριστώ's, "I'll" reads as "ill".
    expect(detectCues('Θέλω να ανακυκλώσω το παλιό μου κινητό')).toEqual([]);
    expect(detectCues('to palio mou kinito')).toEqual([]);
    expect(detectCues('Δεν είμαι καθόλου ευχαριστημένος από την εξυπηρέτηση')).toEqual([]);
    expect(detectCues("I'll wait for the courier tomorrow")).toEqual([]);
    expect(kinds('Πάλι δεν ήρθε το δέμα')).toEqual(['repeat-contact']);
    expect(kinds('pali den irthe')).toEqual(['repeat-contact']);
    expect(kinds('Σας ευχαριστούμε')).toEqual(['gratitude']);
    expect(kinds('eyxaristw')).toEqual(['gratitude']);
    expect(kinds('ΕΥΧΑΡΙΣΤΩ')).toEqual(['gratitude']);
    expect(kinds('My mother is very ill')).toEqual(['vulnerability']);
    // «κανάτα» (a jug) shares κανείς's stem: «η γυάλινη κανάτα σπασμένη. Δεν δουλεύει» showed «Απογοήτευση: κανάτα σπασμένη Δεν».
    expect(detectCues('Η γυάλινη κανάτα σπασμένη. Δεν δουλεύει καθόλου.')).toEqual([]);
    expect(kinds('Κανείς δεν απαντά στο τηλέφωνο')).toEqual(['frustration']);
    expect(kinds('kaneis den apantaei')).toEqual(['frustration']);
  });

  it('leaves alone the words that only start like a cue word', () => {
    // «απόλυτα» starts like «απολύθηκα» (fired), «επιγραφή» like «επείγον».
    expect(detectCues('Είμαι απόλυτα σίγουρος ότι πλήρωσα')).toEqual([]);
    expect(detectCues('Η επιγραφή στο κουτί είναι λάθος')).toEqual([]);
    expect(kinds('Απολύθηκα τον Μάρτιο')).toEqual(['vulnerability']);
    expect(kinds('Με απέλυσαν τον περασμένο μήνα')).toEqual(['vulnerability']);
    expect(kinds('Είναι επείγον')).toEqual(['urgency']);
    // "against" starts like "again", "hospitality" like "hospital"; a disabled card is no disabled customer.
    expect(detectCues('The amount was charged against my card')).toEqual([]);
    expect(detectCues('The hospitality team was great')).toEqual([]);
    expect(detectCues('My account has been disabled')).toEqual([]);
    expect(detectCues('I want to repeat my last order')).toEqual([]);
    expect(kinds('I am disabled and need help with the steps')).toEqual(['vulnerability']);
    expect(kinds('I have asked again and again')).toEqual(['repeat-contact']);
  });

  it('finds praise in Greek, Greeklish and English', () => {
    expect(words('Συγχαρητήρια, κάποιος σηκώνει το τηλέφωνο', 'praise')).toEqual(['Συγχαρητήρια']);
    expect(words('sygxarhthria, kapoios shkwnei to thlefwno', 'praise')).toEqual(['sygxarhthria']);
    expect(words('mpravo sas paidia', 'praise')).toEqual(['mpravo']);
    expect(words('Εξαιρετική εξυπηρέτηση!', 'praise')).toEqual(['Εξαιρετική εξυπηρέτηση']);
    // Praise after the fact, in the past tense.
    expect(words('ευχαριστω πολυ για την βοηθεια, ησασταν τελειοι', 'praise')).toEqual(['ησασταν τελειοι']);
    expect(words('Ήσασταν υπέροχοι με τη μητέρα μου', 'praise')).toEqual(['Ήσασταν υπέροχοι']);
    expect(words('Ευχαριστώ πολύ για την εξυπηρέτηση', 'praise')).toEqual(['Ευχαριστώ πολύ για την εξυπηρέτηση']);
    expect(words('Congratulations, someone actually picks up the phone', 'praise')).toEqual(['Congratulations']);
    expect(words('well done, someone finally answers the phone', 'praise')).toEqual(['well done']);
    expect(words('amazing service, kudos to the team', 'praise')).toEqual(['amazing service', 'kudos']);
  });

  it('reads no praise in sarcasm or a complaint: beside anger, frustration, a repeat contact, a failure word or a negation', () => {
    for (const text of [
      'μπράβο σας, τρίτη φορά που σας γράφω',
      'Μπράβο σας, χάσατε το δέμα μου',
      'mpravo sas, xasate to dema',
      'συγχαρητήρια, απαράδεκτη εξυπηρέτηση',
      'great job losing my parcel',
      'well done, still no refund',
      'congratulations, nobody answers the phone',
      'great service, but my order has not arrived',
      'excellent service... not',
      'so the "next day delivery" i paid extra for is now on day six. great service guys',
      'the «express» delivery took a week, μπράβο σας',
      'oh great, amazing service 🙄',
    ]) {
      expect(kinds(text), text).not.toContain('praise');
    }
    // Thanks for nothing is no praise (its thanks stay what they were).
    expect(kinds('thanks for nothing')).toEqual(['gratitude']);
    // A free upgrade is no compliment.
    expect(kinds('is the upgrade complimentary?')).toEqual([]);
  });

  it('finds nothing in neutral or unusable text', () => {
    expect(detectCues('Θα ήθελα να αλλάξω τη διεύθυνση αποστολής')).toEqual([]);
    expect(detectCues('')).toEqual([]);
    expect(detectCues('😀😀😀')).toEqual([]);
    expect(detectCues('\u0000\u0001\uFFFD')).toEqual([]);
    expect(detectCues(undefined as unknown as string)).toEqual([]);
  });
});
