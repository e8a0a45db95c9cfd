import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INSERTERS, inserterFor } from '@/lib/editors/registry';

const FAMILIES = join(import.meta.dirname, '../../../lib/editors/families');
const FIXTURES = join(import.meta.dirname, '../../fixtures/editors');

describe('editor inserter registry', () => {
  const files = readdirSync(FAMILIES).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

  it('registers every family file under its own file name, once', () => {
    expect(INSERTERS.map((i) => i.id).sort()).toEqual([...files].sort());
  });

  it('has a fixture page hosting each family’s real editor', () => {
    for (const id of files) expect(existsSync(join(FIXTURES, `${id}.html`)), `${id}.html`).toBe(true);
  });

  it('picks the specific editor before the generic contenteditable path', () => {
    const el = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild as HTMLElement;
    };
    expect(inserterFor(el('<div class="ql-editor" contenteditable="true"></div>'))?.id).toBe('quill');
    expect(inserterFor(el('<div class="ProseMirror" contenteditable="true"></div>'))?.id).toBe('prosemirror');
    expect(inserterFor(el('<div class="mce-content-body" contenteditable="true"></div>'))?.id).toBe('tinymce');
    expect(inserterFor(el('<trix-editor contenteditable="true"></trix-editor>'))?.id).toBe('trix');
    expect(inserterFor(el('<div data-slate-editor="true" contenteditable="true"></div>'))?.id).toBe('slate');
    expect(inserterFor(el('<div contenteditable="true"></div>'))?.id).toBe('contenteditable');
    expect(inserterFor(el('<textarea></textarea>'))?.id).toBe('textarea');
    expect(inserterFor(el('<input type="search">'))?.id).toBe('textarea');
    expect(inserterFor(el('<div></div>'))).toBeUndefined();
  });
});
