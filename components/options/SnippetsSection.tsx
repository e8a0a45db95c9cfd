import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { TONES, type Formality, type Tone } from '@/knowledge/types';
import { defineStrings, fill } from '@/lib/i18n';
import type { Snippet, SnippetProblem } from '@/lib/store/snippets';
import type { Policy } from '@/lib/store/policy';
import { shownFailure, type ShownFailure } from '@/lib/failure';
import { ManagedNote } from './managed';
import { SaidAlert } from '../failure-words';

const say = defineStrings({
  title: { el: 'Τα δικά σας πρότυπα', en: 'Your own templates' },
  intro: {
    el: 'Έχουν προτεραιότητα έναντι των πακέτων: ίδια συντόμευση σημαίνει το δικό σας πρότυπο.',
    en: 'They come before pack templates: the same shortcut means your template.',
  },
  empty: { el: 'Δεν έχετε ακόμη δικά σας πρότυπα.', en: 'You have no templates of your own yet.' },
  turnedOff: {
    el: 'Ο οργανισμός σας έχει απενεργοποιήσει τα δικά σας πρότυπα: δεν μπαίνουν με συντόμευση ούτε εμφανίζονται στην παλέτα. Όσα έχετε αποθηκεύσει φυλάσσονται και επιστρέφουν αν ο οργανισμός τα επιτρέψει ξανά.',
    en: 'Your organisation has turned off your own templates: shortcuts do not insert them and the palette does not list them. Those you saved are kept and come back if your organisation allows them again.',
  },
  name: { el: 'Τίτλος', en: 'Title' },
  shortcut: { el: 'Συντόμευση', en: 'Shortcut' },
  body: { el: 'Κείμενο', en: 'Text' },
  bodyHelp: {
    el: 'Μπορείτε να γράψετε {{customer.firstName}}, {{customer.salutation}}, {{ticket.id}}, {{agent.name}}, {{date.today}}, {{field:Ετικέτα}} και {{cursor}}.',
    en: 'You can write {{customer.firstName}}, {{customer.salutation}}, {{ticket.id}}, {{agent.name}}, {{date.today}}, {{field:Label}} and {{cursor}}.',
  },
  formality: { el: 'Ύφος', en: 'Style' },
  formal: { el: 'Επίσημο', en: 'Formal' },
  informal: { el: 'Φιλικό', en: 'Friendly' },
  tone: { el: 'Τόνος', en: 'Tone' },
  add: { el: 'Προσθήκη προτύπου', en: 'Add template' },
  save: { el: 'Αποθήκευση', en: 'Save' },
  cancel: { el: 'Άκυρο', en: 'Cancel' },
  edit: { el: 'Επεξεργασία', en: 'Edit' },
  remove: { el: 'Διαγραφή', en: 'Delete' },
  newTitle: { el: 'Νέο πρότυπο', en: 'New template' },
  'problem.title': { el: 'Δώστε έναν τίτλο.', en: 'Give it a title.' },
  'problem.body': { el: 'Γράψτε το κείμενο του προτύπου.', en: 'Write the template text.' },
  'problem.shortcut': {
    el: 'Η συντόμευση δέχεται μόνο γράμματα, ψηφία και παύλα (χωρίς κενά).',
    en: 'A shortcut takes only letters, digits and hyphens (no spaces).',
  },
  'problem.duplicate': {
    el: 'Έχετε ήδη πρότυπο με αυτή τη συντόμευση και το ίδιο ύφος.',
    en: 'You already have a template with this shortcut in the same style.',
  },
  'problem.tone': { el: 'Διαλέξτε τόνο.', en: 'Pick a tone.' },
  'problem.save': { el: 'Το πρότυπο δεν αποθηκεύτηκε.', en: 'The template was not saved.' },
  'snippet.diskFull': {
    el: 'Το πρότυπο δεν αποθηκεύτηκε, γιατί ο δίσκος του υπολογιστή γέμισε. Όσα γράψατε μένουν στη φόρμα: ελευθερώστε χώρο (διαγράψτε αρχεία ή λήψεις που δεν χρειάζεστε) και πατήστε ξανά «Αποθήκευση».',
    en: 'The template was not saved because the computer’s disk is full. What you typed stays in the form: free some space (delete files or downloads you do not need) and click “Save” again.',
  },
  'snippet.turnedOff': {
    el: 'Το πρότυπο δεν αποθηκεύτηκε, γιατί ο οργανισμός σας απενεργοποίησε τα δικά σας πρότυπα. Όσα γράψατε μένουν στη φόρμα: αντιγράψτε τα, αν θέλετε να τα κρατήσετε.',
    en: 'The template was not saved because your organisation has turned your own templates off. What you typed stays in the form: copy it if you want to keep it.',
  },
  'problem.remove': {
    el: 'Το πρότυπο «{t}» δεν διαγράφηκε και παραμένει στη λίστα. Δοκιμάστε ξανά· αν δεν γίνει, κλείστε και ανοίξτε ξανά το πρόγραμμα περιήγησης.',
    en: 'The template “{t}” was not deleted and is still listed. Try again; if it does not work, close and reopen the browser.',
  },
  'tone.empathy': { el: 'Ενσυναίσθηση', en: 'Empathy' },
  'tone.apology': { el: 'Συγγνώμη', en: 'Apology' },
  'tone.reassurance': { el: 'Καθησύχαση', en: 'Reassurance' },
  'tone.de-escalation': { el: 'Αποκλιμάκωση', en: 'De-escalation' },
  'tone.follow-up': { el: 'Συνέχεια', en: 'Follow-up' },
  'tone.closing': { el: 'Κλείσιμο', en: 'Closing' },
  'tone.greeting': { el: 'Χαιρετισμός', en: 'Greeting' },
  'tone.information': { el: 'Ενημέρωση', en: 'Information' },
});

