// @vitest-environment node
/**
 * Every command speaks the trainer's language: help, usage errors, eval and eval --cv, greet, suggest, list, diff,
 * keys and signing, qc's refusals: Greek with --lang el or a Greek terminal (LANG=el_GR.UTF-8), English otherwise,
 * the English words as they always were. --json never changes with the language.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../knowledge/cli/commands';
import { diffWarning } from '../../../knowledge/cli/commands/diff';
import { diffPacks } from '../../../knowledge/pack/diff';
import type { CompiledPack } from '../../../knowledge/types';
import { GOOD, odigosWith } from './run';

const GREEK = { LANG: 'el_GR.UTF-8' };
const tmp = mkdtempSync(join(tmpdir(), 'odigos-lang-commands-'));
const built = join(tmp, 'good.json');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  const r = await odigosWith({}, 'build', GOOD, '-o', built);
  if (r.code !== 0) throw new Error(r.stderr);
});

/** The three ways to run: Greek by flag, Greek by the terminal, English. */
const el = (...args: string[]) => odigosWith({}, ...args, '--lang', 'el');
const elEnv = (...args: string[]) => odigosWith({ env: GREEK }, ...args);
const en = (...args: string[]) => odigosWith({}, ...args);

/**
 * Lines with an English sentence left in Greek output: English function words outside what is quoted, a
 * placeholder, an option, a file name or JSON.
 */
function englishIn(text: string): string[] {
  return text.split('\n').filter((line) => {
    const said = line.replace(/«[^»]*»|"[^"]*"|\{[^}]*\}|\[[^\]]*\]|<[^>]*>|--?[\w-]+|\b[\w.-]+\.(?:json|jsonl|yaml|md|key|pub|html)\b|odigos \w+/g, ' ');
    return /\b(?:the|and|of|is|with|from|for|when|not|or|to|a|an|shows?|prints?|give)\b/.test(said);
  });
}

describe('odigos --help and every command\'s help in Greek', () => {
  it('the command list: --lang el and a Greek terminal say the same, every summary and exit code in Greek', async () => {
    const flag = await el('--help');
    expect(flag.code).toBe(0);
    expect((await elEnv('--help')).stdout).toBe(flag.stdout);
    expect(flag.stdout).toContain('Χρήση: odigos <εντολή> [επιλογές]');
    expect(flag.stdout).toContain('Εντολές:');
    expect(flag.stdout).toMatch(/^ {2}0 {3}ολοκληρώθηκε$/m);
    for (const c of COMMANDS) expect(flag.stdout).toContain(`  ${c.name.padEnd(8)}  ${c.summary.el}`);
    expect(englishIn(flag.stdout)).toEqual([]);
    const english = await en('--help');
    expect(english.stdout).toContain('Usage: odigos <command> [options]');
    expect(english.stdout).not.toMatch(/[α-ω]{4}/);
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help in Greek: usage, description, every option and the exit codes', async (name) => {
    const r = await el(name, '--help');
    expect(r.code).toBe(0);
    expect((await elEnv(name, '--help')).stdout).toBe(r.stdout);
    expect(r.stdout).toContain(`Χρήση: odigos ${name}`);
    expect(r.stdout).toContain('Επιλογές:');
    expect(r.stdout).toContain('-h, --help  ');
    expect(r.stdout).toContain('εμφανίζει αυτή τη βοήθεια');
    expect(r.stdout).toMatch(/Κωδικοί εξόδου: 0 ολοκληρώθηκε, 1 απέτυχε, 2 λάθος χρήση, 3 δεν υπάρχει, 4 δεν διαβάζεται, 5 λάθος είσοδος, 6 δεν γράφεται, 70 σφάλμα του odigos/);
    // The usage lines are the command's syntax; everything after them is Greek.
    expect(englishIn(r.stdout.split('\n\n').slice(1).join('\n'))).toEqual([]);
  });
});

