import { definePlurals, defineStrings } from './i18n';

/** Counted words of the options page. */
export const countPages = definePlurals({
  'options.learningCount': {
    el: { one: 'Θυμάται τις επιλογές σας για {n} καταχώριση.', other: 'Θυμάται τις επιλογές σας για {n} καταχωρίσεις.' },
    en: { one: 'It remembers your choices for {n} entry.', other: 'It remembers your choices for {n} entries.' },
  },
});

/** Words of the popup, the options page and the side panel: kept out of the content script's string table. */
export const sayPages = defineStrings({
  'popup.enabledHere': { el: 'Ενεργό σε αυτόν τον ιστότοπο', en: 'On for this site' },
  'popup.disabledHere': { el: 'Ανενεργό σε αυτόν τον ιστότοπο', en: 'Off for this site' },
  'popup.enable': { el: 'Ενεργοποίηση εδώ', en: 'Turn on for this site' },
  'popup.disable': { el: 'Απενεργοποίηση εδώ', en: 'Turn off for this site' },
  'popup.unsupported': {
    el: 'Ο Οδηγός δεν μπορεί να λειτουργήσει σε αυτή τη σελίδα.',
    en: 'Odigos cannot run on this page.',
  },
  'popup.managed': { el: 'Ενεργό με πολιτική του οργανισμού σας', en: "On by your organisation's policy" },
  'popup.managedNeedsAccess': {
    el: 'Ο οργανισμός σας θέλει τον Οδηγό εδώ· χρειάζεται η άδειά σας για πρόσβαση στη σελίδα.',
    en: 'Your organisation wants Odigos here; it needs your permission to read this page.',
  },
  'popup.grantManaged': { el: 'Παραχώρηση πρόσβασης', en: 'Allow access' },
  'popup.sidePanel': { el: 'Άνοιγμα πλαϊνού πάνελ', en: 'Open side panel' },
  // Firefox has no side panel: it opens its sidebar, named as Firefox's own menus name it in either language.
  'popup.sidebar': { el: 'Άνοιγμα πλευρικής στήλης', en: 'Open sidebar' },
  'popup.options': { el: 'Ρυθμίσεις', en: 'Options' },
  'popup.notes': { el: 'Σημειώσεις', en: 'Notes' },
  'popup.denied': {
    el: 'Χωρίς την άδεια του προγράμματος περιήγησης ο Οδηγός δεν μπορεί να διαβάσει αυτή τη σελίδα.',
    en: 'Without the browser’s permission Odigos cannot read this page.',
  },
  // The background's refusals of the site switch (lib/failure.ts SiteRefusal), worded by the popup.
  'popup.notWeb': {
    el: 'Ο Οδηγός λειτουργεί μόνο σε σελίδες http και https· σε αυτή τη σελίδα δεν μπορεί να ενεργοποιηθεί.',
    en: 'Odigos runs only on http and https pages; it cannot be switched on for this page.',
  },
  'popup.noPermission': {
    el: 'Ο Οδηγός δεν έχει ακόμη άδεια για {pattern}· επιτρέψτε την όταν τη ζητήσει το πρόγραμμα περιήγησης.',
    en: 'Odigos has no permission for {pattern} yet; allow it when the browser asks.',
  },
  'popup.keptOn': { el: 'Ο οργανισμός σας κρατά τον Οδηγό ενεργό στο {host}.', en: 'Your organisation keeps Odigos on for {host}.' },
  /** Any other failure of the popup's actions: the headline over the English reason. */
  'popup.failed': { el: 'Η ενέργεια δεν ολοκληρώθηκε.', en: 'That did not complete.' },
  'options.title': { el: 'Ρυθμίσεις Οδηγού', en: 'Odigos options' },
  'options.general': { el: 'Γενικά', en: 'General' },
  'options.agentName': { el: 'Το όνομά σας', en: 'Your name' },
  'options.agentNameHelp': {
    el: 'Μπαίνει στα πρότυπα που σας συστήνουν («εδώ Ελένη») ή υπογράφουν με το όνομά σας, όταν η σελίδα του συστήματος εξυπηρέτησης δεν το δείχνει.',
    en: 'Goes into templates that introduce you or sign with your name, where the helpdesk page does not show it.',
  },
  'options.agentNameAsk': {
    el: 'Πείτε μας πώς σας λένε: όπου η σελίδα του συστήματος εξυπηρέτησης δεν το δείχνει, ένα πρότυπο με «Ονομάζομαι …» θα σας το ζητήσει πριν μπει.',
    en: 'Tell Odigos your name: where the helpdesk page does not show it, a template that says "My name is …" asks for it before inserting.',
  },
  'options.language': { el: 'Γλώσσα', en: 'Language' },
  'options.theme': { el: 'Θέμα', en: 'Theme' },
  'options.auto': { el: 'Αυτόματα', en: 'Automatic' },
  'options.light': { el: 'Φωτεινό', en: 'Light' },
  'options.dark': { el: 'Σκοτεινό', en: 'Dark' },
  /** Beside anything the organisation's policy decides (options: packs, notes retention, personal templates). */
  'options.managed': { el: 'Διαχειρίζεται ο οργανισμός σας', en: 'Managed by your organisation' },
  'options.learning': { el: 'Τι μαθαίνει ο Οδηγός από τις επιλογές σας', en: 'What Odigos learns from your choices' },
  'options.learningHelp': {
    el: 'Ένα πρότυπο που εισάγετε ή μια διαδικασία που ακολουθείτε για ένα μήνυμα ανεβαίνει λίγο στις προτάσεις για παρόμοια μηνύματα. Μένει μόνο σε αυτόν τον υπολογιστή και δεν εξάγεται ποτέ.',
    en: 'A template you insert or an SOP you follow for a message rises a little in the suggestions for similar messages. This stays on this computer only and is never exported.',
  },
  'options.learningNone': {
    el: 'Δεν έχει μάθει τίποτα ακόμη: μαθαίνει όταν εισάγετε ένα πρότυπο ή ακολουθείτε μια διαδικασία.',
    en: 'Nothing learnt yet: it learns when you insert a template or follow an SOP.',
  },
  'options.learningReset': { el: 'Ξεχάστε ό,τι έμαθε', en: 'Forget what it learnt' },
  'options.learningConfirm': {
    el: 'Ο Οδηγός θα ξεχάσει ποιες καταχωρίσεις επιλέξατε για ποια μηνύματα, σε αυτόν τον υπολογιστή· οι προτάσεις θα είναι όπως στην αρχή. Οι σημειώσεις, τα πακέτα και οι ρυθμίσεις μένουν ως έχουν.',
    en: 'Odigos will forget which entries you chose for which messages on this computer; suggestions will be as they were at the start. Notes, packs and settings stay as they are.',
  },
  'options.learningYes': { el: 'Ναι, να τα ξεχάσει', en: 'Yes, forget them' },
  'options.learningCancel': { el: 'Άκυρο', en: 'Cancel' },
  'options.learningDone': { el: 'Ο Οδηγός ξέχασε τις επιλογές σας.', en: 'Odigos forgot your choices.' },
  'sidepanel.noTab': {
    el: 'Ανοίξτε ένα αίτημα σε ενεργό ιστότοπο για να δείτε προτάσεις.',
    en: 'Open a ticket on an enabled site to see suggestions.',
  },
});