type Draft = Omit<Snippet, 'updatedAt' | 'lang'>;

const blank = (): Draft => ({
  id: globalThis.crypto.randomUUID(),
  title: '',
  shortcut: '',
  body: '',
  formality: 'formal',
  tone: 'information',
});

/** The agent's snippets as the page's controller (app/options) keeps them: extension storage, and its checks. */
export interface SnippetStore {
  load(): Promise<Snippet[]>;
  watch(cb: (s: Snippet[]) => void): () => void;
  save(s: Draft): Promise<Snippet[]>;
  remove(id: string): Promise<Snippet[]>;
  /** What is wrong with a draft, beside the others saved (empty when it may be saved). */
  check(s: Draft, others: readonly Snippet[]): SnippetProblem[];
}

interface SnippetFormProps {
  draft: Draft;
  /** What is wrong with the draft, each named beside its field. */
  problems: SnippetProblem[];
  /** Why the last save failed: worded by its code when it has one, its English reason beneath as technical detail. */
  failure: ShownFailure | undefined;
  patch(p: Partial<Draft>): void;
  submit(e: Event): void;
  cancel(): void;
}

/** A save refused: why, and what to do, when its code says (the disk full, own templates turned off); else that it was not. */
function saveFailureText({ failure }: ShownFailure): string {
  return failure?.code === 'snippet.diskFull' || failure?.code === 'snippet.turnedOff' ? say(failure.code) : say('problem.save');
}

/** The form's fields in the order the agent meets them; a duplicate shortcut is the shortcut field's problem. */
const FIELD_OF: [SnippetProblem, string][] = [['title', 'title'], ['shortcut', 'shortcut'], ['duplicate', 'shortcut'], ['tone', 'tone'], ['body', 'body']];

/**
 * Save with problems leaves the focus on the first field named wrong, not on the Save button, so a keyboard or
 * screen-reader agent lands where to type and hears that field's problem.
 */
function focusFirstProblem(form: HTMLFormElement, problems: SnippetProblem[]) {
  const field = FIELD_OF.find(([p]) => problems.includes(p))?.[1];
  const el = field ? form.elements.namedItem(field) : null;
  if (el instanceof HTMLElement) el.focus();
}

