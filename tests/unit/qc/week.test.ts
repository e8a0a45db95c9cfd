// @vitest-environment node
/**
 * One realistic week of a three-agent desk (tests/fixtures/qc-week): the QC lead's hand count of what is missing
 * (interactions never answered, customers' views not written) and of the customers' views quoted, checked against
 * `odigos qc` over the agents' exports made with the extension's export code.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedAt } from '../../../knowledge/cli/qc/html';
import { normaliseName } from '../../../knowledge/qc/mask';
import { customerViews } from '../../../knowledge/qc/records';
import { notesOf, WEEK, writeWeek } from '../../fixtures/qc-week/week';
import { odigos } from '../cli/run';

type Row = Record<string, unknown>;
let fig: Record<string, Row[]>;
let html: string;

/** Interactions whose note has no customer's view, as the export reads the note (counted from the notes). */
const viewsMissing = (agent: (typeof WEEK)[number]) => notesOf(agent).filter((n) => customerViews(n.fields.text) === '').length;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'odigos-qc-week-'));
  const files = await writeWeek(join(dir, 'exports'));
  const json = await odigos('qc', ...files, '--json');
  expect(json.code, json.stderr).toBe(0);
  fig = JSON.parse(json.stdout);
  const out = join(dir, 'report.html');
  expect((await odigos('qc', ...files, '-o', out)).code).toBe(0);
  html = readFileSync(out, 'utf8');
}, 60_000);

