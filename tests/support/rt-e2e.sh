#!/bin/sh
# rt-e2e.sh start|stop — Request Tracker 5 (Debian packages) on 127.0.0.1 with SQLite, no mail, no cron.
# start: wipes $RT_DIR, creates the database (or copies a cached one), starts the server, files a customer's
#        Greek ticket through RT's mail gateway, then an agent's reply and an internal comment (REST 2) and the
#        customer's follow-up mail: a thread as an agent meets it. Prints the ticket URL.
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
            RealName => 'Support Agent', Privileged => 1 });
@ACL = (
  (map { { UserId => 'agent', Queue => 'General', Right => $_ } }
     qw(SeeQueue ShowTicket ShowTicketComments CreateTicket ReplyToTicket CommentOnTicket
        ModifyTicket OwnTicket TakeTicket ShowOutgoingEmail)),
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
  b64() { printf %s "$1" | base64 -w0; }
  {
    printf 'From: =?UTF-8?B?%s?= <maria@example.com>\n' "$(b64 'Μαρία Παπαδοπούλου')"
    printf 'To: support@example.com\nSubject: =?UTF-8?B?%s?=\n' "$(b64 "$2")"
    printf 'Message-ID: <seed-%s@example.com>\nMIME-Version: 1.0\n' "$1"
    printf 'Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n'
    printf '%s\n' "$3"
  } | rt-mailgate-5 --queue General --action correspond --url "$URL/"
}

ticket() {  # the customer's mail, through RT's mail gateway (HTTP), as a real helpdesk receives it
  mail 1 'Διπλή χρέωση 45,90€' \
    'Καλησπέρα σας, βλέπω στην κίνηση της κάρτας μου δύο χρεώσεις των 45,90€ για την ίδια παραγγελία. Παρακαλώ να μου επιστρέψετε τα χρήματα.'
  id=$(curl -fsS -u agent:agentpass123 "$URL/REST/2.0/tickets?query=Requestor%3D%27maria%40example.com%27" |
       sed -n 's/.*"id" *: *"\([0-9]*\)".*/\1/p' | head -n1)
  [ -n "$id" ] || { echo "no ticket was created; see $RT_DIR/server.log" >&2; exit 1; }
  echo "$id" > "$RT_DIR/ticket.id"
}

thread() {  # the agent answers, notes something for colleagues, and the customer writes again
  id=$(cat "$RT_DIR/ticket.id")
  post() {
    curl -fsS -o /dev/null -u agent:agentpass123 -X POST -H 'Content-Type: application/json' \
      --data "{\"Content\": \"$2\", \"ContentType\": \"text/plain\"}" "$URL/REST/2.0/ticket/$id/$1"
  }
  post correspond 'Καλησπέρα σας κυρία Παπαδοπούλου, ελέγχουμε τις δύο χρεώσεις της παραγγελίας σας και θα σας ενημερώσουμε σύντομα.'
  post comment 'Ζήτησα από το λογιστήριο να ελέγξει τη συναλλαγή στην τράπεζα πριν απαντήσουμε.'
  mail 2 "[helpdesk.example.com #$id] Διπλή χρέωση 45,90€" \
    'Πέρασαν τρεις μέρες και τα χρήματα από τη διπλή χρέωση δεν έχουν επιστραφεί ακόμα στην κάρτα μου. Πότε θα γίνει η επιστροφή;'
}

case "${1:-}" in
  start)
    stop; config; initdb; serve; ticket; thread
    echo "RT at $URL/ (agent / agentpass123); ticket $URL/Ticket/Display.html?id=$(cat "$RT_DIR/ticket.id")" ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
