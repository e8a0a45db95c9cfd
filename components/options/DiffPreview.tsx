import type { PackDiff } from '@/knowledge/pack/diff';
import { definePlurals, defineStrings, fill, sayCount } from '@/lib/i18n';

const say = defineStrings({
  added: { el: 'Νέες', en: 'Added' },
  removed: { el: 'Αφαιρούνται', en: 'Removed' },
  changed: { el: 'Αλλάζουν', en: 'Changed' },
  noChanges: { el: 'Καμία αλλαγή στις καταχωρίσεις.', en: 'No changes to the entries.' },
  changes: { el: 'Αλλαγές', en: 'Changes' },
  // The diff's warnings by their codes (knowledge/pack/diff.ts): a Greek page showed its English sentences.
  'warn.otherPack': { el: 'είναι διαφορετικά πακέτα («{a}» και «{b}»)', en: 'these are different packs ("{a}" and "{b}")' },
  'warn.backwards': { el: 'η έκδοση πηγαίνει προς τα πίσω ({a} → {b})', en: 'the version goes backwards ({a} → {b})' },
  'warn.notBumped': {
    el: 'το περιεχόμενο άλλαξε αλλά η έκδοση όχι (ακόμη {a}): στους εκπροσώπους δεν θα προταθεί η ενημέρωση',
    en: 'the content changed but the version was not bumped (still {a}): agents will not be offered the update',
  },
});

/** The diff's warnings in the page's language; a diff stored before the codes (a pending update) has its English. */
function warningsSaid(diff: PackDiff): string[] {
  const codes = diff.warningCodes as PackDiff['warningCodes'] | undefined;
  return codes ? codes.map((w) => fill(say(`warn.${w.code}`), w.params)) : diff.warnings;
}
const count = definePlurals({
  more: { el: { one: 'Και {n} ακόμα', other: 'Και {n} ακόμα' }, en: { one: '{n} more', other: '{n} more' } },
});

/**
 * Entries listed before the rest fold away: a pack of thousands of entries listed them all, and the Accept and
 * Reject buttons under the preview were thousands of lines down the page.
 */
export const SHOWN_ENTRIES = 20;

type Item = { id: string; title: string; fields?: string[] };
const entryLine = (mark: string) => (e: Item) => (
  <li key={e.id}>
    {mark} {e.title} <span class="muted">({e.id}{e.fields ? `: ${e.fields.join(', ')}` : ''})</span>
  </li>
);

/**
 * What a pack update changes, as agents see it before accepting it (Options → Knowledge) and as the trainer sees
 * it before publishing (the studio): entries added, removed and changed (with the fields), and the diff's warnings.
 */
export function DiffPreview({ diff }: { diff: PackDiff }) {
  const list = (title: string, mark: string, items: Item[]) =>
    items.length > 0 && (
      <div>
        <strong>
          {title} ({sayCount(items.length)})
        </strong>
        <ul>{items.slice(0, SHOWN_ENTRIES).map(entryLine(mark))}</ul>
        {items.length > SHOWN_ENTRIES && (
          <details>
            <summary>{count('more', items.length - SHOWN_ENTRIES)}</summary>
            <ul>{items.slice(SHOWN_ENTRIES).map(entryLine(mark))}</ul>
          </details>
        )}
      </div>
    );
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length;
  return (
    <div role="group" aria-label={say('changes')} class="diff">
      {/* The counts first, the same for a URL update and a file: +N / −N / ~N. */}
      <p class="diff-summary">
        <span class="diff-added">+{sayCount(diff.added.length)}</span> / <span class="diff-removed">−{sayCount(diff.removed.length)}</span> /{' '}
        <span class="diff-changed">~{sayCount(diff.changed.length)}</span>
      </p>
      {list(say('added'), '+', diff.added)}
      {list(say('removed'), '−', diff.removed)}
      {list(say('changed'), '~', diff.changed)}
      {empty && <p>{say('noChanges')}</p>}
      {warningsSaid(diff).map((w) => (
        <p key={w} class="muted">
          {w}
        </p>
      ))}
    </div>
  );
}