describe('a week of three agents in the QC report', () => {
  it('counts the interactions per agent by hand: 14, 12 and 10', () => {
    expect(fig.summary[0].interactions).toBe(36);
    const byAgent = Object.fromEntries(fig.response_by_agent.map((r) => [r.agent, r.interactions]));
    expect(byAgent).toEqual({ 'Μαρία Οικονόμου': 14, 'Γιώργος Παππάς': 12, 'Sarah Jones': 10 });
  });

  it('says what is missing: the one customer never answered, and each agent’s interactions with no customer’s view', () => {
    // Γιώργος never answered #48412 (Friday 18:20) and wrote no note at all for five interactions.
    expect(fig.summary[0].no_reply).toBe(1);
    for (const agent of WEEK) {
      const row = fig.response_by_agent.find((r) => r.agent === agent.agent)!;
      expect(row.views_missing, agent.agent).toBe(viewsMissing(agent));
      expect(row.no_reply, agent.agent).toBe(agent.cases.filter((c) => c.reply === undefined).length);
    }
    expect(fig.response_by_agent.find((r) => r.agent === 'Γιώργος Παππάς')!.views_missing).toBeGreaterThanOrEqual(5);
    expect(fig.summary[0].views_recorded).toBe(36 - WEEK.reduce((n, a) => n + viewsMissing(a), 0));
    expect(html).toContain('Αλληλεπιδράσεις χωρίς απάντηση του εκπροσώπου');
    expect(html).toMatch(/<th scope="col"[^>]*>Χωρίς απόψεις πελάτη<\/th>/);
  });

  it('counts repeat contacts by hand: 10 (ΣΟΦΙΑ ΝΙΚΟΛΑΟΥ twice for Μαρία, ΘΕΟΔΩΡΟΣ ΚΑΡΑΓΙΑΝΝΗΣ then Θεόδωρος Καραγιάννης for Γιώργος…)', () => {
    // Per agent, every contact of a customer after their first: Μαρία 4, Γιώργος 3, Sarah 3.
    const byHand = WEEK.reduce((n, a) => n + a.cases.length - new Set(a.cases.map((c) => normaliseName(c.customer))).size, 0);
    expect(byHand).toBe(10);
    expect(fig.summary[0].repeat_contacts).toBe(byHand);
    expect(html).toContain('Επαναλαμβανόμενες επαφές (ίδιος πελάτης, ίδιος εκπρόσωπος)');
  });

  it('keeps each number of a glance card with its unit (completion median / 90th percentile: 90 and 1 464 minutes)', () => {
    // The card wrapped at 1366 px as «1 ώρα 30 λεπτά / 1» over «ημέρα».
    expect(html).toContain('<div class="v">1\u00a0ώρα 30\u00a0λεπτά / 1\u00a0ημέρα</div>');
  });

  it('counts the steps skipped by hand: step 2 of the angry-customer SOP (1 of 4), step 3 of the high bill (1 of 5)', () => {
    const row = (sop: string, step: number) => fig.adherence.find((r) => String(r.sop).startsWith(sop) && r.step === step)!;
    expect([row('Θυμωμένος', 2).done, row('Θυμωμένος', 2).skipped]).toEqual([3, 1]);
    expect([row('Υψηλός', 3).done, row('Υψηλός', 3).skipped]).toEqual([4, 1]);
    expect([row('Καθυστέρηση', 1).done, row('Καθυστέρηση', 1).skipped]).toEqual([7, 1]);
    expect([row('Επιστροφή', 3).done, row('Επιστροφή', 3).skipped]).toEqual([5, 1]);
  });

  it('heads the adherence counts in the plural, as the call-backs’ («Έγιναν», «Παραλείφθηκαν», not «Έγινε»)', () => {
    const adherence = html.slice(html.indexOf('id="adherence"'), html.indexOf('id="escalations"'));
    expect(adherence).toMatch(/<th scope="col"[^>]*>Έγιναν<\/th><th scope="col"[^>]*>Παραλείφθηκαν<\/th>/);
  });

  it('says how many interactions the share within target counts: Γιώργος 7 of his 12 (five with no SOP target or no reply)', () => {
    const byAgent = Object.fromEntries(fig.response_by_agent.map((r) => [r.agent, [r.with_target, r.interactions]]));
    expect(byAgent).toEqual({ 'Μαρία Οικονόμου': [14, 14], 'Γιώργος Παππάς': [7, 12], 'Sarah Jones': [10, 10] });
    const agents = html.slice(html.indexOf('id="by-agent"'), html.indexOf('id="adherence"'));
    // «Πλήθος» 12 beside «Εντός στόχου» 57,1 % read as 57,1 % of 12.
    expect(agents).toContain('<td>7 από 12 με στόχο</td>');
    expect(agents).toContain('<td>14 από 14 με στόχο</td>');
  });

  it('lists only the steps skipped; the 35 never skipped are a count and a folded list, not 0 % rows', () => {
    const adherence = html.slice(html.indexOf('id="adherence"'), html.indexOf('id="escalations"'));
    const never = fig.adherence.filter((r) => r.skipped === 0);
    expect(never.length).toBe(35);
    // Three bars; the fourth step skipped was seen in 4 interactions, too few to tell: counted apart (adherence.ts).
    expect(adherence.match(/<tr><td>/g)).toHaveLength(3);
    expect(adherence).toContain('<summary>1 βήμα εμφανίστηκε σε λιγότερες από 5 αλληλεπιδράσεις, εκτός γραφήματος και πίνακα</summary><ul><li>Θυμωμένος πελάτης — αποκλιμάκωση · Βήμα 2: 1 από 4</li></ul>');
    expect(adherence).not.toContain('<td class="n">0%</td>');
    expect(adherence).toContain('<details class="folded" data-folded="never-skipped" data-count="35"><summary>35 βήματα δεν παραλείφθηκαν ποτέ</summary>');
    expect(adherence).toContain('<li>Επιστροφή χρημάτων · Βήμα 9</li>');
  });

  it('quotes the newest views of a topic, Greek ones too (sorted, the English ones always came first)', () => {
    const delay = fig.views.find((r) => r.topic === 'Καθυστέρηση παράδοσης — το δέμα δεν ήρθε')!;
    expect(delay.interactions).toBe(8);
    // Friday 15:45 (Sarah), Friday 10:15 (Γιώργος), Wednesday 16:45 (Μαρία, the e-mail masked), Tuesday 11:00, Tuesday 09:00.
    expect(delay.quotes).toEqual([
      'Where is my parcel?',
      'Το δέμα λέει «παραδόθηκε» αλλά δεν ήρθε ποτέ.',
      'Email μου: [EMAIL] — στείλτε μου τον αριθμό αποστολής.',
      'Got it now, thanks.',
      'Μου είπατε χθες ότι θα με ενημερώσετε και δεν το κάνατε.',
    ]);
    expect(html).toContain('8 καταγεγραμμένες απόψεις · εδώ οι 5 πιο πρόσφατες (οι ίδιες λέξεις μία φορά).');
  });
});

