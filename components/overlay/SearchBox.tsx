import { sayCommon } from '@/lib/i18n';

/** The agent's own search over the packs (Greek, Greeklish and typos are the matcher's job). */
export function SearchBox(props: { value: string; onInput(value: string): void }) {
  return (
    <div class="odigos-search" role="search">
      <label class="odigos-search-label">
        <span class="odigos-sr">{sayCommon('search.label')}</span>
        <input
          type="search"
          placeholder={sayCommon('search.placeholder')}
          value={props.value}
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && props.value) {
              e.preventDefault();
              e.stopPropagation();
              props.onInput('');
            }
          }}
        />
      </label>
    </div>
  );
}
