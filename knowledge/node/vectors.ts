/** The English word vectors read from the repository, for the CLI's matcher (the extension fetches its packaged copy). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseVectors, type WordVectors } from '../engine/semantic';
import { EN_VECTORS_FILE } from '../vectors/en-vectors';

let table: WordVectors | undefined;

/** The parsed table, read once per process (3.4 MB). Throws when the file is missing or not a vector table. */
export function readEnglishVectors(): WordVectors {
  return (table ??= parseVectors(readFileSync(fileURLToPath(new URL(`../../${EN_VECTORS_FILE}`, import.meta.url)))));
}
