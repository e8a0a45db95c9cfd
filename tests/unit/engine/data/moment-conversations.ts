/**
 * Thirty helpdesk conversations written for issue 14 item 3 ("right for the moment") after the rules were made,
 * never tuned on: each is a thread as the panel reads it (customer and agent messages, greetings, order numbers,
 * signatures, quoted history), the stage the agent's own actions set (ticked steps of a followed SOP, the resolved
 * mark), and what the top 3 must hold, with why. moment-conversations.test.ts runs them through the panel's path.
 *
 * Every case also asserts that no entry presupposing a later stage than the conversation's is in the top 3.
 */
import type { Stage } from '../../../../knowledge/types';

export interface MomentCase {
  id: string;
  subject: string;
  thread: { from: 'customer' | 'agent'; text: string }[];
  /** The stage the agent's actions set (the panel asks nothing for a new problem). */
  stage?: Exclude<Stage, 'new'>;
  /**
   * The customer's latest words close it (a short thanks for a problem they say is over): the moment is resolved
   * though the agent marked nothing, so entries made for that stage are right in the top 3.
   */
  customerCloses?: true;
  /** The SOP the agent follows and its ticked steps. */
  follow?: { sop: string; done: number[] };
  /** The entry shown first. */
  first?: string;
  /** Each group: at least one of its ids is in the top 3. */
  inTop3?: string[][];
  /** None of these is in the top 3 (another topic's apology, an entry for a stage not reached). */
  notInTop3?: string[];
  why: string;
  /** Still wrong, and why (outside the moment logic): the test expects it to fail, and says so when it passes. */
  open?: string;
}

/** Another topic's apologies: a mood must never raise them. */
const APOLOGIES_EL = ['apology-late-delivery', 'apology-missing-item', 'apology-double-charge', 'apology-wrong-item', 'apology-outage', 'apology-out-of-stock', 'apology-food-issue'];
const others = (own: string) => APOLOGIES_EL.filter((a) => a !== own);

/** De-escalation and empathy entries for an angry or repeat contact (either language). */
const CALMING = ['empathy-repeat-contact', 'deescalation-calm', 'empathy-right-to-be-upset', 'angry-customer', 'deescalation-angry', 'reassurance-ownership'];
const CLOSING = ['closing-email', 'closing-chat', 'closing-phone', 'closing-survey', 'followup-after-resolution', 'closing-formal', 'closing-informal', 'follow-up-resolved-check', 'survey-invite'];
/** English answers a customer's thanks with its closing-tone «thanks» templates too (en-core, tone: closing). */
const CLOSING_EN = [...CLOSING, 'thanks', 'thanks-informal'];

