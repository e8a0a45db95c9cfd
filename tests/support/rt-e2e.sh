#!/bin/sh
# rt-e2e.sh start|stop — Request Tracker 5 (Debian packages) on 127.0.0.1 with SQLite, no mail, no cron.
# start: wipes $RT_DIR, creates the database (or copies a cached one), starts the server, files a customer's
#        Greek ticket through RT's mail gateway, then an agent's reply and an internal comment (REST 2) and the
#        customer's follow-up mail: a thread as an agent meets it. Prints the ticket URL.
#        Then two more tickets ($RT_DIR/ticket-long.id, ticket-short.id): a long one from a customer RT stores in
#        capitals (three mails with a signature and quoted replies, the agent's replies, two comments, owner and
#        status changes; the latest mail is about a new problem), and a new one of one short mail.
#        Then an English agent's two (ticket-en.id, ticket-en-short.id), worked by jcarter (James Carter): Daniel
#        Whitmore's three mails with signatures and quoted replies (late parcel, then a double charge), James's
#        replies and comments, owner and status changes; and Emma Clarke's one short mail.
#        Last, a new Greek complaint whose subject is a whole sentence (ticket-complaint.id): RT's reply page shows
#        that subject in its title, which the generic reader took for the customer's words before the editor came.
#        Then two threads whose last mail is a few words (ticket-thanks.id, resolved: «Ευχαριστώ, το πήρα!»;
#        ticket-any-news.id, by James: "Any news?"), under RT's table of mail headers.
# RT_PORT (default 8095) and RT_DIR (default /tmp/rt5) let parallel runs use their own port and folder.
# Installing the packages: see .ci/run (a preseed, then apt-get install).
set -eu
RT_PORT=${RT_PORT:-8095}
RT_DIR=${RT_DIR:-/tmp/rt5}
URL="http://127.0.0.1:$RT_PORT"
export RT_SITE_CONFIG="$RT_DIR/RT_SiteConfig.pm"   # read instead of /etc/request-tracker5/RT_SiteConfig.pm
export RT_SITE_CONFIG_DIR="$RT_DIR/site.d"        # read instead of /etc/request-tracker5/RT_SiteConfig.d/

stop() {
  [ -f "$RT_DIR/server.pid" ] || return 0
  pid=$(cat "$RT_DIR/server.pid")
  if grep -q rt-server "/proc/$pid/cmdline" 2>/dev/null; then   # never a recycled pid
    kill -TERM "$pid"                               # the Starlet master stops its workers, then exits
    i=0; while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$RT_DIR/server.pid"
}

config() {
  rm -rf "$RT_DIR"; mkdir -p "$RT_SITE_CONFIG_DIR" "$RT_DIR/sessions"
  cat > "$RT_SITE_CONFIG" <<EOF
Set(\$rtname, 'helpdesk.example.com');
Set(\$Organization, 'example.com');
Set(\$CorrespondAddress, 'support@example.com');
Set(\$CommentAddress, 'support-comment@example.com');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $RT_PORT);
Set(\$WebPath, '');
Set(\$WebBaseURL, '$URL');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$RT_DIR/rtdb');
Set(%WebSessionProperties, Directory => '$RT_DIR/sessions', LockDirectory => '$RT_DIR/sessions', Transaction => 1);
# no mail: every outgoing message is appended to an mbox file instead
Set(\$MailCommand, sub { open(my \$fh, '>>', '$RT_DIR/outbox.mbox') or return 0;
  print \$fh 'From rt@localhost Sat Jan  1 00:00:00 2000', "\n", \$_[0]->as_string, "\n"; close \$fh; 1 });
Set(\$Timezone, 'UTC');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
1;
EOF
  cat > "$RT_DIR/seed-data.pl" <<'EOF'
@Users = ({ Name => 'agent', Password => 'agentpass123', EmailAddress => 'agent@example.com',
            RealName => 'Support Agent', Privileged => 1 },
          { Name => 'jcarter', Password => 'jcarterpass123', EmailAddress => 'james.carter@example.com',
            RealName => 'James Carter', Privileged => 1, Lang => 'en' });
