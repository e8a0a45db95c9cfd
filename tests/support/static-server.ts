import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** A strict policy like CRMs and webmail send: no inline script or style, Trusted Types enforced. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Folders of the repo a test page may load (fixtures, the demo CRM, and real editor libraries from npm). */
const SERVABLE = ['tests/fixtures/', 'demo/', 'node_modules/'];

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface ServeOptions {
  /** Extra response headers for HTML pages, e.g. { 'Content-Security-Policy': STRICT_CSP }. */
  htmlHeaders?: Record<string, string>;
  /** Handlers tried before static files; return true when handled. */
  routes?: Route[];
  /** Map a URL path prefix to a repo file (SPA fallbacks), e.g. { '/desk/el': 'demo/crm/ticket-el.html' }. */
  spa?: Record<string, string>;
  host?: string;
}

export interface Served {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export const DEMO_SPA = { '/desk/el': 'demo/crm/ticket-el.html', '/desk/en': 'demo/crm/ticket-en.html' };

/** Serve repo files from loopback on a free port, for one test file. */
export async function serve(options: ServeOptions = {}): Promise<Served> {
  const server = createServer(async (req, res) => {
    try {
      for (const route of options.routes ?? []) if (await route(req, res)) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let rel = normalize(path).replace(/^\/+/, '');
      const spa = Object.entries(options.spa ?? {}).find(([prefix]) => path === prefix || path.startsWith(prefix + '/'));
      if (spa) rel = spa[1];
      if (!SERVABLE.some((p) => rel.startsWith(p)) || rel.includes('..')) {
        res.writeHead(404).end('not found');
        return;
      }
      const file = join(REPO_ROOT, rel);
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
      if (type.startsWith('text/html')) Object.assign(headers, options.htmlHeaders);
      res.writeHead(200, headers).end(await readFile(file));
    } catch {
      if (!res.headersSent) res.writeHead(404).end('not found');
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
