// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../studio/model/api';
import { createStudioServer, type Handlers } from '../../../studio/server/http';

const TOKEN = 'secret-token-of-this-run';
let port = 0;
let close: () => Promise<void>;
let clientDir = '';

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'odigos-client-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>studio</title>');
  const handlers = { 'GET /api/state': () => ({ folder: 'x' }) } as unknown as Handlers;
  const server = createStudioServer({ token: TOKEN, clientDir, handlers });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  close = () => new Promise((ok) => server.close(() => ok()));
});
afterAll(async () => {
  await close();
  rmSync(clientDir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string; csp?: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the studio server answers only the trainer’s own page', () => {
  it('serves the page with a CSP that allows only its own scripts', async () => {
    const page = await get('/', {});
    expect(page.status).toBe(200);
    expect(page.csp).toContain("script-src 'self'");
  });

  it('answers the API with the token, and refuses without it, with another one, from another site or another host name', async () => {
    expect((await get('/api/state', { [TOKEN_HEADER]: TOKEN })).status).toBe(200);
    expect((await get('/api/state', {})).status).toBe(403);
    expect((await get('/api/state', { [TOKEN_HEADER]: 'secret-token-of-this-rux' })).status).toBe(403);
    expect((await get('/api/state', { [TOKEN_HEADER]: TOKEN, origin: 'https://evil.example' })).status).toBe(403);
    expect((await get('/api/state', { [TOKEN_HEADER]: TOKEN, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // DNS rebinding: a page of evil.example resolved to 127.0.0.1 names its own host.
    expect((await get('/api/state', { [TOKEN_HEADER]: TOKEN, host: `evil.example:${port}` })).status).toBe(403);
  });

  it('says why it refused as a code the page words, beside the English words', async () => {
    const noToken = await get('/api/state', {});
    expect(JSON.parse(noToken.body)).toEqual({ error: 'missing or wrong token', refusal: { code: 'request.refused', params: { detail: 'missing or wrong token' } } });
    const unknown = await get('/api/nothing', { [TOKEN_HEADER]: TOKEN });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).refusal).toEqual({ code: 'request.noRoute', params: { route: 'GET /api/nothing' } });
  });

  it('serves no file outside the built page', async () => {
    expect((await get('/..%2f..%2fetc%2fpasswd', {})).status).toBe(404);
    expect((await get('/.hidden', {})).status).toBe(404);
  });
});
