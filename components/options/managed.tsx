import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { getPolicy, watchPolicy, type Policy } from '@/lib/background/policy';
import { lastKnownPolicyItem } from '@/lib/store/policy';
import { tp } from '@/lib/extension-page-strings';

/**
 * The policy in force, for options sections, kept up to date when the administrator changes it. Until the browser
 * delivers it (Chromium can take seconds after start-up) the page shows the last one delivered, as shortcuts
 * follow it meanwhile; undefined only before anything is known.
 */
export function usePolicy(): Policy | undefined {
  const policy = useSignal<Policy | undefined>(undefined);
  useEffect(() => {
    let delivered = false;
    void lastKnownPolicyItem.getValue().then((p) => {
      if (!delivered && p) policy.value = p;
    });
    void getPolicy().then((p) => {
      delivered = true;
      policy.value = p;
    });
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
