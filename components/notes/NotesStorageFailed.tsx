import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { definePlurals, defineStrings, fill } from '@/lib/i18n';
import type { Reconciliation } from '@/lib/store/notes-store';
import { sayNotesPage } from '@/lib/notes/page-strings';
import { shortWhen } from '@/lib/notes/when';
import { SaidWithDetail, TechnicalDetail } from '../failure-words';
import type { NotesFile } from './NotesPage';
import type { SaveOutcome } from '@/lib/notes/save-file';

const say = defineStrings({
  unopened: {
    el: 'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων του Οδηγού, γι’ αυτό οι σημειώσεις σας δεν εμφανίζονται εδώ. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: ακολουθήστε τα βήματα παρακάτω.',
    en: 'The browser cannot open Odigos’ notes storage, so your notes are not shown here. Close and reopen the browser; if this message is still shown after that, the storage is damaged and restarting again will not help: follow the steps below.',
  },
  damaged: {
    el: 'Η αποθήκευση των σημειώσεων του Οδηγού έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση (το πρόβλημα εμφανίστηκε για πρώτη φορά {when}) και άλλη επανεκκίνηση δεν θα βοηθήσει. Ακολουθήστε τα βήματα παρακάτω.',
    en: 'Odigos’ notes storage is damaged: the browser does not open it even after a restart (first seen {when}), and restarting again will not help. Follow the steps below.',
  },
  /** The same two, said elsewhere (Options' Notes section): the steps are on the notes page. */
  unopenedElsewhere: {
    el: 'Το πρόγραμμα περιήγησης δεν μπορεί να ανοίξει την αποθήκευση των σημειώσεων του Οδηγού. Κλείστε το πρόγραμμα περιήγησης και ανοίξτε το ξανά· αν το μήνυμα εμφανιστεί και μετά, η αποθήκευση έχει υποστεί ζημιά και άλλη επανεκκίνηση δεν θα βοηθήσει: στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.',
    en: 'The browser cannot open Odigos’ notes storage. Close and reopen the browser; if this message is still shown after that, the storage is damaged and restarting again will not help: the “Odigos notes” page says what you can do.',
  },
  damagedElsewhere: {
    el: 'Η αποθήκευση των σημειώσεων του Οδηγού έχει υποστεί ζημιά: το πρόγραμμα περιήγησης δεν την ανοίγει ούτε μετά την επανεκκίνηση (το πρόβλημα εμφανίστηκε για πρώτη φορά {when}) και άλλη επανεκκίνηση δεν θα βοηθήσει. Στη σελίδα «Σημειώσεις Οδηγού» θα βρείτε τι μπορείτε να κάνετε.',
    en: 'Odigos’ notes storage is damaged: the browser does not open it even after a restart (first seen {when}), and restarting again will not help. The “Odigos notes” page says what you can do.',
  },
  exportTitle: { el: '1. Κατεβάστε τις σημειώσεις σας', en: '1. Download your notes' },
  exportHow: {
    el: 'Το αρχείο είναι εξαγωγή JSON, μαζί με ό,τι γράψατε από τότε: εισάγεται ξανά με την «Εισαγωγή JSON» αυτής της σελίδας.',
    en: 'The file is a JSON export, with what you typed since: it is imported again with this page’s “Import JSON”.',
  },
  exportButton: { el: 'Λήψη των σημειώσεων (JSON)', en: 'Download the notes (JSON)' },
  exported: { el: 'Οι σημειώσεις αποθηκεύτηκαν στο αρχείο «{file}».', en: 'The notes were saved to the file “{file}”.' },
  /** The download link (Firefox, or the save dialog would not open): whether the browser saved it is not known here. */
  exportAsked: {
    el: 'Ο Οδηγός ζήτησε από το πρόγραμμα περιήγησης να αποθηκεύσει τις σημειώσεις στο αρχείο «{file}». Πριν από το βήμα 2, βεβαιωθείτε ότι το αρχείο βρίσκεται στις Λήψεις σας· αν δεν είναι εκεί, κατεβάστε τις ξανά.',
    en: 'Odigos asked the browser to save the notes to the file “{file}”. Before step 2, make sure the file is in your Downloads; if it is not there, download them again.',
  },
  resetTitle: { el: '2. Δημιουργήστε νέα αποθήκευση σημειώσεων', en: '2. Create a new notes storage' },
  resetWhat: {
    el: 'Ο Οδηγός θα δημιουργήσει νέα αποθήκευση σημειώσεων, θα μεταφέρει εκεί τις σημειώσεις του αντιγράφου ασφαλείας και ό,τι γράψατε από τότε, και θα τη χρησιμοποιεί στο εξής. Η αποθήκευση που έχει υποστεί ζημιά δεν διαγράφεται: μένει όπως είναι.',
    en: 'Odigos will create a new notes storage, move into it the notes of the backup copy and what you typed since, and use it from now on. The damaged storage is not deleted: it stays as it is.',
  },
  resetButton: { el: 'Δημιουργία νέας αποθήκευσης σημειώσεων', en: 'Create a new notes storage' },
  exportFirst: { el: 'Κατεβάστε πρώτα τις σημειώσεις σας (βήμα 1).', en: 'Download your notes first (step 1).' },
  resetFailed: { el: 'Η νέα αποθήκευση σημειώσεων δεν δημιουργήθηκε. Οι σημειώσεις σας δεν άλλαξαν.', en: 'The new notes storage was not created. Your notes did not change.' },
  open: { el: 'Άνοιγμα των σημειώσεων', en: 'Open the notes' },
  noReset: {
    el: 'Σε αυτό το πρόγραμμα περιήγησης ο Οδηγός δεν μπορεί να δημιουργήσει νέα αποθήκευση σημειώσεων δίπλα σε αυτή που έχει υποστεί ζημιά. Αφού κατεβάσετε τις σημειώσεις σας, ζητήστε από την τεχνική υποστήριξη να αφαιρέσει τον Οδηγό και να τον εγκαταστήσει ξανά· έπειτα εισαγάγετε το αρχείο σε αυτή τη σελίδα, με την «Εισαγωγή JSON».',
    en: 'In this browser Odigos cannot create a new notes storage beside the damaged one. Once you have downloaded your notes, ask your IT support to remove Odigos and install it again; then import the file on this page with “Import JSON”.',
  },
});

