// The project's config with its own content-layer cache, so that test builds
// of temporary content trees leave no stale entries in the real build's cache.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.TEST_CACHE_DIR ?? './node_modules/.astro-test' };
