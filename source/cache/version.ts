// The one place that names the engine version. Bump it whenever cleaning or extraction
// changes what an article analyses to: every cached per-article result keyed by an older
// version is then ignored (and re-analysed) rather than trusted.
export const ENGINE_VERSION = '0.1.0-e1';

/** Version of the cache entry layout itself (header + JSON body), independent of the engine. */
export const CACHE_FORMAT = 4;
