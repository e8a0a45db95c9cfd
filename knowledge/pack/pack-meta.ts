/** Pack metadata (pack.yaml, or `meta` of a compiled pack), read with the same rules from both. */
import type { PackMeta } from '../types';
import { FieldReader, type Report } from './fields';
import { LANGS, SEMVER, SLUG } from './rules';

export function readPackMeta(value: Record<string, unknown>, report: Report): PackMeta | undefined {
  const fr = new FieldReader(value, report);
  const id = fr.matching('id', true, SLUG, 'is not a valid pack id: use a-z, 0-9 and "-" (e.g. el-core)');
  const name = fr.string('name', true);
  const version = fr.matching('version', true, SEMVER, 'is not a semver version (expected e.g. 1.0.0)');
  const lang = fr.oneOf('lang', LANGS, true);
  const description = fr.string('description', false);
  const author = fr.string('author', false);
  const reviewBy = fr.date('reviewBy');
  fr.warnUnknown();
  if (!id || !name || !version || !lang) return undefined;
  return {
    id,
    name,
    version,
    lang,
    ...(description ? { description } : {}),
    ...(author ? { author } : {}),
    ...(reviewBy ? { reviewBy } : {}),
  };
}
