/**
 * The studio page's controller against a server whose answers come when the test says, and a browser whose
 * hashchange comes a task after the address changes (as Chromium's does): what the trainer types lands in the entry
 * on screen, a check or an entry's load answered late never lands in another entry, and the server gets an entry's
 * checks and saves in the order they were made. These orders are what the end-to-end studio test met under load:
 * the first field typed after «+ Νέα διαδικασία» went into the entry being left, and the new SOP kept «title is
 * empty» and «id is empty» (a new template was saved as templates/new-entry.md).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryDoc, StudioState } from '../../../studio/model/api';
import { emptyTemplate, type EntryForm, type PackForm, type TemplateForm } from '../../../studio/model/entry-form';
import type { Api } from '../../../studio/client/api';
import { createStudio } from '../../../studio/client/controller';

interface Call {
  route: string;
  req: { key?: string; file?: string; form?: EntryForm };
  keepalive?: boolean;
  answer(): void;
}

const template = (id: string, title: string): TemplateForm => ({ ...emptyTemplate('el'), id, title, body: `${title}.`, triggers: [title] });
const DOCS: Record<string, EntryDoc> = {
  'templates/a.md': { file: 'templates/a.md', hash: 'ha', markdown: '', form: template('a', 'Άλφα') },
  'templates/b.md': { file: 'templates/b.md', hash: 'hb', markdown: '', form: template('b', 'Βήτα') },
};
const PACK: PackForm = { id: 'p', name: 'Πακέτο', version: '1.0.0', lang: 'el', description: '', author: '', reviewBy: '' };
const STATE: StudioState = {
  folder: '/p', bundled: false, revision: 1, packLang: 'el', pack: { hash: 'hp', form: PACK }, broken: [], newDrafts: [], packProblems: [],
  counts: { errors: 0, warnings: 0 },
  entries: Object.values(DOCS).map((d) => ({ file: d.file, hash: d.hash, id: d.form!.id, type: 'template', title: d.form!.title, errors: 0, warnings: 0, draft: false })),
};

/** A studio server that answers each call when the test lets it (`hold`), otherwise at once, in the order asked. */
function fakeServer() {
  const calls: Call[] = [];
  /** The calls in the order the server handled them. */
  const handled: Call[] = [];
  const held = new Set<string>();
  const reply = (route: string, req: Call['req']): unknown => {
    if (route === 'GET /api/state') return STATE;
    if (route === 'POST /api/entry') return DOCS[req.file!];
    if (route === 'POST /api/check') return { markdown: '', problems: [] };
    if (route === 'POST /api/save') return { ok: true, file: `templates/${req.form!.id}.md`, hash: 'hnew' };
    if (route === 'POST /api/pack/check') return { yaml: '', problems: (req.form as unknown as PackForm).name ? [] : [{ file: 'pack.yaml', severity: 'error', message: '"name" is empty', field: 'name' }] };
    if (route === 'POST /api/pack/save') return { ok: true, file: 'pack.yaml', hash: 'hp2' };
    return { ok: true };
  };
  const api: Api = {
    call: (route, req, options) =>
      new Promise((ok) => {
        const call: Call = {
          route, req: req as Call['req'], keepalive: options?.keepalive,
          answer: () => {
            if (handled.includes(call)) return;
            handled.push(call);
            ok(reply(route, req as Call['req']) as never);
          },
        };
        calls.push(call);
        if (!held.has(route)) call.answer();
      }) as never,
  };
  const sent = (route: string) => calls.filter((c) => c.route === route);
  return { api, calls, handled, held, sent };
}

/** The browser's address: setting it fires hashchange a task later, which the page follows as main.tsx does. */
function fakeBrowser(server: ReturnType<typeof fakeServer>) {
  const location = {
    hash: '#/',
    assign(hash: string) {
      location.hash = hash;
      setTimeout(() => void studio.follow(location.hash), 0);
    },
  };
  const studio = createStudio(server.api, location);
  return { studio, location };
}

/** What the form on screen sends when the trainer types into one field. */
function type(studio: ReturnType<typeof createStudio>, patch: Partial<TemplateForm>) {
  const shown = studio.editor.value!;
  studio.entry.change({ ...shown.form, ...patch } as EntryForm, shown.key);
}

