// @vitest-environment node
/**
 * A death is its own cue and brings condolences; the same verbs said of a phone, a battery or the wait do not.
 * Checked on the cue (detectCues) and on what the agent sees (the top three suggestions of the bundled packs).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../knowledge/node';
import { createMatcher, detectCues } from '../../../knowledge/engine';

const ROOT = join(import.meta.dirname, '../../../knowledge/packs');
const packs = [compilePack(join(ROOT, 'el-core')), compilePack(join(ROOT, 'en-core'))];
const matcher = createMatcher(packs.map((pack) => ({ pack, priority: 0 })));
const top3 = (text: string) => matcher.search(text, { limit: 3 }).suggestions.map((s) => s.entryId);
const kinds = (text: string) => detectCues(text).map((c) => c.kind);
const BEREAVEMENT_ENTRIES = ['bereavement', 'empathy-bereavement', 'info-bereavement-account', 'bereavement-account-info'];

const DEATHS = [
  'Καλησπέρα, πέθανε ο πατέρας μου και θέλω να κλείσω τον λογαριασμό του',
  'Ο άντρας μου πέθανε τον Ιανουάριο και οι λογαριασμοί έρχονται ακόμα στο όνομά του',
  'Απεβίωσε η μητέρα μου, τι πρέπει να κάνω για τη σύνδεσή της;',
  'Ο κάτοχος του λογαριασμού απεβίωσε',
  'Έχασα τη μητέρα μου πριν από δύο εβδομάδες και δεν ξέρω τι να κάνω με το συμβόλαιό της',
  'Χάσαμε τον παππού μας τον Μάιο, το συμβόλαιο ήταν δικό του',
  'Είχαμε κηδεία χθες και δεν πρόλαβα να πληρώσω',
  'Είμαστε σε πένθος, σας παρακαλώ λίγη κατανόηση',
  'Η γιαγιά μου έφυγε από τη ζωή και ο λογαριασμός είναι στο όνομά της',
  'ΠΕΘΑΝΕ Ο ΠΑΤΕΡΑΣ ΜΟΥ ΚΑΙ ΘΕΛΩ ΝΑ ΚΛΕΙΣΩ ΤΗ ΣΥΝΔΕΣΗ',
  'pethane o pateras mou, ti prepei na kanw gia to symvolaio tou?',
  'πεθανε η γυναικα μου και θελω να μεταφερω τον λογαριασμο',
  'Τι χαρτιά χρειάζεστε μετά τον θάνατο του συζύγου μου;',
  'Έμεινα χήρα και ο λογαριασμός είναι στο όνομα του συζύγου μου',
  'My father passed away last month and I need to close his account',
  'my mum died in March, the bills are still in her name',
  'I lost my husband in May and the account was his',
  'We had the funeral yesterday, I could not pay on time',
  'The account holder is deceased',
  'My wife is dead and the bills keep coming',
  'I was recently widowed and need to move the account to my name',
  'Dad passed on last week',
  'My mum passed last week and the contract is in her name',
  'I am writing on behalf of my late husband about his broadband',
  'Sorry for the delay in paying, we have had a death in the family',
  // Leaving idioms and the church's word: «έφυγε από τη ζωή», «μας άφησε», «εκοιμήθη», «ο μακαρίτης».
  'Ο πατέρας μου έφυγε ξαφνικά από τη ζωή τον Μάρτιο και θέλω να κλείσω τη σύνδεσή του',
  'ΕΦΥΓΕ ΑΠΟ ΤΗ ΖΩΗ Ο ΠΑΤΕΡΑΣ ΜΟΥ, ΤΙ ΚΑΝΩ ΜΕ ΤΟ ΣΥΜΒΟΛΑΙΟ;',
  'Ο σύζυγός μου έφυγε από κοντά μας πριν δύο μήνες, ο λογαριασμός είναι στο όνομά του',
  'Ο πατέρας μου μας άφησε τον περασμένο μήνα και θέλω να κλείσω τη σύνδεσή του',
  'Μας άφησε η μητέρα μου πριν από λίγες μέρες, το συμβόλαιο ήταν δικό της',
  'Εκοιμήθη η μητέρα μου την Κυριακή, πώς μεταφέρω τον λογαριασμό της;',
  'Γράφω για τον λογαριασμό του μακαρίτη του πατέρα μου',
  'efyge apo ti zwi o pateras mou, ti kanw me to symvolaio?',
  'Έφυγε ο άντρας μου ξαφνικά από τη ζωή και δεν ξέρω τι να κάνω με τους λογαριασμούς του',
  // «Δεν είναι πια μαζί μας», «δεν ζει πλέον»: the everyday way of not saying «πέθανε».
  'Η γιαγιά μου δεν είναι πια μαζί μας. Πώς σταματάμε τη χρέωση της γραμμής της;',
  'Ο πατέρας μου δεν ζει πλέον και το συμβόλαιο είναι στο όνομά του',
  'o pateras mou den einai pia mazi mas, ti kanw me ton logariasmo tou?',
];

const NOT_DEATHS = [
  'Πέθανε το κινητό μου και δεν μπορώ να πάρω τον κωδικό',
  'Μου πέθανε η μπαταρία στη μέση της κλήσης',
  'Πέθανε το λάπτοπ και δεν μπορώ να μπω στον λογαριασμό',
  'Πεθαίνω στην αναμονή εδώ και μια ώρα',
  'Πέθανα στα γέλια με το διαφημιστικό σας',
  'Πέθανε πάλι το ίντερνετ',
  'Το ρούτερ είναι πεθαμένο από το πρωί',
  'Έχασα την κάρτα μου',
  'Έχασα το κινητό του πατέρα μου',
  'pethane to kinhto mou',
  'My phone died and I could not finish the payment',
  'My battery died again',
  'The laptop is dead since the update',
  'I died laughing at your ad',
  'I am dying here waiting on hold',
  'I lost my card yesterday',
  "I lost my mother's card",
  'My car died on the motorway',
  'The line went dead during the call',
  'The payment passed the bank check',
  'The late delivery ruined the party',
  // A bare «έφυγε» (someone left) and «μας άφησε» with what was left behind are no death.
  'Ο τεχνικός έφυγε χωρίς να το φτιάξει',
  'Ο πατέρας μου έφυγε για δουλειά και δεν μπορεί να υπογράψει',
  'Η μητέρα μου έφυγε από το σπίτι νωρίς και δεν άκουσε τον κούριερ',
  'Ο γιος μου έφυγε από τη δουλειά και θέλει να αλλάξει πρόγραμμα',
  'Έφυγε ο τεχνικός σας και από τη ζωή μου χάθηκε ένα πρωινό',
  'Το δέμα έφυγε από την αποθήκη;',
  'Έφυγε πάλι το ρεύμα και το ρούτερ δεν ανάβει',
  'Ο τεχνικός μας άφησε χωρίς ρεύμα',
  'Η κόρη μου μας άφησε να περιμένουμε δύο ώρες στο κατάστημα',
  'Ο πατέρας μου μας άφησε το κλειδί του ρούτερ',
  // Said of a thing, a colleague or an offer, «δεν είναι πια μαζί μας» is no death.
  'Ο τεχνικός που είχαμε δεν είναι πια μαζί μας, ποιος θα έρθει;',
  'Η προσφορά δεν είναι πια διαθέσιμη',
  'Ο γιος μου δεν μένει πια μαζί μας, αλλάξτε τη διεύθυνση',
];

describe('the bereavement cue', () => {
  it.each(DEATHS)('a death: %s', (text) => {
    expect(kinds(text)).toContain('bereavement');
    // Its own cue: a death is not filed under the vulnerable customer's cue, and grief in capitals is no anger.
    expect(kinds(text)).not.toContain('vulnerability');
    expect(kinds(text)).not.toContain('anger');
  });

  it.each(NOT_DEATHS)('not a death: %s', (text) => {
    expect(kinds(text)).not.toContain('bereavement');
  });

  it('names the words that told of the death, as written', () => {
    expect(detectCues('Πέθανε ο πατέρας μου').find((c) => c.kind === 'bereavement')?.words).toEqual(['Πέθανε ο πατέρας']);
    expect(detectCues('my father passed away').find((c) => c.kind === 'bereavement')?.words).toEqual(['father passed away']);
    expect(detectCues('έχασα τη μητέρα μου').find((c) => c.kind === 'bereavement')?.words).toEqual(['έχασα τη μητέρα']);
    expect(detectCues('η γιαγιά μου έφυγε από τη ζωή').find((c) => c.kind === 'bereavement')?.words).toEqual(['έφυγε από τη ζωή']);
    expect(detectCues('ο πατέρας μου μας άφησε').find((c) => c.kind === 'bereavement')?.words).toEqual(['πατέρας μου μας άφησε']);
  });

  it('leaves a lost job to the vulnerability cue', () => {
    expect(kinds('I lost my job last month')).toEqual(['vulnerability']);
    expect(kinds('έχασα τη δουλειά μου')).toEqual(['vulnerability']);
  });
});

describe('what the agent sees', () => {
  it.each(DEATHS)('condolences in the top three: %s', (text) => {
    const top = top3(text);
    expect(top).toContain('empathy-bereavement');
    expect(top).not.toContain('empathy-personal-situation');
  });

  it.each(NOT_DEATHS)('no bereavement entry: %s', (text) => {
    expect(top3(text).filter((id) => BEREAVEMENT_ENTRIES.includes(id))).toEqual([]);
  });

  it('the condolence template opens with condolences and goes on to what happens next', () => {
    const body = (lang: number) => packs[lang]!.entries.find((e) => e.id === 'empathy-bereavement')?.body ?? '';
    expect(body(0)).toMatch(/^Λυπάμαι πολύ· τα ειλικρινή μου συλλυπητήρια για την απώλειά σας\. \S/);
    expect(body(1)).toMatch(/^I am so sorry for your loss\. \S/);
  });
});
