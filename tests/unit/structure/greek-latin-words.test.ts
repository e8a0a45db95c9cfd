/**
 * A Greek UI string with an English word in it («ο browser», «τα snippets») reads as a translation a Greek company
 * would not sign (issue 15: «browser» stood in 28 Greek strings). This test reads every Greek string the user can
 * meet — the `el` side of every defineStrings/definePlurals table and CLI word table, and the extension's Greek
 * _locales — and lists each Latin-letter word that is not a name the reader must see as it is: a product, a file
 * format, a key on the keyboard, a command or a field of the pack format.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/** Names written in Latin letters in Greek text too. */
const ALLOWED = new Set([
  // the product and the helpdesks, tools and browsers it names
  'Odigos', 'odigos', 'CRM', 'Zendesk', 'Freshdesk', 'Text', 'Blaze', 'Briskine', 'espanso', 'git', 'Chrome', 'Firefox', 'Edge',
  // formats, encodings, protocols, units
  'JSON', 'Lines', 'CSV', 'YAML', 'HTML', 'CSS', 'Markdown', 'Parquet', 'HTTP', 'HTTPS', 'ISO', 'MB', 'byte', 'bytes', 'base64', 'Ed25519',
  // keys on the keyboard
  'Ctrl', 'Alt', 'Shift', 'Meta', 'Esc', 'Enter', 'Tab',
  // the ordinary Greek words for these two
  'greeklish', 'e', 'mail', 'E',
  // an abbreviation the eval report glosses in Greek
  'MRR',
  // environment variables and locale names the CLI tells the trainer to set
  'LANG', 'LC_ALL', 'LC_MESSAGES', 'ODIGOS_DEBUG', 'Europe', 'Athens',
  // fields and values of the pack format, names.yaml and the QC export, which the trainer types as they are
  'id', 'name', 'version', 'lang', 'title', 'body', 'triggers', 'type', 'tags', 'tone', 'steps', 'templates', 'variables',
  'vocative', 'gender', 'kind', 'names', 'sites', 'match', 'escalate', 'sop', 'template', 'stage', 'shortcut',
  'customer', 'agent', 'ticket', 'date', 'tickets', 'signature', 'alg', 'publicKey', 'value', 'schema', 'format', 'notes',
  'interaction_id', 'export_id', 'agent_id', 'text', 'file', 'first', 'last', 'email', 'exports', 'jsonl', 'parquet', 'json',
  'index', 'ok', 'errors', 'warnings', 'problems', 'severity', 'line', 'code', 'params', 'message', 'results', 'entry', 'score',
  'matchedWords', 'cues', 'top1', 'top3', 'passed', 'mrr', 'misses', 'confusions', 'k',
  // values the CLI's options take: --lang el|en, --stage new|working|resolved; and the web's schemes
  'el', 'en', 'new', 'working', 'resolved', 'http', 'https',
  // English sample words the validator quotes («refunded», «sent») when it says what an English blank needs
  'refunded', 'sent', 'refund', 'send',
  // the example Options gives of an agent's name as English replies write it (Helen for Ελένη)
  'Helen', 'Georgiou',
]);


/** Every string written as the `el` side of a table entry, with its file and line. */
function greekStrings(): Array<{ at: string; text: string }> {
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
    );
  const found: Array<{ at: string; text: string }> = [];
  for (const file of ['app', 'components', 'entrypoints', 'lib', 'knowledge', 'studio'].flatMap(files)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (!/\bel:/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const texts = (n: ts.Node): string[] =>
      ts.isStringLiteralLike(n) ? [n.text]
      : ts.isTemplateExpression(n) ? [n.head.text, ...n.templateSpans.map((s) => s.literal.text)]
      : ts.isObjectLiteralExpression(n) ? n.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? texts(p.initializer) : []))
      : [];
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAssignment(n) && n.name.getText(source) === 'el') {
        const at = `${file}:${source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1}`;
        for (const t of texts(n.initializer)) found.push({ at, text: t });
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  const locales = JSON.parse(readFileSync(join(ROOT, 'public/_locales/el/messages.json'), 'utf8')) as Record<string, { message: string }>;
  for (const [key, { message }] of Object.entries(locales)) found.push({ at: `public/_locales/el/messages.json:${key}`, text: message });
  return found;
}

/** The Latin words of a Greek string that are words of a language, not code, names of places or placeholders. */
export function latinWords(text: string): string[] {
  const prose = text
    .replace(/\{trigger\}\w+/g, ' ') // a shortcut as the agent types it («{trigger}sorry», el-core's own)
    .replace(/\{\{[^}]*\}\}|\{[^{}]*\}/g, ' ') // fill-in fields, placeholders, a JSON shape shown as an example
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/«[^«»\u0370-\u03ff\u1f00-\u1fff]*»/g, ' ') // a quoted command, key or sample with no Greek in it
    .replace(/<[^<>]*>/g, ' ') // <name>, <src-dir|pack.json>
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\bodigos\s+[a-z]+/g, ' ') // a command: odigos build, odigos keygen
    .replace(/(^|\s)--?[a-z][\w-]*/g, ' '); // an option: --force, -o
  return [...prose.matchAll(/[\w.\-/@+*\\:]*[A-Za-z][\w.\-/@+*\\:]*/g)]
    .map((m) => m[0].replace(/[.:]+$/, ''))
    .filter((w) => /^[A-Za-z]+$/.test(w) && w.length > 1) // a.b, x-y, UTF-8, camelCase-with-digits are code or names
    .filter((w) => !ALLOWED.has(w));
}

describe('Greek UI strings', () => {
  it('have no English word in them (only names kept in Latin letters)', () => {
    const strings = greekStrings();
    expect(strings.length).toBeGreaterThan(1000);
    const found = strings.flatMap(({ at, text }) => latinWords(text).map((w) => `${at.replace(/:\d+$/, '')}: ${w}`).map((k) => `${k}  (${at})`));
    expect([...new Set(found)]).toEqual([]);
  });

  it('a Greek sentence with «browser» or «snippets» in it is found; product names and keys are not', () => {
    expect(latinWords('Κλείστε τον browser και ανοίξτε τον ξανά.')).toEqual(['browser']);
    expect(latinWords('Γράψτε π.χ. {trigger}sorry και πατήστε Tab.')).toEqual([]);
    expect(latinWords('snippets από Text Blaze, με Ctrl+C, στο {{customer.firstName}} ή «odigos build»')).toEqual(['snippets']);
  });
});
