/** How the tests and scripts run `astro build`. */

/**
 * The environment for a production build from inside a test run: vitest sets
 * NODE_ENV=test, and a build inheriting it is a development build
 * (import.meta.env.DEV: Starlight's search renders its "build to try it"
 * notice instead of the Pagefind UI). Dates are UTC.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', TZ: 'UTC' };
}
