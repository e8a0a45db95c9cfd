/**
 * The studio's page is Preact, bundled with Vite by `odigos studio` itself the first time it runs on a checkout
 * (a fresh clone after `npm ci` has Vite; nothing is downloaded) and again only when one of the files that went
 * into the bundle changed: the build records each input's hash, and a start whose inputs all match reuses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '@/knowledge/node/write';
import { noHtmlStringsPlugin } from '@/knowledge/build/no-html-strings';

const REPO = resolve(import.meta.dirname, '..', '..');
const CLIENT_ROOT = join(REPO, 'studio', 'client');
/** ODIGOS_STUDIO_CACHE moves it (tests build into their own folder). */
const cacheDir = () => resolve(process.env.ODIGOS_STUDIO_CACHE ?? join(REPO, 'node_modules', '.cache', 'odigos-studio'));

interface Manifest {
  /** Repo-relative path → sha256 of the file when the bundle was made. */
  inputs: Record<string, string>;
}

const hashFile = (path: string) => {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'missing';
  }
};

function upToDate(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as Manifest;
    const inputs = Object.entries(manifest.inputs);
    return inputs.length > 0 && existsSync(join(dir, 'index.html')) && inputs.every(([rel, h]) => hashFile(join(REPO, rel)) === h);
  } catch {
    return false;
  }
}

/**
 * The folder holding the built page (index.html and its assets), building it first when it is missing or stale;
 * `building` is told before a build (it takes a while), for the caller to say so in the reader's language.
 */
export async function ensureClient(building: () => void = () => undefined): Promise<string> {
  const dir = cacheDir();
  if (upToDate(dir)) return dir;
  building();
  const { build } = await import('vite');
  rmSync(dir, { recursive: true, force: true });
  const output = await build({
    configFile: false,
    root: CLIENT_ROOT,
    base: './',
    logLevel: 'warn',
    resolve: { alias: { '@': REPO } },
    plugins: [noHtmlStringsPlugin()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: { outDir: dir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Array<{ output: Array<{ type: string; moduleIds?: string[]; originalFileNames?: string[] }> }>;
  const inputs: Record<string, string> = {};
  const add = (path: string) => {
    const file = path.split('?')[0];
    if (!file.startsWith(REPO) || file.includes('/node_modules/')) return;
    inputs[relative(REPO, file)] = hashFile(file);
  };
  for (const o of outputs) for (const item of o.output) {
    for (const id of item.moduleIds ?? []) add(id);
    for (const name of item.originalFileNames ?? []) add(join(CLIENT_ROOT, name));
  }
  // The dependencies' versions and the page itself count too.
  for (const rel of ['package-lock.json', 'studio/client/index.html', 'studio/server/client-build.ts']) inputs[rel] = hashFile(join(REPO, rel));
  writeFileAtomic(join(dir, 'inputs.json'), JSON.stringify({ inputs } satisfies Manifest));
  return dir;
}
