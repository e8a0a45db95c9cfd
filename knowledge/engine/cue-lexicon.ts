/**
 * Empathy cue words and phrases. Greek is written once, in Greek: matching happens in the phonetic key space, so
 * unaccented Greek, capitals and Greeklish (`3ana`, `trith fora`) match too. A word of four or more key letters
 * also matches longer words that start with it (θυμωμέν → θυμωμένος, θυμωμένη), unless it starts like one of CUE_LOOKALIKES.
 * A word marked `=` matches itself only, not the words its stem shares: «πάλι» (again) is not «παλιό» (old),
 * «ευχαριστώ» (thanks) not «ευχαριστημένος» («δεν είμαι ευχαριστημένος» is no thanks), "ill" not "I'll".
 */
import type { CueKind } from '../types';

export const CUE_LEXICON: Record<CueKind, string[]> = {
  anger: [
    'θυμωμένος', 'θύμωσα', 'εκνευρισμένος', 'εξοργισμένος', 'εξοργιστικό', 'απαράδεκτο', 'απαράδεκτη', 'αίσχος',
    'ντροπή σας', 'κοροϊδία', 'κοροϊδεύετε', 'απατεώνες', 'απάτη', 'αγανάκτηση', 'αγανακτισμένος', 'καταγγελία',
    'μήνυση', 'δικηγόρο', 'γελοίο', 'άχρηστοι', 'κλέφτες', 'ψεύτες', 'angry', 'furious', 'outraged', 'unacceptable', 'ridiculous', 'disgrace',
    'disgusting', 'scam', 'pathetic', 'incompetent', 'worst service', 'a joke', 'lawyer', 'sue you', 'pissed',
  ],
  frustration: [
    'απογοητευμένος', 'απογοήτευση', 'βαρέθηκα', 'κουράστηκα', 'ταλαιπωρία', 'ταλαιπωρούμαι', 'δεν βγάζω άκρη',
    '=κανείς δεν', 'δεν απαντάτε', 'δεν απαντάει', 'χωρίς απάντηση', 'ακόμα περιμένω', 'περιμένω ακόμα',
    'frustrated', 'frustrating', 'disappointed', 'disappointing', 'fed up', 'sick of', 'tired of', 'no one',
    'nobody', 'no answer', 'no response', 'still waiting', 'hassle', 'annoyed', 'annoying',
  ],
  urgency: [
    'επείγον', 'επειγόντως', 'άμεσα', 'αμέσως', 'το συντομότερο', 'όσο πιο γρήγορα', 'βιάζομαι', 'σήμερα κιόλας',
    'urgent', 'urgently', 'asap', 'immediately', 'emergency', 'right away', 'right now', 'as soon as possible',
    'deadline',
  ],
  /**
   * «ξανά» is the word itself only: as a prefix it also began every re- verb, and «να μου ξαναστείλετε το κουπόνι»
   * (resend it) or «ξαναχάλασε» (broke again) is no repeat contact. The customer's own contacting again is said
   * by these verbs in the first person; the past forms `=` so that the agent's «ξαναστείλετε» (stem ξαναστειλ-, as
   * «ξανάστειλα») stays out.
   */
  'repeat-contact': [
    '=ξανά', '=πάλι', 'τρίτη φορά', 'δεύτερη φορά', 'τέταρτη φορά', 'πολλές φορές', 'επανειλημμένα', 'ξαναγράφω',
    '=ξανάγραψα', '=ξαναέγραψα', 'ξαναστέλνω', '=ξανάστειλα', '=ξαναέστειλα', 'ξαναπαίρνω', '=ξαναπήρα',
    'ξαναεπικοινωνώ', 'ήδη σας', 'again', 'third time', 'second time', 'fourth time', 'many times',
    'several times', 'multiple times', 'already contacted', 'already called', 'already wrote', 'once more',
    '=repeatedly', 'keep calling', 'keep writing',
  ],
  vulnerability: [
    'ηλικιωμένος', 'ηλικιωμένη', 'συνταξιούχος', 'άρρωστος', 'άρρωστη', 'αρρώστια', 'νοσοκομείο', 'χειρουργείο',
    'ανάπηρος', 'αναπηρία', 'αναπηρικό', 'έγκυος', 'εγκυμοσύνη', 'άνεργος', 'άνεργη', 'ανεργία', 'απολύθηκα', 'με απέλυσαν', 'μας απέλυσαν',
    'έχασα τη δουλειά', 'καρκίνο', 'χημειοθεραπεία', 'elderly', 'pensioner', 'sick', '=ill',
    'illness', 'hospital', 'surgery', 'i am disabled', 'disabled person', 'disabled customer', 'disability', 'wheelchair', 'pregnant', 'lost my job',
    'unemployed', 'cancer', 'chemo',
  ],
  /** A death is told apart from a dead phone by what the verb is about: bereavement.ts reads it. */
  bereavement: [],
  gratitude: [
    '=ευχαριστώ', '=ευχαριστούμε', '=ευχαριστίες', 'να είστε καλά', 'ευγνωμονώ', 'ευγνώμων', 'thank', 'thanks', 'thx',
    'appreciate', 'appreciated', 'grateful', '=cheers',
  ],
  /**
   * Praise of the service: what the message is about, not only how the customer feels (the compliment entries answer
   * it). Read only when nothing in the text sours it (PRAISE_SPOILERS, cues.ts): «μπράβο σας, τρίτη φορά που…» and
   * "great job losing my parcel" are complaints.
   */
  praise: [
    'συγχαρητήρια', 'μπράβο', 'εξαιρετική εξυπηρέτηση', 'άψογη εξυπηρέτηση', 'άριστη εξυπηρέτηση', 'τέλεια εξυπηρέτηση',
    'υπέροχη εξυπηρέτηση', 'φανταστική εξυπηρέτηση', 'ευχαριστώ για την εξυπηρέτηση', 'ευχαριστούμε για την εξυπηρέτηση',
    'ευχαριστίες για την εξυπηρέτηση', 'θέλω να επαινέσω', 'να συγχαρώ', 'είστε οι καλύτεροι', 'είστε τέλειοι',
    // The same praise in the past tense, as a thank-you after the fact says it: «ήσασταν τέλειοι».
    'ήσασταν τέλειοι', 'ήσασταν υπέροχοι', 'ήσασταν εξαιρετικοί', 'ήσασταν οι καλύτεροι', 'είστε υπέροχοι', 'είστε εξαιρετικοί',
    'congratulations', 'congrats', 'well done', 'great job', 'good job', 'great work', 'amazing service',
    'excellent service', 'great service', 'brilliant service', 'fantastic service', 'outstanding service',
    'superb service', 'kudos', 'hats off', 'shout out', 'shoutout', 'bravo', 'you guys rock', 'keep up the good work',
    'above and beyond', 'commend', '=compliment', '=compliments',
  ],
};