@ACL = (
  (map { my $user = $_; map { { UserId => $user, Queue => 'General', Right => $_ } }
     qw(SeeQueue ShowTicket ShowTicketComments CreateTicket ReplyToTicket CommentOnTicket
        ModifyTicket OwnTicket TakeTicket ShowOutgoingEmail) } qw(agent jcarter)),
  # without these RT refuses mail from unknown senders (and rt-mailgate still exits 0)
  (map { { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'General', Right => $_ } }
     qw(CreateTicket ReplyToTicket)),
);
1;
EOF
}

initdb() {  # ~4 s; the result is cached per RT version and seed data (~0 s afterwards)
  key=$(cat "$RT_DIR/seed-data.pl" /usr/share/request-tracker5/lib/RT/Generated.pm | cksum | cut -d' ' -f1)
  cache="/tmp/rt5-pristine-$key.sqlite"
  if [ -f "$cache" ]; then cp "$cache" "$RT_DIR/rtdb"; return; fi
  printf '%s\n' "${RT_ROOT_PASSWORD:-rootpass123}" > "$RT_DIR/rootpw"
  rt-setup-database-5 --action init --root-password-file "$RT_DIR/rootpw" > "$RT_DIR/setup.log" 2>&1
  rt-setup-database-5 --action insert --skip-create --datafile "$RT_DIR/seed-data.pl" >> "$RT_DIR/setup.log" 2>&1
  cp "$RT_DIR/rtdb" "$cache.$$" && mv "$cache.$$" "$cache"
}

serve() {
  setsid /usr/share/request-tracker5/libexec/rt-server --host 127.0.0.1 --port "$RT_PORT" \
    --max-workers 2 > "$RT_DIR/server.log" 2>&1 < /dev/null &
  echo $! > "$RT_DIR/server.pid"
  i=0
  until curl -fs -o /dev/null "$URL/"; do
    i=$((i+1))
    if [ $i -gt 300 ] || ! kill -0 "$(cat "$RT_DIR/server.pid")" 2>/dev/null; then cat "$RT_DIR/server.log" >&2; exit 1; fi
    sleep 0.2
  done
}

mail() {  # $1 = Message-ID suffix, $2 = subject, $3 = body: the customer writes (again)
  mail_from 'Μαρία Παπαδοπούλου' maria@example.com "$@"
}

mail_from() {  # $1 = name, $2 = address, then as mail()
  name=$1; address=$2; shift 2
  b64() { printf %s "$1" | base64 -w0; }
  {
    printf 'From: =?UTF-8?B?%s?= <%s>\n' "$(b64 "$name")" "$address"
    printf 'To: support@example.com\nSubject: =?UTF-8?B?%s?=\n' "$(b64 "$2")"
    printf 'Message-ID: <seed-%s@example.com>\nMIME-Version: 1.0\n' "$1"
    printf 'Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n'
    printf '%s\n' "$3"
  } | rt-mailgate-5 --queue General --action correspond --url "$URL/"
}

ticket_of() {  # $1 = the requester's address (URL-encoded), $2 = the file to keep the ticket's number in
  id=$(curl -fsS -u agent:agentpass123 "$URL/REST/2.0/tickets?query=Requestor%3D%27$1%27" |
       sed -n 's/.*"id" *: *"\([0-9]*\)".*/\1/p' | head -n1)
  [ -n "$id" ] || { echo "no ticket was created; see $RT_DIR/server.log" >&2; exit 1; }
  echo "$id" > "$RT_DIR/$2"
}

ticket() {  # the customer's mail, through RT's mail gateway (HTTP), as a real helpdesk receives it
  mail 1 'Διπλή χρέωση 45,90€' \
    'Καλησπέρα σας, βλέπω στην κίνηση της κάρτας μου δύο χρεώσεις των 45,90€ για την ίδια παραγγελία. Παρακαλώ να μου επιστρέψετε τα χρήματα.'
  ticket_of maria%40example.com ticket.id
}