/** One snippet being written or edited: title, shortcut, style, tone and text, each problem beside its field. */
function SnippetForm({ draft, problems, failure, patch, submit, cancel }: SnippetFormProps) {
  const problem = (p: SnippetProblem) =>
    problems.includes(p) ? (
      <span role="alert" id={`snippet-${p}-problem`}>
        {say(`problem.${p}`)}
      </span>
    ) : null;
  return (
    <form onSubmit={submit} aria-label={draft.title || say('newTitle')} class="snippet-form" noValidate>
      <p>
        <label>
          {say('name')}
          <input type="text" name="title" value={draft.title} aria-invalid={problems.includes('title')} onInput={(e) => patch({ title: e.currentTarget.value })} />
        </label>
        {problem('title')}
      </p>
      <p>
        <label>
          {say('shortcut')}
          <input
            type="text"
            name="shortcut"
            value={draft.shortcut}
            aria-invalid={problems.includes('shortcut') || problems.includes('duplicate')}
            onInput={(e) => patch({ shortcut: e.currentTarget.value })}
          />
        </label>
        {problem('shortcut')}
        {problem('duplicate')}
      </p>
      <p>
        <label>
          {say('formality')}
          <select value={draft.formality} onChange={(e) => patch({ formality: e.currentTarget.value as Formality })}>
            <option value="formal">{say('formal')}</option>
            <option value="informal">{say('informal')}</option>
          </select>
        </label>
        <label>
          {say('tone')}
          <select name="tone" value={draft.tone} onChange={(e) => patch({ tone: e.currentTarget.value as Tone })}>
            {TONES.map((t) => (
              <option key={t} value={t}>
                {say(`tone.${t}`)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label class="snippet-body">
          {say('body')}
          <textarea
            name="body"
            rows={6}
            cols={70}
            value={draft.body}
            aria-invalid={problems.includes('body')}
            aria-describedby="snippet-body-help"
            onInput={(e) => patch({ body: e.currentTarget.value })}
          />
        </label>
        <span id="snippet-body-help" class="muted">
          {say('bodyHelp')}
        </span>
        {problem('body')}
      </p>
      {failure && <SaidAlert text={saveFailureText(failure)} detail={failure.message} />}
      <p>
        <button type="submit" class="primary">
          {say('save')}
        </button>{' '}
        <button type="button" onClick={cancel}>
          {say('cancel')}
        </button>
      </p>
    </form>
  );
}

/** The saved snippets, each with Edit and Delete unless the organisation turned them off. */
function SnippetList({ snippets, turnedOff, edit, remove }: { snippets: Snippet[]; turnedOff: boolean; edit(s: Snippet): void; remove(s: Snippet): void }) {
  if (!snippets.length) return <p class="muted">{say('empty')}</p>;
  return (
    <ul class="snippet-list">
      {snippets.map((s) => (
        <li key={s.id}>
          <strong>{s.title}</strong> {s.shortcut && <code>/{s.shortcut}</code>}{' '}
          <span class="muted">{say(s.formality)}</span>
          {!turnedOff && (
            <>
              {' '}
              <button type="button" onClick={() => edit(s)} aria-label={`${say('edit')}: ${s.title}`}>
                {say('edit')}
              </button>{' '}
              <button type="button" onClick={() => remove(s)} aria-label={`${say('remove')}: ${s.title}`}>
                {say('remove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The agent's personal snippets: list, add, edit, delete; problems are named beside the field. When the
 * organisation does not allow them (allowPersonalSnippets: false), the saved ones are listed read-only.
 */
export function SnippetsSection({ store, policy }: { store: SnippetStore; policy: Policy | undefined }) {
  const turnedOff = policy?.allowPersonalSnippets === false;
  const snippets = useSignal<Snippet[]>([]);
  const draft = useSignal<Draft | undefined>(undefined);
  const problems = useSignal<SnippetProblem[]>([]);
  const failure = useSignal<ShownFailure | undefined>(undefined);
  /** A delete the storage refused: which template, and its English reason (it failed silently, the template still listed). */
  const removeFailure = useSignal<{ title: string; message: string } | undefined>(undefined);
  useEffect(() => {
    void store.load().then((s) => (snippets.value = s));
    return store.watch((s) => (snippets.value = s));
  }, [store]);

  const patch = (p: Partial<Draft>) => draft.value && (draft.value = { ...draft.value, ...p });
  const submit = async (e: Event) => {
    e.preventDefault();
    const d = draft.value;
    if (!d) return;
    problems.value = store.check(d, snippets.value);
    if (problems.value.length) {
      focusFirstProblem(e.currentTarget as HTMLFormElement, problems.value);
      return;
    }
    try {
      snippets.value = await store.save(d);
      draft.value = undefined;
      failure.value = undefined;
    } catch (err) {
      failure.value = shownFailure(err);
    }
  };

  const remove = async (s: Snippet) => {
    try {
      snippets.value = await store.remove(s.id);
      removeFailure.value = undefined;
    } catch (err) {
      removeFailure.value = { title: s.title, message: shownFailure(err).message };
    }
  };

  const d = draft.value;
  return (
    <section aria-labelledby="snippets-h">
      <h2 id="snippets-h">{say('title')}</h2>
      {turnedOff ? (
        <>
          <ManagedNote />
          <p>{say('turnedOff')}</p>
        </>
      ) : (
        <p class="muted">{say('intro')}</p>
      )}
      {removeFailure.value && <SaidAlert text={fill(say('problem.remove'), { t: removeFailure.value.title })} detail={removeFailure.value.message} />}
      <SnippetList snippets={snippets.value} turnedOff={turnedOff} edit={(s) => ((problems.value = []), (draft.value = { ...s }))} remove={(s) => void remove(s)} />
      {!d && !turnedOff && (
        <button type="button" class="primary" onClick={() => ((problems.value = []), (draft.value = blank()))}>
          {say('add')}
        </button>
      )}
      {/* A form open when own templates are turned off stays, with what was typed in it, until the agent cancels. */}
      {d && (
        <SnippetForm
          draft={d}
          problems={problems.value}
          failure={failure.value}
          patch={patch}
          submit={submit}
          cancel={() => ((draft.value = undefined), (failure.value = undefined))}
        />
      )}
    </section>
  );
}