/**
 * What is wrong with what the customer got: broken, damaged, wrong, missing, not working, not what was ordered. Beside
 * praise they sour it (PRAISE_SPOILERS, the failure words); beside a thanks they say a new problem, so an arrival word
 * in the same message settles nothing («Ευχαριστώ, ήρθε λάθος χρώμα», "Thanks, it arrived broken": cues.ts
 * thanksGoOn). After a negation they say the opposite and do not count («το πήρα, δεν λείπει κάτι», "not broken").
 * Delay and loss are no such words: "Thanks, got it, a bit late" still closes.
 */
export const PROBLEM_WORDS: readonly string[] = [
  'broke', 'broken', 'damaged', 'wrong', 'missing', 'defective', 'faulty', 'cracked', 'dented', "doesn't work",
  'does not work', "isn't working", 'not working', "won't turn on", "doesn't turn on", 'not what i ordered',
  'σπασμένο', 'σπασμένη', 'σπασμένα', 'χαλασμένο', 'χαλασμένη', 'χαλασμένα', 'χάλασε', 'λάθος', 'χτυπημένο',
  'χτυπημένη', 'χτυπημένα', 'ελαττωματικό', 'ελαττωματική', 'σκισμένο', 'σκισμένη', '=λείπει',
  '=λείπουν', '=έλειπε', 'δεν ανάβει', 'δεν δουλεύει', 'δεν λειτουργεί', 'δεν είναι αυτό που', 'δεν παρήγγειλα',
];