post() {  # $1 = ticket, $2 = correspond|comment, $3 = text (JSON-escaped: \n for a new line); as $AS (agent)
  curl -fsS -o /dev/null -u "${AS:-agent:agentpass123}" -X POST -H 'Content-Type: application/json' \
    --data "{\"Content\": \"$3\", \"ContentType\": \"text/plain\"}" "$URL/REST/2.0/ticket/$1/$2"
}

put() {  # $1 = ticket, $2 = JSON of the fields to change (owner, status); as $AS (agent)
  curl -fsS -o /dev/null -u "${AS:-agent:agentpass123}" -X PUT -H 'Content-Type: application/json' --data "$2" "$URL/REST/2.0/ticket/$1"
}

thread() {  # the agent answers, notes something for colleagues, and the customer writes again
  id=$(cat "$RT_DIR/ticket.id")
  post "$id" correspond 'Καλησπέρα σας κυρία Παπαδοπούλου, ελέγχουμε τις δύο χρεώσεις της παραγγελίας σας και θα σας ενημερώσουμε σύντομα.'
  post "$id" comment 'Ζήτησα από το λογιστήριο να ελέγξει τη συναλλαγή στην τράπεζα πριν απαντήσουμε.'
  mail 2 "[helpdesk.example.com #$id] Διπλή χρέωση 45,90€" \
    'Πέρασαν τρεις μέρες και τα χρήματα από τη διπλή χρέωση δεν έχουν επιστραφεί ακόμα στην κάρτα μου. Πότε θα γίνει η επιστροφή;'
}

long_ticket() {  # a customer RT stores in capitals, a week of mails: late parcel, then it came broken
  who='ΤΕΡΖΗΣ ΚΩΝΣΤΑΝΤΙΝΟΣ'; at=kterzis@example.com; subject='Παραγγελία 100482 δεν έχει έρθει'
  mail_from "$who" $at long-1 "$subject" 'Καλημέρα σας,

έκανα την παραγγελία 100482 στις 2 του μήνα και ακόμα δεν την έχω παραλάβει. Η σελίδα παρακολούθησης γράφει «σε μεταφορά» εδώ και μια εβδομάδα. Μπορείτε να μου πείτε τι συμβαίνει;

Ευχαριστώ,
Κωνσταντίνος Τερζής
Τηλ. 6944 123 456'
  ticket_of kterzis%40example.com ticket-long.id
  id=$(cat "$RT_DIR/ticket-long.id")
  put "$id" '{"Owner":"agent","Status":"open"}'
  post "$id" correspond 'Καλημέρα σας κύριε Τερζή,\n\nευχαριστούμε για την επικοινωνία. Ελέγχουμε με την εταιρεία courier πού βρίσκεται το δέμα της παραγγελίας 100482 και θα σας ενημερώσουμε μέσα στη μέρα.\n\nΜε εκτίμηση,\nSupport Agent\nΤμήμα Εξυπηρέτησης Πελατών'
  post "$id" comment 'Η courier λέει ότι το δέμα γύρισε στο κέντρο διαλογής λόγω ελλιπούς διεύθυνσης. Ζητάμε από τον πελάτη επιβεβαίωση. Αν ξαναγυρίσει, επιστροφή χρημάτων μέσω λογιστηρίου.'
  mail_from "$who" $at long-2 "[helpdesk.example.com #$id] $subject" 'Η διεύθυνσή μου είναι σωστή: Αγίου Δημητρίου 14, 54630 Θεσσαλονίκη, 2ος όροφος. Παρακαλώ να το ξαναστείλετε.

Κωνσταντίνος Τερζής

Στις Δευ, 2 Δεκ 2026 στις 10:12, Support Agent <support@example.com> έγραψε:
> Καλημέρα σας κύριε Τερζή,
>
> ευχαριστούμε για την επικοινωνία. Ελέγχουμε με την εταιρεία courier πού βρίσκεται το δέμα.'
  post "$id" correspond 'Κύριε Τερζή, η courier θα επαναλάβει την αποστολή αύριο. Ο αριθμός αποστολής είναι ACS 7788123.\n\nΜε εκτίμηση,\nSupport Agent'
  put "$id" '{"Status":"stalled"}'
  post "$id" comment 'Αναμονή παράδοσης. Αν δεν παραδοθεί ως την Παρασκευή, κλιμάκωση στον προϊστάμενο.'
  mail_from "$who" $at long-3 "Re: [helpdesk.example.com #$id] $subject" 'Το δέμα ήρθε επιτέλους σήμερα, αλλά η καφετιέρα μέσα είναι χτυπημένη και η γυάλινη κανάτα σπασμένη. Δεν δουλεύει καθόλου. Θέλω να μου στείλετε καινούργια ή να μου επιστρέψετε τα χρήματα. Σας στέλνω και φωτογραφίες αν χρειάζεται.

--
Κωνσταντίνος Τερζής
Τηλ. 6944 123 456

Στις Τρί, 3 Δεκ 2026 στις 09:40, Support Agent <support@example.com> έγραψε:
> Κύριε Τερζή, η courier θα επαναλάβει την αποστολή αύριο.'
}

