/**
 * Whose notes an import brings: the agent's own backup (restored after «Διαγραφή όλων», a damaged store or a
 * reinstall) is the agent's own work; a colleague's export (a hand-over) is the colleague's, also where the agent
 * has a note of the same ticket. QC counts each recording under the agent who made it (docs/qc-export.md), and no
 * import loses a word already saved.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesService } from '@/lib/background/notes-service';
import { alarmReminders } from '@/lib/background/reminders';
import { exportJson, type NotesAuthor } from '@/lib/notes/export';
import { mergeImported, ownExport, parseNotesExport } from '@/lib/notes/import';
import type { Note } from '@/lib/notes/model';
import { qcRows } from '@/lib/notes/qc-export';
import { memoryNotesRepo } from '@/lib/store/notes-memory';
import { updateSettings } from '@/lib/store/settings';
import { note } from './fixtures';

const ME: NotesAuthor = { agentId: 'a-1111111111111111', agent: 'Ελένη Παπαδοπούλου' };
const COLLEAGUE: NotesAuthor = { agentId: 'a-2222222222222222', agent: 'Γιώργος Παπαδάκης' };
const T = 1_760_000_000_000;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const HEADING = '— Σημειώσεις συναδέλφου (Γιώργος Παπαδάκης), από εισαγωγή —';

/** Ελένη's note of #48213: made after Γιώργος's, her words, a refund template she inserted. */
const mine = (): Note => ({
  ...note('48213', { createdAt: T + 30 * MIN, updatedAt: T + 40 * MIN, text: 'Ο πελάτης θέλει επιστροφή χρημάτων.\nΤου είπα 3 εργάσιμες.' }),
  fields: { text: 'Ο πελάτης θέλει επιστροφή χρημάτων.\nΤου είπα 3 εργάσιμες.', customer: 'Νίκος Αντωνίου', followUpAt: T + DAY, status: 'waiting' },
  timeline: [{ at: T + 35 * MIN, event: { kind: 'template-inserted', templateId: 'refund', packId: 'el-core', via: 'overlay' } }],
});

/** Γιώργος's note of the same ticket: made first, edited last (newer than hers), resolved, his apology template. */
const theirs = (): Note => ({
  ...note('48213', { createdAt: T, updatedAt: T + 50 * MIN }),
  fields: { text: 'Θυμωμένος, ζήτησε προϊστάμενο.', customer: '', followUpAt: null, status: 'resolved' },
  fieldAt: { text: T + 50 * MIN, customer: T, followUpAt: T + 50 * MIN, status: T + 50 * MIN },
  timeline: [{ at: T + 5 * MIN, event: { kind: 'template-inserted', templateId: 'apology', packId: 'el-core', via: 'palette' } }],
});

describe('a colleague’s note merged into the agent’s own note of the same ticket', () => {
  it('stays the agent’s: her moment, fields and words kept, his words added under his name, his entries marked', () => {
    const merged = mergeImported(mine(), theirs(), { own: false, heading: HEADING })!;
    // Her moment: QC tells notes apart by it. With his earlier one, `odigos qc` counted her note as his.
    expect(merged.createdAt).toBe(mine().createdAt);
    expect(merged.imported).toBeUndefined();
    // Nothing of hers replaced (his text and status were newer: newer-wins replaced her words).
    expect(merged.fields).toEqual({ ...mine().fields, text: `${mine().fields.text}\n\n${HEADING}\nΘυμωμένος, ζήτησε προϊστάμενο.` });
    expect(merged.timeline).toEqual([{ ...theirs().timeline[0], imported: true }, mine().timeline[0]]);
    // The same file imported again adds nothing.
    expect(mergeImported(merged, theirs(), { own: false, heading: HEADING })).toBeUndefined();
  });

  it('her QC row is her recording only: her moment, her template, none of his entries (they count in his export)', async () => {
    const merged = mergeImported(mine(), theirs(), { own: false, heading: HEADING })!;
    const rows = await qcRows([merged], { agentId: ME.agentId, agent: ME.agent, mask: false, now: T + DAY });
    const [row, ...events] = rows;
    expect(row).toMatchObject({ type: 'interaction', created_at: new Date(mine().createdAt).toISOString(), inserted: ['el-core/refund'], status: 'waiting' });
    expect(row!.imported).toBeUndefined();
    expect(events.map((e) => e.entry_id)).toEqual(['refund']);
  });

  it('the agent’s own note (its very moment) in an export that does not say whose, masked: merged as her own, nothing added', async () => {
    const local = { ...mine(), fields: { ...mine().fields, text: `${mine().fields.text}\nΤηλ. 6971234567` } };
    const [masked] = parseNotesExport(await exportJson([local], { mask: true, now: T + DAY }));
    expect(masked!.fields.text).not.toBe(local.fields.text);
    expect(mergeImported(local, masked!, { own: false, heading: HEADING })).toBeUndefined();
  });
});

