import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceLeadIns, fieldLeadIn } from '@/knowledge/template/lead-in';
import { listFields } from '@/knowledge/template/placeholders';
import { wordingsOf } from '@/knowledge/template/wordings';

/** The body of a template of the built-in Greek pack (after its front matter). */
const body = (id: string, pack = 'el-core') => readFileSync(`knowledge/packs/${pack}/templates/${id}.md`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

// «Οδηγίες επιστροφής προϊόντος» asks two choices of wordings (who pays the postage; a refund or a new product):
// the form labelled both «Διαλέξτε διατύπωση», and the agent could not tell which was which.
describe('fieldLeadIn: where a field goes, in its template\'s words', () => {
  const returns = body('info-return-instructions');

  it('the words before the field in its sentence, a placeholder among them as «…»', () => {
    expect(fieldLeadIn(returns, 'τα αναλαμβάνουμε εμείς / τα πληρώνετε εσείς (… €)')).toBe('Τα μεταφορικά της επιστροφής …');
    expect(fieldLeadIn(returns, 'σας επιστρέψουμε τα χρήματα / σας στείλουμε το νέο προϊόν')).toBe('… το αργότερο σε … εργάσιμες, θα …');
  });

  it('the two choices of the return instructions are told apart', () => {
    const choices = listFields(returns).filter((label) => wordingsOf(label).length);
    expect(choices).toHaveLength(2);
    expect(new Set(choices.map((label) => fieldLeadIn(returns, label))).size).toBe(2);
  });

  it('a field that starts its sentence: the words after it', () => {
    expect(fieldLeadIn('Καλημέρα σας.\n{{field:Ο συνάδελφός μου / Η συνάδελφός μου}} θα σας καλέσει σήμερα το απόγευμα για την παραγγελία σας.', 'Ο συνάδελφός μου / Η συνάδελφός μου'))
      .toBe('… θα σας καλέσει σήμερα …');
    expect(fieldLeadIn('{{field:Ναι / Όχι}} στο εξωτερικό.', 'Ναι / Όχι')).toBe('… στο εξωτερικό');
  });

  // A field that is a line, a list item or a sentence of its own was headed «Διαλέξτε διατύπωση»: two such in one
  // template read alike. Its heading now comes from what stands around it.
  it('a list item or a line of its own: its list\'s lead-in, the line or sentence before it', () => {
    expect(fieldLeadIn('Κόστος:\n- {{field:Τέλος: … € / Κανένα τέλος}}\n- Άλλο', 'Τέλος: … € / Κανένα τέλος')).toBe('Κόστος: …');
    expect(fieldLeadIn('Γεια σας,\n\n{{field:Α / Β}}\n\nΕυχαριστούμε.', 'Α / Β')).toBe('Γεια σας, …');
    // A list's number is the item's mark, not the end of a sentence: the item before it.
    expect(fieldLeadIn(returns, 'Τρόπος αποστολής (π.χ. ο διανομέας θα περάσει να το παραλάβει στις …)')).toBe('… αριθμό … στο εξωτερικό του κουτιού. …');
    // Not «Για το αίτημα …» (the line before ends on a field of its own): the sentence after it.
    expect(fieldLeadIn(body('internal-reply'), 'Αυτά είναι όλα όσα χρειάζεστε. / Τα υπόλοιπα θα τα έχετε έως ….')).toBe('… Αν χρειάζεστε κάτι ακόμη …');
  });

  it('a field that opens the template: the words its wordings share', () => {
    const card = 'Η κάρτα σας με τελικά ψηφία … μπλοκαρίστηκε οριστικά σήμερα. / Η κάρτα σας με τελικά ψηφία … πάγωσε προσωρινά· αν τη βρείτε, την ξεπαγώνετε από την εφαρμογή.';
    expect(fieldLeadIn(body('info-card-blocked'), card)).toBe('Η κάρτα σας με τελικά ψηφία …');
  });

  it('a field after a label\'s colon: the label («Η απόφασή μας: …»), not the one word after it («… επειδή …»)', () => {
    const reply = body('complaint-final-reply');
    expect(fieldLeadIn(reply, 'το παράπονό σας γίνεται δεκτό / το παράπονό σας γίνεται εν μέρει δεκτό / το παράπονό σας δεν γίνεται δεκτό')).toBe('Η απόφασή μας: …');
    expect(fieldLeadIn(reply, 'ΕΕΤΤ (eett.gr) / Ελληνικός Χρηματοοικονομικός Μεσολαβητής (hfo.gr) / Αρχή Προστασίας Δεδομένων (dpa.gr)')).toBe('… ή στον φορέα του κλάδου: …');
    expect(fieldLeadIn('Πελάτης: {{customer.name}} ({{field:Ταυτοποιήθηκε: ναι / όχι}})', 'Ταυτοποιήθηκε: ναι / όχι')).toBe('Πελάτης: …');
  });

  it('a thin heading says more: «Για …» takes the words after it, «Για: …» the note\'s heading', () => {
    expect(fieldLeadIn(body('info-bereavement-account'), 'το κλείσιμο του λογαριασμού / τη μεταφορά του λογαριασμού στο όνομά σας')).toBe('Για … χρειαζόμαστε');
    expect(fieldLeadIn(body('compliment-colleague-note'), 'Συνάδελφος / τμήμα / κατάστημα')).toBe('ΕΠΑΙΝΟΣ — Για: …');
  });

  it('wordings that end their sentence: the next sentence is not where they go', () => {
    // Was «… Αν μας ξαναγράψετε …», as if the field began that sentence.
    expect(fieldLeadIn('Κανένα πρόβλημα. {{field:Σταματώ. / Συνεχίζουμε γραπτώς.}} Αν μας ξαναγράψετε, θα το δούμε.', 'Σταματώ. / Συνεχίζουμε γραπτώς.')).toBe('Κανένα πρόβλημα. …');
  });

  it('nothing around it, or a label not in the body: none (the form says its generic words)', () => {
    expect(fieldLeadIn('{{field:Α / Β}}', 'Α / Β')).toBeUndefined();
    expect(fieldLeadIn(returns, 'Άλλο')).toBeUndefined();
  });

  it('what says nothing (a placeholder, a comma, a list dash) is not counted as context', () => {
    // «{{field:το παράπονό σας γίνεται δεκτό / …}}, επειδή …»: not «… , επειδή …».
    expect(fieldLeadIn('{{field:Α / Β}}, επειδή το δέμα χάθηκε στη μεταφορά χθες.', 'Α / Β')).toBe('… επειδή το δέμα χάθηκε …');
    expect(fieldLeadIn('Η συσκευή σας {{customer.name}} {{field:καλύπτεται / δεν καλύπτεται}}.', 'καλύπτεται / δεν καλύπτεται')).toBe('Η συσκευή σας …');
  });

  it('a field used twice: where it first goes', () => {
    expect(fieldLeadIn(returns, 'RMA')).toBe('… εγκρίθηκε με αριθμό επιστροφής (RMA) …');
  });
});

// Every template of the built-in packs that asks a choice of wordings: the agent tells each group from the others by
// its heading alone. «ΕΕΤΤ / Μεσολαβητής / Αρχή» and «Ταυτοποιήθηκε: ναι / όχι» were both «Διαλέξτε διατύπωση».
describe('choiceLeadIns over the built-in packs', () => {
  const templates = ['el-core', 'en-core'].flatMap((pack) =>
    readdirSync(`knowledge/packs/${pack}/templates`).map((file) => ({ id: `${pack}/${file}`, body: body(file.replace(/\.md$/, ''), pack) })),
  );
  const withChoices = templates.filter((t) => listFields(t.body).some((label) => wordingsOf(label).length));

  it('has templates with choices in both languages', () => {
    expect(withChoices.filter((t) => t.id.startsWith('el-core')).length).toBeGreaterThan(20);
    expect(withChoices.filter((t) => t.id.startsWith('en-core')).length).toBeGreaterThan(20);
  });

  it('heads every choice with words of its own: none missing, none a bare preposition, no two alike in a template', () => {
    const faults = withChoices.flatMap(({ id, body: text }) => {
      const fields = listFields(text);
      const choices = fields.filter((label) => wordingsOf(label).length);
      const leadIns = choiceLeadIns(text, fields);
      const heads = choices.map((label) => leadIns[label]);
      return [
        ...choices.filter((label) => !leadIns[label]).map((label) => `${id}: none for «${label}»`),
        // A word of four letters or more: «Για …», «Για: …», «For …» say nothing of which choice it is.
        ...heads.filter((h) => h && !/\p{L}{4}|\d/u.test(h)).map((h) => `${id}: bare «${h}»`),
        ...(new Set(heads).size < heads.length ? [`${id}: alike ${JSON.stringify(heads)}`] : []),
      ];
    });
    expect(faults).toEqual([]);
  });

  it('two choices of the same heading are told apart by their wordings', () => {
    const text = 'Κανάλι: {{field:Τηλέφωνο / chat}}\nΚανάλι: {{field:email / κατάστημα}}';
    expect(choiceLeadIns(text, listFields(text))).toEqual({
      'Τηλέφωνο / chat': 'Κανάλι: … (Τηλέφωνο, chat)',
      'email / κατάστημα': 'Κανάλι: … (email, κατάστημα)',
    });
  });
});