const count = definePlurals({
  readable: {
    el: {
      one: 'Ο Οδηγός κρατά αντίγραφο ασφαλείας κάθε σημείωσης που αποθηκεύει, και από αυτό διαβάζονται τώρα: {n} σημείωση.',
      other: 'Ο Οδηγός κρατά αντίγραφο ασφαλείας κάθε σημείωσης που αποθηκεύει, και από αυτό διαβάζονται τώρα: {n} σημειώσεις.',
    },
    en: {
      one: 'Odigos keeps a backup copy of every note it stores, and {n} note can be read from it now.',
      other: 'Odigos keeps a backup copy of every note it stores, and {n} notes can be read from it now.',
    },
  },
  typed: {
    el: {
      one: 'Ό,τι γράψατε από τότε σε {n} σημείωση δεν χάθηκε: κρατιέται στο πρόγραμμα περιήγησης.',
      other: 'Ό,τι γράψατε από τότε σε {n} σημειώσεις δεν χάθηκε: κρατιέται στο πρόγραμμα περιήγησης.',
    },
    en: {
      one: 'What you typed since in {n} note is not lost: it is kept in the browser.',
      other: 'What you typed since in {n} notes is not lost: it is kept in the browser.',
    },
  },
  done: {
    el: {
      one: 'Η νέα αποθήκευση σημειώσεων δημιουργήθηκε και μεταφέρθηκε εκεί {n} σημείωση.',
      other: 'Η νέα αποθήκευση σημειώσεων δημιουργήθηκε και μεταφέρθηκαν εκεί {n} σημειώσεις.',
    },
    en: {
      one: 'The new notes storage was created and {n} note was moved into it.',
      other: 'The new notes storage was created and {n} notes were moved into it.',
    },
  },
});

/**
 * The words of a notes storage that will not open, one decision for every place that says it: after a restart that did
 * not help (lib/store/storage-trouble.ts), that it is damaged and since when; else, to restart first. `page`: on the
 * notes page, above its steps; `elsewhere` (Options), pointing to that page.
 */
export function notesTroubleWords(trouble: { restartTried: boolean; firstSeen: number }, where: 'page' | 'elsewhere'): string {
  if (trouble.restartTried) return fill(say(where === 'page' ? 'damaged' : 'damagedElsewhere'), { when: shortWhen(trouble.firstSeen) });
  return say(where === 'page' ? 'unopened' : 'unopenedElsewhere');
}

/** What the notes page knows while the notes database will not open, and what it can do (its entry wires these). */
export interface NotesStorageFailedModel {
  /** The browser's reason, in English (technical detail). */
  detail: string;
  /** A browser restart was already tried since the first sighting (lib/store/storage-trouble.ts), first seen then. */
  trouble: { restartTried: boolean; firstSeen: number };
  /** Notes still readable from the journal, and notes with words typed since (drafts) not in them. */
  readable: number;
  typed: number;
  /** The notes that can be read, with the words typed since, as an export file. */
  exportFile(): Promise<NotesFile>;
  /** The browser's save dialog, else a download link (lib/notes/save-file.ts): what became of the file. */
  save(file: NotesFile): Promise<SaveOutcome>;
  /** Chromium: a new storage (a storage bucket) can be made; Firefox: it cannot. */
  canReset: boolean;
  reset(): Promise<Reconciliation>;
  /** Show the notes (the page reads them again from the new storage). */
  reopen(): void;
}

