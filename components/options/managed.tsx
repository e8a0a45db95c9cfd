import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { getPolicy, watchPolicy, type Policy } from '@/lib/background/policy';
import { tp } from '@/lib/extension-page-strings';

/**
 * The policy in force, for options sections; undefined until the browser delivers it (Chromium can take seconds
 * after start-up), and kept up to date when the administrator changes it.
 */
export function usePolicy(): Policy | undefined {
  const policy = useSignal<Policy | undefined>(undefined);
  useEffect(() => {
    void getPolicy().then((p) => (policy.value = p));
    return watchPolicy((p) => (policy.value = p));
  }, []);
  return policy.value;
}

/** How options mark what the organisation decides (a pack, a value, a feature): one wording, one look. */
export function ManagedNote({ id }: { id?: string }) {
  return (
    <p class="muted" id={id}>
      {tp('options.managed')}
    </p>
  );
}
