#!/usr/bin/env node
// `npm run new:adapter <id>` / `npm run new:inserter <id>`: the file, its registration, a fixture page and a test
// for a new helpdesk declaration or editor inserter (CONTRIBUTING.md). Refuses an id that is taken or not a
// lower-case slug; writes nothing then. `--root DIR` writes into another checkout (the scaffold's own test).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : new URL('..', import.meta.url).pathname;
const [kind, id] = args;
const title = (s) => s.replace(/(^|-)(.)/g, (_, dash, c) => (dash ? ' ' : '') + c.toUpperCase());

function refuse(why) {
  console.error(`new ${kind ?? ''}: ${why}`);
  process.exit(1);
}

if (kind !== 'adapter' && kind !== 'inserter') refuse('say what to make: `npm run new:adapter <id>` or `npm run new:inserter <id>`.');
if (!id || !/^[a-z][a-z0-9-]*$/.test(id)) refuse(`"${id ?? ''}" is not an id: lower-case letters, digits and dashes, starting with a letter (e.g. deskpro).`);

/** Every file is checked before any is written, so a refusal leaves the checkout as it was. */
function writeAll(files) {
  for (const [path] of files) if (existsSync(join(root, path))) refuse(`${path} already exists; choose another id.`);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`created ${path}`);
  }
}

/** Adds `import './adapters/<id>';` to the adapter list in alphabetical order. */
function registerAdapter() {
  const list = join(root, 'lib/crm/adapter-list.ts');
  const lines = readFileSync(list, 'utf8').split('\n');
  const line = `import './adapters/${id}';`;
  const imports = lines.map((l, i) => [l, i]).filter(([l]) => l.startsWith("import './adapters/"));
  const after = imports.filter(([l]) => l < line).at(-1);
  const at = after ? after[1] + 1 : (imports[0]?.[1] ?? lines.length);
  lines.splice(at, 0, line);
  writeFileSync(list, lines.join('\n'));
  console.log(`registered in lib/crm/adapter-list.ts`);
}

const name = title(id);
if (kind === 'adapter') {
  writeAll([
    [`lib/crm/adapters/${id}.ts`, adapterFile()],
    [`tests/fixtures/crm/${id}.html`, adapterFixture()],
    [`tests/unit/crm/adapters/${id}.test.ts`, adapterTest()],
  ]);
  registerAdapter();
  console.log(`next: the real sites and selectors (note what you rely on in docs/crm-markup.md), a fixture as hard as the real page, then npx vitest run tests/unit/crm`);
} else {
  writeAll([
    [`lib/editors/families/${id}.ts`, inserterFile()],
    [`tests/fixtures/editors/${id}.html`, inserterFixture()],
    [`tests/unit/editors/families/${id}.test.ts`, inserterTest()],
  ]);
  console.log('registered: lib/editors/registry.ts takes every file under lib/editors/families/');
  console.log(`next: detect the editor by its own markup, insert through its API, host the real editor (from npm) in the fixture, then npx vitest run tests/unit/editors`);
}

function adapterFile() {
  return `import { registerAdapter } from '../adapter-specs';

// ${name}: replace the example addresses and selectors with the product's (docs/crm-markup.md, section ${name}).
registerAdapter({
  id: '${id}',
  name: '${name}',
  sites: ['https://*.${id}.example/*'],
  marker: '.${id}-ticket',
  ticketId: ['.${id}-ticket [data-ticket-id]', 'url:/tickets/(\\\\d+)'],
  scope: ['.${id}-ticket'],
  messages: '.${id}-message',
  body: '.${id}-message-body',
  customer: '.${id}-message.from-customer',
  skip: '.${id}-message.internal-note',
  authorName: '.${id}-author',
  customerName: ['.${id}-requester-name'],
  subject: ['.${id}-subject'],
  editor: ['.${id}-reply [contenteditable="true"]', '.${id}-reply textarea'],
  observe: ['.${id}-thread'],
});
`;
}

