/**
 * Starts the studio for one pack folder: reads it, keeps watching it, builds the page if needed and serves both on
 * 127.0.0.1 with a token only the trainer's address carries.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Handlers } from './http';
import { createStudioServer, HttpError } from './http';
import { ensureClient } from './client-build';
import { applyImport, previewImport } from './import';
import { previewPublish, publish } from './publish';
import { crossValidation, isBundledFolder, tryMessage } from './try';
import { NotFound, Workspace } from './workspace';
import { makeFolders } from '@/knowledge/node/write';
import { refusalOf } from '../model/refusal';
import { NotPackPath } from './folder';
import { LockBusy } from './lock';

export interface StudioOptions {
  folder: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Told before the studio page is built (the first start on a checkout, or after its code changed): the words are the caller's, in its reader's language. */
  building?: () => void;
}

export interface RunningStudio {
  url: string;
  workspace: Workspace;
  close(): Promise<void>;
}

const POLL_MS = 1500;
const LONG_POLL_MS = 25_000;

/** Runs `fn`, turning a bad path, a missing file or a held lock into a refusal the page words (400/404/409). */
async function guarded<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof NotFound) throw new HttpError(404, e.message, refusalOf('file.gone', { file: e.file }));
    if (e instanceof NotPackPath) throw new HttpError(400, e.message, refusalOf('file.badPath', { path: e.path }));
    if (e instanceof LockBusy) throw new HttpError(409, e.message, refusalOf('folder.locked'));
    throw e;
  }
}

/** Every route guarded: a lock another studio holds can stop any write, not only an entry's. */
function allGuarded(handlers: Handlers): Handlers {
  const each = Object.entries(handlers).map(([route, fn]) => [route, (req: never) => guarded(() => (fn as (r: never) => unknown)(req))]);
  return Object.fromEntries(each) as Handlers;
}

function handlersFor(ws: Workspace, waitForChange: (since: number) => Promise<{ revision: number }>): Handlers {
  return allGuarded({
    'GET /api/state': () => ws.state(),
    'GET /api/changes': ({ since }) => waitForChange(Number(since) || 0),
    'POST /api/entry': ({ file }) => ws.entry(file),
    'POST /api/check': ({ key, file, baseHash, form, edited }) => ws.check(key, file, baseHash, form, edited),
    'POST /api/save': ({ key, file, baseHash, form }) => ws.save(key, file, baseHash, form),
    'POST /api/discard': ({ key }) => {
      ws.discard(key);
      return { ok: true };
    },
    'POST /api/delete': ({ file, baseHash }) => ws.remove(file, baseHash),
    'POST /api/pack/check': ({ baseHash, form }) => ws.packCheck(baseHash, form),
    'POST /api/pack/save': ({ baseHash, form }) => ws.packSave(baseHash, form),
    'POST /api/try': (req) => tryMessage(ws, req),
    'POST /api/cv': ({ folds }) => crossValidation(ws, folds),
    'POST /api/import/preview': ({ text, format }) => previewImport(ws, text, format),
    'POST /api/import/apply': ({ forms }) => applyImport(ws, forms),
    'POST /api/publish/preview': ({ bump, outDir, keyFile }) => previewPublish(ws, bump, outDir, keyFile),
    'POST /api/publish': (req) => publish(ws, req),
  });
}

export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const dir = resolve(options.folder);
  // One level at a time: a recursive mkdir never returns for some paths (/proc/…).
  if (!existsSync(dir)) makeFolders(dir);
  const ws = new Workspace(dir, isBundledFolder(dir));
  ws.open();

  const waiters = new Set<() => void>();
  ws.folder.onChange = () => {
    for (const wake of [...waiters]) wake();
  };
  const rescan = () => ws.folder.scan();
  const poll = setInterval(rescan, POLL_MS);
  let watcher: FSWatcher | undefined;
  try {
    // Recursive watching is not everywhere; the poll above catches what it misses.
    watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (!String(name ?? '').startsWith('.')) rescan();
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  const waitForChange = (since: number) =>
    new Promise<{ revision: number }>((done) => {
      if (ws.folder.revision > since) return done({ revision: ws.folder.revision });
      const wake = () => {
        waiters.delete(wake);
        clearTimeout(timer);
        done({ revision: ws.folder.revision });
      };
      const timer = setTimeout(wake, LONG_POLL_MS);
      waiters.add(wake);
    });

  const clientDir = await ensureClient(options.building);
  const token = randomBytes(24).toString('base64url');
  const server = createStudioServer({ token, clientDir, handlers: handlersFor(ws, waitForChange) });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  return {
    url,
    workspace: ws,
    async close() {
      clearInterval(poll);
      watcher?.close();
      for (const wake of [...waiters]) wake();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      ws.close();
    },
  };
}
