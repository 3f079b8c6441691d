import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Dates are UTC everywhere; snapshots must not depend on the machine's zone.
process.env.TZ = 'UTC';

/** Tests that need neither the built site nor a server. */
const UNIT = [
  'tests/loading/**',
  'tests/model/**',
  'tests/presentation/**',
  'tests/figures/**',
  'tests/editor/**',
  'tests/client/**',
  'tests/schemas/**',
  'tests/i18n/**',
  'tests/integrations/**',
  'tests/scripts/**',
  'tests/styles/**',
];
const BROWSER = ['tests/browser/**'];
const BUILD = ['tests/build/**'];
const LIGHTHOUSE = ['tests/lighthouse/**'];
const SITE_SETUP = ['tests/global-setup.ts'];

/** The longest files first (every page in the browser, two fresh builds), so the others fill the second core around them. */
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) =>
      f.moduleId.includes('/tests/browser/every-page') ? 0 : f.moduleId.includes('/tests/build/') ? 1 : 2;
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    env: { TZ: 'UTC' },
    sequence: { sequencer: LongestFirst },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT.map((d) => `${d}/*.test.ts`) } },
      // Type assertions (expectTypeOf in *.test-d.ts): checked by tsc, never run; a wrong one fails `npm run typecheck`.
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
        },
      },
      // Everything else reads the built site: dist/ and a local server for it (tests/global-setup.ts).
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...UNIT, ...BROWSER, ...BUILD, ...LIGHTHOUSE],
          globalSetup: SITE_SETUP,
        },
      },
      { extends: true, test: { name: 'browser', include: BROWSER.map((d) => `${d}/*.test.ts`), globalSetup: SITE_SETUP } },
      // One file at a time: a build into a temporary outDir (outside the project) writes its prerender
      // chunks to the project's shared ./.astro/.prerender/, so two at once overwrite each other's.
      { extends: true, test: { name: 'build', include: BUILD.map((d) => `${d}/*.test.ts`), fileParallelism: false } },
      // Last and alone: performance scores are only meaningful on an otherwise idle machine.
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: LIGHTHOUSE.map((d) => `${d}/*.test.ts`),
          globalSetup: SITE_SETUP,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
