import { useState } from 'preact/hooks';
import { defineStrings, fill } from '@/lib/i18n';
import type { InstalledSummary } from '@/lib/store/packs';

const say = defineStrings({
  reset: { el: 'Επαναφορά αποθήκευσης πακέτων', en: 'Reset the pack storage' },
  confirmTitle: { el: 'Επαναφορά της αποθήκευσης πακέτων;', en: 'Reset the pack storage?' },
  whatHappens: {
    el: 'Ο Οδηγός θα δημιουργήσει από την αρχή νέα, κενή αποθήκευση πακέτων και δεν θα χρησιμοποιεί πλέον αυτή που έχει υποστεί ζημιά. Τα ενσωματωμένα πακέτα παραμένουν. Οι σημειώσεις και οι ρυθμίσεις σας δεν αλλάζουν.',
    en: 'Odigos will create a new, empty pack storage and stop using the damaged one. The built-in packs stay. Your notes and settings are not changed.',
  },
  fromUrl: { el: 'Θα κατεβούν ξανά αυτόματα από τη διεύθυνσή τους:', en: 'Downloaded again automatically from their address:' },
  fromFile: { el: 'Θα πρέπει να τα εισαγάγετε ξανά από αρχείο:', en: 'You will have to import these again from a file:' },
  noneKnown: {
    el: 'Ο Οδηγός δεν γνωρίζει ποια πακέτα είχατε εγκαταστήσει: όσα χρειάζεστε, θα πρέπει να τα εγκαταστήσετε ξανά.',
    en: 'Odigos does not know which packs you had installed: install again those you need.',
  },
  confirm: { el: 'Επαναφορά', en: 'Reset' },
  cancel: { el: 'Άκυρο', en: 'Cancel' },
  missing: { el: 'Δεν είναι διαθέσιμα τώρα:', en: 'Not available now:' },
  toRestore: { el: 'Πακέτα που πρέπει να εγκαταστήσετε ξανά', en: 'Packs to install again' },
  toRestoreFile: { el: 'εισαγάγετέ το ξανά από αρχείο, παρακάτω', en: 'import it again from a file, below' },
  toRestoreUrl: { el: 'η λήψη απέτυχε· κάντε ξανά συνδρομή σε αυτή τη διεύθυνση, παρακάτω', en: 'the download failed; subscribe to this address again, below' },
  dismiss: { el: 'Δεν τα χρειάζομαι πια', en: 'I no longer need them' },
  file: { el: 'από αρχείο', en: 'from a file' },
});

/** «Acme returns 1.0.0 (https://…)» or «… (από αρχείο)». */
const line = (p: InstalledSummary) => `${p.name} ${p.version} (${p.url ?? say('file')})`;
const fromAddress = (p: InstalledSummary) => p.url !== undefined && (p.source === 'url' || p.source === 'policy');

function PackList({ packs, label }: { packs: InstalledSummary[]; label: string }) {
  if (!packs.length) return null;
  return (
    <>
      <p>{label}</p>
      <ul aria-label={label}>
        {packs.map((p) => (
          <li key={p.id}>{line(p)}</li>
        ))}
      </ul>
    </>
  );
}

/** While the pack storage cannot be opened: which installed packs are missing, as last known. */
export function MissingPacks({ missing }: { missing: InstalledSummary[] }) {
  return <PackList packs={missing} label={say('missing')} />;
}

/**
 * The remedy for a pack storage the browser refuses after every restart: a button, then a confirmation that names
 * what will happen and, by name and address, which packs come back by themselves and which must be imported again.
 */
export function PackStorageReset({ missing, disabled, onReset }: { missing: InstalledSummary[]; disabled: boolean; onReset: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <p>
        <button type="button" disabled={disabled} onClick={() => setAsking(true)}>
          {say('reset')}
        </button>
      </p>
    );
  }
  return (
    <div role="group" aria-label={say('confirmTitle')} class="pending" data-reset-confirm>
      <h4>{say('confirmTitle')}</h4>
      <p>{say('whatHappens')}</p>
      {missing.length === 0 && <p>{say('noneKnown')}</p>}
      <PackList packs={missing.filter(fromAddress)} label={say('fromUrl')} />
      <PackList packs={missing.filter((p) => !fromAddress(p))} label={say('fromFile')} />
      <button
        type="button"
        class="primary"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        {say('confirm')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {say('cancel')}
      </button>
    </div>
  );
}

/** After a reset: the packs still to install again, each with what to do, until installed or dismissed. */
export function PacksToRestore({ packs, disabled, onDismiss }: { packs: InstalledSummary[]; disabled: boolean; onDismiss: () => void }) {
  return (
    <div role="group" aria-label={say('toRestore')} class="pending" data-to-restore>
      <h4>{say('toRestore')}</h4>
      <ul>
        {packs.map((p) => (
          <li key={p.id}>
            {fill('{pack}: {what}', { pack: line(p), what: say(fromAddress(p) ? 'toRestoreUrl' : 'toRestoreFile') })}
          </li>
        ))}
      </ul>
      <button type="button" disabled={disabled} onClick={onDismiss}>
        {say('dismiss')}
      </button>
    </div>
  );
}
