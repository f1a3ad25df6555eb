// The one place that names the engine version. Cached per-article and per-corpus results are
// keyed by it, so results made by other code are ignored (and re-analysed), never trusted.
// The hash part covers the engine's source: the build bakes it in (WHOSAID_ENGINE_HASH), and
// runs from source compute it, so an edit to cleaning, extraction or linking is never served
// stale results from the cache.
import { fileURLToPath } from 'node:url';
import { engineHash } from '../../scripts/engine-hash.mjs';

declare const WHOSAID_ENGINE_HASH: string | undefined;

const built = typeof WHOSAID_ENGINE_HASH === 'string' ? WHOSAID_ENGINE_HASH : null;

// WHOSAID_ENGINE_VERSION pins the version across processes that must share one cache while
// the source is being edited (the benchmark's cold and warm phases); never set it otherwise.
export const ENGINE_VERSION = process.env.WHOSAID_ENGINE_VERSION
  || `0.1.0-${built ?? engineHash(fileURLToPath(new URL('..', import.meta.url)))}`;

/** Version of the cache entry layout itself (header + JSON body), independent of the engine. */
export const CACHE_FORMAT = 8;