/**
 * The notes page while the browser refuses the notes database (a damaged store): what is wrong, in words that know
 * whether a restart was tried; what was typed is kept; the notes still readable offered as a file first; then a new
 * storage (Chromium) or what to do (Firefox). Nothing is deleted on the way.
 */
export function NotesStorageFailed({ model }: { model: NotesStorageFailedModel }) {
  const ui = useMemo(
    () => ({ exported: signal(''), saved: signal<SaveOutcome | undefined>(undefined), busy: signal(false), done: signal<number | undefined>(undefined), failed: signal('') }),
    [],
  );
  const { trouble } = model;
  const headline = notesTroubleWords(trouble, 'page');
  const onExport = async () => {
    const file = await model.exportFile();
    const saved = await model.save(file);
    ui.saved.value = saved;
    // Step 2 opens only for a file written or handed to the browser: it said «downloaded» after a cancelled dialog.
    if (saved.how === 'written' || saved.how === 'asked') ui.exported.value = saved.name;
  };
  return (
    <main class="notes-page notes-storage-failed">
      <header class="notes-head">
        <div class="page-header">
          <span class="page-logo" aria-hidden="true">
            Ο
          </span>
          <h1>{sayNotesPage('page.title')}</h1>
        </div>
        <div role="alert" class="notes-message" data-storage-failed>
          <p>
            <strong>{headline}</strong>
          </p>
          {model.typed > 0 && <p>{count('typed', model.typed)}</p>}
          <p class="muted">
            <TechnicalDetail detail={model.detail} />
          </p>
        </div>
      </header>
      <section aria-labelledby="export-h">
        <h2 id="export-h">{say('exportTitle')}</h2>
        <p>
          {count('readable', model.readable)} {say('exportHow')}
        </p>
        <button type="button" class="primary" onClick={() => void onExport()}>
          {say('exportButton')}
        </button>
        {ui.saved.value && <ExportSaid saved={ui.saved.value} />}
      </section>
      <ResetStep model={model} ui={ui} />
    </main>
  );
}

/** What became of the notes' file: saved, asked of the browser, cancelled, or not written (nothing lost). */
function ExportSaid({ saved }: { saved: SaveOutcome }) {
  switch (saved.how) {
    case 'written':
      return <p role="status">{fill(say('exported'), { file: saved.name })}</p>;
    case 'asked':
      return <p role="status">{fill(say('exportAsked'), { file: saved.name })}</p>;
    case 'cancelled':
      return <p role="status">{sayNotesPage('page.exportCancelled')}</p>;
    case 'unwritten':
      return (
        <p role="alert">
          <SaidWithDetail text={fill(sayNotesPage('page.exportUnwritten'), { file: saved.name })} detail={saved.reason} detailClass="muted" />
        </p>
      );
  }
}

type StepUi = { exported: { value: string }; busy: { value: boolean }; done: { value: number | undefined }; failed: { value: string } };

/** Step 2: a new storage, once the notes are downloaded (Chromium); in Firefox, what to do instead. */
function ResetStep({ model, ui }: { model: NotesStorageFailedModel; ui: StepUi }) {
  if (!model.canReset) {
    return (
      <section aria-labelledby="reset-h">
        <h2 id="reset-h">{say('resetTitle')}</h2>
        <p data-no-reset>{say('noReset')}</p>
      </section>
    );
  }
  const onReset = async () => {
    ui.busy.value = true;
    ui.failed.value = '';
    try {
      ui.done.value = (await model.reset()).restored;
    } catch (e) {
      ui.failed.value = e instanceof Error ? e.message : String(e);
    } finally {
      ui.busy.value = false;
    }
  };
  return (
    <section aria-labelledby="reset-h">
      <h2 id="reset-h">{say('resetTitle')}</h2>
      <p>{say('resetWhat')}</p>
      {!ui.exported.value && <p class="muted">{say('exportFirst')}</p>}
      <button type="button" disabled={!ui.exported.value || ui.busy.value || ui.done.value !== undefined} onClick={() => void onReset()}>
        {say('resetButton')}
      </button>
      {ui.failed.value && (
        <p role="alert">
          <SaidWithDetail text={say('resetFailed')} detail={ui.failed.value} detailClass="muted" />
        </p>
      )}
      {ui.done.value !== undefined && (
        <p role="status">
          {count('done', ui.done.value)}{' '}
          <button type="button" class="primary" onClick={model.reopen}>
            {say('open')}
          </button>
        </p>
      )}
    </section>
  );
}
