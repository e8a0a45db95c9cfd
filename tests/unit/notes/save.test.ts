import { describe, expect, it } from 'vitest';
import { applySave, type SaveRequest } from '@/lib/notes/save';
import { emptyFields } from '@/lib/notes/template';
import { CONFLICT_START } from '@/lib/notes/merge';

const ref = { interactionId: 'generic:https://desk.example/t/1', url: 'https://desk.example/t/1', label: '#1' };
const base = emptyFields('el');
const req = (over: Partial<SaveRequest>): SaveRequest => ({ ...ref, editorId: 'A', seq: 1, baseVersion: 0, base, fields: base, ...over });

describe('applySave (compare-and-set with merge)', () => {
  it('creates version 1 and records the site', () => {
    const r = applySave(undefined, req({ fields: { ...base, text: 'α' } }), 100);
    expect(r.note.version).toBe(1);
    expect(r.note.site).toBe('https://desk.example');
    expect(r.note.fields.text).toBe('α');
    expect(r.conflict).toBe(false);
  });

  it('merges a second tab that saved from an older version, keeping both texts', () => {
    const a1 = applySave(undefined, req({ editorId: 'A', fields: { ...base, text: base.text + 'από Α' } }), 100).note;
    const b = applySave(a1, req({ editorId: 'B', baseVersion: 0, fields: { ...base, text: 'από Β\n' + base.text } }), 200);
    expect(b.merged).toBe(true);
    expect(b.conflict).toBe(false);
    expect(b.note.version).toBe(2);
    expect(b.note.fields.text).toContain('από Α');
    expect(b.note.fields.text).toContain('από Β');
  });

  it('a note whose version moved by timeline records only (no other writer of its fields) is not «merged»', () => {
    const a1 = applySave(undefined, req({ editorId: 'A', fields: { ...base, text: base.text + 'α' } }), 100).note;
    // The content script recorded the customer's message: the version moves, the fields do not.
    const recorded: typeof a1 = { ...a1, version: a1.version + 1, timeline: [...a1.timeline, { at: 150, event: { kind: 'message', from: 'customer', key: 'k1', shown: true } }] };
    const again = applySave(recorded, req({ editorId: 'A', seq: 2, baseVersion: 1, base: a1.fields, fields: { ...base, text: base.text + 'αβ' } }), 200);
    expect(again.merged).toBe(false);
    expect(again.note.fields.text).toBe(base.text + 'αβ');
    // A note the timeline created before the editor's first save, with the fields the editor started from.
    const created = { ...applySave(undefined, req({ editorId: 'X', fields: base }), 50).note, writer: undefined };
    expect(applySave(created, req({ editorId: 'B', baseVersion: 0, fields: { ...base, text: 'β' } }), 200).merged).toBe(false);
  });

  it('marks a real conflict and keeps both lines', () => {
    const a1 = applySave(undefined, req({ editorId: 'A', fields: { ...base, text: 'x' } }), 100).note;
    const b = applySave(a1, req({ editorId: 'B', fields: { ...base, text: 'y' } }), 200);
    expect(b.conflict).toBe(true);
    expect(b.note.fields.text).toContain(CONFLICT_START);
    expect(b.note.fields.text).toContain('x');
    expect(b.note.fields.text).toContain('y');
  });

  it("never conflicts with the same editor's own recovered draft, and ignores its older late message", () => {
    const draft = applySave(undefined, req({ editorId: 'A', seq: 7, fields: { ...base, text: 'hello world' } }), 100).note;
    const late = applySave(draft, req({ editorId: 'A', seq: 5, fields: { ...base, text: 'hello' } }), 200);
    expect(late.note).toBe(draft);
    // Another editor deletes the line; A's old draft turning up again must not bring it back.
    const other = applySave(draft, req({ editorId: 'B', seq: 1, baseVersion: 1, base: draft.fields, fields: { ...base, text: '' } }), 250).note;
    expect(applySave(other, req({ editorId: 'A', seq: 7, fields: { ...base, text: 'hello world' } }), 260).note.fields.text).toBe('');
    const newer = applySave(draft, req({ editorId: 'A', seq: 9, fields: { ...base, text: 'hello' } }), 300);
    expect(newer.conflict).toBe(false);
    expect(newer.note.fields.text).toBe('hello');
  });

  it('does not bump the version when nothing changed', () => {
    const n = applySave(undefined, req({ fields: { ...base, text: 'α' } }), 100).note;
    const again = applySave(n, req({ editorId: 'B', baseVersion: 1, base: n.fields, fields: n.fields }), 200).note;
    expect(again.version).toBe(1);
    expect(again.updatedAt).toBe(100);
    // …but it remembers that editor B's change 1 is in, so B's draft is not merged again later.
    expect(again.seqs).toEqual({ A: 1, B: 1 });
  });

  it('records a status change in the timeline with its time', () => {
    const n = applySave(undefined, req({ fields: { ...base, text: 'α' } }), 100).note;
    const r = applySave(n, req({ seq: 2, baseVersion: 1, base: n.fields, fields: { ...n.fields, status: 'resolved' } }), 500);
    expect(r.note.timeline).toEqual([{ at: 500, event: { kind: 'status', status: 'resolved' } }]);
    expect(r.note.fieldAt.status).toBe(500);
    expect(r.note.fieldAt.text).toBe(100);
  });
});
