import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A helpdesk Odigos has no declaration for, with a rich reply box (contenteditable) and every sign that is not a
 * send: a toolbar with «Απάντηση» (focuses the box), «Μακροεντολή» (the helpdesk writes a macro's text into the box
 * by script), a status list and «Ενημέρωση» (saves the status by script, the box untouched), all in one form with the
 * box; Ctrl+Enter in the box does nothing here; a link to the next ticket, which asks «Leave site?» while the box
 * holds more than its signature. «Αποστολή» posts the reply by script, empties the box (its signature drawn anew)
 * and shows the reply in the history. With `?tab=1` the box's form is posted by the browser into a new tab instead,
 * and the box keeps its words. Used by the Chromium and the Firefox e2e of the send rules.
 */
export function richDesk() {
  const replies = new Map<string, string[]>();
  const statuses: string[] = [];
  const signature = '-- Με εκτίμηση, η ομάδα εξυπηρέτησης';
  const page = (id: string, tab: boolean) => `<!doctype html><html lang="el"><head><meta charset="utf-8"><title>#${id}: Επιστροφή χρημάτων</title>
<style>body{margin:0;font:14px sans-serif}.history{padding:12px;max-width:900px}.transaction{border:1px solid #ddd;margin:8px 0;padding:8px}
.toolbar{display:flex;gap:8px;align-items:center;padding:6px 0}#ReplyBox{min-height:120px;border:1px solid #999;padding:6px}</style></head>
<body><main class="history"><div id="header"><h1>#${id}: Επιστροφή χρημάτων</h1></div>
<div class="form-row requestors">Αιτών: <span class="user"><a href="#">Ελένη Κωνσταντίνου &lt;eleni@example.com&gt;</a></span></div>
<div class="history-container">
<div class="transaction message" data-author="customer"><div class="metadata"><span class="user">Ελένη Κωνσταντίνου</span> <span class="date">Χθες 18:02</span></div>
<div class="messagebody">Καλησπέρα σας, επέστρεψα το φόρεμα πριν από δύο εβδομάδες και δεν έχω δει ακόμα τα χρήματα στην κάρτα μου.</div></div>
<div class="transaction message" data-author="agent"><div class="metadata"><span class="user">Support Agent</span> <span class="date">Χθες 18:30</span></div>
<div class="messagebody">Καλησπέρα σας, το ελέγχουμε και θα σας ενημερώσουμε σύντομα.</div></div>
<div class="transaction message" data-author="customer"><div class="metadata"><span class="user">Ελένη Κωνσταντίνου</span> <span class="date">Σήμερα 09:12</span></div>
<div class="messagebody">Ακόμα τίποτα. Πότε θα γίνει η επιστροφή;</div></div>
</div>
<p><a class="next" href="/rich/Ticket/Display.html?id=${Number(id) + 1}">Επόμενο αίτημα</a></p>
<form class="ticket-actions" action="/rich/reply?id=${id}" method="post"${tab ? ' target="_blank"' : ''}>
<div class="toolbar"><button type="button" class="open-reply">Απάντηση</button><button type="button" class="macro">Μακροεντολή: Επιστροφή</button>
<label>Κατάσταση <select name="Status"><option>Ανοιχτό</option><option>Σε αναμονή</option><option>Επιλύθηκε</option></select></label>
<button type="${tab ? 'button' : 'submit'}" class="update">Ενημέρωση</button></div>
<div class="composer"><div id="ReplyBox" contenteditable="true" aria-label="Η απάντησή σας"><p>${signature}</p></div><input type="hidden" name="content">
<button type="${tab ? 'submit' : 'button'}" class="send">Αποστολή</button></div></form>
</main><script>
const form = document.querySelector('.ticket-actions');
const box = document.querySelector('#ReplyBox');
const signature = ${JSON.stringify(signature)};
document.querySelector('.open-reply').addEventListener('click', () => box.focus());
document.querySelector('.macro').addEventListener('click', () => {
  box.innerHTML = '<p>Καλημέρα σας, η επιστροφή των 59,90€ έγινε σήμερα και θα φανεί στην κάρτα σας σε 3 με 5 εργάσιμες.</p><p>' + signature + '</p>';
});
window.addEventListener('beforeunload', (e) => { if (box.innerText.trim() !== signature) { e.preventDefault(); e.returnValue = ''; } });
const tab = ${tab};
form.addEventListener('submit', (e) => {
  if (tab) { form.elements.content.value = box.innerText.trim(); return; }
  e.preventDefault();
  void fetch('/rich/status?id=${id}', { method: 'POST', body: form.elements.Status.value });
});
if (!tab) document.querySelector('.send').addEventListener('click', async () => {
  const text = box.innerText.trim();
  box.innerHTML = '<p>' + signature + '</p>';
  await fetch('/rich/reply?id=${id}', { method: 'POST', body: text });
  const item = document.createElement('div');
  item.className = 'transaction message';
  item.dataset.author = 'agent';
  item.innerHTML = '<div class="metadata"><span class="user">Support Agent</span> <span class="date">Σήμερα</span></div><div class="messagebody"></div>';
  item.querySelector('.messagebody').textContent = text;
  document.querySelector('.history-container').append(item);
});
</script></body></html>`;
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/rich/')) return false;
    const id = url.searchParams.get('id') ?? '51';
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      if (url.pathname === '/rich/status') statuses.push(`${id}:${body}`);
      else replies.set(id, [...(replies.get(id) ?? []), req.headers['content-type']?.includes('urlencoded') ? (new URLSearchParams(body).get('content') ?? '') : body]);
      if (req.headers['content-type']?.includes('urlencoded')) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><p>Η απάντηση στάλθηκε.</p>');
      else res.writeHead(204).end();
      return true;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page(id, url.searchParams.has('tab')));
    return true;
  };
  return { route, replies, statuses, signature };
}
