/**
 * The studio's HTTP server, for this machine only: bound to 127.0.0.1, and guarded so no other page the trainer
 * has open can drive it. Every request must name this server as its Host (a DNS-rebinding page names its own);
 * every API call must carry the per-run token from the studio's address in a header (a cross-site page cannot
 * set one without a CORS preflight, which is never granted), come from this origin when the browser says where it
 * comes from, and send JSON. Pages are served with a CSP that allows only this origin's own scripts.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { TOKEN_HEADER, type RefusedReply, type Route, type Req, type Res } from '../model/api';
import { refusalOf, unexpected, type Refusal } from '../model/refusal';

export type Handlers = { [R in Route]: (req: Req<R>) => Res<R> | Promise<Res<R>> };

/** A refusal with its HTTP status; `message` is its English words (what odigos prints), the page words `refusal`. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly refusal: Refusal = unexpected(message)) {
    super(message);
  }
}

const refused = (error: string, refusal: Refusal) => JSON.stringify({ error, refusal } satisfies RefusedReply);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** An import file or a whole pack fits; anything bigger is not a person's edit. */
const MAX_BODY = 25 * 1024 * 1024;

export interface StudioServerOptions {
  token: string;
  /** The built client's folder. */
  clientDir: string;
  handlers: Handlers;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type }).end(body);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'request too large', refusalOf('request.tooLarge'));
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'the request is not JSON', refusalOf('request.notJson'));
  }
}

const sameToken = (given: string | string[] | undefined, token: string) =>
  typeof given === 'string' && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));

/** Why a request is refused, or undefined when it may go on. `api`: it reaches the pack, not just the page. */
export function refusal(req: IncomingMessage, port: number, token: string, api: boolean): string | undefined {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return 'wrong host';
  if (!api) return undefined;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 'wrong origin';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'not same-origin';
  if (!sameToken(req.headers[TOKEN_HEADER], token)) return 'missing or wrong token';
  if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return 'not JSON';
  return undefined;
}

async function serveStatic(res: ServerResponse, clientDir: string, path: string): Promise<void> {
  const rel = path === '/' ? 'index.html' : normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
  if (rel.split(/[/\\]/).some((p) => p === '..' || p.startsWith('.'))) return send(res, 404, 'not found', 'text/plain');
  const file = join(clientDir, rel);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    send(res, 404, 'not found', 'text/plain');
  }
}

export function createStudioServer(options: StudioServerOptions): Server {
  const server = createServer(async (req, res) => {
    const port = (server.address() as { port: number }).port;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = url.pathname.startsWith('/api/');
    const why = refusal(req, port, options.token, api);
    if (why) return send(res, 403, refused(why, refusalOf('request.refused', { detail: why })));
    if (!api) return req.method === 'GET' ? serveStatic(res, options.clientDir, url.pathname) : send(res, 405, '{}');
    const route = `${req.method} ${url.pathname}` as Route;
    const handler = options.handlers[route] as ((body: unknown) => unknown) | undefined;
    if (!handler) return send(res, 404, refused(`no route ${route}`, refusalOf('request.noRoute', { route })));
    try {
      const body = req.method === 'GET' ? Object.fromEntries(url.searchParams) : await readBody(req);
      send(res, 200, JSON.stringify(await handler(body)));
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      const error = e instanceof Error ? e.message : String(e);
      send(res, status, refused(error, e instanceof HttpError ? e.refusal : unexpected(error)));
    }
  });
  return server;
}
