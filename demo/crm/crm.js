// A small helpdesk single-page app: ticket list, ticket view with thread, customer sidebar and reply box.
// Built with DOM APIs only, so it runs under the strict CSP and Trusted Types the demo server sends.
import { DESKS } from './tickets.js';

const desk = DESKS[document.documentElement.lang === 'el' ? 'el' : 'en'];
const L = desk.labels;
const loadedAt = Date.now();
// A message without `ago` is dated when the page loaded (never an invalid date that stops the page drawing).
for (const t of desk.tickets) for (const m of t.thread) m.at ??= loadedAt - (m.ago ?? 0) * 60_000;

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c != null) el.append(c);
  return el;
}

function initials(name) {
  return name.split(/\s+/).map((p) => p[0]).join('').slice(0, 2);
}

function ticketFromUrl() {
  const m = /\/tickets\/(\d+)/.exec(location.pathname + location.hash);
  return desk.tickets.find((t) => t.id === m?.[1]) ?? desk.tickets[0];
}

function basePath() {
  return location.pathname.replace(/\/tickets\/\d+.*$/, '').replace(/\/$/, '');
}

function go(ticket) {
  history.pushState({}, '', `${basePath()}/tickets/${ticket.id}`);
  render();
}

/** A message's time as helpdesks show it: the clock today, with its day before today (a ticket days old reads so). */
function shownTime(at) {
  const d = new Date(at);
  const clock = d.toTimeString().slice(0, 5);
  return d.toDateString() === new Date().toDateString() ? clock : `${d.getDate()}/${d.getMonth() + 1} ${clock}`;
}

function message(m, customer) {
  const who = m.from === 'customer' ? customer.name : desk.agent;
  return h('article', { class: `msg msg--${m.from}`, 'data-author': m.from },
    h('header', { class: 'msg-head' },
      h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(who)),
      h('span', { class: 'msg-author' }, who),
      h('time', { class: 'msg-time', datetime: new Date(m.at).toISOString() }, shownTime(m.at))),
    h('div', { class: 'msg-body' }, m.text));
}

function render() {
  const ticket = ticketFromUrl();
  document.title = `#${ticket.id} ${ticket.subject} — ${desk.brand}`;
  const app = document.getElementById('app');
  const thread = h('section', { class: 'thread', 'aria-label': 'Conversation' },
    ticket.thread.map((m) => message(m, ticket.customer)));
  const reply = h('textarea', { id: 'reply', class: 'reply-box', name: 'reply', rows: '7', placeholder: L.placeholder, 'aria-label': L.reply });
  const status = h('p', { class: 'sent-status', role: 'status' });
  const send = h('button', { class: 'btn-send', type: 'button', onclick: () => {
    if (!reply.value.trim()) return;
    ticket.thread.push({ from: 'agent', at: Date.now(), text: reply.value });
    reply.value = '';
    render();
    document.querySelector('.sent-status').textContent = L.sent;
  } }, L.send);
  app.replaceChildren(
    h('header', { class: 'topbar' },
      h('span', { class: 'brand' }, desk.brand),
      h('input', { class: 'search', type: 'search', placeholder: L.search, 'aria-label': L.search }),
      h('span', { class: 'agent', 'data-agent-name': desk.agent }, h('span', { class: 'avatar agent-avatar', 'aria-hidden': 'true' }, initials(desk.agent)), desk.agent)),
    h('div', { class: 'layout' },
      h('nav', { class: 'ticket-list', 'aria-label': L.tickets },
        h('h2', {}, `${L.tickets} · ${L.open}`),
        desk.tickets.map((t) => h('a', {
          href: `${basePath()}/tickets/${t.id}`, class: t === ticket ? 'ticket-link active' : 'ticket-link',
          'aria-current': t === ticket ? 'page' : 'false',
          onclick: (e) => { e.preventDefault(); go(t); },
        }, h('span', { class: 'tl-id' }, `#${t.id}`), h('span', { class: 'tl-subject' }, t.subject), h('span', { class: 'tl-customer' }, t.customer.name)))),
      h('main', { class: 'ticket', 'data-ticket-id': ticket.id },
        h('div', { class: 'ticket-head' },
          h('h1', { class: 'ticket-subject' }, ticket.subject),
          h('span', { class: 'ticket-id' }, `#${ticket.id}`),
          h('span', { class: `badge badge--${ticket.priority}` }, `${L.priority}: ${L[ticket.priority]}`),
          h('span', { class: 'badge' }, `${L.status}: ${L.statusOpen}`)),
        thread,
        h('form', { class: 'composer', onsubmit: (e) => e.preventDefault() },
          h('label', { for: 'reply', class: 'composer-label' }, L.reply),
          reply,
          h('div', { class: 'composer-actions' }, status, send))),
      h('aside', { class: 'customer-card', 'aria-label': L.customer },
        h('h2', {}, L.customer),
        h('div', { class: 'customer-id' }, h('span', { class: 'avatar big', 'aria-hidden': 'true' }, initials(ticket.customer.name)),
          h('span', { class: 'customer-name', 'data-customer-name': ticket.customer.name }, ticket.customer.name)),
        h('dl', {},
          h('dt', {}, L.email), h('dd', {}, ticket.customer.email),
          h('dt', {}, L.phone), h('dd', {}, ticket.customer.phone),
          h('dt', {}, L.orders), h('dd', {}, String(ticket.customer.orders)),
          (ticket.customer.fields ?? []).flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])))));
}

addEventListener('popstate', render);
render();