export const MOMENT_CASES: MomentCase[] = [
  // ——— A new problem of each main topic: its SOP first, nothing that presupposes a later stage in the top 3.
  {
    id: 'new-delivery-el',
    subject: 'Παραγγελία #558120 — δεν έχει έρθει',
    thread: [
      {
        from: 'customer',
        text:
          'Καλησπέρα σας,\n\nέκανα την παραγγελία 558120 στις 12/11 και η εκτιμώμενη παράδοση ήταν Παρασκευή. Σήμερα είναι Τετάρτη και το δέμα δεν έχει φτάσει ακόμα. Ο κωδικός αποστολής στο site της courier δείχνει «σε διαμετακόμιση» εδώ και 5 μέρες. Μπορείτε να μου πείτε πού βρίσκεται;\n\nΕυχαριστώ,\nΔήμητρα Καραγιάννη\n6944 123456',
      },
    ],
    first: 'delivery-delay',
    why: 'A parcel late, first contact: the delay SOP leads; no closing or refund confirmation.',
  },
  {
    id: 'new-double-charge-el',
    subject: 'Χρεώθηκα δύο φορές',
    thread: [
      { from: 'agent', text: 'Καλημέρα σας, πώς μπορώ να βοηθήσω;' },
      {
        from: 'customer',
        text: 'Καλημέρα. Πλήρωσα με κάρτα την παραγγελία 77410 (89,90€) και στο e-banking βλέπω δύο χρεώσεις με το ίδιο ποσό την ίδια μέρα. Η παραγγελία είναι μία. Τι έγινε;',
      },
    ],
    first: 'double-card-charge',
    notInTop3: ['refund-double-charge', 'reassurance-refund-processed'],
    why: 'A double charge just found: the SOP first; the confirmation that the money went back is for later.',
  },
  {
    id: 'new-missing-item-el',
    subject: 'Re: Η παραγγελία σας #40912 παραδόθηκε',
    thread: [
      { from: 'agent', text: 'Αγαπητή πελάτισσα, η παραγγελία σας #40912 παραδόθηκε. Ευχαριστούμε που μας προτιμήσατε!' },
      {
        from: 'customer',
        text:
          'Γεια σας, παρέλαβα το κουτί σήμερα αλλά λείπει το ένα από τα δύο σετ σεντόνια. Στο δελτίο αποστολής γράφει 2 τεμάχια, μέσα είχε μόνο ένα.\n\nΦιλικά,\nΚατερίνα Σ.\n\n> Στις 18/11/2026 10:02, η Εξυπηρέτηση Πελατών έγραψε:\n> Η παραγγελία σας #40912 παραδόθηκε.',
      },
    ],
    first: 'missing-item',
    why: 'An item missing from the box: its SOP first (the quoted «παραδόθηκε» is not the topic).',
  },
  {
    id: 'new-wrong-item-el',
    subject: 'Λάθος μέγεθος στα παπούτσια',
    thread: [
      {
        from: 'customer',
        text: 'Καλησπέρα, παρήγγειλα αθλητικά νούμερο 42 (παραγγελία 300871) και μου ήρθαν 44. Το κουτί γράφει 42 αλλά τα παπούτσια είναι 44. Πώς το αλλάζουμε;\n\nΝίκος Παπαθανασίου',
      },
    ],
    first: 'wrong-or-damaged-item',
    why: 'A wrong item sent: its SOP first.',
  },
  {
    id: 'new-refund-el',
    subject: 'Επιστροφή χρημάτων για ακυρωμένη παραγγελία',
    thread: [
      {
        from: 'customer',
        text:
          'Καλημέρα,\nστις 3 Νοεμβρίου ακύρωσα την παραγγελία 61552 και μου είπατε ότι θα γίνει επιστροφή χρημάτων στην κάρτα. Πότε θα μου επιστραφούν τα χρήματα; Δεν τα έχω δει ακόμα.\n\nΜε εκτίμηση,\nΓεώργιος Αλεξίου',
      },
    ],
    first: 'refund-request',
    notInTop3: ['reassurance-refund-processed', 'refund-double-charge'],
    why: 'The customer waits for a refund: the refund SOP leads; «the refund was made» presupposes it was and waits.',
  },
  {
    id: 'new-outage-el',
    subject: 'Δεν έχω internet από χθες',
    thread: [
      {
        from: 'customer',
        text: 'Καλησπέρα σας. Από χθες το βράδυ δεν έχω καθόλου internet στο σπίτι, το router αναβοσβήνει κόκκινο. Αριθμός σύνδεσης 2104567890. Δουλεύω από το σπίτι και το χρειάζομαι επειγόντως.\nΣοφία Μαρκοπούλου',
      },
    ],
    first: 'internet-outage',
    why: 'A connection down: the outage SOP first.',
  },
  {
    id: 'new-high-bill-el',
    subject: 'Λογαριασμός Νοεμβρίου',
    thread: [
      {
        from: 'customer',
        text: 'Γεια σας, ο λογαριασμός του Νοεμβρίου ήρθε 87€ ενώ συνήθως πληρώνω γύρω στα 35€. Δεν έχω αλλάξει πρόγραμμα ούτε έχω ταξιδέψει. Γιατί τόσο φουσκωμένος λογαριασμός; Αρ. συμβολαίου 11029384.',
      },
    ],
    first: 'high-bill',
    why: 'A bill much higher than usual: the high-bill SOP first.',
  },
  {
    id: 'new-password-el',
    subject: 'Κλειδώθηκε ο λογαριασμός μου',
    thread: [
      { from: 'agent', text: 'Γεια σας! Είμαι η Ελένη, πώς μπορώ να σας εξυπηρετήσω;' },
      { from: 'customer', text: 'Ξέχασα τον κωδικό μου, δοκίμασα 3 φορές και τώρα μου λέει ότι ο λογαριασμός κλειδώθηκε. Το email επαναφοράς δεν έρχεται.' },
    ],
    first: 'password-reset',
    why: 'Locked out after a forgotten password: the password SOP first.',
  },
  {
    id: 'new-cancel-order-el',
    subject: 'Ακύρωση παραγγελίας 90233',
    thread: [
      {
        from: 'customer',
        text: 'Καλησπέρα, θα ήθελα να ακυρώσω την παραγγελία 90233 που έκανα σήμερα το πρωί, την έκανα κατά λάθος διπλή. Δεν έχει αποσταλεί ακόμα νομίζω.\nΕυχαριστώ\nΜαρία',
      },
    ],
    first: 'order-cancellation',
    why: 'An order to cancel before it ships: the cancellation SOP first.',
  },
  {
    id: 'new-coupon-el',
    subject: 'Κωδικός έκπτωσης',
    thread: [
      {
        from: 'customer',
        text: 'Γεια σας, ο εκπτωτικός κωδικός BLACK20 που μου στείλατε με newsletter δεν περνάει στο καλάθι, βγάζει «μη έγκυρος κωδικός». Ισχύει μέχρι την Κυριακή σύμφωνα με το email.',
      },
    ],
    first: 'coupon-not-working',
    notInTop3: ['reassurance-refund-processed'],
    why: 'A coupon refused at checkout: its SOP first.',
  },
  {
    id: 'new-subscription-el',
    subject: 'Διακοπή συνδρομής',
    thread: [
      {
        from: 'customer',
        text: 'Καλημέρα. Θέλω να κάνω διακοπή της συνδρομής μου (πακέτο Premium) από τον επόμενο μήνα. Τι πρέπει να κάνω και υπάρχει χρέωση για πρόωρη λήξη;\n\nΑ. Βασιλείου',
      },
    ],
    first: 'subscription-cancellation',
    why: 'A subscription to end: its SOP first.',
  },
  {
    id: 'new-payment-failed-el',
    subject: 'Δεν ολοκληρώνεται η πληρωμή',
    thread: [
      {
        from: 'customer',
        text: 'Προσπαθώ να πληρώσω την παραγγελία με την κάρτα μου και μου βγάζει «η συναλλαγή απορρίφθηκε». Η κάρτα δουλεύει κανονικά αλλού. Τι φταίει;',
      },
    ],
    first: 'payment-failed',
    notInTop3: ['reassurance-refund-processed'],
    why: 'A payment refused: its SOP first.',
  },
  {
    id: 'new-delivery-en',
    subject: 'Order #A-20931 not delivered',
    thread: [
      {
        from: 'customer',
        text:
          "Hi there,\n\nI ordered a coffee grinder on the 10th (order #A-20931) and it was supposed to arrive last Friday. The tracking hasn't updated since Monday and nobody has been in touch. Could you tell me where my parcel is?\n\nThanks,\nTom Whitaker",
      },
    ],
    first: 'delivery-delay',
    why: 'A late parcel in English: the English delay SOP first.',
  },
  {
    id: 'new-return-en',
    subject: 'Returning a jacket',
    thread: [
      { from: 'agent', text: 'Hello! Thanks for contacting us. How can I help today?' },
      {
        from: 'customer',
        text: "Hello, I bought a winter jacket last week (order 448120) but it doesn't fit well. I'd like to return it for a refund. How do I send it back?",
      },
    ],
    first: 'return-request',
    notInTop3: ['refund-double-charge', 'closing-formal'],
    why: 'A return to start: the return SOP first; no closing.',
  },

  // ——— Anger and repeat contact: the topic's SOP first, then its de-escalation entries; never another topic's apology.
  {
    id: 'angry-lost-parcel-repeat-el',
    subject: 'Re: Re: Παραγγελία 100482 — πού είναι το δέμα;',
    thread: [
      { from: 'customer', text: 'Καλησπέρα, η παραγγελία 100482 έπρεπε να έχει έρθει την Πέμπτη. Μπορείτε να δείτε τι γίνεται;' },
      { from: 'agent', text: 'Καλησπέρα σας, το έχουμε προωθήσει στη courier και θα σας ενημερώσουμε σύντομα.' },
      {
        from: 'customer',
        text: 'Τρίτη φορά που γράφω για το ίδιο θέμα. Το δέμα χάθηκε, κανείς δεν μου απαντάει και η courier λέει να επικοινωνήσω με εσάς. Είναι απαράδεκτο!\n\nΓιάννης Κωνσταντίνου',
      },
    ],
    first: 'delivery-delay',
    inTop3: [['empathy-repeat-contact', 'angry-customer', 'deescalation-calm']],
    notInTop3: others('apology-late-delivery'),
    why: 'The live-RT case: a lost parcel, third message, angry: the delay SOP, then the repeat-contact / de-escalation entry in the top 3.',
  },
  {
    id: 'angry-double-charge-el',
    subject: 'ΞΑΝΑ διπλή χρέωση',
    thread: [
      {
        from: 'customer',
        text: 'Είναι απαράδεκτο. Με χρεώσατε ΔΥΟ φορές 129€ για την παραγγελία 55120 και κανείς δεν μου λέει τίποτα. Με κοροϊδεύετε; Θέλω τα χρήματά μου πίσω σήμερα.\nΠ. Λάμπρου',
      },
    ],
    first: 'double-card-charge',
    inTop3: [['apology-double-charge', ...CALMING]],
    notInTop3: [...others('apology-double-charge'), 'refund-double-charge', 'reassurance-refund-processed'],
    why: 'Anger about a double charge: the SOP first, its own apology or a calming entry next, no refund confirmation yet.',
  },
  {
    id: 'angry-outage-el',
    subject: 'Βλάβη εδώ και μία εβδομάδα',
    thread: [
      { from: 'customer', text: 'Καλημέρα, δεν έχω ίντερνετ από την Πέμπτη. Αρ. σύνδεσης 2310445566.' },
      { from: 'agent', text: 'Καλημέρα σας, καταχωρίσαμε τη βλάβη με αριθμό 88123. Ο τεχνικός θα επικοινωνήσει μαζί σας.' },
      {
        from: 'customer',
        text: 'Μία εβδομάδα χωρίς ίντερνετ και κανένας τεχνικός δεν ήρθε. Πληρώνω κανονικά κάθε μήνα. Είστε απαράδεκτοι, έχω φτάσει στα όρια μου!',
      },
    ],
    first: 'internet-outage',
    inTop3: [['apology-outage', ...CALMING]],
    notInTop3: others('apology-outage'),
    why: 'An angry customer a week without a connection: the outage SOP, its apology or calming; no delivery apology.',
  },
  {
    id: 'repeat-high-bill-el',
    subject: 'Fwd: Λογαριασμός — ακόμα περιμένω απάντηση',
    thread: [
      { from: 'customer', text: 'Ο λογαριασμός μου του Οκτωβρίου είναι 140€ αντί για 40€. Παρακαλώ ελέγξτε.' },
      {
        from: 'customer',
        text: 'Σας ξαναστέλνω το email μου γιατί ακόμα περιμένω απάντηση εδώ και μια εβδομάδα. Ο λογαριασμός είναι 140€ αντί για 40€ και η ημερομηνία λήξης πλησιάζει.\n\nΧρήστος Μανωλάκης\n\n-------- Forwarded message --------\nΟ λογαριασμός μου του Οκτωβρίου είναι 140€ αντί για 40€.',
      },
    ],
    first: 'high-bill',
    inTop3: [['empathy-repeat-contact', ...CALMING]],
    open: 'Word ranking: «ο λογαριασμός είναι 140€ αντί για 40€» shares no trigger of the high-bill SOP, and «λογαριασμός» (account) brings identity-verification and password-reset; the repeat-contact entry is first, rightly raised.',
    notInTop3: APOLOGIES_EL,
    why: 'A repeat contact about a bill: the bill SOP, then the repeat-contact entry; no apology of another topic.',
  },
  {
    id: 'repeat-missing-item-en',
    subject: 'Missing item - still waiting',
    thread: [
      { from: 'customer', text: 'My order 77120 arrived without the charger.' },
      { from: 'agent', text: 'Sorry about that! We have passed this on to the warehouse team.' },
      {
        from: 'customer',
        text: "This is the third time I'm writing about this. The charger is still missing from my order and nobody has replied to my last two emails. Really disappointing.\n\nSarah",
      },
    ],
    first: 'missing-item',
    inTop3: [['empathy-repeat-contact', 'apology-missing-item', 'deescalation-angry']],
    notInTop3: ['apology-late-delivery', 'apology-double-charge', 'apology-outage', 'apology-wrong-damaged-item'],
    why: 'A repeat contact in English about a missing item: its SOP, then the repeat-contact entry or its apology.',
  },
  {
    id: 'angry-wrong-item-el',
    subject: 'Σπασμένη οθόνη',
    thread: [
      {
        from: 'customer',
        text: 'Μου ήρθε η τηλεόραση (παραγγελία 220345) με ΣΠΑΣΜΕΝΗ οθόνη!!! 700 ευρώ πλήρωσα. Ντροπή σας, θέλω αντικατάσταση αμέσως.',
      },
    ],
    first: 'wrong-or-damaged-item',
    inTop3: [['apology-wrong-item', ...CALMING]],
    notInTop3: others('apology-wrong-item'),
    why: 'A damaged item and anger: its SOP, its apology or calming; no other topic\'s apology.',
  },
  {
    id: 'repeat-refund-waiting-el',
    subject: 'Re: Επιστροφή χρημάτων 61552',
    thread: [
      { from: 'customer', text: 'Πότε θα γίνει η επιστροφή χρημάτων για την παραγγελία 61552;' },
      { from: 'agent', text: 'Καλησπέρα σας, η επιστροφή θα ολοκληρωθεί σε 5-10 εργάσιμες.' },
      {
        from: 'customer',
        text: 'Έχουν περάσει τρεις εβδομάδες και ακόμα περιμένω την επιστροφή χρημάτων. Σας έγραψα ξανά την προηγούμενη Τρίτη, καμία απάντηση. Πότε θα δω τα χρήματά μου;',
      },
    ],
    first: 'refund-request',
    inTop3: [['empathy-repeat-contact', ...CALMING, 'info-refund-timeline']],
    notInTop3: ['reassurance-refund-processed', 'refund-double-charge', ...APOLOGIES_EL.filter((a) => a !== 'apology-general')],
    why: 'Still no refund, written again: the refund SOP; «the refund was made» would be false here.',
  },

  // ——— Checklist progress: the template the current step links leads; later-stage entries still wait.
  {
    id: 'working-delivery-step3-el',
    subject: 'Καθυστέρηση παραγγελίας 558120',
    thread: [{ from: 'customer', text: 'Καλησπέρα, η παραγγελία 558120 δεν έχει έρθει ακόμα, ενώ έπρεπε από την Παρασκευή. Μπορείτε να δείτε;' }],
    stage: 'working',
    follow: { sop: 'delivery-delay', done: [1, 2] },
    first: 'info-delivery-tracking',
    why: 'Steps 1-2 ticked: step 3 (tell where the parcel is) links the tracking template, which leads.',
  },
  {
    id: 'working-double-charge-step4-el',
    subject: 'Διπλή χρέωση',
    thread: [{ from: 'customer', text: 'Γεια σας, βλέπω δύο χρεώσεις των 45€ στην κάρτα μου για μία παραγγελία. Μπορείτε να το ελέγξετε;' }],
    stage: 'working',
    follow: { sop: 'double-card-charge', done: [1, 2, 3] },
    first: 'apology-double-charge',
    notInTop3: ['refund-double-charge', 'reassurance-refund-processed'],
    why: 'Steps 1-3 ticked (checked, not a pre-authorisation): step 4 apologises; the refund confirmation waits.',
  },
  {
    id: 'working-wrong-item-step3-el',
    subject: 'Λάθος χρώμα',
    thread: [{ from: 'customer', text: 'Καλημέρα, παρήγγειλα μπλε πουλόβερ και ήρθε πράσινο. Παραγγελία 118877. Θέλω το σωστό.' }],
    stage: 'working',
    follow: { sop: 'wrong-or-damaged-item', done: [1, 2] },
    first: 'info-replacement-sent',
    why: 'Steps 1-2 ticked: step 3 sends the right item, and its template leads.',
  },
  {
    id: 'working-outage-step4-el',
    subject: 'Αργό internet',
    thread: [{ from: 'customer', text: 'Το internet είναι πολύ αργό τις τελευταίες μέρες, 2 Mbps αντί για 50. Έχω κάνει επανεκκίνηση στο router.' }],
    stage: 'working',
    follow: { sop: 'internet-outage', done: [1, 2, 3] },
    first: 'info-outage-troubleshooting',
    notInTop3: ['followup-after-resolution', 'closing-phone'],
    why: 'Steps 1-3 ticked: step 4 (basic checks) links the router template.',
  },
  {
    id: 'working-refund-step3-el',
    subject: 'Επιστροφή χρημάτων',
    thread: [{ from: 'customer', text: 'Επέστρεψα το φόρεμα πριν από 10 μέρες (παραγγελία 70021). Πότε θα πάρω πίσω τα χρήματα;' }],
    stage: 'working',
    follow: { sop: 'refund-request', done: [1, 2] },
    first: 'info-refund-timeline',
    notInTop3: ['reassurance-refund-processed'],
    why: 'Steps 1-2 ticked: step 3 says when the money arrives; «the refund was made» is for later.',
  },

  // ——— A refund done, resolved, closing: the entries made for that stage rise.
  {
    id: 'resolved-double-charge-refunded-el',
    subject: 'Διπλή χρέωση παραγγελίας 77410',
    thread: [
      { from: 'customer', text: 'Χρεώθηκα δύο φορές 89,90€ για την παραγγελία 77410.' },
      { from: 'agent', text: 'Ελέγξαμε τις συναλλαγές: η δεύτερη χρέωση ήταν λάθος και ακυρώθηκε σήμερα.' },
      { from: 'customer', text: 'Εντάξει, ευχαριστώ. Δηλαδή πότε θα δω τα χρήματα πίσω στην κάρτα;' },
    ],
    stage: 'resolved',
    follow: { sop: 'double-card-charge', done: [1, 2, 3, 4, 5] },
    inTop3: [['refund-double-charge', 'reassurance-refund-processed', 'info-refund-timeline']],
    why: 'The refund made and marked resolved: the confirmation of the refund comes up.',
  },
  {
    id: 'thanks-closing-delivery-el',
    subject: 'Re: Παραγγελία 558120',
    thread: [
      { from: 'customer', text: 'Η παραγγελία 558120 δεν έχει έρθει ακόμα.' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί αύριο μέχρι τις 14:00, σας ζητώ συγγνώμη για την καθυστέρηση.' },
      { from: 'customer', text: 'Το παρέλαβα σήμερα, όλα εντάξει. Ευχαριστώ πολύ για τη βοήθεια!' },
    ],
    customerCloses: true,
    inTop3: [CLOSING],
    why: 'The customer says it arrived and thanks: a short thanks reads as closing, a closing entry comes up.',
  },
  {
    id: 'resolved-outage-el',
    subject: 'Βλάβη 88123',
    thread: [
      { from: 'customer', text: 'Δεν έχω internet από χθες, αρ. σύνδεσης 2310445566.' },
      { from: 'agent', text: 'Ο τεχνικός αποκατέστησε τη βλάβη στην καμπίνα. Μπορείτε να ελέγξετε τη σύνδεσή σας;' },
      { from: 'customer', text: 'Ναι, τώρα δουλεύει κανονικά το internet.' },
    ],
    stage: 'resolved',
    inTop3: [CLOSING],
    why: 'Marked resolved: the follow-up after resolution or a closing rises.',
  },
  {
    id: 'thanks-refund-en',
    subject: 'Re: Refund for order 448120',
    thread: [
      { from: 'customer', text: 'When will I get my refund for the returned jacket, order 448120?' },
      { from: 'agent', text: 'Your refund of £79.00 was issued today; it can take 3-5 working days to show.' },
      { from: 'customer', text: 'Just saw the money back on my card. Thank you so much!' },
    ],
    customerCloses: true,
    first: 'thanks',
    inTop3: [CLOSING_EN],
    why: 'The refund arrived and the customer thanks: the English closing that answers thanks leads, before the refund SOP.',
  },
  {
    id: 'resolved-missing-item-closing-el',
    subject: 'Λείπει προϊόν #40912',
    thread: [
      { from: 'customer', text: 'Λείπει το ένα σετ σεντόνια από την παραγγελία 40912.' },
      { from: 'agent', text: 'Σας στείλαμε το σετ που έλειπε, θα το έχετε αύριο.' },
      { from: 'customer', text: 'Το πήρα, ήταν εντάξει.' },
    ],
    stage: 'resolved',
    follow: { sop: 'missing-item', done: [1, 2, 3, 4, 5, 6] },
    inTop3: [CLOSING],
    notInTop3: ['apology-missing-item'],
    why: 'Marked resolved after the replacement arrived: a closing entry, no apology for the missing item any more.',
  },
  // ——— Written with the fix that reads the customer's latest message on its own (issue 14: a short thanks closes).
  {
    id: 'thanks-got-it-delivery-el',
    subject: 'Παραγγελία 600214 — καθυστέρηση',
    thread: [
      { from: 'customer', text: 'Καλημέρα, η παραγγελία 600214 έπρεπε να έρθει την Τρίτη και ακόμα τίποτα. Μπορείτε να δείτε τι γίνεται;' },
      { from: 'agent', text: 'Καλημέρα σας. Το δέμα καθυστέρησε στο κέντρο διαλογής της courier και θα σας παραδοθεί σήμερα.' },
      { from: 'customer', text: 'Ευχαριστώ πολύ, το πήρα!' },
    ],
    customerCloses: true,
    inTop3: [CLOSING],
    why: 'A parcel late, then «Ευχαριστώ πολύ, το πήρα!»: the customer closes, a closing comes up.',
  },
  {
    id: 'thanks-got-it-refund-en',
    subject: 'Refund for order 771204',
    thread: [
      { from: 'customer', text: 'I returned the headphones two weeks ago (order 771204) and I still have not had my refund. Can you check please?' },
      { from: 'agent', text: 'Sorry for the wait. Your refund of £59.99 was issued this morning and should show on your card within 3-5 working days.' },
      { from: 'customer', text: 'Thanks, got it!' },
    ],
    customerCloses: true,
    inTop3: [CLOSING_EN],
    why: 'A refund thread, then "Thanks, got it!": a closing comes up, though the subject and the first message are all refund.',
  },
  {
    id: 'thanks-but-not-arrived-el',
    subject: 'Re: Παραγγελία 600214',
    thread: [
      { from: 'customer', text: 'Η παραγγελία 600214 δεν έχει έρθει ακόμα, έπρεπε από την Τρίτη.' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί σήμερα μέχρι τις 18:00.' },
      { from: 'customer', text: 'Ευχαριστώ, αλλά ακόμα δεν ήρθε' },
    ],
    first: 'delivery-delay',
    notInTop3: CLOSING,
    why: 'A thanks with «αλλά ακόμα δεν ήρθε» is courtesy before a complaint: the delay SOP leads, no closing.',
  },
  {
    id: 'thanks-but-not-arrived-en',
    subject: 'Order 88120 not delivered',
    thread: [
      { from: 'customer', text: 'My order 88120 was due on Monday and has not arrived. Where is it?' },
      { from: 'agent', text: 'The courier has it out for delivery today; you will get a text with a time slot.' },
      { from: 'customer', text: "Thanks, but it still hasn't arrived" },
    ],
    notInTop3: CLOSING_EN,
    why: 'Thanks before "but it still hasn\'t arrived" is no closing: no closing entry, the delay stays the topic.',
  },
  // ——— A thanks that goes on to a new problem with no "but" («Ευχαριστώ, ήρθε λάθος χρώμα»): the arrival word does not
  // settle it, the problem's SOP leads and no closing comes up (the misfire the closing thanks left, named in a4ef492).
  {
    id: 'thanks-arrived-wrong-colour-el',
    subject: 'Re: Παραγγελία 610233',
    thread: [
      { from: 'customer', text: 'Πότε θα έρθει η παραγγελία 610233; Έπρεπε να είχε έρθει από χθες.' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί σήμερα μέχρι τις 18:00.' },
      { from: 'customer', text: 'Ευχαριστώ, ήρθε λάθος χρώμα' },
    ],
    first: 'wrong-or-damaged-item',
    notInTop3: CLOSING,
    why: 'The parcel came in the wrong colour: the thanks is courtesy before a new problem, the wrong-item SOP leads.',
  },
  {
    id: 'thanks-got-it-but-broken-el',
    subject: 'Re: Παραγγελία 610240',
    thread: [
      { from: 'customer', text: 'Η παραγγελία 610240 δεν έχει έρθει ακόμα.' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί αύριο μέχρι τις 14:00.' },
      { from: 'customer', text: 'Ευχαριστώ, το πήρα αλλά είναι σπασμένο' },
    ],
    first: 'wrong-or-damaged-item',
    notInTop3: CLOSING,
    why: '«το πήρα αλλά είναι σπασμένο»: it arrived broken, the damaged-item SOP leads, no closing.',
  },
  {
    id: 'thanks-arrived-dented-el',
    subject: 'Re: Παραγγελία 610251',
    thread: [
      { from: 'customer', text: 'Η παραγγελία 610251 καθυστερεί, μπορείτε να δείτε τι γίνεται;' },
      { from: 'agent', text: 'Καθυστέρησε στο κέντρο διαλογής, θα σας παραδοθεί σήμερα.' },
      { from: 'customer', text: 'Ευχαριστώ, ήρθε χτυπημένο' },
    ],
    first: 'wrong-or-damaged-item',
    notInTop3: CLOSING,
    why: '«ήρθε χτυπημένο»: the item came dented, the damaged-item SOP leads, no closing.',
  },
  {
    id: 'thanks-arrived-piece-missing-plain-el',
    subject: 'Re: Παραγγελία 610262',
    thread: [
      { from: 'customer', text: 'Καλησπερα, η παραγγελια 610262 ποτε θα ερθει;' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί σήμερα.' },
      { from: 'customer', text: 'ευχαριστω, ηρθε αλλα λειπει ενα κομματι' },
    ],
    first: 'missing-item',
    notInTop3: CLOSING,
    why: 'Written without accents, «ηρθε αλλα λειπει ενα κομματι»: a piece is missing, the missing-item SOP leads.',
  },
  {
    id: 'thanks-arrived-broken-en',
    subject: 'Re: Order 71820',
    thread: [
      { from: 'customer', text: 'My order 71820 was due yesterday. Where is it?' },
      { from: 'agent', text: 'The courier has it out for delivery today.' },
      { from: 'customer', text: 'Thanks, it arrived broken' },
    ],
    first: 'wrong-or-damaged-item',
    notInTop3: CLOSING_EN,
    why: '"Thanks, it arrived broken": a damaged item, its SOP leads, no closing.',
  },
  {
    id: 'thanks-got-it-wrong-size-en',
    subject: 'Re: Order 71833',
    thread: [
      { from: 'customer', text: 'Has my order 71833 shipped yet?' },
      { from: 'agent', text: 'Yes, it shipped this morning and should reach you tomorrow.' },
      { from: 'customer', text: 'Thanks, got it but the wrong size' },
    ],
    first: 'wrong-or-damaged-item',
    notInTop3: CLOSING_EN,
    why: '"got it but the wrong size": a wrong item, its SOP leads, no closing.',
  },
  {
    id: 'thanks-arrived-return-question-el',
    subject: 'Re: Παραγγελία 610270',
    thread: [
      { from: 'customer', text: 'Η παραγγελία 610270 δεν έχει έρθει ακόμα.' },
      { from: 'agent', text: 'Θα σας παραδοθεί σήμερα μέχρι τις 18:00.' },
      { from: 'customer', text: 'Ευχαριστώ, ήρθε το δέμα. Πότε θα γίνει η επιστροφή;' },
    ],
    notInTop3: CLOSING,
    why: 'The parcel came and the customer asks about the return: a question, no closing.',
  },
  {
    id: 'thanks-got-it-wont-light-el',
    subject: 'Re: Παραγγελία 610288',
    thread: [
      { from: 'customer', text: 'Πότε θα παραδοθεί η παραγγελία 610288;' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί αύριο.' },
      { from: 'customer', text: 'Σας ευχαριστώ, πήρα το προϊόν όμως δεν ανάβει' },
    ],
    notInTop3: CLOSING,
    why: '«πήρα το προϊόν όμως δεν ανάβει»: it does not work, no closing.',
  },
  {
    id: 'thanks-arrived-not-ordered-en',
    subject: 'Re: Order 71840',
    thread: [
      { from: 'customer', text: 'When will order 71840 arrive?' },
      { from: 'agent', text: 'It is with the courier and will arrive today.' },
      { from: 'customer', text: "Thanks, it arrived, not what I ordered" },
    ],
    first: 'wrong-or-damaged-item',
    notInTop3: CLOSING_EN,
    why: '"it arrived, not what I ordered": a wrong item with no "but", its SOP leads, no closing.',
  },
  {
    id: 'thanks-got-it-doesnt-work-greeklish',
    subject: 'Re: Paraggelia 610299',
    thread: [
      { from: 'customer', text: 'Pote tha erthei h paraggelia 610299?' },
      { from: 'agent', text: 'Το δέμα σας θα παραδοθεί σήμερα.' },
      { from: 'customer', text: 'Efxaristo, to phra, den leitourgei' },
    ],
    notInTop3: CLOSING,
    why: 'Greeklish «to phra, den leitourgei»: it arrived and does not work, no closing.',
  },

  // ——— A short chaser after a complaint (issue 14 item 3; Request Tracker ticket #8): the progress update is among the
  // first three, the topic still the thread's, and the first mail's sign-off ("Thanks, Olivia") is no thanks to answer.
  {
    id: 'chaser-any-news-refund-en',
    subject: 'Refund for returned headphones',
    thread: [
      {
        from: 'customer',
        text: 'Hello,\n\nI returned the wireless headphones from order 30988 two weeks ago (the courier confirmed delivery on 20 November) but I have not received my refund of £89.99 yet. Could you check please?\n\nThanks,\nOlivia Bennett',
      },
      { from: 'agent', text: 'Dear Olivia, thank you for letting us know. I have asked our returns team to check and will come back to you.' },
      { from: 'customer', text: 'Any news?' },
    ],
    first: 'refund-request',
    inTop3: [['follow-up-update', 'follow-up-update-informal']],
    notInTop3: [...CLOSING_EN, 'compliment-thanks'],
    why: '"Any news?" chases a refund: its SOP first, the progress update among the first three, no closing for the first mail\'s "Thanks".',
  },
  {
    id: 'chaser-any-update-delivery-en',
    subject: 'Order 44120 not delivered',
    thread: [
      { from: 'customer', text: 'My order 44120 was due last Friday and it has still not arrived. The tracking has not moved for four days. Can you find out where it is?\n\nMany thanks,\nTom' },
      { from: 'agent', text: 'Hi Tom, I have opened a query with the courier and will let you know.' },
      { from: 'customer', text: 'Any update on this?' },
    ],
    inTop3: [['delivery-delay'], ['follow-up-update', 'follow-up-update-informal']],
    notInTop3: CLOSING_EN,
    why: 'A parcel chased: the delay SOP and the progress update in the first three.',
  },
  {
    id: 'chaser-still-waiting-working-en',
    subject: 'Refund for returned headphones',
    thread: [
      { from: 'customer', text: 'I sent the headphones back two weeks ago and the refund has not come through. Thank you in advance.' },
      { from: 'agent', text: 'Thanks for your patience, I am checking with the returns team.' },
      { from: 'customer', text: 'Still waiting' },
    ],
    stage: 'working',
    inTop3: [['follow-up-update', 'follow-up-update-informal']],
    notInTop3: CLOSING_EN,
    why: 'The agent is working on it and the customer chases: the update is what to send.',
  },
  {
    id: 'chaser-nea-refund-el',
    subject: 'Επιστροφή χρημάτων για τα ακουστικά',
    thread: [
      {
        from: 'customer',
        text: 'Καλησπέρα σας,\n\nεπέστρεψα τα ακουστικά της παραγγελίας 30988 πριν από δύο εβδομάδες και ακόμα δεν έχω πάρει πίσω τα χρήματά μου (89,99€). Μπορείτε να το ελέγξετε;\n\nΕυχαριστώ,\nΣοφία Αλεξίου',
      },
      { from: 'agent', text: 'Καλησπέρα σας, το προωθήσαμε στο τμήμα επιστροφών και θα σας ενημερώσουμε.' },
      { from: 'customer', text: 'Νέα;' },
    ],
    first: 'refund-request',
    inTop3: [['followup-status-update']],
    notInTop3: [...CLOSING, 'compliment-thanks'],
    why: '«Νέα;» chases a refund: its SOP first, the status update among the first three, no closing for the first mail\'s «Ευχαριστώ».',
  },
  {
    id: 'chaser-exelixi-delivery-el',
    subject: 'Παραγγελία 558120 δεν έχει έρθει',
    thread: [
      { from: 'customer', text: 'Η παραγγελία 558120 έπρεπε να έρθει την Παρασκευή και δεν έχει έρθει ακόμα. Μπορείτε να δείτε τι γίνεται;\n\nΕυχαριστώ πολύ,\nΝίκος' },
      { from: 'agent', text: 'Καλησπέρα σας, επικοινωνήσαμε με την courier και θα σας ενημερώσουμε.' },
      { from: 'customer', text: 'Υπάρχει κάποια εξέλιξη;' },
    ],
    inTop3: [['delivery-delay'], ['followup-status-update']],
    notInTop3: CLOSING,
    why: 'A late parcel chased: the delay SOP and the status update in the first three.',
  },
  {
    id: 'chaser-akoma-perimeno-working-el',
    subject: 'Επιστροφή χρημάτων',
    thread: [
      { from: 'customer', text: 'Επέστρεψα το προϊόν πριν από δύο εβδομάδες και δεν έχω δει ακόμα τα χρήματα. Σας ευχαριστώ εκ των προτέρων.' },
      { from: 'agent', text: 'Το ελέγχουμε με το τμήμα επιστροφών.' },
      { from: 'customer', text: 'Ακόμα περιμένω' },
    ],
    stage: 'working',
    inTop3: [['followup-status-update']],
    notInTop3: CLOSING,
    why: 'The agent is working on it and the customer chases: the status update is what to send.',
  },
  {
    id: 'chaser-greeklish-el',
    subject: 'Epistrofh xrhmatwn',
    thread: [
      { from: 'customer', text: 'Kalhspera, epestrepsa ta akoustika prin 2 evdomades kai den exw parei akoma ta lefta mou. Efxaristw' },
      { from: 'agent', text: 'Καλησπέρα σας, το ελέγχουμε και θα σας ενημερώσουμε.' },
      { from: 'customer', text: 'Kamia enhmerwsh?' },
    ],
    inTop3: [['followup-status-update']],
    notInTop3: CLOSING,
    why: 'The same chaser in Greeklish.',
  },
];
