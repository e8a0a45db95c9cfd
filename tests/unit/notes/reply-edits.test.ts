import { describe, expect, it } from 'vitest';
import { withEvent } from '@/lib/notes/reply-edits';
import type { TimelineEntry } from '@/lib/notes/model';
import { templatesInReply } from '@/knowledge/qc/edit';
import { buildQcRows } from '@/knowledge/qc/records';

const APOLOGY = 'Hello Daniel, I am very sorry that you were charged twice for order 20417. The duplicate charge of £349.00 has been returned.';
const REFUND = 'Refund issued: £349.00 for order 20417 goes back to your card by 4 December. Banks may take a few days to show it.';
const inserted = (templateId: string, text: string, at: number): TimelineEntry => ({ at, event: { kind: 'template-inserted', templateId, packId: 'en-core', via: 'palette', text } });
const reply = (text: string, at: number, key = 'r1'): TimelineEntry => ({ at, event: { kind: 'message', from: 'agent', key, shown: true, text } });
const editOf = (timeline: TimelineEntry[], key = 'r1') => {
  const e = timeline.find((x) => x.event.kind === 'message' && x.event.key === key)?.event;
  return e?.kind === 'message' ? e.edit : undefined;
};

describe('a reply compared with the templates it was written from', () => {
  it('two templates in one reply: both named in the order inserted, and only the agent\'s own words are "added"', () => {
    const sent = `${APOLOGY} Kind regards, James Carter\n${REFUND} Anything else, just reply here.`;
    let t = [inserted('apology-double-charge', APOLOGY, 1), inserted('refund-timeline', REFUND, 2)];
    t = withEvent(t, reply(sent, 3));
    const edit = editOf(t)!;
    expect(edit).toMatchObject({ packId: 'en-core', templateId: 'apology-double-charge', more: [{ packId: 'en-core', templateId: 'refund-timeline' }] });
    // The refund template's words ("Refund", "issued", "Banks") were the agent's before.
    expect(edit.added).toEqual(['Kind', 'regards', 'James', 'Carter', 'Anything', 'else', 'just', 'reply', 'here']);
    expect(edit.removed).toEqual([]);
    // Both texts are dropped once matched: neither is compared with a later reply.
    expect(JSON.stringify(t)).not.toContain('Banks may take');
    expect(JSON.stringify(t)).not.toContain('has been returned');
  });

  it('one template per reply: each reply gets its own, and a template not in the reply waits for the next one', () => {
    let t = [inserted('apology-double-charge', APOLOGY, 1), inserted('refund-timeline', REFUND, 2)];
    t = withEvent(t, reply(`${APOLOGY} Thanks.`, 3, 'r1'));
    expect(editOf(t, 'r1')).toMatchObject({ templateId: 'apology-double-charge', added: ['Thanks'] });
    expect(editOf(t, 'r1')?.more).toBeUndefined();
    t = withEvent(t, reply(REFUND, 4, 'r2'));
    expect(editOf(t, 'r2')).toMatchObject({ templateId: 'refund-timeline', similarity: 1, added: [] });
  });

  it('a heavily edited single template is still found (few of its words kept), as before', () => {
    const long = 'Λυπούμαστε πολύ για την ταλαιπωρία που σας προκάλεσε η καθυστέρηση της παραγγελίας σας. Θα επικοινωνήσουμε μαζί σας σύντομα με νέα.';
    const t = withEvent([{ at: 1, event: { kind: 'template-inserted', templateId: 'delay', packId: 'el-core', via: 'overlay', text: long } }], reply('Λυπούμαστε πολύ για την καθυστέρηση. Θα σας καλέσω.', 2));
    expect(editOf(t)).toMatchObject({ templateId: 'delay' });
    expect(editOf(t)?.more).toBeUndefined();
  });

  it('the same template inserted twice and sent once is in the reply once', () => {
    expect(templatesInReply([REFUND, REFUND], `${REFUND} Thanks.`)).toEqual([0]);
    expect(templatesInReply([APOLOGY, 'Completely unrelated words about passwords and logins'], APOLOGY)).toEqual([0]);
  });

  it('QC still reads records made before several templates were kept, and reads the first template of new ones', () => {
    const old: TimelineEntry = { at: 5, event: { kind: 'message', from: 'agent', key: 'r0', shown: true, edit: { packId: 'p', templateId: 'a', similarity: 0.8, added: ['x'], removed: [] } } };
    const sent = `${APOLOGY}\n${REFUND}`;
    const t = withEvent([inserted('apology-double-charge', APOLOGY, 1), inserted('refund-timeline', REFUND, 2), old], reply(sent, 6));
    const note = { interactionId: 'i', site: 's', label: 'l', createdAt: 0, fields: { text: '', customer: '', followUpAt: null, status: 'open' as const }, fieldAt: { followUpAt: 0 }, timeline: t };
    const rows = buildQcRows([note], { exportId: 'e', exportedAt: 10, periodTo: 10, agentId: 'a', masked: false });
    const edits = rows.filter((r) => r.kind === 'message').map((r) => [r.edit_entry, r.similarity, r.added]);
    expect(edits).toEqual([['p/a', 0.8, ['x']], ['en-core/apology-double-charge', 1, []]]);
    // Every template of the reply, in the order inserted; a record made before `more` was kept names its one.
    expect(rows.filter((r) => r.kind === 'message').map((r) => r.edit_entries)).toEqual([['p/a'], ['en-core/apology-double-charge', 'en-core/refund-timeline']]);
  });
});
