import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();

/** Every TypeScript file under the given folders of the checkout, with its text ('/'-joined relative paths). */
export function sourceTexts(dirs: string[]): Array<readonly [file: string, text: string]> {
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  return dirs.flatMap(files).map((f) => [f, readFileSync(join(root, f), 'utf8')] as const);
}