function adapterFixture() {
  return `<!doctype html>
<html lang="el">
<head><meta charset="utf-8"><title>#48210 Double charge — ${name}</title></head>
<body>
  <!-- Make this as hard as the real page: other tickets, dropdowns, notes, the agent's draft, a fixed header. -->
  <header style="position: fixed; top: 0; left: 0; right: 0; height: 48px">${name} <input type="search" placeholder="Search"></header>
  <nav class="ticket-list" style="margin-top: 48px">
    <a href="/tickets/48199">#48199 Where is my parcel?</a>
    <a href="/tickets/48205">#48205 Change of address</a>
  </nav>
  <main class="${id}-ticket">
    <h1 class="${id}-subject">Double charge</h1>
    #<span data-ticket-id="48210">48210</span>
    <select aria-label="Status"><option>Open</option><option>Pending</option></select>
    <aside><span class="${id}-requester-name">Μαρία Παπαδοπούλου</span></aside>
    <section class="${id}-thread">
      <article class="${id}-message from-customer">
        <span class="${id}-author">Μαρία Παπαδοπούλου</span>
        <div class="${id}-message-body">Καλησπέρα, με χρεώσατε δύο φορές για την ίδια παραγγελία.</div>
      </article>
      <article class="${id}-message from-agent">
        <span class="${id}-author">Νίκος (Support)</span>
        <div class="${id}-message-body">Καλησπέρα σας, το ελέγχω αμέσως.</div>
      </article>
      <article class="${id}-message internal-note">
        <span class="${id}-author">Νίκος (Support)</span>
        <div class="${id}-message-body">Internal: check the payment provider.</div>
      </article>
      <article class="${id}-message from-customer">
        <span class="${id}-author">Μαρία Παπαδοπούλου</span>
        <div class="${id}-message-body">Δεν έχω λάβει ακόμη επιστροφή χρημάτων, τι γίνεται;</div>
      </article>
    </section>
    <form class="${id}-reply"><div contenteditable="true">Draft the agent has not sent</div></form>
  </main>
</body>
</html>
`;
}

function adapterTest() {
  return `import { describe, expect, it } from 'vitest';
import { pickAdapter } from '@/lib/crm';
import { loadFixture } from '../load-fixture';

// What an agent sees on the fixture page (tests/fixtures/crm/${id}.html): keep it true as the fixture grows.
describe('${name} adapter', () => {
  it('reads the customer, the ticket and the latest customer message, each message with its role, never the draft', async () => {
    const doc = await loadFixture('${id}', 'https://acme.${id}.example/tickets/48210');
    const adapter = pickAdapter(doc.location, doc);
    expect(adapter.id).toBe('${id}');
    const snap = adapter.read(doc);
    expect(snap.ticketId).toBe('48210');
    expect(snap.subject).toBe('Double charge');
    expect(snap.customer?.name).toBe('Μαρία Παπαδοπούλου');
    expect(snap.latestCustomerMessage).toMatch(/^Δεν έχω λάβει ακόμη επιστροφή/);
    expect(snap.customerMessages).toEqual(['Καλησπέρα, με χρεώσατε δύο φορές για την ίδια παραγγελία.']);
    expect(snap.messages?.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(JSON.stringify(snap)).not.toContain('Draft the agent');
  });
});
`;
}

function inserterFile() {
  return `import { pasteInto } from '../paste';
import { defineInserter } from '../types';

/** ${name}: say how this editor takes text (its own API, or a paste it handles as typed) and why. */
export default defineInserter({
  id: '${id}',
  priority: 20,
  detect: (root) => root.classList.contains('${id}-editor'),
  insert: (root, content, replace) => pasteInto(root, content, replace, 'plain'),
});
`;
}

function inserterFixture() {
  return `<!doctype html>
<html lang="el">
<head><meta charset="utf-8"><title>${name} editor</title></head>
<body>
  <!-- Host the real ${name} editor from npm here (see the other fixtures in this folder). -->
  <div class="${id}-editor" contenteditable="true"><p>Καλησπέρα σας,</p></div>
</body>
</html>
`;
}

function inserterTest() {
  return `import { describe, expect, it } from 'vitest';
import inserter from '@/lib/editors/families/${id}';
import { inserterFor } from '@/lib/editors/registry';

describe('${name} inserter', () => {
  it('is the inserter picked for a ${name} editor', () => {
    document.body.innerHTML = '<div class="${id}-editor" contenteditable="true"></div>';
    expect(inserterFor(document.body.firstElementChild as HTMLElement)).toBe(inserter);
  });
});
`;
}
