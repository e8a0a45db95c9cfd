/**
 * A small synthetic knowledge base for developing and checking the engine: customer-service topics in Greek
 * (el-*) and English (en-*). Triggers are written the way a trainer would (a few variants), not copied from
 * the evaluation queries.
 */
import type { CompiledPack, Entry, Lang, Tone } from '../../../knowledge/types';
import { buildIndex } from '../../../knowledge/engine';

interface Spec {
  id: string;
  title: string;
  triggers: string[];
  tags: string[];
  body: string;
  tone?: Tone;
  shortcut?: string;
}

function entry(lang: Lang, s: Spec): Entry {
  const base = { id: s.id, title: s.title, lang, triggers: s.triggers, tags: s.tags, body: s.body };
  if (s.tone) {
    return { ...base, type: 'template', tone: s.tone, channels: ['email', 'chat'], formality: 'formal', ...(s.shortcut ? { shortcut: s.shortcut } : {}) };
  }
  return { ...base, type: 'sop', department: lang === 'el' ? 'Εξυπηρέτηση πελατών' : 'Customer care', purpose: '', terms: {}, metrics: {}, steps: [] };
}

const EL: Spec[] = [
  { id: 'el-double-charge', title: 'Διπλή χρέωση κάρτας', triggers: ['διπλή χρέωση', 'χρεώθηκα δύο φορές', 'me xreosan 2 fores', 'double charge'], tags: ['πληρωμές', 'κάρτα'],
    body: '1. Ευχαριστήστε τον πελάτη και επιβεβαιώστε τα στοιχεία του.\n2. Ελέγξτε τις συναλλαγές της παραγγελίας στο σύστημα πληρωμών.\n3. Αν η δεύτερη κίνηση είναι προέγκριση, εξηγήστε ότι αποδεσμεύεται αυτόματα σε 3-7 εργάσιμες.\n4. Αν υπάρχουν δύο ολοκληρωμένες χρεώσεις, κάντε επιστροφή του ποσού.' },
  { id: 'el-apology-double-charge', title: 'Συγγνώμη για τη διπλή χρέωση', tone: 'apology', shortcut: 'diplh', triggers: ['διπλή χρέωση', 'χρεώθηκα διπλά'], tags: ['πληρωμές'],
    body: 'Λυπούμαστε πολύ για την ταλαιπωρία. Ελέγξαμε την παραγγελία σας και η επιπλέον χρέωση θα επιστραφεί στην κάρτα σας.' },
  { id: 'el-late-parcel', title: 'Καθυστέρηση παράδοσης δέματος', triggers: ['δεν ήρθε η παραγγελία', 'αργεί το δέμα', 'πού είναι η παραγγελία μου', 'καθυστέρηση αποστολής'], tags: ['αποστολές', 'courier'],
    body: '1. Βρείτε τον αριθμό αποστολής (tracking) της παραγγελίας.\n2. Ελέγξτε την κατάσταση στο σύστημα της εταιρείας courier.\n3. Αν η παράδοση έχει καθυστερήσει πάνω από 5 εργάσιμες, ανοίξτε αίτημα έρευνας.\n4. Ενημερώστε τον πελάτη για τη νέα εκτιμώμενη ημερομηνία.' },
  { id: 'el-lost-parcel', title: 'Χαμένο δέμα', triggers: ['χάθηκε το δέμα', 'το δέμα φαίνεται παραδομένο αλλά δεν το πήρα', 'χαμένη αποστολή'], tags: ['αποστολές'],
    body: '1. Ελέγξτε αν το tracking δείχνει παράδοση.\n2. Ζητήστε από τον πελάτη να ελέγξει με γείτονες και θυρωρό.\n3. Ανοίξτε διερεύνηση απώλειας με τον courier.\n4. Αν επιβεβαιωθεί η απώλεια, στείλτε νέο προϊόν ή επιστρέψτε τα χρήματα.' },
  { id: 'el-refund-status', title: 'Πορεία επιστροφής χρημάτων', triggers: ['πότε θα πάρω τα λεφτά μου', 'δεν έχω λάβει την επιστροφή χρημάτων', 'επιστροφή χρημάτων'], tags: ['πληρωμές', 'επιστροφές'],
    body: '1. Βρείτε την εντολή επιστροφής χρημάτων.\n2. Ελέγξτε την ημερομηνία εκτέλεσης.\n3. Εξηγήστε ότι η τράπεζα πιστώνει το ποσό σε 5-10 εργάσιμες.\n4. Αν έχει περάσει το διάστημα, ζητήστε αποδεικτικό από το λογιστήριο.' },
  { id: 'el-cancel-order', title: 'Ακύρωση παραγγελίας', triggers: ['θέλω να ακυρώσω την παραγγελία', 'ακύρωση παραγγελίας', 'akyrwsh'], tags: ['παραγγελίες'],
    body: '1. Ελέγξτε αν η παραγγελία έχει ήδη αποσταλεί.\n2. Αν δεν έχει αποσταλεί, ακυρώστε τη από το σύστημα.\n3. Αν έχει αποσταλεί, εξηγήστε τη διαδικασία επιστροφής.\n4. Επιβεβαιώστε την ακύρωση με email.' },
  { id: 'el-password-reset', title: 'Επαναφορά κωδικού πρόσβασης', triggers: ['ξέχασα τον κωδικό', 'δεν μπορώ να συνδεθώ', 'αλλαγή κωδικού', 'password'], tags: ['λογαριασμός'],
    body: '1. Στείλτε στον πελάτη τον σύνδεσμο επαναφοράς κωδικού.\n2. Ζητήστε να ελέγξει και τα ανεπιθύμητα μηνύματα.\n3. Ο σύνδεσμος ισχύει 24 ώρες.' },
  { id: 'el-damaged-item', title: 'Κατεστραμμένο προϊόν κατά την παράδοση', triggers: ['ήρθε σπασμένο', 'χαλασμένο προϊόν', 'ήρθε χτυπημένο', 'η συσκευασία ήταν σκισμένη'], tags: ['παράδοση', 'ποιότητα'],
    body: '1. Ζητήστε φωτογραφίες του προϊόντος και της συσκευασίας.\n2. Καταχωρίστε ζημιά μεταφοράς.\n3. Προσφέρετε αντικατάσταση ή επιστροφή χρημάτων.' },
  { id: 'el-wrong-item', title: 'Λάθος προϊόν στην παραγγελία', triggers: ['μου στείλατε λάθος προϊόν', 'ήρθε άλλο προϊόν', 'λάθος μέγεθος', 'λάθος χρώμα'], tags: ['παραγγελίες'],
    body: '1. Ζητήστε φωτογραφία του προϊόντος που παραλήφθηκε.\n2. Κανονίστε παραλαβή του λάθος είδους με courier χωρίς χρέωση.\n3. Στείλτε το σωστό προϊόν.' },
  { id: 'el-return-item', title: 'Επιστροφή προϊόντος', triggers: ['θέλω να επιστρέψω', 'δεν μου αρέσει', 'επιστροφή είδους', 'πώς κάνω επιστροφή'], tags: ['επιστροφές'],
    body: '1. Ελέγξτε ότι δεν έχουν περάσει 14 ημέρες από την παραλαβή.\n2. Δημιουργήστε εντολή επιστροφής και στείλτε την ετικέτα.\n3. Τα χρήματα επιστρέφονται όταν παραληφθεί το προϊόν.' },
  { id: 'el-invoice', title: 'Έκδοση τιμολογίου αντί για απόδειξη', triggers: ['θέλω τιμολόγιο', 'χρειάζομαι τιμολόγιο', 'ΑΦΜ', 'απόδειξη'], tags: ['παραστατικά'],
    body: '1. Ζητήστε ΑΦΜ, ΔΟΥ και επωνυμία.\n2. Ακυρώστε την απόδειξη και εκδώστε τιμολόγιο.\n3. Στείλτε το τιμολόγιο με email.' },
  { id: 'el-change-address', title: 'Αλλαγή διεύθυνσης αποστολής', triggers: ['άλλαξα διεύθυνση', 'λάθος διεύθυνση', 'να αλλάξω τη διεύθυνση'], tags: ['αποστολές'],
    body: '1. Ελέγξτε αν η παραγγελία έχει παραδοθεί στον courier.\n2. Αν όχι, διορθώστε τη διεύθυνση στο σύστημα.\n3. Αν ναι, ζητήστε ανακατεύθυνση από τον courier.' },
  { id: 'el-account-locked', title: 'Κλειδωμένος λογαριασμός', triggers: ['κλειδώθηκε ο λογαριασμός', 'μπλόκαρε ο λογαριασμός', 'πολλές λάθος προσπάθειες'], tags: ['λογαριασμός'],
    body: '1. Επαληθεύστε την ταυτότητα του πελάτη.\n2. Ξεκλειδώστε τον λογαριασμό από το διαχειριστικό.\n3. Προτείνετε αλλαγή κωδικού.' },
  { id: 'el-delete-account', title: 'Διαγραφή λογαριασμού και προσωπικών δεδομένων', triggers: ['διαγράψτε τον λογαριασμό μου', 'GDPR', 'προσωπικά δεδομένα'], tags: ['λογαριασμός', 'gdpr'],
    body: '1. Επαληθεύστε την ταυτότητα.\n2. Καταχωρίστε αίτημα διαγραφής δεδομένων.\n3. Ενημερώστε ότι η διαγραφή ολοκληρώνεται σε 30 ημέρες.' },
  { id: 'el-payment-declined', title: 'Απόρριψη πληρωμής με κάρτα', triggers: ['δεν περνάει η κάρτα', 'απορρίφθηκε η πληρωμή', 'σφάλμα πληρωμής'], tags: ['πληρωμές', 'κάρτα'],
    body: '1. Ρωτήστε ποιο μήνυμα σφάλματος εμφανίζεται.\n2. Προτείνετε έλεγχο ορίου κάρτας και 3D Secure με την τράπεζα.\n3. Προτείνετε εναλλακτικό τρόπο πληρωμής.' },
  { id: 'el-promo-code', title: 'Ο εκπτωτικός κωδικός δεν λειτουργεί', triggers: ['κουπόνι', 'εκπτωτικός κωδικός', 'δεν εφαρμόζεται η έκπτωση'], tags: ['προσφορές'],
    body: '1. Ελέγξτε την ισχύ και τους όρους του κουπονιού.\n2. Αν ισχύει, εφαρμόστε την έκπτωση χειροκίνητα.' },
  { id: 'el-warranty', title: 'Επισκευή εντός εγγύησης', triggers: ['χάλασε', 'δεν λειτουργεί η συσκευή', 'εγγύηση', 'βλάβη'], tags: ['εγγύηση', 'service'],
    body: '1. Ελέγξτε την ημερομηνία αγοράς και την εγγύηση.\n2. Ανοίξτε δελτίο επισκευής (RMA).\n3. Κανονίστε παραλαβή της συσκευής για service.' },
  { id: 'el-missing-item', title: 'Λείπει προϊόν από το δέμα', triggers: ['λείπει ένα προϊόν', 'δεν ήταν μέσα', 'ελλιπής παραγγελία'], tags: ['παραγγελίες'],
    body: '1. Ελέγξτε το βάρος αποστολής και τη λίστα συσκευασίας.\n2. Στείλτε το προϊόν που λείπει ή επιστρέψτε την αξία του.' },
  { id: 'el-subscription', title: 'Διακοπή συνδρομής', triggers: ['να σταματήσει η συνδρομή', 'ακύρωση συνδρομής', 'μηνιαία χρέωση συνδρομής'], tags: ['συνδρομές'],
    body: '1. Βρείτε τη συνδρομή του πελάτη.\n2. Απενεργοποιήστε την αυτόματη ανανέωση.\n3. Ενημερώστε μέχρι πότε ισχύει η συνδρομή.' },
  { id: 'el-courier-complaint', title: 'Παράπονο για τον κούριερ', triggers: ['αγενής κούριερ', 'ο διανομέας δεν ήρθε', 'άφησε ειδοποίηση χωρίς να χτυπήσει'], tags: ['αποστολές', 'παράπονα'],
    body: '1. Καταγράψτε το παράπονο με ημερομηνία και ώρα.\n2. Προωθήστε το στην εταιρεία courier.\n3. Προτείνετε νέα ημερομηνία παράδοσης.' },
  { id: 'el-cod', title: 'Πληρωμή με αντικαταβολή', triggers: ['αντικαταβολή', 'πληρωμή στην πόρτα', 'μετρητά στον courier'], tags: ['πληρωμές'],
    body: '1. Εξηγήστε το κόστος αντικαταβολής.\n2. Ενημερώστε ότι πληρώνετε με μετρητά ή κάρτα στον courier.' },
  { id: 'el-installments', title: 'Πληρωμή σε δόσεις', triggers: ['άτοκες δόσεις', 'πληρωμή σε δόσεις', 'doseis'], tags: ['πληρωμές'],
    body: '1. Εξηγήστε ότι οι δόσεις ισχύουν με πιστωτική κάρτα για αγορές άνω των 100 €.\n2. Ο αριθμός δόσεων επιλέγεται στη σελίδα πληρωμής.' },
  { id: 'el-store-pickup', title: 'Παραλαβή από το κατάστημα', triggers: ['παραλαβή από κατάστημα', 'να το πάρω από το μαγαζί', 'click and collect'], tags: ['καταστήματα'],
    body: '1. Ελέγξτε ότι η παραγγελία είναι έτοιμη για παραλαβή.\n2. Ενημερώστε για ωράριο καταστήματος και ταυτότητα.' },
  { id: 'el-out-of-stock', title: 'Προϊόν εκτός αποθέματος', triggers: ['πότε θα έρθει ξανά', 'εξαντλήθηκε', 'μη διαθέσιμο'], tags: ['απόθεμα'],
    body: '1. Ελέγξτε την ημερομηνία αναπλήρωσης.\n2. Προτείνετε ειδοποίηση διαθεσιμότητας ή παρόμοιο προϊόν.' },
  { id: 'el-sms-code', title: 'Δεν λαμβάνω τον κωδικό SMS', triggers: ['δεν μου έρχεται το sms', 'κωδικός επιβεβαίωσης', 'δεν ήρθε μήνυμα'], tags: ['λογαριασμός'],
    body: '1. Επιβεβαιώστε τον αριθμό κινητού.\n2. Ζητήστε επανάληψη αποστολής μετά από 2 λεπτά.\n3. Προτείνετε επιβεβαίωση με email.' },
  { id: 'el-change-email', title: 'Αλλαγή email λογαριασμού', triggers: ['να αλλάξω το email', 'νέο email', 'λάθος email'], tags: ['λογαριασμός'],
    body: '1. Επαληθεύστε την ταυτότητα.\n2. Αλλάξτε το email και στείλτε επιβεβαίωση και στις δύο διευθύνσεις.' },
  { id: 'el-greeting', title: 'Χαιρετισμός', tone: 'greeting', shortcut: 'geia', triggers: ['καλησπέρα', 'καλημέρα'], tags: ['χαιρετισμός'],
    body: 'Καλησπέρα σας, σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Πώς μπορούμε να σας βοηθήσουμε;' },
  { id: 'el-deescalate', title: 'Κατανόηση για την αναστάτωση', tone: 'de-escalation', shortcut: 'katanohsh', triggers: ['είμαι πολύ θυμωμένος', 'απαράδεκτο', 'αίσχος'], tags: ['παράπονα'],
    body: 'Κατανοούμε απόλυτα την αναστάτωσή σας και λυπούμαστε ειλικρινά. Αναλαμβάνω προσωπικά το θέμα σας και θα σας ενημερώσω σήμερα.' },
  { id: 'el-reassure', title: 'Διαβεβαίωση για άμεση προτεραιότητα', tone: 'reassurance', shortcut: 'amesa', triggers: ['επείγον', 'το χρειάζομαι άμεσα'], tags: ['προτεραιότητα'],
    body: 'Το αίτημά σας έχει καταχωριστεί με προτεραιότητα και το παρακολουθούμε. Θα σας ενημερώσουμε μόλις υπάρξει εξέλιξη.' },
  { id: 'el-closing', title: 'Ευχαριστίες και κλείσιμο', tone: 'closing', shortcut: 'efxaristw', triggers: ['ευχαριστώ πολύ', 'όλα εντάξει'], tags: ['κλείσιμο'],
    body: 'Σας ευχαριστούμε για την επικοινωνία. Είμαστε πάντα στη διάθεσή σας για οτιδήποτε χρειαστείτε.' },
  { id: 'el-empathy', title: 'Ιδιαίτερη φροντίδα', tone: 'empathy', shortcut: 'frontida', triggers: ['είμαι ηλικιωμένος', 'έχω πρόβλημα υγείας'], tags: ['ευάλωτοι πελάτες'],
    body: 'Καταλαβαίνουμε ότι η κατάσταση είναι δύσκολη. Θα φροντίσουμε προσωπικά να λυθεί το θέμα χωρίς να χρειαστεί να κάνετε τίποτα άλλο.' },
  { id: 'el-followup', title: 'Συγγνώμη που χρειάστηκε να επικοινωνήσετε ξανά', tone: 'follow-up', shortcut: 'ksana', triggers: ['σας έχω ξαναγράψει', 'τρίτη φορά που επικοινωνώ'], tags: ['παράπονα'],
    body: 'Ζητούμε συγγνώμη που χρειάστηκε να επικοινωνήσετε ξανά μαζί μας. Έχουμε δει το ιστορικό σας και δεν θα χρειαστεί να επαναλάβετε τίποτα.' },
];