describe('the studio page keeps each edit, check and answer with its own entry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function openOn(file: string) {
    const server = fakeServer();
    const { studio, location } = fakeBrowser(server);
    await studio.refresh();
    location.hash = `#/entry/${file}`;
    await studio.follow(location.hash);
    await vi.runAllTimersAsync();
    return { server, studio, location };
  }

  it('typing right after «+ New» goes into the new entry, never into the one being left', async () => {
    const { server, studio } = await openOn('templates/a.md');
    studio.navigate('#/new/template-1'); // the «+ Νέο πρότυπο» button
    type(studio, { title: 'Νέο πρότυπο' }); // the next keystroke, before the browser's hashchange
    await vi.runAllTimersAsync();

    expect(studio.editor.value?.key).toBe('new:template-1');
    expect(studio.editor.value?.form).toMatchObject({ title: 'Νέο πρότυπο', id: 'neo-protypo' });
    const checks = server.sent('POST /api/check').map((c) => [c.req.key, c.req.form?.title]);
    expect(checks).not.toContainEqual(['templates/a.md', 'Νέο πρότυπο']);
    // An empty new form is never checked: the server would keep it as a draft of templates/new-entry.md.
    expect(checks.filter(([key]) => key === 'new:template-1')).toEqual([['new:template-1', 'Νέο πρότυπο']]);
  });

  it('a change is checked (kept as a draft) as the entry it was typed in, though another entry opens before its check is due', async () => {
    const { server, studio, location } = await openOn('templates/a.md');
    type(studio, { title: 'Άλφα διορθωμένο' });
    location.assign('#/entry/templates/b.md'); // a link in the list: the browser's hashchange opens it
    await vi.runAllTimersAsync();

    expect(studio.editor.value).toMatchObject({ key: 'templates/b.md', form: { title: 'Βήτα' } });
    const checks = server.sent('POST /api/check').map((c) => [c.req.key, c.req.form?.title]);
    expect(checks).toContainEqual(['templates/a.md', 'Άλφα διορθωμένο']);
    expect(checks).not.toContainEqual(['templates/b.md', 'Άλφα διορθωμένο']);
  });

  it('an entry whose load answers late does not replace the entry opened after it', async () => {
    const { server, studio, location } = await openOn('templates/b.md');
    server.held.add('POST /api/entry');
    location.assign('#/entry/templates/a.md');
    await vi.runAllTimersAsync();
    studio.navigate('#/new/template-2');
    await vi.runAllTimersAsync(); // the new form is on screen however the address was followed
    type(studio, { title: 'Δεύτερο' });
    for (const c of server.sent('POST /api/entry')) c.answer();
    await vi.runAllTimersAsync();

    expect(studio.editor.value).toMatchObject({ key: 'new:template-2', form: { title: 'Δεύτερο' } });
  });

  it('a save waits for the check already on its way, so the server never gets the check after the save', async () => {
    const { server, studio } = await openOn('templates/b.md');
    const before = server.calls.length;
    studio.navigate('#/new/template-3');
    type(studio, { title: 'Τρίτο', body: 'Κείμενο.' });
    server.held.add('POST /api/check');
    await vi.advanceTimersByTimeAsync(1000); // the check is sent, and not answered yet
    const saved = studio.entry.save();
    await vi.advanceTimersByTimeAsync(0);
    const order = () => server.calls.slice(before).filter((c) => c.route === 'POST /api/check' || c.route === 'POST /api/save').map((c) => `${c.route} ${c.req.key}`);
    // Sent after an unanswered check, the save could be handled first and the check would put back the draft of
    // an entry that is saved: a second «Τρίτο» in the pack.
    expect(order()).toEqual(['POST /api/check new:template-3']);
    server.held.clear();
    for (const c of server.sent('POST /api/check')) c.answer();
    await saved;
    await vi.runAllTimersAsync();
    expect(order().slice(0, 2)).toEqual(['POST /api/check new:template-3', 'POST /api/save new:template-3']);
    expect(order().slice(2)).not.toContain('POST /api/check new:template-3');
    expect(studio.editor.value).toMatchObject({ key: 'templates/trito.md', status: 'clean' });
  });

  it('a save answered after the trainer moved on neither takes them back nor replaces the entry they are in', async () => {
    const { server, studio } = await openOn('templates/b.md');
    studio.navigate('#/new/template-4');
    type(studio, { title: 'Τέταρτο', body: 'Κείμενο.' });
    await vi.runAllTimersAsync();
    server.held.add('POST /api/save');
    const saved = studio.entry.save();
    await vi.advanceTimersByTimeAsync(0);
    studio.navigate('#/new/template-5');
    type(studio, { title: 'Πέμπτο' });
    for (const c of server.sent('POST /api/save')) c.answer();
    await saved;
    await vi.runAllTimersAsync();

    expect(studio.page.value).toEqual({ name: 'new', key: 'template-5' });
    expect(studio.editor.value).toMatchObject({ key: 'new:template-5', form: { title: 'Πέμπτο' } });
  });

  it('what is typed while a save is on its way stays in the form and is checked as an edit of the saved file', async () => {
    const { server, studio } = await openOn('templates/b.md');
    studio.navigate('#/new/template-6');
    type(studio, { title: 'Έκτο', body: 'Κείμενο.' });
    await vi.runAllTimersAsync();
    server.held.add('POST /api/save');
    const saved = studio.entry.save();
    await vi.advanceTimersByTimeAsync(0);
    type(studio, { body: 'Κείμενο, και λίγο ακόμα.' });
    expect(studio.editor.value?.status).toBe('saving'); // no second save of the same new entry meanwhile
    const before = server.calls.length;
    for (const c of server.sent('POST /api/save')) c.answer();
    await saved;
    await vi.runAllTimersAsync();

    expect(studio.editor.value).toMatchObject({ key: 'templates/ekto.md', form: { body: 'Κείμενο, και λίγο ακόμα.' }, saved: { body: 'Κείμενο.' } });
    const after = server.calls.slice(before).filter((c) => c.route === 'POST /api/check').map((c) => [c.req.key, (c.req.form as TemplateForm | undefined)?.body]);
    expect(after).toEqual([['templates/ekto.md', 'Κείμενο, και λίγο ακόμα.']]);
  });

  it('an entry saved untitled takes its id from the title typed after, as a new one does (the hint says so)', async () => {
    const { studio, location } = await openOn('templates/b.md');
    studio.navigate('#/new/template-7');
    type(studio, { body: 'Σας καλούμε πίσω.' });
    await vi.runAllTimersAsync();
    await studio.entry.save(); // saved with no title: no id either
    await vi.runAllTimersAsync();
    expect(studio.editor.value).toMatchObject({ key: 'templates/.md', form: { id: '' } });
    type(studio, { title: 'Ε' });
    type(studio, { title: 'Επανάκληση' });
    expect(studio.editor.value?.form).toMatchObject({ title: 'Επανάκληση', id: 'epanaklisi' });
    // An id of its own, once saved, stays when the title changes.
    await studio.entry.save();
    await vi.runAllTimersAsync();
    // The server moved the untitled file to the name the id gives: the address follows it, the edit stays open.
    expect(location.hash).toBe('#/entry/templates/epanaklisi.md');
    expect(studio.editor.value).toMatchObject({ key: 'templates/epanaklisi.md', file: 'templates/epanaklisi.md', status: 'clean' });
    type(studio, { title: 'Επανάκληση σε συμφωνημένη ώρα' });
    expect(studio.editor.value?.form.id).toBe('epanaklisi');
  });

  it('the tab closed right after typing: the change not yet checked is sent as the page goes, in a request that outlives it', async () => {
    const { server, studio } = await openOn('templates/a.md');
    type(studio, { title: 'Άλφα τελικό' });
    studio.entry.leaving(); // pagehide, before the check was due
    const sent = server.sent('POST /api/check').filter((c) => c.req.form?.title === 'Άλφα τελικό');
    expect(sent.map((c) => [c.req.key, c.keepalive])).toEqual([['templates/a.md', true]]);
    // Nothing is due after it: no second check of the same form.
    await vi.runAllTimersAsync();
    expect(server.sent('POST /api/check').filter((c) => c.req.form?.title === 'Άλφα τελικό')).toHaveLength(1);

    studio.packActions.change({ ...PACK, name: 'Πακέτο προσβασιμότητας' });
    studio.packActions.leaving();
    expect(server.sent('POST /api/pack/check').map((c) => [(c.req.form as unknown as PackForm).name, c.keepalive])).toEqual([['Πακέτο προσβασιμότητας', true]]);
  });

  it('the pack form shows the problems of its latest form, and its save is not overtaken by a check', async () => {
    const { server, studio } = await openOn('templates/b.md');
    server.held.add('POST /api/pack/check').add('POST /api/pack/save');
    const pack = (calls: Call[]) => calls.filter((c) => c.route.startsWith('POST /api/pack/'));
    /** The server handles whatever it has been sent, newest first, until nothing more comes. */
    const answerNewestFirst = async () => {
      for (let waiting = pack(server.calls); waiting.length; waiting = pack(server.calls).filter((c) => !server.handled.includes(c))) {
        for (const c of waiting.reverse()) c.answer();
        await vi.runAllTimersAsync();
      }
    };
    studio.packActions.change({ ...PACK, name: '' });
    await vi.advanceTimersByTimeAsync(1000);
    studio.packActions.change({ ...PACK, name: 'Υποστήριξη' });
    await vi.advanceTimersByTimeAsync(1000);
    await answerNewestFirst();
    expect(studio.pack.value?.problems).toEqual([]); // not those of the empty name, answered last

    studio.packActions.change({ ...PACK, name: 'Υποστήριξη Acme' });
    await vi.advanceTimersByTimeAsync(1000);
    const saved = studio.packActions.save();
    await answerNewestFirst();
    await saved;
    const names = (calls: Call[]) => pack(calls).map((c) => `${c.route} ${(c.req.form as unknown as PackForm).name}`);
    expect(names(server.handled)).toEqual(names(server.calls));
    expect(names(server.handled).slice(-2)).toEqual(['POST /api/pack/check Υποστήριξη Acme', 'POST /api/pack/save Υποστήριξη Acme']);
  });
});
