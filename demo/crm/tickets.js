// Demo helpdesk data: seed cases (double card charge, late courier parcel, burnt food, out of stock).
// Message times are minutes before the page loaded (`ago`), so the demo shows customers who waited hours.
export const DESKS = {
  el: {
    lang: 'el',
    brand: 'Βοήθεια+ Helpdesk',
    agent: 'Ελένη Γεωργίου',
    labels: {
      tickets: 'Αιτήματα', open: 'Ανοιχτά', customer: 'Πελάτης', email: 'Email', phone: 'Τηλέφωνο',
      orders: 'Παραγγελίες', reply: 'Απάντηση', send: 'Αποστολή', placeholder: 'Γράψτε την απάντησή σας…',
      priority: 'Προτεραιότητα', high: 'Υψηλή', normal: 'Κανονική', sent: 'Η απάντηση στάλθηκε',
      search: 'Αναζήτηση αιτημάτων', status: 'Κατάσταση', statusOpen: 'Ανοιχτό',
    },
    tickets: [
      {
        id: '48213', subject: 'Διπλή χρέωση στην κάρτα μου', priority: 'high',
        customer: { name: 'Γιώργος Παπαδόπουλος', email: 'g.papadopoulos@example.gr', phone: '+30 694 123 4567', orders: 7 },
        thread: [
          { from: 'customer', ago: 330, text: 'Καλημέρα σας. Σήμερα το πρωί είδα στην εφαρμογή της τράπεζας ότι η κάρτα μου χρεώθηκε δύο φορές για την παραγγελία 100482, από 89,90 € η κάθε χρέωση. Την παραγγελία την έκανα μία φορά. Μπορείτε να το ελέγξετε;' },
          { from: 'agent', ago: 302, text: 'Καλημέρα σας κύριε Παπαδόπουλε, ευχαριστούμε που μας ενημερώσατε. Ελέγχουμε τις συναλλαγές της παραγγελίας και θα επανέλθουμε σύντομα.' },
          { from: 'customer', ago: 300, text: 'Είναι η τρίτη φορά που γράφω και ακόμα δεν έχω πάρει πίσω τα χρήματα! Με χρέωσαν διπλά και κανείς δεν μου λέει τίποτα. Θέλω να μου επιστρέψετε το ποσό σήμερα.' },
        ],
      },
      {
        id: '48220', subject: 'Το δέμα δεν έχει έρθει ακόμα', priority: 'normal',
        customer: { name: 'Μαρία Κωνσταντίνου', email: 'maria.k@example.gr', phone: '+30 697 555 0101', orders: 2 },
        thread: [
          { from: 'customer', ago: 290, text: 'Γεια σας, το δέμα μου με την παραγγελία 100517 έπρεπε να έρθει την Τρίτη και ακόμα δεν έχει φτάσει. Από την Παρασκευή θα είμαι εκτός Αθηνών. Μπορεί ο courier να το φέρει άλλη μέρα ή να το παραλάβει η γειτόνισσά μου;' },
        ],
      },
      {
        id: '48240', subject: 'Πότε θα έρθει η παραγγελία μου;', priority: 'normal',
        customer: { name: 'Ελένη Μαυρίδου', email: 'eleni.mavridou@example.gr', phone: '+30 693 555 0188', orders: 4 },
        thread: [
          { from: 'customer', ago: 3035, text: 'Καλημέρα σας. Έκανα την παραγγελία 100530 πριν από οκτώ μέρες και ακόμα δεν την έχω παραλάβει. Ο κωδικός αποστολής δεν δείχνει καμία κίνηση.' },
          { from: 'agent', ago: 3010, text: 'Καλημέρα σας κυρία Μαυρίδου, επικοινωνήσαμε με την εταιρεία courier και περιμένουμε ενημέρωση για το δέμα σας.' },
          { from: 'customer', ago: 140, text: 'Πέρασαν άλλες δύο μέρες και δεν έχω νέα. Πότε θα έρθει επιτέλους η παραγγελία μου; Τη χρειάζομαι μέχρι την Παρασκευή.' },
        ],
      },
      {
        id: '48231', subject: 'Καμένο φαγητό', priority: 'normal',
        customer: { name: 'Δημήτρης Αλεξίου', email: 'd.alexiou@example.gr', phone: '+30 210 555 0199', orders: 23 },
        thread: [
          { from: 'customer', ago: 25, text: 'Μόλις ήρθε η παραγγελία μου και η πίτσα είναι τελείως καμένη, δεν τρώγεται. Πληρώσαμε 24 € για να φάμε και τα παιδιά περιμένουν. Τι θα κάνετε γι αυτό;' },
        ],
      },
      // Customers as a registry-fed CRM lists them: surname first, in capitals. The e-mail address says which
      // word is the first name (both are both); the card's «Φύλο» gives a gender the name does not show.
      {
        id: '48252', subject: 'Αλλαγή διεύθυνσης παράδοσης', priority: 'normal',
        customer: { name: 'ΣΑΡΑΝΤΗΣ ΘΕΟΧΑΡΗΣ', email: 'theocharis.sarantis@example.gr', phone: '+30 697 555 0142', orders: 3 },
        thread: [
          { from: 'customer', time: '11:02', text: 'Καλημέρα. Μετακόμισα την προηγούμενη εβδομάδα και η παραγγελία 100544 θα πάει στην παλιά μου διεύθυνση. Μπορείτε να την αλλάξετε πριν φύγει το δέμα;' },
        ],
      },
      {
        id: '48257', subject: 'Δεν έλαβα την απόδειξη', priority: 'normal',
        customer: { name: 'ΓΕΩΡΓΙΟΥ ΑΛΕΞ', email: 'alex.g@example.gr', phone: '+30 694 555 0177', orders: 1, fields: [['Φύλο', 'Γυναίκα']] },
        thread: [
          { from: 'customer', time: '16:25', text: 'Γεια σας, πλήρωσα την παραγγελία 100561 αλλά δεν μου ήρθε η απόδειξη στο email. Μπορείτε να μου τη στείλετε;' },
        ],
      },
    ],
  },
  en: {
    lang: 'en',
    brand: 'HelpPlus Desk',
    agent: 'Emma Clarke',
    labels: {
      tickets: 'Tickets', open: 'Open', customer: 'Customer', email: 'Email', phone: 'Phone', orders: 'Orders',
      reply: 'Reply', send: 'Send', placeholder: 'Write your reply…', priority: 'Priority', high: 'High',
      normal: 'Normal', sent: 'Reply sent', search: 'Search tickets', status: 'Status', statusOpen: 'Open',
    },
    tickets: [
      {
        id: '73105', subject: 'Charged twice for one order', priority: 'high',
        customer: { name: 'Sarah Collins', email: 'sarah.collins@example.com', phone: '+44 7700 900123', orders: 5 },
        thread: [
          { from: 'customer', ago: 335, text: 'Hi, I checked my banking app this morning and my card was charged twice for order 552190 — two payments of £64.99. I only placed the order once. Can you look into it please?' },
          { from: 'agent', ago: 306, text: 'Hello Sarah, thanks for letting us know. I am checking the payments on that order now and will get back to you shortly.' },
          { from: 'customer', ago: 300, text: 'This is the third time I am writing and I still have not had my money back. Nobody tells me anything. I want the duplicate charge refunded today.' },
        ],
      },
      {
        id: '73112', subject: 'Parcel is late', priority: 'normal',
        customer: { name: 'James Whitaker', email: 'j.whitaker@example.com', phone: '+44 7700 900456', orders: 1 },
        thread: [
          { from: 'customer', ago: 290, text: 'My parcel (order 552231) was due on Tuesday and it still has not arrived. I will be away from Friday — can the courier deliver on another day or leave it with my neighbour?' },
        ],
      },
      {
        id: '73120', subject: 'Item out of stock and nobody told me', priority: 'normal',
        customer: { name: 'Priya Shah', email: 'priya.shah@example.com', phone: '+44 7700 900789', orders: 3 },
        thread: [
          { from: 'customer', ago: 25, text: 'I ordered the blue kettle two weeks ago and today I found out it is out of stock. Nobody told me! Why did you take my money for something you did not have?' },
        ],
      },
    ],
  },
};