describe('the week on the QC team’s clock (--tz)', () => {
  let files: string[];
  beforeAll(async () => {
    files = await writeWeek(join(mkdtempSync(join(tmpdir(), 'odigos-qc-tz-')), 'exports'));
  }, 60_000);
  const wednesday = async (tz: string) => {
    const run = await odigos('qc', ...files, '--tz', tz, '--from', '2026-11-25', '--to', '2026-11-25', '--json');
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout).summary[0].interactions as number;
  };

  it('counts Wednesday in Athens by hand: 7, with Sarah’s customer of 00:20 (22:20 UTC on Tuesday)', async () => {
    const byHand = WEEK.flatMap((a) => a.cases).filter((c) => c.day === 2).length;
    expect(byHand).toBe(7);
    expect(await wednesday('Europe/Athens')).toBe(byHand);
    expect(await wednesday('UTC')).toBe(byHand - 1);
  });

  it('writes the period as Greek days, and when the report was made on the named clock', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'odigos-qc-tz-')), 'report.html');
    expect((await odigos('qc', ...files, '--tz', 'Europe/Athens', '-o', out)).code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<dd>23/11/2026 – 27/11/2026</dd>');
    expect(page).toContain('data-figure="time-zone" title="Ζώνη ώρας">Europe/Athens</span>');
    expect(page).not.toMatch(/<td>2026-11-23<\/td>/);
    // «Δημιουργήθηκε» read UTC as if it were the reader's time: 00:50 for a report made at 02:50 in Athens.
    expect(generatedAt(new Date('2026-12-06T00:50:00Z'), 'Europe/Athens')).toBe('2026-12-06 02:50');
  });

  it('refuses a time zone it does not know, with the fix', async () => {
    const run = await odigos('qc', ...files, '--tz', 'Athens', '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--tz must be a time zone like Europe/Athens');
  });
});

describe('the week’s insights', () => {
  it('counts the entries neither suggested nor used and folds their list, in Greek and English: 161 of 162 of el-core', async () => {
    const files = await writeWeek(join(mkdtempSync(join(tmpdir(), 'odigos-qc-unused-')), 'exports'));
    const pages = await Promise.all(
      (['el', 'en'] as const).map(async (lang) => {
        const out = join(mkdtempSync(join(tmpdir(), 'odigos-qc-unused-')), `insights-${lang}.html`);
        expect((await odigos('insights', ...files, '--pack', 'knowledge/packs/el-core', '--lang', lang, '-o', out)).code).toBe(0);
        const page = readFileSync(out, 'utf8');
        return page.slice(page.indexOf('id="unused"'), page.indexOf('id="edits"'));
      }),
    );
    const [el, en] = pages;
    // The one suggested and never opened stays a row; the 161 rows of 0 and 0 are one line.
    expect(el.match(/<tr><td>/g)).toHaveLength(1);
    expect(el).toContain('<td>Πρωτόκολλο επαφής με τον πελάτη (el-core/contact-protocol)</td>');
    expect(el).toContain('data-count="161"><summary>161 καταχωρίσεις ούτε προτάθηκαν ούτε χρησιμοποιήθηκαν</summary>');
    expect(en).toContain('<summary>161 entries neither suggested nor used</summary>');
    expect(el.match(/<li>/g)).toHaveLength(161);
  }, 60_000);

  it('groups the five messages no suggestion fitted as the trainer would: Cyprus shipping 3, the Thessaloniki shop 2', async () => {
    const files = await writeWeek(join(mkdtempSync(join(tmpdir(), 'odigos-qc-ins-')), 'exports'));
    const run = await odigos('insights', ...files, '--pack', 'knowledge/packs/el-core', '--json');
    expect(run.code, run.stderr).toBe(0);
    const { unanswered } = JSON.parse(run.stdout) as { unanswered: { messages: number; topics: { count: number; examples: string[] }[] } };
    expect(unanswered.messages).toBe(WEEK.flatMap((a) => a.cases).filter((c) => c.unanswered).length);
    expect(unanswered.topics.map((t) => [t.count, t.examples.every((e) => /Κύπρο/.test(e)) || t.examples.every((e) => /Θεσσαλονίκη/.test(e))])).toEqual([
      [3, true],
      [2, true],
    ]);
  }, 60_000);
});
