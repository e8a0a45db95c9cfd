/**
 * The studio page's controller: the one place that talks to the server (through api.ts) and turns answers into
 * the signals the views render. Views get data and callbacks; nothing in components/ fetches.
 */
import { batch, signal } from '@preact/signals';
import type { ImportFormat } from '@/knowledge/import/types';
import type { Bump, StudioState } from '../model/api';
import type { EntryForm, PackForm, TemplateForm } from '../model/entry-form';
import type { CvState, ImportState, Page, PackEditorState, PublishState, TryState } from '../model/ui';
import { unexpected, type Refusal } from '../model/refusal';
import { asRefusal, inTurns, type Api } from './api';
import { createEditor } from './editor';

export function parsePage(hash: string): Page {
  const path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  const [head, ...rest] = path.split('/');
  const tail = rest.join('/');
  if (head === 'entry' && tail) return { name: 'entry', file: tail };
  if (head === 'triggers' && tail) return { name: 'entry', file: tail, focus: 'triggers' };
  if (head === 'new' && tail) return { name: 'new', key: tail };
  if (head === 'pack' || head === 'try' || head === 'quality' || head === 'import' || head === 'publish') return { name: head };
  return { name: 'home' };
}

export function createStudio(api: Api, location: { hash: string; assign(hash: string): void }) {
  const state = signal<StudioState | undefined>(undefined);
  const page = signal<Page>(parsePage(location.hash));
  const lost = signal(false);
  const message = signal<Refusal | undefined>(undefined);
  const pack = signal<PackEditorState | undefined>(undefined);
  const tryState = signal<TryState>({ text: '', formality: 'formal', withBundled: false, busy: false, reply: '', customer: 0 });
  const cv = signal<CvState>({ busy: false });
  const importing = signal<ImportState>({ busy: false, text: '', format: '', chosen: [] });
  const publishing = signal<PublishState>({ busy: false, bump: 'minor', changelog: '', outDir: '', keyFile: '', url: '' });

  const say = (refusal: Refusal) => (message.value = refusal);

  async function refresh() {
    const next = await api.call('GET /api/state', {});
    batch(() => {
      state.value = next;
      lost.value = false;
    });
    if (!pack.value || pack.value.status === 'clean') {
      const form = next.pack.draft?.form as PackForm | undefined;
      pack.value = { baseHash: next.pack.draft?.baseHash ?? next.pack.hash, form: form ?? next.pack.form ?? emptyPackFor(next), problems: next.packProblems.filter((p) => p.file === 'pack.yaml'), status: form ? 'dirty' : 'clean' };
    }
  }

  const inTurn = inTurns();
  const ed = createEditor({ api, refresh, navigate, say, inTurn });
  const publish = publishActions(api, publishing, refresh);

  /** Shows a page: the entry it names (a new one from its draft, if the server kept it). */
  async function show(next: Page) {
    page.value = next;
    message.value = undefined;
    if (next.name === 'entry') await ed.show(next.file);
    else if (next.name === 'new') {
      const draft = state.value?.newDrafts.find((d) => d.key === `new:${next.key}`);
      ed.openNew(`new:${next.key}`, next.key.startsWith('sop') ? 'sop' : 'template', draft?.form as EntryForm | undefined);
    } else ed.close();
    // The publish page opens on what publishing would do now (version, the update agents will see, the key).
    if (next.name === 'publish') await publish.preview();
  }

  /** The page last followed, so that the browser's hashchange for an address already shown does nothing. */
  let followed: string | undefined;
  /** Shows the page an address names, once per address; resolves with it (undefined: it was shown already). */
  async function follow(hash: string): Promise<Page | undefined> {
    const next = parsePage(hash);
    if (JSON.stringify(next) === followed) return undefined;
    followed = JSON.stringify(next);
    await show(next);
    return next;
  }

  /**
   * The studio's own moves («+ New», a saved new entry's file) show their page at once. The browser's hashchange
   * comes a task later, and a keystroke in between went into the form being left: a new SOP lost its title that way.
   */
  function navigate(hash: string) {
    location.assign(hash);
    follow(hash).catch((e: unknown) => say(asRefusal(e)));
  }

  /** Waits for the folder to change (another program, git, another studio) and brings everything up to date. */
  async function watch(signalAbort: AbortSignal) {
    while (!signalAbort.aborted) {
      try {
        const since = state.value?.revision ?? 0;
        const { revision } = await api.call('GET /api/changes', { since: String(since) });
        if (revision !== since) {
          await refresh();
          const hashes = new Map((state.value?.entries ?? []).map((e) => [e.file, e.hash] as [string, string]));
          for (const b of state.value?.broken ?? []) hashes.set(b.file, b.hash);
          await ed.onFolderChange(hashes);
        }
      } catch {
        lost.value = true;
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  }

  return {
    state, page, lost, message, pack, editor: ed.editor, tryState, cv, importing, publishing,
    refresh, follow, watch, navigate,
    entry: ed,
    packActions: packActions(api, pack, refresh, inTurn),
    tryActions: tryActions(api, tryState, cv),
    importActions: importActions(api, importing, refresh),
    publishActions: publish,
  };
}

function emptyPackFor(state: StudioState): PackForm {
  const name = state.folder.split(/[\\/]/).filter(Boolean).pop() ?? 'pack';
  return { id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pack', name, version: '1.0.0', lang: 'el', description: '', author: '', reviewBy: '' };
}

type Sig<T> = { value: T };

function packActions(api: Api, pack: Sig<PackEditorState | undefined>, refresh: () => Promise<void>, inTurn: ReturnType<typeof inTurns>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  async function check() {
    const p = pack.value;
    if (!p) return;
    const mine = ++asked;
    const reply = await inTurn(() => api.call('POST /api/pack/check', { baseHash: p.baseHash, form: p.form }));
    // A later form's check is on its way: its answer is the one to show.
    if (mine === asked && pack.value) pack.value = { ...pack.value, problems: reply.problems };
  }
  return {
    /** The tab is going away: a pack form change whose check was not due yet is sent now and kept as a draft. */
    leaving() {
      const p = pack.value;
      if (timer === undefined || !p || p.status !== 'dirty') return;
      clearTimeout(timer);
      timer = undefined;
      api.call('POST /api/pack/check', { baseHash: p.baseHash, form: p.form }, { keepalive: true }).catch(() => undefined);
    },
    change(form: PackForm) {
      if (!pack.value) return;
      pack.value = { ...pack.value, form, status: 'dirty', note: undefined };
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void check();
      }, 300);
    },
    async save(overwrite?: string | null) {
      const p = pack.value;
      if (!p) return;
      clearTimeout(timer);
      const reply = await inTurn(() => api.call('POST /api/pack/save', { baseHash: overwrite === undefined ? p.baseHash : overwrite, form: p.form }));
      if (!reply.ok) {
        pack.value = { ...p, conflict: reply.conflict as PackEditorState['conflict'] };
        return;
      }
      pack.value = { ...p, baseHash: reply.hash, status: 'clean', conflict: undefined, note: 'saved' };
      await refresh();
    },
    async discard() {
      await inTurn(() => api.call('POST /api/discard', { key: 'pack.yaml' }));
      pack.value = undefined;
      await refresh();
    },
  };
}

function tryActions(api: Api, t: Sig<TryState>, cv: Sig<CvState>) {
  const set = (p: Partial<TryState>) => (t.value = { ...t.value, ...p });
  return {
    set,
    async run() {
      set({ busy: true, open: undefined });
      try {
        const result = await api.call('POST /api/try', { text: t.value.text, formality: t.value.formality, withBundled: t.value.withBundled });
        set({ result });
      } finally {
        set({ busy: false });
      }
    },
    async crossValidate() {
      cv.value = { ...cv.value, busy: true };
      try {
        cv.value = { busy: false, result: await api.call('POST /api/cv', { folds: 5 }) };
      } catch (e) {
        cv.value = { busy: false };
        throw e;
      }
    },
  };
}

function importActions(api: Api, s: Sig<ImportState>, refresh: () => Promise<void>) {
  const set = (p: Partial<ImportState>) => (s.value = { ...s.value, ...p });
  const read = async () => {
    set({ busy: true, applied: undefined });
    try {
      const preview = await api.call('POST /api/import/preview', { text: s.value.text, ...(s.value.format ? { format: s.value.format as ImportFormat } : {}) });
      set({ preview, chosen: preview.forms.map(() => true) });
    } finally {
      set({ busy: false });
    }
  };
  return {
    set,
    read,
    /** A chosen export file is read at once: the trainer sees what it holds without another click. */
    async file(file: File) {
      set({ text: await file.text(), fileName: file.name });
      await read();
    },
    async apply() {
      const forms = (s.value.preview?.forms ?? []).filter((_, i) => s.value.chosen[i]) as TemplateForm[];
      set({ busy: true });
      try {
        set({ applied: await api.call('POST /api/import/apply', { forms }), preview: undefined });
        await refresh();
      } finally {
        set({ busy: false });
      }
    },
  };
}

function publishActions(api: Api, s: Sig<PublishState>, refresh: () => Promise<void>) {
  const set = (p: Partial<PublishState>) => (s.value = { ...s.value, ...p });
  return {
    set,
    async preview(bump: Bump = s.value.bump) {
      set({ bump, busy: true, error: undefined });
      try {
        const preview = await api.call('POST /api/publish/preview', { bump, ...(s.value.outDir ? { outDir: s.value.outDir } : {}), ...(s.value.keyFile ? { keyFile: s.value.keyFile } : {}) });
        set({ preview, outDir: s.value.outDir || preview.outDir, keyFile: s.value.keyFile || preview.keyFile });
      } finally {
        set({ busy: false });
      }
    },
    async publish() {
      const v = s.value;
      if (!v.preview) return;
      set({ busy: true, result: undefined, error: undefined });
      try {
        // The key file or output folder may have been edited since the preview: ask again whether the key exists.
        const fresh = await api.call('POST /api/publish/preview', { bump: v.bump, outDir: v.outDir, keyFile: v.keyFile });
        set({ preview: fresh });
        const result = await api.call('POST /api/publish', { version: fresh.next, changelog: v.changelog, outDir: v.outDir, keyFile: v.keyFile, createKey: !fresh.keyExists, url: v.url });
        set({ result, ...(result.ok ? {} : { error: result.refusal ?? unexpected(result.error ?? '') }) });
        await refresh();
        // What publishing again would do now: the version just published is the current one, the key exists.
        if (result.ok) set({ preview: await api.call('POST /api/publish/preview', { bump: v.bump, outDir: v.outDir, keyFile: v.keyFile }), changelog: '' });
      } finally {
        set({ busy: false });
      }
    },
  };
}

export type Studio = ReturnType<typeof createStudio>;
