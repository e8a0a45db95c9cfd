/**
 * The English word vectors of the semantic ranking stage (knowledge/vectors/en-vectors.bin, about 3.4 MB): a data
 * file of the extension package (copied there by wxt.config.ts), fetched and parsed the first time a pack set with
 * English entries is built, not part of the service worker's script.
 */
import { parseVectors, type WordVectors } from '@/knowledge/engine/semantic';
import { EN_VECTORS_PATH } from './vectors-file';

let loading: Promise<WordVectors> | undefined;

/** The parsed table, loaded once; a failed load is retried on the next call. */
export function englishVectors(): Promise<WordVectors> {
  return (loading ??= fetch((browser.runtime.getURL as (path: string) => string)(EN_VECTORS_PATH))
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`word vectors: HTTP ${r.status}`))))
    .then((bytes) => parseVectors(new Uint8Array(bytes)))
    .catch((err: unknown) => {
      loading = undefined;
      throw err;
    }));
}