const EN: Spec[] = [
  { id: 'en-double-charge', title: 'Card charged twice', triggers: ['charged twice', 'double charge', 'two payments taken'], tags: ['payments', 'card'],
    body: '1. Thank the customer and confirm their details.\n2. Check the order transactions in the payment system.\n3. If the second one is a pre-authorisation, explain that it is released automatically in 3-7 working days.\n4. If there are two completed charges, refund one.' },
  { id: 'en-apology-double-charge', title: 'Apology for the double charge', tone: 'apology', shortcut: 'dbl', triggers: ['charged twice'], tags: ['payments'],
    body: 'We are very sorry for the trouble. We have checked your order and the extra charge will be refunded to your card.' },
  { id: 'en-late-parcel', title: 'Late delivery', triggers: ['where is my order', 'parcel has not arrived', 'delivery is late', 'still waiting for my package'], tags: ['shipping'],
    body: '1. Find the tracking number.\n2. Check the status with the courier.\n3. If more than 5 working days late, open an investigation.\n4. Give the customer the new estimated date.' },
  { id: 'en-lost-parcel', title: 'Lost parcel', triggers: ['parcel lost', 'tracking says delivered but nothing arrived', 'package missing'], tags: ['shipping'],
    body: '1. Check whether tracking shows delivery.\n2. Ask the customer to check with neighbours.\n3. Open a loss claim with the courier.\n4. Resend or refund once the loss is confirmed.' },
  { id: 'en-refund-status', title: 'Refund status', triggers: ['where is my refund', 'refund not received', 'when will I get my money back'], tags: ['payments', 'returns'],
    body: '1. Find the refund.\n2. Check the date it was issued.\n3. Explain that banks take 5-10 working days to credit it.\n4. If overdue, ask accounts for proof of payment.' },
  { id: 'en-cancel-order', title: 'Cancel an order', triggers: ['cancel my order', 'I want to cancel', 'cancellation'], tags: ['orders'],
    body: '1. Check whether the order has shipped.\n2. If not, cancel it in the system.\n3. If it has, explain the return process.\n4. Confirm the cancellation by email.' },
  { id: 'en-password-reset', title: 'Password reset', triggers: ['forgot my password', 'cannot log in', 'reset password', 'login problem'], tags: ['account'],
    body: '1. Send the password reset link.\n2. Ask the customer to check the spam folder.\n3. The link is valid for 24 hours.' },
  { id: 'en-damaged-item', title: 'Item damaged in delivery', triggers: ['arrived broken', 'damaged item', 'box was crushed', 'it is cracked'], tags: ['delivery', 'quality'],
    body: '1. Ask for photos of the item and the packaging.\n2. Log transport damage.\n3. Offer a replacement or a refund.' },
  { id: 'en-wrong-item', title: 'Wrong item received', triggers: ['you sent the wrong item', 'wrong size', 'wrong colour', 'not what I ordered'], tags: ['orders'],
    body: '1. Ask for a photo of what arrived.\n2. Arrange a free courier collection of the wrong item.\n3. Send the correct item.' },
  { id: 'en-return-item', title: 'Return an item', triggers: ['I want to return', 'how do I return', 'return label', "doesn't fit"], tags: ['returns'],
    body: '1. Check it is within 14 days of delivery.\n2. Create the return and send the label.\n3. The money is refunded once the item is received.' },
  { id: 'en-invoice', title: 'VAT invoice request', triggers: ['I need an invoice', 'VAT invoice', 'receipt for my company'], tags: ['documents'],
    body: '1. Ask for the VAT number and company name.\n2. Issue the invoice.\n3. Email the invoice.' },
  { id: 'en-change-address', title: 'Change delivery address', triggers: ['wrong address', 'change my address', 'I moved house'], tags: ['shipping'],
    body: '1. Check whether the order is with the courier.\n2. If not, correct the address.\n3. If so, ask the courier to redirect.' },
  { id: 'en-account-locked', title: 'Locked account', triggers: ['account locked', 'account blocked', 'too many attempts'], tags: ['account'],
    body: '1. Verify the customer identity.\n2. Unlock the account in the admin panel.\n3. Suggest a password change.' },
  { id: 'en-delete-account', title: 'Delete account and personal data', triggers: ['delete my account', 'GDPR request', 'remove my data'], tags: ['account', 'gdpr'],
    body: '1. Verify identity.\n2. Log the data deletion request.\n3. Explain that deletion completes within 30 days.' },
  { id: 'en-payment-declined', title: 'Card payment declined', triggers: ['card declined', 'payment failed', 'payment error'], tags: ['payments', 'card'],
    body: '1. Ask which error message appears.\n2. Suggest checking the card limit and 3D Secure with the bank.\n3. Offer another payment method.' },
  { id: 'en-promo-code', title: 'Discount code not working', triggers: ['promo code', 'voucher', 'coupon does not work', 'discount not applied'], tags: ['offers'],
    body: '1. Check the validity and terms of the code.\n2. If valid, apply the discount manually.' },
  { id: 'en-warranty', title: 'Repair under warranty', triggers: ['stopped working', 'warranty', 'faulty', 'it broke after'], tags: ['warranty'],
    body: '1. Check the purchase date and warranty.\n2. Open a repair ticket (RMA).\n3. Arrange collection of the device.' },
  { id: 'en-missing-item', title: 'Item missing from parcel', triggers: ['item missing', 'something was missing from the box', 'incomplete order'], tags: ['orders'],
    body: '1. Check the parcel weight and packing list.\n2. Send the missing item or refund its value.' },
  { id: 'en-subscription', title: 'Cancel subscription', triggers: ['stop my subscription', 'cancel subscription', 'monthly fee'], tags: ['subscriptions'],
    body: '1. Find the subscription.\n2. Turn off auto-renewal.\n3. Tell the customer until when it stays active.' },
  { id: 'en-courier-complaint', title: 'Complaint about the courier', triggers: ['rude driver', 'courier never came', 'left a card without knocking'], tags: ['shipping', 'complaints'],
    body: '1. Record the complaint with date and time.\n2. Forward it to the courier company.\n3. Offer a new delivery date.' },
  { id: 'en-cod', title: 'Cash on delivery', triggers: ['cash on delivery', 'pay at the door'], tags: ['payments'],
    body: '1. Explain the cash on delivery fee.\n2. The customer pays the courier in cash or by card.' },
  { id: 'en-installments', title: 'Pay in instalments', triggers: ['instalments', 'installments', 'pay monthly', 'split payment'], tags: ['payments'],
    body: '1. Instalments are available with a credit card for orders over 100 €.\n2. The number of instalments is chosen at checkout.' },
  { id: 'en-store-pickup', title: 'Collect from store', triggers: ['click and collect', 'pick up in store', 'collect from the shop'], tags: ['stores'],
    body: '1. Check that the order is ready for collection.\n2. Tell the customer the opening hours and to bring ID.' },
  { id: 'en-out-of-stock', title: 'Out of stock', triggers: ['out of stock', 'back in stock', 'sold out', 'not available'], tags: ['stock'],
    body: '1. Check the restock date.\n2. Offer a back-in-stock alert or a similar product.' },
  { id: 'en-sms-code', title: 'Verification code not received', triggers: ['did not get the code', 'verification code', 'no sms'], tags: ['account'],
    body: '1. Confirm the mobile number.\n2. Ask to resend after 2 minutes.\n3. Offer email verification.' },
  { id: 'en-change-email', title: 'Change account email', triggers: ['change my email', 'new email address', 'update email'], tags: ['account'],
    body: '1. Verify identity.\n2. Change the email and send a confirmation to both addresses.' },
  { id: 'en-greeting', title: 'Greeting', tone: 'greeting', shortcut: 'hi', triggers: ['hello', 'good morning'], tags: ['greeting'],
    body: 'Hello, thank you for contacting us. How can we help you today?' },
  { id: 'en-deescalate', title: 'Acknowledge the frustration', tone: 'de-escalation', shortcut: 'calm', triggers: ['this is unacceptable', 'very angry', 'worst service'], tags: ['complaints'],
    body: 'I completely understand your frustration and I am truly sorry. I am taking personal ownership of this and will update you today.' },
  { id: 'en-reassure', title: 'Priority reassurance', tone: 'reassurance', shortcut: 'prio', triggers: ['urgent', 'need it asap'], tags: ['priority'],
    body: 'Your request has been logged as a priority and we are following it closely. We will update you as soon as there is news.' },
  { id: 'en-closing', title: 'Thanks and closing', tone: 'closing', shortcut: 'ty', triggers: ['thank you', 'all sorted'], tags: ['closing'],
    body: 'Thank you for getting in touch. We are always here if you need anything else.' },
  { id: 'en-empathy', title: 'Extra care', tone: 'empathy', shortcut: 'care', triggers: ['I am elderly', 'health problem'], tags: ['vulnerable customers'],
    body: 'We understand this is a difficult situation. We will personally make sure it is resolved without you having to do anything else.' },
  { id: 'en-followup', title: 'Sorry you had to contact us again', tone: 'follow-up', shortcut: 'again', triggers: ['I already wrote', 'third time contacting'], tags: ['complaints'],
    body: 'We apologise that you had to contact us again. We have read your history and you will not need to repeat anything.' },
];

export const EVAL_ENTRIES: Entry[] = [...EL.map((s) => entry('el', s)), ...EN.map((s) => entry('en', s))];

export function evalPack(entries: Entry[] = EVAL_ENTRIES, id = 'eval'): CompiledPack {
  return {
    schema: 'odigos-pack',
    schemaVersion: 1,
    meta: { id, name: 'Eval', version: '1.0.0', lang: 'el' },
    builtAt: '2026-01-01T00:00:00Z',
    entries,
    index: JSON.parse(JSON.stringify(buildIndex(entries))),
  };
}