short_ticket() {  # another customer, another problem: one short mail, nobody has answered
  mail_from 'Ελένη Γεωργίου' eleni.g@example.com short-1 'Δεν μπορώ να μπω στον λογαριασμό μου' 'Γεια σας, ξέχασα τον κωδικό μου και το email επαναφοράς δεν έρχεται ποτέ, ούτε στα ανεπιθύμητα. Πώς μπορώ να συνδεθώ;

Ελένη'
  ticket_of eleni.g%40example.com ticket-short.id
}

english_tickets() {  # James Carter's day in English: a long thread whose latest mail is a new problem, and a short one
  AS=jcarter:jcarterpass123
  who='Daniel Whitmore'; at=dan.whitmore@example.com; subject='Order 20417 still not delivered'
  mail_from "$who" $at en-1 "$subject" 'Hello,

I ordered a standing desk (order 20417) on 28 November and the tracking page has said "in transit" for six days now. Could you tell me where it is?

Best regards,
Daniel Whitmore
Whitmore Design Ltd | +44 20 7946 0958'
  ticket_of dan.whitmore%40example.com ticket-en.id
  id=$(cat "$RT_DIR/ticket-en.id")
  put "$id" '{"Owner":"jcarter","Status":"open"}'
  post "$id" correspond 'Dear Mr Whitmore,\n\nthank you for your message. I am checking with the courier where the parcel for order 20417 is and will update you today.\n\nKind regards,\nJames Carter\nCustomer Care'
  post "$id" comment 'Courier says the parcel is held at the Croydon depot: the label has no flat number. Asked the customer to confirm the address.'
  mail_from "$who" $at en-2 "Re: [helpdesk.example.com #$id] $subject" 'Hi James,

The address is Flat 3, 12 Elm Road, London SE25 6XJ. Please send it on.

Thanks,
Daniel

On Mon, 30 Nov 2026 at 10:12, James Carter <support@example.com> wrote:
> Dear Mr Whitmore,
>
> thank you for your message. I am checking with the courier where the parcel for order 20417 is.'
  post "$id" correspond 'Mr Whitmore, the courier will deliver tomorrow with the full address. Your tracking number is DPD 15502277.\n\nKind regards,\nJames Carter'
  put "$id" '{"Status":"stalled"}'
  post "$id" comment 'Waiting for delivery. If it has not arrived by Friday, escalate to the team lead.'
  mail_from "$who" $at en-3 "Re: [helpdesk.example.com #$id] $subject" 'The desk finally arrived, thank you. But I have just checked my bank statement and you charged my card twice for this order: two payments of £349.00 on 28 November. Please refund the duplicate charge.

--
Daniel Whitmore
Whitmore Design Ltd | +44 20 7946 0958
Sent from my iPhone

On Tue, 1 Dec 2026 at 09:40, James Carter <support@example.com> wrote:
> Mr Whitmore, the courier will deliver tomorrow with the full address.
> Your tracking number is DPD 15502277.'
  mail_from 'Emma Clarke' emma.clarke@example.com en-short-1 'Cannot log in to my account' 'Hi, I forgot my password and the reset email never arrives, not even in spam. How can I sign in?

Emma'
  ticket_of emma.clarke%40example.com ticket-en-short.id
  unset AS
}

