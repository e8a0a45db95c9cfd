// @vitest-environment node
/**
 * Names the rules were not written for (data/held-out-surnames.tsv), in capitals without accents as registry-fed
 * CRMs hold them: the vocative and the salutation through a template's placeholders. Prints the figure per batch and
 * the misses; the floor is what the rules reach on names they have not seen (the file says how each batch was used:
 * batch D was never tuned on).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nameLexicon, plainKey } from '../../../knowledge/names';
import { expandTemplate } from '../../../knowledge/template';

interface Row {
  batch: string;
  name: string;
  gender: 'm' | 'f';
  accepted: string[];
  role: 'first' | 'last';
  /** The CRM lists the full name first name first (batch F; the others list the surname first). */
  givenFirst: boolean;
  /** Some capitals typed as Latin look-alikes (batch F). */
  latin: boolean;
  /** Given as written, with its accents, not in capitals (batch H gives each name both ways). */
  asWritten?: boolean;
  /** Never looked at (half of batch J): its figure is printed, its misses are not. */
  sealed: boolean;
}

const readRows = (file: string): Row[] =>
  readFileSync(fileURLToPath(new URL(`./data/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [batch, name, gender, accepted, role, flags = ''] = line.split('\t');
      return {
        batch: batch!, name: name!, gender: gender as Row['gender'], accepted: accepted!.split('|'), role: role === 'first' ? 'first' : 'last',
        givenFirst: flags.includes('given-first'), latin: flags.includes('latin'), sealed: flags.includes('sealed'),
      };
    });

const rows: Row[] = [...readRows('held-out-surnames.tsv'), ...readRows('held-out-f.tsv'), ...readRows('held-out-g.tsv')];
/** Batch H, each name as written and in capitals. */
const hRows: Row[] = readRows('held-out-h.tsv').flatMap((r) => [r, { ...r, asWritten: true }]);
/** Batch I (names from a Greek-English dictionary), each name as written and in capitals. */
const iRows: Row[] = readRows('held-out-i.tsv').flatMap((r) => [r, { ...r, asWritten: true }]);
/** Batch J (names from the Greek name-day list Odigos now ships), each name as written and in capitals. */
const jRows: Row[] = readRows('held-out-j.tsv').flatMap((r) => [r, { ...r, asWritten: true }]);
/** Batch K (names from another name-day list), each name as written and in capitals; all of it sealed. */
const kRows: Row[] = readRows('held-out-k.tsv').flatMap((r) => [r, { ...r, asWritten: true }]);
const kFirst = kRows.filter((r) => r.role === 'first');
const kLast = kRows.filter((r) => r.role === 'last');
/** Batch M (surnames of Tesseract's Greek word list), each as written and in capitals; all of it sealed. */
const mRows: Row[] = readRows('held-out-m.tsv').flatMap((r) => [r, { ...r, asWritten: true }]);

/**
 * Batch L: real people (Greek MPs), one row each as the source lists them, surname first: surname, first name,
 * gender, accepted vocatives of each; all sealed (data/held-out-l.tsv).
 */
interface Person { surname: string; given: string; gender: 'm' | 'f'; surnameVocatives: string[]; givenVocatives: string[]; latin: boolean }

const readPeople = (file: string): Person[] =>
  readFileSync(fileURLToPath(new URL(`./data/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [, surname, given, gender, surnameVocatives, givenVocatives, flags = ''] = line.split('\t');
      return {
        surname: surname!, given: given!, gender: gender as Person['gender'], surnameVocatives: surnameVocatives!.split('|'),
        givenVocatives: givenVocatives!.split('|'), latin: flags.includes('latin'),
      };
    });

/** A batch of people's surnames and first names, each once (by name and gender), as name rows the batches above use. */
function personRows(people: Person[], batch = 'L'): { last: Row[]; first: Row[] } {
  const once = (rows: Row[]) => [...new Map(rows.map((r) => [`${r.name}/${r.gender}`, r])).values()];
  const row = (p: Person, role: Row['role']): Row => ({
    batch, name: role === 'last' ? p.surname : p.given, gender: p.gender, accepted: role === 'last' ? p.surnameVocatives : p.givenVocatives,
    role, givenFirst: false, latin: p.latin, sealed: true,
  });
  const both = (rows: Row[]) => rows.flatMap((r) => [r, { ...r, asWritten: true }]);
  return { last: both(once(people.map((p) => row(p, 'last')))), first: both(once(people.map((p) => row(p, 'first')))) };
}

const LOOK_ALIKE: Record<string, string> = { Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X' };

/** As a registry writes it: capitals, no accents; with `latin`, every other look-alike capital typed in Latin. */
function registry(name: string, latin = false): string {
  const caps = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLocaleUpperCase('el');
  if (!latin) return caps;
  let n = 0;
  return caps.replace(/[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]/g, (c) => (n++ % 2 === 0 ? LOOK_ALIKE[c]! : c));
}

const titleCase = (caps: string) => ({ ΠΑΠΑΔΟΠΟΥΛΟΣ: 'Παπαδόπουλος', ΠΑΠΑΔΟΠΟΥΛΟΥ: 'Παπαδοπούλου', ΓΙΩΡΓΟΣ: 'Γιώργος', ΜΑΡΙΑ: 'Μαρία' })[caps]!;

/** The vocative as a template writes it, or a description of the miss. */
function vocativeMiss(r: Row): string | undefined {
  const name = r.asWritten ? r.name : registry(r.name, r.latin);
  const customer = r.role === 'first' ? { firstName: name, gender: r.gender } : { lastName: name, gender: r.gender };
  const got = expandTemplate('{{customer.vocative}}', { customer }, { lang: 'el' }).text;
  return r.accepted.includes(got) ? undefined : `${name} → ${got} (expected ${r.accepted.join(' or ')})`;
}

/**
 * The salutation from the full name as a registry lists it, surname first: formal for a surname
 * («ΛΑΖΑΡΟΥ ΜΑΡΙΑ» → «Αγαπητή κυρία Λαζάρου»), informal for a first name («ΠΑΠΑΔΟΠΟΥΛΟΣ ΣΠΗΛΙΟΣ» → «Γεια σου, Σπήλιο»).
 */
function salutationMiss(r: Row): string | undefined {
  const caps = r.role === 'first' ? (r.gender === 'm' ? 'ΠΑΠΑΔΟΠΟΥΛΟΣ' : 'ΠΑΠΑΔΟΠΟΥΛΟΥ') : r.gender === 'm' ? 'ΓΙΩΡΓΟΣ' : 'ΜΑΡΙΑ';
  const other = r.asWritten ? titleCase(caps) : caps;
  const own = r.asWritten ? r.name : registry(r.name, r.latin);
  const surnameFirst = r.role === 'first' ? [other, own] : [own, other];
  const name = (r.givenFirst ? surnameFirst.reverse() : surnameFirst).join(' ');
  const formality = r.role === 'first' ? 'informal' : 'formal';
  const got = expandTemplate('{{customer.salutation}}', { customer: { name } }, { lang: 'el', formality }).text;
  const want = r.accepted.map((v) => (r.role === 'first' ? `Γεια σου, ${v}` : `${r.gender === 'm' ? 'Αγαπητέ κύριε' : 'Αγαπητή κυρία'} ${v}`));
  return want.includes(got) ? undefined : `${name} → ${got}`;
}

function figure(label: string, of: Row[]): { right: number; line: string } {
  const vocative = of.map(vocativeMiss).filter((m): m is string => m !== undefined);
  const salutation = of.map(salutationMiss).filter((m): m is string => m !== undefined);
  const pct = (wrong: string[]) => ((100 * (of.length - wrong.length)) / of.length).toFixed(1);
  const lines = [
    `${label}: vocative ${of.length - vocative.length}/${of.length} (${pct(vocative)} %), salutation ${of.length - salutation.length}/${of.length} (${pct(salutation)} %)`,
    ...(of.some((r) => r.sealed) ? [] : [...vocative, ...salutation].map((w) => `  wrong: ${w}`)),
  ];
  return { right: of.length - Math.max(vocative.length, salutation.length), line: lines.join('\n') };
}

/**
 * Batch L's full names as the source lists them, surname first («ΑΒΡΑΜΙΔΗΣ ΓΑΒΡΙΗΛ»): the formal salutation must
 * take the surname and the informal one the first name, each in its vocative. Sealed: the figure, not the misses.
 */
function personFigure(label: string, people: Person[], asWritten: boolean, signed = false): { right: number; of: number; line: string } {
  let formal = 0;
  let informal = 0;
  let right = 0;
  for (const p of people) {
    const name = asWritten ? `${p.surname} ${p.given}` : registry(`${p.surname} ${p.given}`, p.latin);
    const texts = signed ? [`Καλησπέρα σας,\nδεν έχω λάβει ακόμα την παραγγελία μου.\n\nΜε εκτίμηση,\n${p.given} ${p.surname}`] : undefined;
    const got = (formality: 'formal' | 'informal') => expandTemplate('{{customer.salutation}}', { customer: { name, texts } }, { lang: 'el', formality }).text;
    const title = p.gender === 'm' ? 'Αγαπητέ κύριε' : 'Αγαπητή κυρία';
    const f = p.surnameVocatives.some((v) => got('formal') === `${title} ${v}`);
    const i = p.givenVocatives.some((v) => got('informal') === `Γεια σου, ${v}`);
    formal += f ? 1 : 0;
    informal += i ? 1 : 0;
    right += f && i ? 1 : 0;
  }
  const n = people.length;
  const pct = (k: number) => ((100 * k) / n).toFixed(1);
  return { right, of: n, line: `${label}: formal ${formal}/${n} (${pct(formal)} %), informal ${informal}/${n} (${pct(informal)} %), both ${right}/${n} (${pct(right)} %)` };
}

/**
 * What names nobody tuned on reach (measured, see the data files), just under the figure so a loss shows: below
 * the 99 % of the tuned lists, as some surnames in capitals are neither words of the dictionary nor made with an
 * ending that tells their stress (Πρίντεζης, Σαλμάς, Κότσιρας). F's and G's figures count names the hand-written
 * surname list also holds (their data files say how many and what the rest reach).
 */
const HELD_OUT_FLOOR = {
  D: 0.95, E: 0.93, F: 0.9, G: 0.97, H: { written: 0.99, caps: 0.99, offList: 0.99 }, I: { written: 0.98, caps: 0.95 },
  // J: no longer held out, its names being in the shipped name-day list (data/held-out-j.tsv gives its figures
  // from before, as held out: sealed half in capitals 96.5 %).
  J: { written: 0.99, caps: 0.99, sealedWritten: 0.99, sealedCaps: 0.99 },
  // K: first names of another name-day list and surnames of Python Faker's el_GR, all sealed (data/held-out-k.tsv);
  // first names in capitals 91.6 % before the name-day list shipped, 96.1 % after. Its surnames are no longer held
  // out, Python Faker's surname lists being shipped (faker-py-surname-data.ts): in capitals 81.6 % before as held
  // out, 98.7 % after (the four misses are names another list stresses otherwise); the figure on the names no list
  // holds is gone with them (one name left).
  K: { written: 0.99, caps: 0.96, offList: 0.86, lastWritten: 0.99, lastCaps: 0.98 },
  // M: surnames of Tesseract's Greek word list, sealed (data/held-out-m.tsv); in capitals 86.4 % before that list was
  // read, 97.9 % after (surname-stress-data.ts), so no longer held out.
  M: { written: 0.99, caps: 0.97 },
  // N: 87 members of the House of Representatives of Cyprus (data/held-out-n.tsv), sealed, never tuned on; measured
  // on b0a6a38 before any change: surnames in capitals 84.3 % (78.0 % on those no list holds), full names in capitals
  // both salutations 79.3 %. Floors just under.
  N: { lastWritten: 0.98, lastCaps: 0.84, lastOffList: 0.77, firstWritten: 0.99, firstCaps: 0.98, fullWritten: 0.91, fullCaps: 0.79, fullCapsSigned: 0.94 },
  // L: 201 Greek MPs from the Hellenic Parliament's list (data/held-out-l.tsv), sealed, never tuned on; measured on
  // 3d3f1ca: surnames as written 98.9 %, in capitals 85.1 % (78.4 % on those no list holds), first names in capitals
  // 97.4 %, full names in capitals both salutations 84.1 %. After the surnames of Greek text and the dictionary's
  // capitalised names were read for surnames (wip/names9, figures only, nothing changed for them): surnames in
  // capitals 85.7 % (79.3 % on those no list holds), full names in capitals formal 85.1 %, both 84.6 %.
  // fullCapsSigned (wip/names10): the names in capitals with the customer's message signed in L's own accented
  // spelling, only a check that the page's text reaches the stress: both 170 → 192/201 (95.5 %), as the names as
  // written reach (its misses are theirs, not the stress's).
  // After the vote of listed surnames that end alike (surname-suffix.ts, wip/names11, chosen by cross-validation on the
  // lists, L run once at the end): surnames in capitals 150 → 153/175 (87.4 %), on those no list holds 88 → 91/111
  // (82.0 %), full names in capitals formal 171 → 173, both 170 → 172/201 (85.6 %).
  // After the surnames Tesseract's word list writes only in their other cases (wip/names25, «του Καρβέλα»; decided
  // before L or N was run with it, L run once after): surnames in capitals 153 → 154/175 (88.0 %), no list holds
  // 91 → 92/111, full names in capitals both 172 → 173/201 (86.1 %); N unchanged; G 126 → 127/130.
  L: { lastWritten: 0.98, lastCaps: 0.875, lastOffList: 0.81, firstWritten: 0.99, firstCaps: 0.97, fullWritten: 0.95, fullCaps: 0.85, fullCapsSigned: 0.95 },
};

/** Names of batch H that the built-in lists or another test list also hold (H's figure is also given without them). */
const otherLists = new Set(
  ['greek-names.tsv', 'held-out-surnames.tsv', 'held-out-f.tsv', 'held-out-g.tsv'].flatMap((f) =>
    readFileSync(fileURLToPath(new URL(`./data/${f}`, import.meta.url)), 'utf8').split('\n').flatMap((l) => (l.startsWith('#') ? [] : l.split('\t').map(plainKey))),
  ),
);
const listed = (name: string) => otherLists.has(plainKey(name)) || nameLexicon().lookup(name) !== undefined;

type PeopleFloor = (typeof HELD_OUT_FLOOR)['L'];

/** Prints a batch of real people's figures (surnames, first names, full names surname first) and holds each to its floor. */
function peopleFigures(batch: string, file: string, who: string, floor: PeopleFloor): void {
  const people = readPeople(file);
  const { last, first } = personRows(people, batch);
  const parts = [
    { label: `Batch ${batch} surnames as written (${who}; sealed)`, rows: last.filter((r) => r.asWritten), floor: floor.lastWritten },
    { label: `Batch ${batch} surnames in capitals (sealed)`, rows: last.filter((r) => !r.asWritten), floor: floor.lastCaps },
    { label: `Batch ${batch} surnames in capitals, names no list holds`, rows: last.filter((r) => !r.asWritten && !listed(r.name)), floor: floor.lastOffList },
    { label: `Batch ${batch} first names as written (sealed)`, rows: first.filter((r) => r.asWritten), floor: floor.firstWritten },
    { label: `Batch ${batch} first names in capitals (sealed)`, rows: first.filter((r) => !r.asWritten), floor: floor.firstCaps },
  ].map((p) => ({ ...p, ...figure(p.label, p.rows), of: p.rows.length }));
  const full = [
    { ...personFigure(`Batch ${batch} full names as written, surname first (sealed)`, people, true), floor: floor.fullWritten, label: 'full names as written' },
    { ...personFigure(`Batch ${batch} full names in capitals, surname first (sealed)`, people, false), floor: floor.fullCaps, label: 'full names in capitals' },
    // Only a check of the wiring, not a figure of the rules: the customer's message is signed with the batch's own
    // accented spelling («Με εκτίμηση,\nΓιώργος Μαχλάς»), which a name in capitals takes its stress from.
    {
      ...personFigure(`Batch ${batch} full names in capitals, signed as written in the message (the wiring; uses ${batch}'s own accents)`, people, false, true),
      floor: floor.fullCapsSigned,
      label: 'full names in capitals, signed',
    },
  ];
  console.log([...parts, ...full].map((f) => f.line).join('\n'));
  expect(people.length).toBeGreaterThanOrEqual(80);
  for (const f of [...parts, ...full]) expect(f.right / f.of, `${batch} ${f.label}`).toBeGreaterThanOrEqual(f.floor);
}

describe('held-out names in capitals', () => {
  it('covers every ending, men and women, first names and surnames', () => {
    expect(rows.length).toBeGreaterThanOrEqual(370);
    for (const end of [/όπουλος$/, /άκης$/, /ίδης$/, /άδης$/, /άτος$/, /ιώτης$/, /ίτης$/, /ινός$/, /ας$/, /άς$/, /ης$/, /ος$/, /έας$/, /ου$/, /άκη$/, /ίδου$/]) {
      expect(rows.some((r) => end.test(r.name)), String(end)).toBe(true);
    }
    expect(rows.filter((r) => r.gender === 'f').length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.role === 'first').length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.batch === 'D' || r.batch === 'E').length).toBeGreaterThanOrEqual(120);
  });

  it('gets the vocative and the salutation right on the tuned batches and on the held-out ones', () => {
    const parts = [
      { label: 'Batches A–C (their misses were studied)', rows: rows.filter((r) => ['A', 'B', 'C'].includes(r.batch)), floor: 0.99 },
      { label: 'Batch D (held out: no rule was made for its misses)', rows: rows.filter((r) => r.batch === 'D'), floor: HELD_OUT_FLOOR.D },
      { label: 'Batch E (held out: run once, at the end)', rows: rows.filter((r) => r.batch === 'E'), floor: HELD_OUT_FLOOR.E },
      { label: 'Batch F (held out: written before the surname lexicon)', rows: rows.filter((r) => r.batch === 'F'), floor: HELD_OUT_FLOOR.F },
      { label: 'Batch G (held out: written before the hand-written surname list)', rows: rows.filter((r) => r.batch === 'G'), floor: HELD_OUT_FLOOR.G },
      { label: 'Batch H as written (faker\'s Greek names)', rows: hRows.filter((r) => r.asWritten), floor: HELD_OUT_FLOOR.H.written },
      { label: 'Batch H in capitals', rows: hRows.filter((r) => !r.asWritten), floor: HELD_OUT_FLOOR.H.caps },
      { label: 'Batch I as written (names from a Greek-English dictionary; studied since wip/names4)', rows: iRows.filter((r) => r.asWritten), floor: HELD_OUT_FLOOR.I.written },
      { label: 'Batch I in capitals (studied since wip/names4)', rows: iRows.filter((r) => !r.asWritten), floor: HELD_OUT_FLOOR.I.caps },
      { label: 'Batch H in capitals, names no other list holds', rows: hRows.filter((r) => !r.asWritten && !listed(r.name)), floor: HELD_OUT_FLOOR.H.offList },
      { label: 'Batch J as written (name-day list, now shipped; the studied half)', rows: jRows.filter((r) => r.asWritten && !r.sealed), floor: HELD_OUT_FLOOR.J.written },
      { label: 'Batch J in capitals (the studied half)', rows: jRows.filter((r) => !r.asWritten && !r.sealed), floor: HELD_OUT_FLOOR.J.caps },
      { label: 'Batch J as written (the half sealed while held out)', rows: jRows.filter((r) => r.asWritten && r.sealed), floor: HELD_OUT_FLOOR.J.sealedWritten },
      { label: 'Batch J in capitals (the half sealed while held out)', rows: jRows.filter((r) => !r.asWritten && r.sealed), floor: HELD_OUT_FLOOR.J.sealedCaps },
      { label: 'Batch K first names as written (another name-day list; sealed)', rows: kFirst.filter((r) => r.asWritten), floor: HELD_OUT_FLOOR.K.written },
      { label: 'Batch K first names in capitals (sealed)', rows: kFirst.filter((r) => !r.asWritten), floor: HELD_OUT_FLOOR.K.caps },
      { label: 'Batch K first names in capitals, names no other list holds', rows: kFirst.filter((r) => !r.asWritten && !listed(r.name)), floor: HELD_OUT_FLOOR.K.offList },
      { label: 'Batch K surnames as written (Python Faker el_GR, now shipped; sealed)', rows: kLast.filter((r) => r.asWritten), floor: HELD_OUT_FLOOR.K.lastWritten },
      { label: 'Batch K surnames in capitals (now shipped; sealed)', rows: kLast.filter((r) => !r.asWritten), floor: HELD_OUT_FLOOR.K.lastCaps },
      { label: 'Batch M surnames as written (Tesseract\'s Greek word list; sealed)', rows: mRows.filter((r) => r.asWritten), floor: HELD_OUT_FLOOR.M.written },
      { label: 'Batch M surnames in capitals (now shipped; sealed)', rows: mRows.filter((r) => !r.asWritten), floor: HELD_OUT_FLOOR.M.caps },
    ];
    const figures = parts.map((p) => ({ ...p, ...figure(p.label, p.rows) }));
    console.log(figures.map((f) => f.line).join('\n'));
    for (const f of figures) expect(f.right / f.rows.length, f.label).toBeGreaterThanOrEqual(f.floor);
  });
  it('gets the held-out batch L right: real people (Greek MPs), as written and in capitals', () => {
    peopleFigures('L', 'held-out-l.tsv', 'Greek MPs', HELD_OUT_FLOOR.L);
  });
  it('gets the held-out batch N right: real people (members of the House of Representatives of Cyprus)', () => {
    peopleFigures('N', 'held-out-n.tsv', 'Cypriot MPs', HELD_OUT_FLOOR.N);
  });
});