describe('usage errors in Greek', () => {
  it('an unknown command, an unknown option, a missing argument, a bad number, a bad --lang', async () => {
    expect((await elEnv('biuld')).stderr).toBe('odigos: άγνωστη εντολή «biuld» (μήπως εννοείτε «build»;). Το «odigos --help» δείχνει τη λίστα.\n');
    const option = await elEnv('list', '--nope', GOOD);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('odigos list: άγνωστη επιλογή «--nope»\nΧρήση: odigos list <src-dir|pack.json> [--json]\nΤο «odigos list --help» δίνει λεπτομέρειες.\n');
    expect((await el('list')).stderr).toContain('odigos list: λείπει: <src-dir|pack.json>\n');
    expect((await elEnv('suggest', '--pack')).stderr).toContain('η επιλογή «--pack» θέλει τιμή');
    expect((await el('suggest', '--pack')).stderr).toContain('η τιμή του «--pack» μοιάζει με επιλογή· αν είναι τιμή, γράψτε «--pack=<τιμή>»');
    expect((await el('eval', '--pack', GOOD, '--cv', '--folds', '40')).stderr).toContain('το --folds πρέπει να είναι ακέραιος από 2 έως 20, όχι «40»');
    expect((await el('greet', 'Μαρία', '--gender', 'x')).stderr).toContain('το --gender δέχεται m ή f, όχι «x»');
    expect((await elEnv('qc', '-o', join(tmp, 'r.html'))).stderr).toContain('odigos qc: λείπουν οι <exports…>');
    expect((await odigosWith({ env: GREEK }, 'list', GOOD, '--lang', 'fr')).stderr).toContain('το --lang δέχεται el ή en, όχι «fr»');
    // English as it always was.
    expect((await en('list', '--nope', GOOD)).stderr).toContain("odigos list: Unknown option '--nope'\nUsage: odigos list");
    expect((await en('eval', '--pack', GOOD, '--cv', '--folds', '40')).stderr).toContain('--folds must be a whole number from 2 to 20, not "40"');
  });

  it('files: a missing cases file and lines that are not JSON', async () => {
    expect((await el('eval', '--pack', GOOD, '--cases', join(tmp, 'none.jsonl'))).stderr).toContain(
      `${join(tmp, 'none.jsonl')}: δεν υπάρχει τέτοιο αρχείο (δώστε ένα αρχείο JSON Lines με {"text": "…", "expect": "<entry id>" or ["<id>", …]})`,
    );
    const lines = await odigosWith({ env: GREEK, stdin: '{"text":"x","expect":"a"}\nnot json\n' }, 'eval', '--pack', GOOD, '--cases', '-');
    expect(lines.stderr).toBe('τυπική είσοδος:2: δεν είναι γραμμή JSON: "not json"\nodigos eval: τυπική είσοδος: 1 γραμμή δεν είναι JSON· διορθώστε την (ένα αντικείμενο JSON ανά γραμμή)\n');
  });
});

describe('eval in Greek', () => {
  const CASES = '{"text": "με χρεώσατε δύο φορές", "expect": "double-card-charge"}\n{"text": "καλημέρα", "expect": "apology-formal"}\n';

  it('--cases: the figures, each miss and the verdict, with Greek numbers', async () => {
    for (const run of [() => odigosWith({ stdin: CASES }, 'eval', '--pack', GOOD, '--cases', '-', '--min-top1', '0.9', '--lang', 'el'), () => odigosWith({ stdin: CASES, env: GREEK }, 'eval', '--pack', GOOD, '--cases', '-', '--min-top1', '0.9')]) {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Περιπτώσεις: 2\nΠρώτη σωστή: 50,0% \(1\/2\)\nΣτις τρεις πρώτες: \d+,0% \(\d\/2\)\nΜέση αντίστροφη θέση \(MRR\): \d,\d{3}\nΑστοχίες \(1\):\n {2}γραμμή 2: "καλημέρα"\n {4}αναμενόταν apology-formal· ήρθε πρώτη /);
      expect(r.stdout).toContain('ΑΠΕΤΥΧΕ: πρώτη σωστή 50,0% < 90,0%');
    }
    const english = await odigosWith({ stdin: CASES }, 'eval', '--pack', GOOD, '--cases', '-', '--min-top1', '0.9');
    expect(english.stdout).toMatch(/^Cases: 2\nTop-1: 50\.0% \(1\/2\)\nTop-3: \d+\.0% \(\d\/2\)\nMRR: {3}\d\.\d{3}\nMisses \(1\):\n {2}line 2: "καλημέρα"\n {4}expected apology-formal; got /);
    expect(english.stdout).toContain('FAILED: top-1 50.0% < 90.0%');
  });

  it('--cv: heading, figures, the confusions and what to do, in Greek; --json the same whatever the language', async () => {
    const r = await el('eval', '--pack', GOOD, '--cv');
    expect((await elEnv('eval', '--pack', GOOD, '--cv')).stdout).toBe(r.stdout);
    expect(r.stdout).toMatch(/^Διασταυρωμένη επικύρωση με τις φράσεις πελάτη των ίδιων των καταχωρίσεων \(5 τμήματα\): \d+ φράσεις/);
    expect(r.stdout).toMatch(/^Πρώτη σωστή: \d+,\d%\nΣτις τρεις πρώτες: \d+,\d%$/m);
    expect(r.stdout).toContain('Συγχύσεις (αναμενόμενη → ήρθε πρώτη, φορές· ένα παράδειγμα):');
    expect(r.stdout).toMatch(/^ {2}apology-formal → \(καμία\) {2}×1 {2}«double charge»$/m);
    expect(r.stdout).toContain('Τι να κάνετε: προσθέστε στην αναμενόμενη καταχώριση φράσεις πελάτη');
    expect(englishIn(r.stdout)).toEqual([]);
    const english = await en('eval', '--pack', GOOD, '--cv');
    expect(english.stdout).toMatch(/^Cross-validation over the entries' own triggers \(5 folds\): \d+ held-out triggers\nTop-1: /);
    expect(english.stdout).toContain('  apology-formal → (nothing)  ×1  "double charge"');
    const json = (await en('eval', '--pack', GOOD, '--cv', '--json')).stdout;
    expect((await el('eval', '--pack', GOOD, '--cv', '--json')).stdout).toBe(json);
    expect((await elEnv('eval', '--pack', GOOD, '--cv', '--json')).stdout).toBe(json);
    expect(JSON.parse(json).confusions).toContainEqual(expect.objectContaining({ got: '(nothing)' }));
  });
});

