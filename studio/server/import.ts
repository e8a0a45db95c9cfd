/**
 * Importing another tool's export into the open pack: a preview (each template as the form it will become, with
 * the id and file it will get, and the importer's notes), then the chosen ones written as new template files.
 * Existing files are never touched: an id or file name already taken gets a number.
 */
import { ImportError, importTemplates, type ImportedTemplate, type ImportFormat } from '@/knowledge/import';
import type { ImportApplyReply, ImportPreviewReply } from '../model/api';
import { emptyTemplate, slugify, type TemplateForm } from '../model/entry-form';
import { writeEntryMarkdown } from '../model/entry-markdown';
import { refusalOf } from '../model/refusal';
import type { Workspace } from './workspace';

function uniqueId(base: string, taken: Set<string>): string {
  const stem = base || 'imported';
  for (let n = 1; ; n++) {
    const id = n === 1 ? stem : `${stem}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function formOf(t: ImportedTemplate, id: string): TemplateForm {
  return {
    ...emptyTemplate(),
    id,
    title: t.title,
    lang: t.lang ?? '',
    triggers: t.triggers,
    tags: t.tags,
    shortcut: t.shortcut ?? '',
    tone: t.tone,
    formality: t.formality,
    body: t.body,
  };
}

export function previewImport(ws: Workspace, text: string, format: ImportFormat | undefined): ImportPreviewReply {
  let result;
  try {
    result = importTemplates(text, { packLang: ws.packLang(), ...(format ? { format } : {}) });
  } catch (e) {
    if (e instanceof ImportError) return { error: e.message, failure: e.failure, forms: [], files: [] };
    throw e;
  }
  const taken = new Set(ws.state().entries.map((e) => e.id));
  const forms = result.templates.map((t) => formOf(t, uniqueId(slugify(t.title), taken)));
  const files: string[] = [];
  for (const f of forms) {
    let file = ws.folder.freePath('templates', f.id);
    for (let n = 2; files.includes(file); n++) file = ws.folder.freePath('templates', `${f.id}-${n}`);
    files.push(file);
  }
  return { result, forms, files };
}

export async function applyImport(ws: Workspace, forms: TemplateForm[]): Promise<ImportApplyReply> {
  const written: string[] = [];
  const failed: ImportApplyReply['failed'] = [];
  const taken = new Set(ws.state().entries.map((e) => e.id));
  for (const form of forms) {
    const id = uniqueId(slugify(form.id) || slugify(form.title), taken);
    const file = ws.folder.freePath('templates', id);
    const outcome = await ws.folder.write(file, writeEntryMarkdown({ ...form, type: 'template', id }, ws.packLang()).markdown, null);
    if (outcome.ok) written.push(file);
    else failed.push({ title: form.title, message: `${file} appeared meanwhile`, refusal: refusalOf('import.appeared', { file }) });
  }
  return { written, failed };
}
