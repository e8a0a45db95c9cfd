import { signal, type Signal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { definePlurals, defineStrings, fill } from '@/lib/i18n';
import type { ImportRequest, PackSettingsPatch, PacksOverview, PackView } from '@/lib/background/pack-library';
import type { ImportPreview } from '@/lib/background/pack-import-preview';
import { MAX_PACK_BYTES } from '@/knowledge/pack/rules';
import { bytesToBase64 } from '@/knowledge/pack/signing';
import type { InstalledLayer } from '@/lib/store/packs';
import { DiffPreview } from './DiffPreview';
import { MissingPacks, PackStorageReset, PacksToRestore } from './PackStorageReset';
import type { ResetOutcome } from '@/lib/background/pack-reset';
import { ManagedNote } from './managed';
import { describePackError, isSwitchedOff, megabytes } from './pack-errors';
import { SaidWithDetail, TechnicalDetail } from '../failure-words';
import { FileChooser } from '../FileChooser';
import { shortTimeOfDay, shortWhen } from '@/lib/notes/when';
import { failureOf, type Failure, type PackRefusal } from '@/lib/failure';

const say = defineStrings({
  title: { el: 'Γνώση', en: 'Knowledge' },
  intro: {
    el: 'Τα πακέτα γνώσης που χρησιμοποιεί ο Οδηγός. Όταν δύο πακέτα έχουν την ίδια καταχώριση, ισχύει του υψηλότερου επιπέδου: προσωπικό, ομάδα, εταιρεία, ενσωματωμένο.',
    en: 'The knowledge packs Odigos uses. When two packs have the same entry, the higher layer wins: personal, team, company, built-in.',
  },
  version: { el: 'Έκδοση', en: 'Version' },
  source: { el: 'Προέλευση', en: 'Source' },
  'source.bundled': { el: 'ενσωματωμένο', en: 'built in' },
  'source.file': { el: 'αρχείο', en: 'file' },
  'source.url': { el: 'διεύθυνση', en: 'URL' },
  'source.policy': { el: 'πολιτική οργανισμού', en: 'organisation policy' },
  lastUpdate: { el: 'Τελευταία ενημέρωση', en: 'Last update' },
  withOdigos: { el: 'ενημερώνεται μαζί με τον Οδηγό', en: 'updated with Odigos itself' },
  signature: { el: 'Υπογραφή', en: 'Signature' },
  'sig.unsigned': { el: 'χωρίς υπογραφή', en: 'unsigned' },
  'sig.valid': { el: 'έγκυρη', en: 'valid' },
  'sig.invalid': { el: 'άκυρη', en: 'invalid' },
  'sig.pinned-valid': { el: 'έγκυρη, από εμπιστευμένο κλειδί', en: 'valid, trusted key' },
  enabled: { el: 'Ενεργό', en: 'On' },
  layer: { el: 'Επίπεδο', en: 'Layer' },
  'layer.personal': { el: 'Προσωπικό', en: 'Personal' },
  'layer.team': { el: 'Ομάδα', en: 'Team' },
  'layer.company': { el: 'Εταιρεία', en: 'Company' },
  'layer.bundled': { el: 'Ενσωματωμένο', en: 'Built in' },
  autoAccept: { el: 'Αυτόματη αποδοχή ενημερώσεων', en: 'Accept updates automatically' },
  checkNow: { el: 'Έλεγχος τώρα', en: 'Check now' },
  checkAll: { el: 'Έλεγχος για ενημερώσεις', en: 'Check for updates' },
  remove: { el: 'Αφαίρεση', en: 'Remove' },
  rollback: { el: 'Επαναφορά', en: 'Roll back' },
  rollbackTo: { el: 'Επαναφορά στην έκδοση', en: 'Roll back to version' },
  pending: { el: 'Νέα έκδοση {v} διαθέσιμη', en: 'New version {v} available' },
  pendingDowngrade: { el: 'Παλαιότερη έκδοση {v} (κατόπιν αιτήματός σας)', en: 'Older version {v} (as you asked)' },
  accept: { el: 'Αποδοχή', en: 'Accept' },
  reject: { el: 'Απόρριψη', en: 'Reject' },
  replaced: { el: 'Αντικαθίσταται από εγκατεστημένη έκδοση', en: 'Replaced by an installed version' },
  lastError: { el: 'Η τελευταία ενημέρωση απέτυχε: {e}', en: 'The last update failed: {e}' },
  autoCheckFailed: { el: 'Ο τελευταίος αυτόματος έλεγχος για ενημερώσεις απέτυχε στις {t}: {e}', en: 'The last automatic update check failed at {t}: {e}' },
  autoCheckRetry: {
    el: 'Ο Οδηγός θα ξαναελέγξει μόνος του· για να ελέγξετε τώρα, πατήστε «Έλεγχος τώρα».',
    en: 'Odigos will check again by itself; to check now, click “Check now”.',
  },
  conflicts: { el: 'Ίδιες καταχωρίσεις σε πολλά πακέτα', en: 'Same entries in several packs' },
  conflictUsed: { el: 'χρησιμοποιείται από', en: 'used from' },
  conflictAlso: { el: 'επίσης σε', en: 'also in' },
  conflictProtected: {
    el: 'Ο οργανισμός σας ορίζει κλειδιά υπογραφής: ισχύει η καταχώριση της εταιρείας· η δική σας με το ίδιο αναγνωριστικό δεν την αντικαθιστά.',
    en: 'Your organisation pins signing keys: the company\'s entry is used; yours with the same id does not replace it.',
  },
  import: { el: 'Εισαγωγή πακέτου από αρχείο', en: 'Import a pack file' },
  importFile: { el: 'Αρχείο πακέτου (pack.json)', en: 'Pack file (pack.json)' },
  imported: { el: 'Εγκαταστάθηκε το πακέτο «{name}», έκδοση {v}.', en: 'Installed the pack “{name}”, version {v}.' },
  tooLarge: { el: 'Το {f} είναι {mb} MB, περισσότερα από τα {max} MB που επιτρέπονται για ένα πακέτο', en: '{f} is {mb} MB, more than the {max} MB a pack may be' },
  importPreview: { el: 'Εισαγωγή: {name} {v}', en: 'Import: {name} {v}' },
  importNew: { el: 'Νέο πακέτο· τίποτα δεν αντικαθίσταται.', en: 'A new pack; nothing is replaced.' },
  importReplaces: { el: 'Αντικαθιστά την εγκατεστημένη έκδοση {v}.', en: 'Replaces the installed version {v}.' },
  importReplacesBundled: { el: 'Αντικαθιστά το ενσωματωμένο πακέτο (έκδοση {v}).', en: 'Replaces the built-in pack (version {v}).' },
  importRejected: { el: 'Η εισαγωγή ακυρώθηκε· τίποτα δεν άλλαξε.', en: 'Import cancelled; nothing changed.' },
  subscribe: { el: 'Συνδρομή σε διεύθυνση', en: 'Subscribe to a URL' },
  url: { el: 'Διεύθυνση πακέτου (https://…)', en: 'Pack address (https://…)' },
  key: { el: 'Δημόσιο κλειδί υπογραφής (προαιρετικό)', en: 'Signing public key (optional)' },
  subscribeBtn: { el: 'Συνδρομή', en: 'Subscribe' },
  denied: {
    el: 'Χωρίς την άδεια του προγράμματος περιήγησης για {o} ο Οδηγός δεν μπορεί να κατεβάσει το πακέτο.',
    en: 'Without the browser’s permission for {o} Odigos cannot download the pack.',
  },
  policyPending: { el: 'Πακέτο του οργανισμού από {u} δεν εγκαταστάθηκε: {e}', en: 'Organisation pack from {u} is not installed: {e}' },
  policyProblem: {
    el: 'Ο οργανισμός σας όρισε τη ρύθμιση {setting} με τιμή που δεν ισχύει ({value}), γι’ αυτό αγνοείται. Αν τη χρειάζεστε, ενημερώστε την τεχνική υποστήριξη.',
    en: 'Your organisation set {setting} to a value that does not work ({value}), so it is ignored. If you need it, tell your IT support.',
  },
  keysPinned: {
    el: 'Ο οργανισμός σας δέχεται μόνο πακέτα υπογεγραμμένα με τα κλειδιά του.',
    en: 'Your organisation accepts only packs signed with its keys.',
  },
  checked: { el: 'Ο έλεγχος ολοκληρώθηκε.', en: 'Check finished.' },
  'builtInOnly.pack.diskFull': {
    el: 'Παρακάτω εμφανίζονται μόνο τα ενσωματωμένα πακέτα, χωρίς δυνατότητα αλλαγών. Όσα εγκαταστήσατε θα εμφανιστούν ξανά μόλις ελευθερώσετε χώρο στον δίσκο και ανανεώσετε τη σελίδα.',
    en: 'Only the built-in packs are listed below, and they cannot be changed. The packs you installed will be back once you free space on the disk and reload the page.',
  },
  'builtInOnly.pack.storageFailed': {
    el: 'Παρακάτω εμφανίζονται μόνο τα ενσωματωμένα πακέτα, χωρίς δυνατότητα αλλαγών. Όσα εγκαταστήσατε θα εμφανιστούν ξανά μόλις το πρόγραμμα περιήγησης ανοίξει την αποθήκευση ή, αφού την επαναφέρετε, μόλις εγκατασταθούν ξανά.',
    en: 'Only the built-in packs are listed below, and they cannot be changed. The packs you installed will be back once the browser opens the storage or, after you reset it, once they are installed again.',
  },
  noReset: {
    el: 'Σε αυτό το πρόγραμμα περιήγησης ο Οδηγός δεν μπορεί να δημιουργήσει νέα αποθήκευση πακέτων δίπλα σε αυτή που έχει υποστεί ζημιά. Τα ενσωματωμένα πακέτα λειτουργούν κανονικά. Για να επανέλθουν όσα εγκαταστήσατε, εξαγάγετε πρώτα τις σημειώσεις σας και ζητήστε από την τεχνική υποστήριξη να αφαιρέσει τον Οδηγό και να τον εγκαταστήσει ξανά· έπειτα εγκαταστήστε ξανά τα πακέτα της λίστας.',
    en: 'In this browser Odigos cannot create a new pack storage beside the damaged one. The built-in packs work as usual. To get back the packs you installed, first export your notes, then ask your IT support to remove Odigos and install it again; then install the packs listed here again.',
  },
  resetDone: { el: 'Η αποθήκευση πακέτων δημιουργήθηκε από την αρχή.', en: 'The pack storage was created anew.' },
  resetRestored: { el: 'Κατέβηκαν ξανά: {packs}.', en: 'Downloaded again: {packs}.' },
  never: { el: 'ποτέ', en: 'never' },
});

const count = definePlurals({
  entries: { el: { one: '{n} καταχώριση', other: '{n} καταχωρίσεις' }, en: { one: '{n} entry', other: '{n} entries' } },
  needsReview: {
    el: { one: '{n} θέλει αναθεώρηση', other: '{n} θέλουν αναθεώρηση' },
    en: { one: '{n} needs review', other: '{n} need review' },
  },
});

/** What the section holds while it is open, beside the controller's ports: one per mount (a remount starts afresh). */
function knowledgeState(ports: KnowledgePorts) {
  return {
    ports,
    overview: signal<PacksOverview | undefined>(undefined),
    /**
     * The background's reason (explained in the UI language when shown; worded from its failure when it sent one), or a
     * sentence this page said itself.
     */
    error: signal<string | { said: () => string } | { message: string; failure: Failure }>(''),
    /**
     * What an action did, worded at each drawing (as are the page's own errors, `said`): worded once, a message
     * shown stayed in the old language when the agent switched language above it.
     */
    status: signal<(() => string) | undefined>(undefined),
    busy: signal(false),
    importLayer: signal<InstalledLayer>('personal'),
    subscribeLayer: signal<InstalledLayer>('team'),
    subscribeUrl: signal(''),
    subscribeKey: signal(''),
    /** The kept version chosen for rollback, per pack (default: the newest other one). */
    rollbackChoice: signal<Record<string, string>>({}),
    /** The file the agent chose and what installing it would change, until Accept or Reject. */
    importing: signal<{ req: ImportRequest; preview: ImportPreview } | undefined>(undefined),
  };
}
type Knowledge = ReturnType<typeof knowledgeState>;

/**
 * Nothing can be changed now: an action is running, or the pack storage refuses and only the bundled packs are listed
 * (every change would be written there and refused).
 */
const frozen = (k: Knowledge) => k.busy.value || k.overview.value?.packsUnavailable !== undefined;

/** The background may still be starting when the page opens (a fresh browser start): ask again a few times. */
const NOT_LISTENING = /did not answer|Receiving end does not exist|Could not establish connection/i;

async function refresh(k: Knowledge, attempt = 0): Promise<void> {
  try {
    k.overview.value = await k.ports.list();
  } catch (e) {
    const message = (e as Error).message;
    if (attempt < 5 && NOT_LISTENING.test(message)) {
      await new Promise((resolve) => setTimeout(resolve, 300 * (attempt + 1)));
      return refresh(k, attempt + 1);
    }
    // Kept with its code: the pack storage unreadable, or the background silent, said as such (by its English words
    // alone the list's failure read as «the file cannot be read» or «the action did not complete»).
    const failure = failureOf(e);
    k.error.value = failure ? { message, failure } : message;
  }
}

/** An error this page words itself, in the UI language of each drawing (the background's are explained by describePackError). */
class SaidError extends Error {
  constructor(readonly said: () => string) {
    super(said());
  }
}

/** Runs an action; its error (already naming what is wrong) goes to the alert, and the list reloads. */
async function act<T>(k: Knowledge, action: () => Promise<T>, done?: (result: T) => string) {
  k.error.value = '';
  k.status.value = undefined;
  k.busy.value = true;
  try {
    const result = await action();
    if (done) k.status.value = () => done(result);
  } catch (e) {
    // What this page says itself is shown as said; only the background's reasons go through describePackError (a
    // Greek sentence under "the action did not complete", marked as English, said nothing the agent could act on).
    const failure = failureOf(e);
    const message = (e as Error).message;
    k.error.value = e instanceof SaidError ? { said: e.said } : failure ? { message, failure } : message;
  } finally {
    k.busy.value = false;
    await refresh(k);
  }
}

function formatDate(iso?: string): string {
  return iso ? shortWhen(new Date(iso).getTime()) : say('never');
}

/** «13:05» today, the date too on another day. */
function whenShort(iso: string): string {
  const at = Date.parse(iso);
  return new Date(at).toDateString() === new Date().toDateString() ? shortTimeOfDay(at) : shortWhen(at);
}

/**
 * The last automatic check of the pack failed: when, why (worded by its code, the English reason beneath), and that
 * Odigos tries again by itself or the agent can now. Before, a scheduled check that threw was said nowhere.
 */
function AutoCheckFailed({ failed }: { failed: NonNullable<PackView['autoCheckFailed']> }) {
  const t = whenShort(failed.at);
  return <PackError message={failed.message} failure={failed.failure} sentence={(e) => `${fill(say('autoCheckFailed'), { t, e })} ${say('autoCheckRetry')}`} />;
}

/**
 * Where a pack comes from, when it was last updated and whether it is signed. A built-in pack comes and goes with
 * Odigos itself: «Τελευταία ενημέρωση: ποτέ · Υπογραφή: χωρίς υπογραφή» read as stale and untrusted.
 */
function Provenance({ pack }: { pack: PackView }) {
  if (pack.source === 'bundled') return <>{say('source')}: {say('source.bundled')} · {say('withOdigos')}</>;
  return (
    <>
      {say('source')}: {say(`source.${pack.source}`)}
      {pack.url ? ` (${pack.url})` : ''} · {say('lastUpdate')}: {formatDate(pack.lastUpdated)} · {say('signature')}: {say(`sig.${pack.signature}`)}
    </>
  );
}

function PackCard({ pack, k }: { pack: PackView; k: Knowledge }) {
  const locked = pack.managed || frozen(k);
  const fromUrl = pack.source === 'url' || pack.source === 'policy';
  // The record's error is the automatic check's own when it is of the same check: said once, with its time.
  const sameCheck = pack.autoCheckFailed !== undefined && pack.autoCheckFailed.at === pack.lastChecked;
  return (
    <article aria-label={pack.name} class="pack">
      <h3>
        {pack.name} <span class="muted">{pack.id}</span>
      </h3>
      {pack.managed && <ManagedNote />}
      <p>
        {say('version')} <strong>{pack.version}</strong> · {count('entries', pack.entryCount)}
        {pack.needsReview > 0 && (
          <>
            {' '}· <mark>{count('needsReview', pack.needsReview)}</mark>
          </>
        )}
        <br />
        <Provenance pack={pack} />
      </p>
      {pack.replaced && <p class="muted">{say('replaced')}</p>}
      {pack.autoCheckFailed && <AutoCheckFailed failed={pack.autoCheckFailed} />}
      {pack.lastError && !sameCheck && (
        <PackError message={pack.lastError} failure={pack.lastFailure} sentence={isSwitchedOff(pack.lastError, pack.lastFailure) ? undefined : (e) => fill(say('lastError'), { e })} />
      )}
      <div>
        <label>
          <input
            type="checkbox"
            checked={pack.enabled}
            disabled={locked}
            onChange={(e) => void act(k, () => k.ports.update({ id: pack.id, enabled: (e.currentTarget as HTMLInputElement).checked }))}
          />
          {say('enabled')}
        </label>
        <label>
          {say('layer')}
          <select
            value={pack.layer}
            disabled={locked || pack.source === 'bundled'}
            onChange={(e) => void act(k, () => k.ports.update({ id: pack.id, layer: (e.currentTarget as HTMLSelectElement).value as InstalledLayer }))}
          >
            {(pack.source === 'bundled' ? (['bundled'] as const) : (['personal', 'team', 'company'] as const)).map((l) => (
              <option key={l} value={l}>
                {say(`layer.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {fromUrl && (
          <label>
            <input
              type="checkbox"
              checked={pack.autoAccept}
              disabled={locked}
              onChange={(e) => void act(k, () => k.ports.update({ id: pack.id, autoAccept: (e.currentTarget as HTMLInputElement).checked }))}
            />
            {say('autoAccept')}
          </label>
        )}
        {fromUrl && (
          <button type="button" disabled={frozen(k)} onClick={() => void act(k, () => k.ports.check(pack.id), () => say('checked'))}>
            {say('checkNow')}
          </button>
        )}
        {pack.source !== 'bundled' && !pack.managed && (
          <button type="button" disabled={locked} onClick={() => void act(k, () => k.ports.remove(pack.id))}>
            {say('remove')}
          </button>
        )}
      </div>
      {pack.rollbackTo.length > 0 && <RollbackRow pack={pack} k={k} />}
      {pack.pending && <PendingUpdate id={pack.id} pending={pack.pending} k={k} />}
    </article>
  );
}

/** Going back to a kept version of a pack (the newest other one unless the agent picks another). */
function RollbackRow({ pack, k }: { pack: PackView; k: Knowledge }) {
  const locked = pack.managed || frozen(k);
  const chosen = pack.rollbackTo.includes(k.rollbackChoice.value[pack.id] ?? '') ? k.rollbackChoice.value[pack.id] : pack.rollbackTo[0];
  return (
    <div>
      <label>
        {say('rollbackTo')}
        <select
          value={chosen}
          disabled={locked}
          onChange={(e) => (k.rollbackChoice.value = { ...k.rollbackChoice.value, [pack.id]: (e.currentTarget as HTMLSelectElement).value })}
        >
          {pack.rollbackTo.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={locked} onClick={() => void act(k, () => k.ports.rollback(pack.id, chosen!))}>
        {say('rollback')}
      </button>
    </div>
  );
}

/** A newer (or, as asked, older) version waiting for the agent: what it changes, Accept or Reject. */
function PendingUpdate({ id, pending, k }: { id: string; pending: NonNullable<PackView['pending']>; k: Knowledge }) {
  return (
    <div class="pending" aria-label={fill(say('pending'), { v: pending.version })}>
      <h4>{fill(say(pending.downgrade ? 'pendingDowngrade' : 'pending'), { v: pending.version })}</h4>
      <DiffPreview diff={pending.diff} />
      <button type="button" class="primary" disabled={frozen(k)} onClick={() => void act(k, () => k.ports.accept(id, pending.version))}>
        {say('accept')}
      </button>{' '}
      <button type="button" disabled={frozen(k)} onClick={() => void act(k, () => k.ports.reject(id, pending.version))}>
        {say('reject')}
      </button>
    </div>
  );
}

/** An error in the UI language, with the validator's exact reason beneath it (file, line, field). */
function PackError({ message, failure, sentence = (e) => e }: { message: string; failure?: Failure; sentence?: (headline: string) => string }) {
  const { headline, detail } = describePackError(message, failure);
  return (
    <div role="alert" class="pack-error">
      <p>
        <strong>{sentence(headline)}</strong>
      </p>
      <p class="muted">
        <TechnicalDetail detail={detail} />
      </p>
    </div>
  );
}

/**
 * The section's alert and, while the pack storage refuses, a line that the list holds the built-in packs only, read-only,
 * until the installed ones are back (the alert alone stood over an empty list, as if nothing were installed).
 */
function ErrorLine({ k }: { k: Knowledge }) {
  const o = k.overview.value;
  const unavailable = o?.packsUnavailable;
  const missing = o?.missing ?? [];
  return (
    <>
      <Alert k={k} />
      {unavailable && (
        <p class="muted" data-built-in-only>
          {say(`builtInOnly.${unavailable.failure.code}`)}
        </p>
      )}
      {unavailable && <MissingPacks missing={missing} />}
      {/* A full disk is not mended by a new storage (it needs room too): the remedy is for a storage that will not open. */}
      {unavailable?.failure.code === 'pack.storageFailed' && o?.canReset && (
        <PackStorageReset missing={missing} disabled={k.busy.value} onReset={() => void act(k, () => k.ports.resetStorage(), (r) => resetSaid(r as ResetOutcome))} />
      )}
      {/* Firefox has no storage buckets: the panel's words send the agent here, so here says what is left to do. */}
      {unavailable?.failure.code === 'pack.storageFailed' && o?.canReset === false && (
        <p class="muted" data-no-reset>
          {say('noReset')}
        </p>
      )}
      {o?.toRestore && o.toRestore.length > 0 && (
        <PacksToRestore packs={o.toRestore} disabled={k.busy.value} onDismiss={() => void act(k, () => k.ports.forgetToRestore())} />
      )}
    </>
  );
}

/** What a reset did, in a sentence: made anew, and which packs were downloaded again (the rest are listed beneath). */
function resetSaid(r: ResetOutcome): string {
  const restored = r.restored.map((p) => p.name).join(', ');
  return restored ? `${say('resetDone')} ${fill(say('resetRestored'), { packs: restored })}` : say('resetDone');
}

/** The background's reason explained, or what this page said; else why the pack storage refuses (English beneath). */
function Alert({ k }: { k: Knowledge }) {
  const e = k.error.value;
  const unavailable = k.overview.value?.packsUnavailable;
  if (e === '' && unavailable) return <PackError message={unavailable.message} failure={unavailable.failure} />;
  if (typeof e === 'string') return e ? <PackError message={e} /> : null;
  return 'said' in e ? <p role="alert">{e.said()}</p> : <PackError message={e.message} failure={e.failure} />;
}

/**
 * What the Knowledge section asks of the page's controller (app/options): the background's pack library, the
 * browser's permission prompt and change notifications. The view itself reaches none of them.
 */
export interface KnowledgePorts {
  list(): Promise<PacksOverview>;
  update(req: { id: string } & PackSettingsPatch): Promise<unknown>;
  /** One pack's subscription, or every one when no id is given. */
  check(id?: string): Promise<unknown>;
  remove(id: string): Promise<unknown>;
  rollback(id: string, version: string): Promise<unknown>;
  /** `version`: the update the agent reviewed on this page (another one waiting is refused, not installed unseen). */
  accept(id: string, version: string): Promise<unknown>;
  reject(id: string, version: string): Promise<unknown>;
  /** A pack file is previewed first (what it adds, removes, changes), installed only when the agent accepts. */
  preview(req: ImportRequest): Promise<ImportPreview>;
  install(req: ImportRequest): Promise<{ id: string; name: string; version: string }>;
  /** Why an address cannot be subscribed to (in words), or undefined when it can. */
  /** Why `url` cannot be a pack address (its English reason and code), before anything is asked of the browser. */
  urlProblem(url: string): { message: string; failure: PackRefusal } | undefined;
  /** Opens the browser's prompt for the address's origin; called inside the click, before anything is awaited. */
  askForOrigin(url: string): { origin: string; granted: Promise<boolean> };
  subscribe(req: { url: string; layer: InstalledLayer; pinnedKey?: string }): Promise<InstalledSaid>;
  /** The pack storage made anew (the agent confirmed what it does): packs from addresses come back, the others are named. */
  resetStorage(): Promise<ResetOutcome>;
  /** The agent no longer needs the packs a reset left to install again. */
  forgetToRestore(): Promise<unknown>;
  /** Calls back when packs or the delivered policy change (updates land, the policy arrives after start-up). */
  watchChanges(onChange: () => void): () => void;
}

function onImport(input: HTMLInputElement, k: Knowledge) {
  const file = input.files?.[0];
  if (!file) return;
  k.importing.value = undefined;
  void act(k, async () => {
    // Refused before reading: a file larger than a pack may be is not loaded into memory at all.
    if (file.size > MAX_PACK_BYTES) throw new SaidError(() => fill(say('tooLarge'), { f: file.name, mb: megabytes(file.size), max: megabytes(MAX_PACK_BYTES) }));
    // Bytes, not file.text(): the service worker decodes them as strictly as the CLI (no U+FFFD for bad bytes).
    const req: ImportRequest = { data: bytesToBase64(new Uint8Array(await file.arrayBuffer())), fileName: file.name, layer: k.importLayer.value };
    k.importing.value = { req, preview: await k.ports.preview(req) };
  }).then(() => {
    input.value = '';
  });
}

/** What an installed pack is called in «Installed the pack …»: the pack as its trainer named it, not its id. */
type InstalledSaid = { id: string; name: string; version: string };
const installedSaid = (r: InstalledSaid) => fill(say('imported'), { name: r.name.trim() || r.id, v: r.version });

function ImportPreviewCard({ k }: { k: Knowledge }) {
  const pending = k.importing.value;
  if (!pending) return null;
  const { preview, req } = pending;
  const title = fill(say('importPreview'), { name: preview.name, v: preview.version });
  const replaces = preview.replaces;
  const accept = () =>
    void act(
      k,
      () => k.ports.install(req),
      // The pack as its trainer named it, not its id (the id only where the pack has no name).
      (r) => installedSaid(r),
    ).then(() => (k.importing.value = undefined));
  const reject = () => {
    k.importing.value = undefined;
    k.error.value = '';
    k.status.value = () => say('importRejected');
  };
  return (
    <div class="pending" role="region" aria-label={title}>
      <h4>{title}</h4>
      <p class="muted">
        {replaces ? fill(say(replaces.source === 'installed' ? 'importReplaces' : 'importReplacesBundled'), { v: replaces.version }) : say('importNew')}
      </p>
      <DiffPreview diff={preview.diff} />
      <button type="button" class="primary" disabled={k.busy.value} onClick={accept}>
        {say('accept')}
      </button>{' '}
      <button type="button" disabled={k.busy.value} onClick={reject}>
        {say('reject')}
      </button>
    </div>
  );
}

function onSubscribe(k: Knowledge) {
  const url = k.subscribeUrl.value.trim();
  const problem = k.ports.urlProblem(url);
  if (problem) {
    k.error.value = problem;
    k.status.value = undefined;
    return;
  }
  // The permission prompt must open inside this click, before anything is awaited.
  const { origin, granted } = k.ports.askForOrigin(url);
  void act(
    k,
    async () => {
      if (!(await granted)) throw new SaidError(() => fill(say('denied'), { o: origin }));
      return k.ports.subscribe({ url, layer: k.subscribeLayer.value, ...(k.subscribeKey.value.trim() ? { pinnedKey: k.subscribeKey.value.trim() } : {}) });
    },
    (r) => {
      k.subscribeUrl.value = '';
      k.subscribeKey.value = '';
      // Said as a file import says it: the pack as its trainer named it, with the version (it was the id alone).
      return installedSaid(r as InstalledSaid);
    },
  );
}

function LayerSelect({ value }: { value: Signal<InstalledLayer> }) {
  return (
    <label>
      {say('layer')}
      <select value={value.value} onChange={(e) => (value.value = (e.currentTarget as HTMLSelectElement).value as InstalledLayer)}>
        {(['personal', 'team', 'company'] as const).map((l) => (
          <option key={l} value={l}>
            {say(`layer.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Entries that several packs hold: which one is used (the higher layer's) and where else it is. */
function Conflicts({ conflicts }: { conflicts: PacksOverview['conflicts'] }) {
  return (
    <details open={conflicts.some((c) => c.protectedByPolicy)}>
      <summary>
        {say('conflicts')} ({conflicts.length})
      </summary>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.lang}/${c.entryId}`}>
            <code>{c.entryId}</code>: {say('conflictUsed')} {c.packs[0].packId} ({say(`layer.${c.packs[0].layer}`)}); {say('conflictAlso')}{' '}
            {c.packs
              .slice(1)
              .map((p) => `${p.packId} (${say(`layer.${p.layer}`)})`)
              .join(', ')}
            {c.protectedByPolicy && <strong class="protected"> {say('conflictProtected')}</strong>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Options → Knowledge: installed packs, updates with a diff preview, rollback, import, subscribe; policy shown as managed. */
export function KnowledgeSection({ ports }: { ports: KnowledgePorts }) {
  const k = useMemo(() => knowledgeState(ports), [ports]);
  useEffect(() => {
    void refresh(k);
    return ports.watchChanges(() => void refresh(k));
  }, [k]);
  const o = k.overview.value;
  return (
    <section aria-labelledby="knowledge-h">
      <h2 id="knowledge-h">{say('title')}</h2>
      <p class="muted">{say('intro')}</p>
      <ErrorLine k={k} />
      {k.status.value && <p role="status">{k.status.value()}</p>}
      {o?.policy.hasPackKeys && <p class="muted">{say('keysPinned')}</p>}
      {o?.policy.problems.map((p) => (
        <p key={p.text} class="muted" data-policy-problem={p.setting}>
          <SaidWithDetail text={fill(say('policyProblem'), { setting: p.setting, value: p.value })} detail={p.text} />
        </p>
      ))}
      {o?.policyPending.map((p) =>
        p.lastError ? (
          <PackError key={p.url} message={p.lastError} failure={p.lastFailure} sentence={(e) => fill(say('policyPending'), { u: p.url, e })} />
        ) : (
          <p key={p.url} role="alert">
            {fill(say('policyPending'), { u: p.url, e: '…' })}
          </p>
        ),
      )}
      {o?.packs.map((p) => <PackCard key={`${p.source}:${p.id}`} pack={p} k={k} />)}
      {o && o.conflicts.length > 0 && <Conflicts conflicts={o.conflicts} />}
      <p>
        <button type="button" disabled={frozen(k)} onClick={() => void act(k, () => ports.check(), () => say('checked'))}>
          {say('checkAll')}
        </button>
      </p>
      <h3>{say('import')}</h3>
      <div>
        <FileChooser label={say('importFile')} accept=".json,application/json" disabled={frozen(k)} onChoose={(input) => onImport(input, k)} />
        <LayerSelect value={k.importLayer} />
      </div>
      <ImportPreviewCard k={k} />
      <h3>{say('subscribe')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubscribe(k);
        }}
      >
        <label>
          {say('url')}
          <input type="url" value={k.subscribeUrl.value} onInput={(e) => (k.subscribeUrl.value = (e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {say('key')}
          <input type="text" value={k.subscribeKey.value} onInput={(e) => (k.subscribeKey.value = (e.currentTarget as HTMLInputElement).value)} />
        </label>
        <LayerSelect value={k.subscribeLayer} />
        <button type="submit" class="primary" disabled={frozen(k)}>
          {say('subscribeBtn')}
        </button>
      </form>
    </section>
  );
}
