/**
 * The demo helpdesk `npm run demo` serves (demo/crm: tickets.js, crm.js), built in its own happy-dom window as its
 * script builds it, at a ticket's address: the page the panel reads on the demo desks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
// @ts-expect-error the demo is plain JS
import { DESKS } from '../../../demo/crm/tickets.js';

const DEMO = join(process.cwd(), 'demo', 'crm');

export type DeskLang = 'el' | 'en';
export interface DemoTicket {
  id: string;
  subject: string;
  thread: Array<{ from: string; text: string }>;
}

/** The desks' tickets, as tickets.js declares them. */
export function demoTickets(lang: DeskLang): DemoTicket[] {
  return (DESKS as Record<DeskLang, { tickets: DemoTicket[] }>)[lang].tickets;
}

/** The demo desk's page for one ticket, drawn by crm.js (tickets.js inlined: happy-dom runs no module imports). */
export function demoDesk(lang: DeskLang, id: string): Document {
  const win = new Window({ url: `http://127.0.0.1:5173/desk/${lang}/tickets/${id}`, settings: { disableCSSFileLoading: true, enableJavaScriptEvaluation: true } });
  const doc = win.document as unknown as Document;
  doc.write(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Helpdesk</title></head><body><div id="app"></div></body></html>`);
  const data = readFileSync(join(DEMO, 'tickets.js'), 'utf8').replace(/^export const DESKS/m, 'const DESKS');
  const app = readFileSync(join(DEMO, 'crm.js'), 'utf8').replace(/^import .*$/m, '');
  const script = doc.createElement('script');
  script.textContent = `{\n${data}\n${app}\n}`;
  doc.body.append(script);
  return doc;
}
