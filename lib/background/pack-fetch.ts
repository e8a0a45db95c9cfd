/**
 * Downloads a pack from its URL with the safety rules of updates: HTTPS only, a conditional request
 * (ETag → 304), a time limit, a size cap checked on the header and on the bytes read, and no HTML.
 * Every refusal is a PackFetchError whose message names what is wrong and whose failure is the code the options
 * page words in the agent's language (lib/failure.ts); nothing is stored here.
 */

import { MAX_PACK_BYTES } from '@/knowledge/pack/rules';
import { FailureError, type PackRefusal } from '../failure';

export { MAX_PACK_BYTES };
export const FETCH_TIMEOUT_MS = 20_000;

export class PackFetchError extends FailureError {
  override name = 'PackFetchError';
  constructor(
    override readonly failure: PackRefusal,
    message: string,
  ) {
    super(failure, message);
  }
}

/** A refusal of a download: the English message (the trainer's detail) and its code. */
export interface UrlRefusal {
  message: string;
  failure: PackRefusal;
}

export type FetchOutcome = { kind: 'not-modified' } | { kind: 'ok'; text: string; etag?: string };

export interface FetchPackOptions {
  etag?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** The e2e build also loads packs from http://127.0.0.1 and http://localhost. */
  allowLoopbackHttp?: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why `url` cannot be a pack address, or undefined when it can. */
export function packUrlProblem(url: string, allowLoopbackHttp = false): UrlRefusal | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { message: `"${url}" is not a web address`, failure: { code: 'pack.badUrl', url } };
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && allowLoopbackHttp && LOOPBACK.has(u.hostname)) return undefined;
  const message = `${url} does not use HTTPS: packs are only downloaded over HTTPS, so nobody on the way can change them`;
  return { message, failure: { code: 'pack.notHttps', url } };
}

const refused = (r: UrlRefusal) => new PackFetchError(r.failure, r.message);

/** The match pattern for the optional host permission a pack URL needs (its origin, any port). */
export function packOriginPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export function isHtml(text: string): boolean {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
}

export async function fetchPackText(url: string, options: FetchPackOptions = {}): Promise<FetchOutcome> {
  const problem = packUrlProblem(url, options.allowLoopbackHttp);
  if (problem) throw refused(problem);
  const max = options.maxBytes ?? MAX_PACK_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const host = new URL(url).host;

  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(url, {
      headers: options.etag ? { 'If-None-Match': options.etag } : {},
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal,
    });
  } catch (e) {
    if (signal.aborted) throw new PackFetchError({ code: 'pack.timeout', url }, `${host} did not answer within ${timeoutMs / 1000} s`);
    throw new PackFetchError({ code: 'pack.unreachable', url }, `could not reach ${host} (${(e as Error).message || 'network error'})`);
  }
  if (res.status === 304) return { kind: 'not-modified' };
  if (!res.ok) {
    throw new PackFetchError({ code: 'pack.http', url, status: res.status }, `${host} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}`);
  }
  if (res.url) {
    const redirected = packUrlProblem(res.url, options.allowLoopbackHttp);
    if (redirected) throw refused({ ...redirected, message: `the server redirected to ${res.url}, which is refused: ${redirected.message}` });
  }
  const type = res.headers.get('content-type') ?? '';
  if (/text\/html|application\/xhtml/i.test(type)) {
    throw new PackFetchError({ code: 'pack.webPage', file: url }, `${host} sent a web page (${type.split(';')[0]}), not a pack: check the address (is it a login or error page?)`);
  }
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw new PackFetchError({ code: 'pack.tooLarge', file: url, size: mb(declared), max: mb(max) }, `the pack is ${mb(declared)}, more than the ${mb(max)} limit`);

  const bytes = await readCapped(res, max, signal, timeoutMs, url);
  if (Number.isFinite(declared) && bytes.length < declared) {
    throw new PackFetchError({ code: 'pack.interrupted', url }, `the download was interrupted: ${bytes.length} of ${declared} bytes arrived`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PackFetchError({ code: 'pack.notText', file: url }, 'the file is not UTF-8 text: a pack is a JSON file from odigos build');
  }
  if (isHtml(text)) throw new PackFetchError({ code: 'pack.webPage', file: url }, `${host} sent a web page, not a pack: check the address (is it a login or error page?)`);
  const etag = res.headers.get('etag') ?? undefined;
  return { kind: 'ok', text, ...(etag ? { etag } : {}) };
}

async function readCapped(res: Response, max: number, signal: AbortSignal, timeoutMs: number, url: string): Promise<Uint8Array> {
  const host = new URL(url).host;
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        void reader.cancel();
        throw new PackFetchError({ code: 'pack.downloadTooLarge', url, max: mb(max) }, `the pack is more than the ${mb(max)} limit: download stopped`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof PackFetchError) throw e;
    if (signal.aborted) throw new PackFetchError({ code: 'pack.timeout', url }, `${host} did not send the whole pack within ${timeoutMs / 1000} s`);
    throw new PackFetchError({ code: 'pack.interrupted', url }, `the download was interrupted after ${total} bytes (${(e as Error).message || 'connection lost'})`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
