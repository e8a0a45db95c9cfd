/** pack.yaml ↔ the pack settings form, changing only the keys the trainer changed (see yaml-splice.ts). */
import { parseDocument } from 'yaml';
import { emptyPack, PACK_KEY_ORDER, type PackForm } from './entry-form';
import { text } from './entry-markdown';
import { spliceYamlMap, topLevelKeys, type YamlValue } from './yaml-splice';

export function readPackYaml(yaml: string): { ok: true; form: PackForm } | { ok: false; line: number; message: string } {
  const doc = parseDocument(yaml, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { ok: false, line: e.linePos?.[0]?.line ?? 1, message: `invalid YAML: ${e.message.split('\n')[0]}` };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return { ok: false, line: 1, message: 'pack.yaml must be a map of fields (key: value)' };
  }
  const v = (value ?? {}) as Record<string, unknown>;
  const form = emptyPack();
  for (const key of PACK_KEY_ORDER) form[key] = text(v[key]);
  return { ok: true, form };
}

export function writePackYaml(form: PackForm, original?: string): { yaml: string; fields: string[] } {
  const before = original === undefined ? undefined : readPackYaml(original);
  const changes: Record<string, YamlValue> = {};
  for (const key of PACK_KEY_ORDER) {
    const value = form[key].trim();
    if (before?.ok && before.form[key].trim() === value) continue;
    const required = key === 'id' || key === 'name' || key === 'version' || key === 'lang';
    changes[key] = value || required ? value : undefined;
  }
  const base = before?.ok ? (original ?? '') : '';
  const yaml = Object.keys(changes).length ? spliceYamlMap(base, changes, PACK_KEY_ORDER) : base;
  const lines = yaml.split('\n');
  const fields: string[] = new Array(lines.length + 1).fill('');
  const keys = topLevelKeys(yaml) ?? [];
  keys.forEach((k, i) => {
    for (let l = k.line; l < (keys[i + 1]?.line ?? lines.length); l++) fields[l + 1] = k.key;
  });
  return { yaml, fields };
}
