import type { PackDiff } from '@/knowledge/pack/diff';
import { defineStrings } from '@/lib/i18n';

const say = defineStrings({
  added: { el: 'Νέες', en: 'Added' },
  removed: { el: 'Αφαιρούνται', en: 'Removed' },
  changed: { el: 'Αλλάζουν', en: 'Changed' },
  noChanges: { el: 'Καμία αλλαγή στις καταχωρίσεις.', en: 'No changes to the entries.' },
  changes: { el: 'Αλλαγές', en: 'Changes' },
});

/**
 * What a pack update changes, as agents see it before accepting it (Options → Knowledge) and as the trainer sees
 * it before publishing (the studio): entries added, removed and changed (with the fields), and the diff's warnings.
 */
export function DiffPreview({ diff }: { diff: PackDiff }) {
  const list = (title: string, mark: string, items: Array<{ id: string; title: string; fields?: string[] }>) =>
    items.length > 0 && (
      <div>
        <strong>
          {title} ({items.length})
        </strong>
        <ul>
          {items.map((e) => (
            <li key={e.id}>
              {mark} {e.title} <span class="muted">({e.id}{e.fields ? `: ${e.fields.join(', ')}` : ''})</span>
            </li>
          ))}
        </ul>
      </div>
    );
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length;
  return (
    <div role="group" aria-label={say('changes')} class="diff">
      {/* The counts first, the same for a URL update and a file: +N / −N / ~N. */}
      <p class="diff-summary">
        <span class="diff-added">+{diff.added.length}</span> / <span class="diff-removed">−{diff.removed.length}</span> /{' '}
        <span class="diff-changed">~{diff.changed.length}</span>
      </p>
      {list(say('added'), '+', diff.added)}
      {list(say('removed'), '−', diff.removed)}
      {list(say('changed'), '~', diff.changed)}
      {empty && <p>{say('noChanges')}</p>}
      {diff.warnings.map((w) => (
        <p key={w} class="muted">
          {w}
        </p>
      ))}
    </div>
  );
}
