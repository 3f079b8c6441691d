import { defineConfig } from 'vitest/config';

// Dates are UTC everywhere; snapshots must not depend on the machine's zone.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
