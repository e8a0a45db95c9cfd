/**
 * Writes knowledge/schema/pack.schema.json from the format declaration (knowledge/pack/format.ts):
 * `npm run schema`. A unit test fails when the file is not what this writes.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as format from '../pack/format';

export const SCHEMA_FILE = new URL('./pack.schema.json', import.meta.url);

/** The published JSON Schema, as text. Checks the schema library cannot express stay in the validator. */
export function packJsonSchema(): string {
  const schema = toJsonSchema(format.compiledPack, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    definitions: {
      meta: format.meta,
      entry: format.entry,
      sopEntry: format.sopEntry,
      templateEntry: format.templateEntry,
      step: format.step,
      branch: format.branch,
      sourceRef: format.sourceRef,
      signature: format.signature,
      siteProfile: format.siteProfile,
      nameEntry: format.nameEntry,
      index: format.index,
      slug: format.slug,
      semver: format.semver,
      date: format.date,
    },
  });
  const { $schema, ...body } = schema;
  const published = {
    $schema,
    $id: 'https://odigos.invalid/schema/pack.schema.json',
    title: 'Odigos compiled knowledge pack (schemaVersion 1)',
    description:
      'What `odigos build` writes and the extension loads. Generated from knowledge/pack/format.ts (npm run schema); ' +
      'the validator there also checks what JSON Schema cannot say: no control characters, ids unique, links and ' +
      'branches that reach their targets, an index that fits the entries.',
    ...body,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, packJsonSchema());
}