complaint_ticket() {  # a new angry complaint, one mail, nobody has answered; its subject is a sentence
  mail_from 'Γιώργος Νικολάου' g.nikolaou@example.com complaint-1 'Παράπονο: η παραγγελία 58213 δεν ήρθε ποτέ' 'Καλησπέρα. Είμαι πολύ θυμωμένος. Η παραγγελία μου 58213 έπρεπε να έρθει πριν από μία εβδομάδα και ακόμα δεν την έχω παραλάβει. Η courier λέει ότι παραδόθηκε, αλλά εγώ δεν παρέλαβα τίποτα. Πλήρωσα 89,90€ και θέλω είτε το δέμα μου είτε τα χρήματά μου πίσω. Αν δεν λυθεί μέχρι αύριο θα κάνω καταγγελία.

Γιώργος Νικολάου'
  ticket_of g.nikolaou%40example.com ticket-complaint.id
}

short_last_tickets() {  # the customer's last mail is a few words: thanks on a resolved ticket, "Any news?" on an open one
  s='Δεν έλαβα το δωροκουπόνι'; at=sofia.alexiou@example.com
  mail_from 'Σοφία Αλεξίου' $at thanks-1 "$s" 'Καλησπέρα, αγόρασα δωροκουπόνι 50€ για τη γιορτή της μητέρας μου αλλά δεν μου ήρθε ποτέ το email με τον κωδικό. Μπορείτε να μου το ξαναστείλετε;

Σοφία'
  ticket_of sofia.alexiou%40example.com ticket-thanks.id
  id=$(cat "$RT_DIR/ticket-thanks.id")
  put "$id" '{"Owner":"agent","Status":"open"}'
  post "$id" correspond 'Καλησπέρα σας κυρία Αλεξίου,\n\nσας ξαναστείλαμε το δωροκουπόνι στο sofia.alexiou@example.com. Ελέγξτε και τα ανεπιθύμητα.\n\nΜε εκτίμηση,\nSupport Agent'
  post "$id" comment 'Το πρώτο email είχε γυρίσει (bounce). Ξαναστάλθηκε χειροκίνητα.'
  mail_from 'Σοφία Αλεξίου' $at thanks-2 "Re: [helpdesk.example.com #$id] $s" 'Ευχαριστώ, το πήρα!'
  put "$id" '{"Status":"resolved"}'
  AS=jcarter:jcarterpass123
  s='Refund for returned headphones'; at=olivia.b@example.com
  mail_from 'Olivia Bennett' $at news-1 "$s" 'Hello,

I returned the wireless headphones from order 30988 two weeks ago (the courier confirmed delivery on 20 November) but I have not received my refund of £89.99 yet. Could you check please?

Thanks,
Olivia Bennett'
  ticket_of olivia.b%40example.com ticket-any-news.id
  id=$(cat "$RT_DIR/ticket-any-news.id")
  put "$id" '{"Owner":"jcarter","Status":"open"}'
  post "$id" correspond 'Dear Ms Bennett,\n\nthank you for your patience. I have asked our warehouse to confirm the return and will get back to you within two working days.\n\nKind regards,\nJames Carter'
  post "$id" comment 'Warehouse has not scanned the return yet. Chased them by phone.'
  mail_from 'Olivia Bennett' $at news-2 "Re: [helpdesk.example.com #$id] $s" 'Any news?'
  unset AS
}

case "${1:-}" in
  start)
    stop; config; initdb; serve; ticket; thread; long_ticket; short_ticket; english_tickets; complaint_ticket; short_last_tickets
    echo "RT at $URL/ (agent / agentpass123); ticket $URL/Ticket/Display.html?id=$(cat "$RT_DIR/ticket.id")" ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
