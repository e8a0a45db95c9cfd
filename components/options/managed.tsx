import { sayPages } from '@/lib/extension-page-strings';

/** How options mark what the organisation decides (a pack, a value, a feature): one wording, one look. */
export function ManagedNote({ id }: { id?: string }) {
  return (
    <p class="muted" id={id}>
      {sayPages('options.managed')}
    </p>
  );
}