/**
 * Words that sour praise into sarcasm or a complaint: beside them (or beside anger, frustration, a repeat contact or
 * a negation) praise words are no praise cue. "great job losing my parcel", "thanks for nothing", «μπράβο σας,
 * χάσατε το δέμα». A praise with a failure word in it is missed (the ranking stays as without the cue) rather than a
 * complaint answered with thanks. A "but" («αλλά»), a request or a question turns to what the message asks ("great
 * service, but how do I…", «Μπράβο σας. Θέλω να αλλάξω τη διεύθυνση»): its topic's entries lead, as without praise.
 * Scare quotes and an eye-roll sour it too (cues.ts SARCASM_MARKS): 'the "next day delivery" … great service guys'.
 * The failure words here (up to "but") make the praise a complaint, and the entries answering praise then step back
 * (rank.ts); a "but", a request, a question or a negation only set it aside (PRAISE_ASIDES).
 */
export const PRAISE_SPOILERS: readonly string[] = [
  ...PROBLEM_WORDS, 'lose', 'lost', 'losing', 'late', 'delayed', 'nothing', 'useless', 'worst',
  'terrible', 'awful', 'horrible', 'still', 'yet another', 'sarcasm', 'sarcastic', 'χάσατε', 'χαμένο', 'χάθηκε',
  'καθυστέρηση', 'άργησε', 'χάλια', 'άχρηστοι', '=ακόμα', '=ακόμη',
  'τίποτα', 'χειρότερη', 'απαίσια', 'ειρωνεία', 'paid extra', 'yeah right', 'oh great', 'just great',
  'πλήρωσα επιπλέον', 'ναι καλά',
];

/** "But": what follows it is what the message is about (praise and thanks before it are a courtesy). */
export const BUT_WORDS: readonly string[] = ['=but', '=however', '=although', '=αλλά', '=όμως', '=ωστόσο'];

/**
 * "Still", "yet": beside a negation they tell of something still missing («ακόμα δεν ήρθε», "not yet", "still
 * hasn't arrived"), after which a thanks does not close (cues.ts). Alone they do not: «ευχαριστώ ακόμα μια φορά».
 */
export const STILL_WORDS: readonly string[] = ['=still', '=yet', '=ακόμα', '=ακόμη'];

/**
 * Words that say the problem is over: it arrived, the customer has it, it works, the money came. Beside a short thanks
 * (cues.ts thanksSettle) they make the thanks a closing the agent answers before the topic's entries; after a negation
 * («δεν ήρθε», "hasn't arrived") they say the opposite and do not count. A refund asked for ("I want my money back")
 * is no such word: only the money seen or received.
 */
export const SETTLED_WORDS: readonly string[] = [
  'το πήρα', 'τα πήρα', 'παρέλαβα', '=ήρθε', '=ήρθαν', 'έφτασε', 'όλα εντάξει', 'όλα καλά',
  'λύθηκε', 'δουλεύει κανονικά', 'δουλεύει τώρα', 'λειτουργεί κανονικά', 'μπήκαν τα χρήματα', 'είδα τα χρήματα',
  'got it', 'received it', '=arrived', 'came today', 'turned up', 'works now', 'working now', 'all good', 'all sorted',
  'sorted now', 'all fixed', 'saw the money', 'got the money', 'got my refund', 'refund arrived', 'refund came',
];

/**
 * A sign-off with no thanks in it: the customer has what they came for and is leaving («Εντάξει, μόνο αυτό ήθελα να
 * μάθω. Καλό απόγευμα!», «οκ τέλεια, καλή συνέχεια»). In a short message that asks and says nothing wrong (cues.ts
 * thanksGoOn), it closes as a thanks does; at the foot of a request it is politeness.
 */
