import { request } from '@/lib/messages';
import { FailureError } from '@/lib/failure';
import type { ExtrasApi } from './api';

let loading: Promise<ExtrasApi> | undefined;

const current = (): ExtrasApi | undefined => {
  const api = globalThis.__odigosExtras;
  return api?.alive() ? api : undefined;
};

/**
 * The extras (notes editor, palette) for this frame: already there, or injected by the background on first use.
 * Rejects when the browser refuses the injection; callers show that in place and stay usable.
 */
export function ensureExtras(): Promise<ExtrasApi> {
  const api = current();
  if (api) return Promise.resolve(api);
  loading ??= request('extras.inject', {})
    .then(() => current() ?? Promise.reject(new FailureError({ code: 'ext.extrasFailed' }, 'Odigos extras did not start on this page')))
    .finally(() => (loading = undefined));
  return loading;
}