describe('whose export it is', () => {
  it('the agent’s own: the same browser profile, or after a reinstall the same name however typed', () => {
    expect(ownExport(ME, ME)).toBe(true);
    expect(ownExport({ agentId: ME.agentId }, { agentId: ME.agentId })).toBe(true);
    expect(ownExport({ agentId: 'a-9999999999999999', agent: 'ΕΛΕΝΗ  παπαδοπουλου ' }, ME)).toBe(true);
    expect(ownExport(COLLEAGUE, ME)).toBe(false);
    // Made before exports said who made them, or with no name on either side: not known as hers.
    expect(ownExport({}, ME)).toBe(false);
    expect(ownExport({ agentId: 'a-9999999999999999', agent: ME.agent }, { agentId: ME.agentId })).toBe(false);
    expect(ownExport({ agentId: 'a-9999999999999999' }, { agentId: ME.agentId, agent: '' })).toBe(false);
  });
});

describe('importing on the notes page (the background service)', () => {
  let clock = T + 2 * DAY;
  beforeEach(() => {
    fakeBrowser.reset();
    clock = T + 2 * DAY;
  });
  const serviceAs = (self: NotesAuthor, repo = memoryNotesRepo()) => ({ repo, service: createNotesService(repo, alarmReminders, () => clock, undefined, async () => self) });
  const withoutTime = (json: string) => ({ ...JSON.parse(json), exportedAt: undefined });
  const colleagues = () => ({ ...theirs(), interactionId: 'generic:https://desk.example/tickets/48230', url: 'https://desk.example/tickets/48230', imported: true as const });

  it('restoring her own backup after «Διαγραφή όλων»: her notes unmarked, a colleague’s she had imported still marked, nothing lost', async () => {
    const { service, repo } = serviceAs(ME, memoryNotesRepo([mine(), colleagues()]));
    const backup = await service.exportJson(false);
    expect(JSON.parse(backup)).toMatchObject({ agentId: ME.agentId, agent: ME.agent });
    await service.deleteAll();
    expect(await service.importJson(backup)).toEqual({ added: 2, updated: 0, unchanged: 0, from: 'own' });
    const byId = new Map((await repo.all()).map((n) => [n.interactionId, n]));
    expect(byId.get(mine().interactionId)!.imported).toBeUndefined();
    expect(byId.get(colleagues().interactionId)!.imported).toBe(true);
    expect(withoutTime(await service.exportJson(false))).toEqual(withoutTime(backup));
  });

  it('restoring it after a reinstall (a new agent id), her name typed again: still hers', async () => {
    const backup = await exportJson([mine()], { author: ME, now: T + DAY });
    const { service, repo } = serviceAs({ agentId: 'a-3333333333333333', agent: 'Ελένη Παπαδοπουλου' });
    await service.importJson(backup);
    expect((await repo.all())[0]!.imported).toBeUndefined();
  });

  it('a colleague’s export, and an older one that does not say whose it is: what it adds is marked imported', async () => {
    for (const author of [COLLEAGUE, undefined]) {
      const { service, repo } = serviceAs(ME);
      await service.importJson(await exportJson([theirs()], { author, now: T + DAY }));
      expect((await repo.all())[0]!.imported).toBe(true);
    }
  });

  it('a colleague’s export of a ticket she has a note of: every word, field and entry of hers kept, his said as his in her language', async () => {
    await updateSettings({ uiLang: 'el' });
    const { service, repo } = serviceAs(ME, memoryNotesRepo([mine()]));
    expect(await service.importJson(await exportJson([theirs()], { author: COLLEAGUE, now: T + DAY }))).toEqual({ added: 0, updated: 1, unchanged: 0, from: 'other', agent: COLLEAGUE.agent });
    const [kept] = await repo.all();
    expect(kept!.fields).toEqual({ ...mine().fields, text: `${mine().fields.text}\n\n${HEADING}\nΘυμωμένος, ζήτησε προϊστάμενο.` });
    expect(kept!.createdAt).toBe(mine().createdAt);
    expect(kept!.timeline).toContainEqual(mine().timeline[0]);
    await updateSettings({ uiLang: 'en' });
    const other = serviceAs(ME, memoryNotesRepo([mine()]));
    await other.service.importJson(await exportJson([theirs()], { now: T + DAY }));
    expect((await other.repo.all())[0]!.fields.text).toBe(`${mine().fields.text}\n\n— Notes from an imported file —\nΘυμωμένος, ζήτησε προϊστάμενο.`);
  });
});