export const SIGN_OFF_WORDS: readonly string[] = [
  'καλό απόγευμα', 'καλό βράδυ', 'καλό βραδάκι', 'καλή συνέχεια', 'καλό σαββατοκύριακο', 'καλή εβδομάδα',
  'αυτά ήθελα', 'μόνο αυτό ήθελα', 'have a nice day', 'have a good day', 'have a good one', 'have a nice evening',
];

/**
 * A chaser: the customer asks where things stand on what they wrote before ("Any news?", «Υπάρχει κάποια εξέλιξη;»,
 * «Ακόμα περιμένω»). Read from a short latest message after earlier ones (query.ts `chaser`), it brings the template
 * that gives a progress update among the first (chaser.ts); the topic is still the thread's. A follow-up template whose
 * triggers say one of these is such an update.
 */
export const CHASER_WORDS: readonly string[] = [
  'any news', 'any update', 'any updates', 'any progress', 'any word', 'any developments', 'still waiting', 'still no news',
  'still no word', 'heard nothing', "haven't heard", 'havent heard', 'not heard back', 'following up', 'chasing',
  "what's happening", 'whats happening', 'what is happening', 'update on this', 'update please', 'update pls', 'status update',
  'κάποια νέα', 'κανένα νέο', 'τι νέα', 'κάτι νέο', 'νεότερα', 'κάτι νεότερο', 'καμία ενημέρωση', 'καμιά ενημέρωση',
  'κάποια ενημέρωση', 'υπάρχει εξέλιξη', 'κάποια εξέλιξη', 'καμία εξέλιξη', 'καμιά εξέλιξη', 'εξελίξεις', 'ακόμα περιμένω',
  'ακόμη περιμένω', 'περιμένω ακόμα', 'περιμένω ακόμη', 'περιμένω νέα', 'περιμένω ενημέρωση', 'τι έγινε με', 'τι γίνεται με',
];

/**
 * Words that are a chaser only as the whole message («Νέα;», "Update?"): beside other words «νέα» is "new" («νέα
 * κάρτα») and "update" a software one.
 */
export const CHASER_ALONE: readonly string[] = ['=νέα', '=νέο', '=news', '=update', '=updates', '=ενημέρωση', '=εξέλιξη', '=εξελίξεις'];

/**
 * Words beside which praise is a courtesy, not the point: a "but" or a request, which the agent must answer first
 * ("Excellent service as always. I need to change my delivery address."). No praise cue then, and the compliment
 * entries keep the place their words give them: "could you pass on my thanks, great job" still asks for them.
 */
export const PRAISE_ASIDES: readonly string[] = [
  ...BUT_WORDS,
  '=need', '=want', 'would like', "=i'd", '=please', '=pls', 'can you', 'could you', '=how', '=when', '=where', '=why',
  'help me', '=θέλω', '=θελω', '=ήθελα', '=ηθελα', '=χρειάζομαι', '=μπορείτε', '=μπορείς', '=παρακαλώ', '=πώς', '=πότε',
  '=πού', '=γιατί', 'να μου',
];

/**
 * Words that start like a cue word and are another word: a token whose key starts with one of theirs is no cue.
 * «μήνυση» keys as «μηνυ-», the start of «μήνυμα» (a message) and «μηνιαίο/μηνιάτικο» (monthly), which read as anger
 * in every telecom and subscription question; «ξανά» starts «ξανθός» and the names Ξανθή, Ξανθόπουλος (repeat
 * contact in a signature); «βαρέθηκα» starts «βαρέλι» and the surname Βαρελάς; «απολύθηκα» (I was fired) starts
 * «απόλυτα» (absolutely); «επείγον» starts «επιγραφή» (the label on a box) and «επίγνωση»; "again" starts "against",
 * "hospital" "hospitality", "thanks" "thanksgiving".
 */
export const CUE_LOOKALIKES: readonly string[] = ['μήνυμα', 'μηνιαίο', 'μηνιάτικο', 'ξανθός', 'βαρέλι', 'απόλυτα', 'επιγραφή', 'επίγνωση',
  'against', 'hospitality', 'thanksgiving'];