describe('greet, suggest, list, diff in Greek', () => {
  it('greet: the labels and the reasons in Greek (--lang el, or a Greek terminal); English labels otherwise', async () => {
    const r = await el('greet', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ');
    expect(r.stdout).toBe(
      [
        'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ',
        '  προσφώνηση:  Αγαπητέ κύριε Παπαδόπουλε',
        '  κλητική:     Γιώργο Παπαδόπουλε',
        '  όνομα:       Γιώργος → Γιώργο',
        '  επώνυμο:     Παπαδόπουλος → Παπαδόπουλε',
        '  φύλο:        άνδρας',
        '  κατανόηση:   πρώτα το επώνυμο, όπως γράφουν τα ονόματα τα ελληνικά μητρώα και πολλά CRM· φύλο από το όνομα Γιώργος (βεβαιότητα 0,95)',
        '',
      ].join('\n'),
    );
    expect((await elEnv('greet', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ')).stdout).toBe(r.stdout);
    const english = await en('greet', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ');
    expect(english.stdout).toContain('  salutation:  Αγαπητέ κύριε Παπαδόπουλε\n');
    expect(english.stdout).toContain('  understood:  surname first, as Greek registries and many CRMs write names; gender from the first name Γιώργος (confidence 0.95)\n');
    const json = (await en('greet', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ', '--json')).stdout;
    expect((await elEnv('greet', 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ', '--json')).stdout).toBe(json);
    expect(JSON.parse(json).reasons[0]).toBe('surname first, as Greek registries and many CRMs write names');
    // The codes beside the English, with their named parts: what the Greek lines are said from.
    expect(JSON.parse(json).reasonCodes).toEqual([{ code: 'order.surnameFirst', params: {} }, { code: 'gender.firstName', params: { name: 'Γιώργος' } }]);
  });

  it('suggest: cues, types, fields and why, in Greek; --json the same', async () => {
    const message = 'με χρεώσατε δύο φορές, είμαι θυμωμένος';
    const r = await el('suggest', '--pack', GOOD, message);
    expect((await elEnv('suggest', '--pack', GOOD, message)).stdout).toBe(r.stdout);
    expect(r.stdout).toMatch(/^Ενδείξεις: Θυμός \(θυμωμένος\)\n1\. Διπλή χρέωση κάρτας {2}\[διαδικασία\] fixture-good\/double-card-charge {2}βαθμός \d+(,\d+)?\n {3}ταίριαξαν: «/);
    expect(r.stdout).toMatch(/\(τίτλος|\(φράσεις πελάτη|\(κείμενο/);
    expect(englishIn(r.stdout)).toEqual([]);
    const english = await en('suggest', '--pack', GOOD, message);
    expect(english.stdout).toMatch(/^Cues: Angry \(θυμωμένος\)\n1\. Διπλή χρέωση κάρτας {2}\[sop\] fixture-good\/double-card-charge {2}score \d+(\.\d+)?\n {3}matched "/);
    const json = (await en('suggest', '--pack', GOOD, message, '--json')).stdout;
    expect((await el('suggest', '--pack', GOOD, message, '--json')).stdout).toBe(json);
  });

  it('list and diff', async () => {
    const list = await el('list', built);
    expect(list.stdout).toMatch(/^fixture-good 1\.2\.0 — .+ \(4 καταχωρίσεις\)\nδιαδικασία double-card-charge/);
    expect(list.stdout).toMatch(/^πρότυπο {4}apology-formal/m);
    expect((await en('list', built)).stdout).toMatch(/^fixture-good 1\.2\.0 — .+ \(4 entries\)\nsop {6}double-card-charge/);
    expect((await elEnv('diff', built, GOOD)).stdout).toContain('Καμία αλλαγή.');
    expect((await en('diff', built, GOOD)).stdout).toContain('No changes.');
  });

  it('diff says the kind of each entry in Greek, as list does (it printed «template» and «sop»), and the warning', async () => {
    const old = JSON.parse(readFileSync(built, 'utf8')) as CompiledPack;
    const file = join(tmp, 'retitled.json');
    writeFileSync(file, JSON.stringify({ ...old, entries: old.entries.map((e, i) => (i === 0 ? { ...e, title: 'Άλλος τίτλος' } : e)) }));
    const first = old.entries[0]!;
    const greek = (await elEnv('diff', built, file)).stdout;
    expect(greek).toContain(`~ ${first.type === 'sop' ? 'διαδικασία' : 'πρότυπο'} ${first.id} — Άλλος τίτλος: title`);
    expect(greek).toContain(`προειδοποίηση: το περιεχόμενο άλλαξε αλλά η έκδοση όχι (ακόμη ${old.meta.version})`);
    expect((await en('diff', built, file)).stdout).toContain(`~ ${first.type} ${first.id} — Άλλος τίτλος: title`);
  });

  it('diff says every warning of the pack diff in Greek from its code (--json keeps the English, the codes beside)', () => {
    const old = JSON.parse(readFileSync(built, 'utf8')) as CompiledPack;
    const changed = { ...old, entries: old.entries.map((e, i) => (i === 0 ? { ...e, title: 'Άλλος τίτλος' } : e)) };
    const other = { ...old, meta: { ...old.meta, id: 'other-pack', version: '1.0.0' } };
    const diffs = [diffPacks(old, changed), diffPacks(old, other)];
    const codes = diffs.flatMap((d) => d.warningCodes);
    expect(codes.map((w) => w.code)).toEqual(['notBumped', 'otherPack', 'backwards']);
    // Said from the code and its values: the English is --json's sentence word for word, the Greek the table's.
    expect(codes.map((w) => diffWarning(w, 'en'))).toEqual(diffs.flatMap((d) => d.warnings));
    expect(codes.map((w) => diffWarning(w, 'el'))).toEqual([
      `το περιεχόμενο άλλαξε αλλά η έκδοση όχι (ακόμη ${old.meta.version}): στους εκπροσώπους δεν θα προταθεί η ενημέρωση`,
      `είναι διαφορετικά πακέτα («${old.meta.id}» και «other-pack»)`,
      `η έκδοση πηγαίνει προς τα πίσω (${old.meta.version} → 1.0.0)`,
    ]);
  });
});

describe('keys and signatures in Greek', () => {
  it('keygen, sign and verify say what they wrote and found', async () => {
    const name = join(tmp, 'trainer');
    const keys = await elEnv('keygen', '-o', name);
    expect(keys.stdout).toMatch(new RegExp(`^Ιδιωτικό κλειδί: ${name}\\.key \\(κρατήστε το μυστικό\\)\\nΔημόσιο κλειδί: ${name}\\.pub\\n`));
    expect((await elEnv('keygen', '-o', name)).stderr).toContain(`τα ${name}.key και ${name}.pub υπάρχουν ήδη: ένα νέο κλειδί θα άφηνε ορφανά`);
    expect((await el('verify', built, '--pub', `${name}.key`)).stderr).toContain(`odigos verify: ${name}.key: είναι ιδιωτικό κλειδί, όχι δημόσιο: κρατήστε το μυστικό`);
    expect((await en('verify', built, '--pub', `${name}.key`)).stderr).toContain(`odigos verify: ${name}.key: is a private key, not a public one: keep it secret`);
    const signed = await el('sign', built, '--key', `${name}.key`);
    expect(signed.stdout).toMatch(/^Υπογράφηκε το fixture-good 1\.2\.0 → .*good\.json\nΔημόσιο κλειδί: /);
    expect((await el('verify', built, '--pub', `${name}.pub`)).stdout).toMatch(/: έγκυρη υπογραφή από το κλειδί …\S+ \(fixture-good 1\.2\.0\)\n$/);
    expect((await en('verify', built, '--pub', `${name}.pub`)).stdout).toMatch(/: good signature by …\S+ \(fixture-good 1\.2\.0\)\n$/);
  });
});
