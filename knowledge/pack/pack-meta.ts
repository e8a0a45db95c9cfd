/** Pack metadata (pack.yaml, or `meta` of a compiled pack), read with the same rules from both. */
import type { PackMeta } from '../types';
import { FieldReader, type Report } from './fields';
import { isVariableName, LANGS, SEMVER, SLUG } from './rules';
import { said, valueSaid, type Said } from './problem-words';

/**
 * The metadata, undefined when a required field is refused, and the variables read whatever else is refused: an
 * entry's {{policy.x}} is checked against them all the same (a bad `version` made every variable the entries use
 * «not defined», 161 false errors under the one true one).
 */
export function readPackMeta(value: Record<string, unknown>, report: Report): { meta?: PackMeta; variables?: Record<string, string> } {
  const fr = new FieldReader(value, report);
  const id = fr.matching('id', true, SLUG, 'packId.invalid');
  const name = fr.string('name', true);
  const version = fr.matching('version', true, SEMVER, 'version.invalid');
  const lang = fr.oneOf('lang', LANGS, true);
  const description = fr.string('description', false);
  const author = fr.string('author', false);
  const reviewBy = fr.date('reviewBy');
  const variables = readVariables(fr.raw('variables'), report);
  fr.warnUnknown();
  const defined = variables && Object.keys(variables).length ? variables : undefined;
  if (!id || !name || !version || !lang) return { variables: defined };
  return {
    meta: {
      id,
      name,
      version,
      lang,
      ...(description ? { description } : {}),
      ...(author ? { author } : {}),
      ...(reviewBy ? { reviewBy } : {}),
      ...(defined ? { variables: defined } : {}),
    },
    variables: defined,
  };
}

/**
 * `variables:` of pack.yaml: one value per name, on one line. Each wrong name or value is reported at its own
 * line (the report's key is `variables.<name>`).
 */
function readVariables(raw: unknown, report: Report): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report('variables', said('variables.notMap', { value: valueSaid(raw) }));
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [name, item] of Object.entries(raw)) {
    const key = `variables.${name}`;
    if (!isVariableName(name)) {
      report(key, said('variable.badName', { name }));
      continue;
    }
    const value = typeof item === 'number' ? String(item) : item;
    if (typeof value !== 'string') report(key, said('variable.notText', { name, value: valueSaid(item) }));
    else if (value.trim() === '') report(key, said('variable.empty', { name }));
    else if (/[\r\n]/.test(value.trim())) report(key, said('variable.multiline', { name }));
    else {
      // Kept though refused: the entries that use it are not also told it is undefined (the error above stops the build).
      const markup = MARKUP.exec(value)?.[0];
      if (markup) report(key, holdsMarkup(name, markup));
      out[name] = value.trim();
    }
  }
  return out;
}

/** Placeholder and link brackets: what a value may not hold. */
const MARKUP = /\{\{|\}\}|\[\[|\]\]/;

/**
 * odigos build fills a value in as written, after the entries' placeholders and links were checked: a value with
 * `{{policy.days}}` (itself or another variable), a stray `{{` or a `[[link]]` left that in the built text, whose own
 * check then refused it as "a fault in odigos", while validate had said the folder was fine.
 */
function holdsMarkup(name: string, markup: string): Said {
  return said('variable.markup', { name, markup });
}
