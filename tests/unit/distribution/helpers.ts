import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { signPack } from '../../../knowledge/cli/commands/sign';
import { compileSource } from '../../../knowledge/node/compile';
import { serializePack } from '../../../knowledge/pack/serialize';
import type { CompiledPack } from '../../../knowledge/types';
import { NO_POLICY, type Policy } from '../../../lib/background/policy';
import type { UpdateDeps } from '../../../lib/background/pack-updates';

export const PACKS = join(import.meta.dirname, '../../fixtures/packs');
export const NOW = new Date('2026-03-02T09:00:00Z');

export function compileFixture(name: string): CompiledPack {
  const { pack, problems } = compileSource(join(PACKS, name), { now: NOW });
  if (!pack) throw new Error(problems.map((p) => p.message).join('\n'));
  return pack;
}

export const V1 = compileFixture('acme-returns-1.0.0');
export const V2 = compileFixture('acme-returns-1.1.0');
/** The same content as 1.1.0 published as 1.2.0 (for corruption tests that need a newer version). */
export const V3: CompiledPack = { ...structuredClone(V2), meta: { ...V2.meta, version: '1.2.0' } };

export function keyPair() {
  const k = generateKeyPairSync('ed25519');
  return { privateKey: k.privateKey, publicKey: k.publicKey.export({ type: 'spki', format: 'der' }).toString('base64') };
}

export const signed = (pack: CompiledPack, key: ReturnType<typeof keyPair>) => signPack(pack, key.privateKey);
export const text = (pack: CompiledPack) => serializePack(pack);
/** A pack file as the options page sends it for import: its bytes, base64. */
export const fileData = (content: CompiledPack | string | Uint8Array) =>
  Buffer.from(typeof content === 'string' ? content : content instanceof Uint8Array ? content : serializePack(content)).toString('base64');

export interface FakeReply {
  status?: number;
  body?: string | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
  /** Reject the request like a network failure. */
  networkError?: string;
}

/** A pack server in memory: one reply per URL, ETags honoured, every request recorded. */
export function fakeServer() {
  const replies = new Map<string, FakeReply>();
  const requests: Array<{ url: string; ifNoneMatch: string | null }> = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    const r = replies.get(url);
    if (!r) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (r.networkError) throw new TypeError(r.networkError);
    const etag = r.headers?.etag;
    if (etag && ifNoneMatch === etag) return new Response(null, { status: 304 });
    return new Response(r.body ?? '', { status: r.status ?? 200, headers: { 'content-type': 'application/json', ...r.headers } });
  }) as typeof fetch;
  return {
    fetch: fetchImpl,
    requests,
    /** Serve a pack (ETag from its version unless given). */
    servePack(url: string, pack: CompiledPack, headers: Record<string, string> = {}) {
      replies.set(url, { body: text(pack), headers: { etag: `"${pack.meta.version}"`, ...headers } });
    },
    reply(url: string, reply: FakeReply) {
      replies.set(url, reply);
    },
  };
}

export function deps(server: ReturnType<typeof fakeServer>, policy: Partial<Policy> = {}, now: () => Date = () => NOW): UpdateDeps {
  return { fetch: server.fetch, now, policy: async () => ({ ...NO_POLICY, ...policy }), allowLoopbackHttp: false };
}

/** A body that sends some bytes, then fails like a dropped connection. */
export function brokenStream(first: string): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(first));
      } else controller.error(new Error('connection reset'));
    },
  });
}
