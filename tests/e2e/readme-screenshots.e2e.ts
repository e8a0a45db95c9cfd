import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, takeScreenshots } from '../../demo/screenshots';

/** `npm run screenshots` keeps working, so the README's pictures can always be taken again from the demo desk. */
describe('README screenshots from the demo desk', () => {
  it('writes the panel, the palette and the notes page, 1280×800 each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'odigos-shots-'));
    try {
      const paths = await takeScreenshots(dir);
      expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(Object.values(SCREENSHOTS));
      for (const path of paths) {
        const png = await readFile(path);
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
        expect(png.length).toBeGreaterThan(30_000);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
