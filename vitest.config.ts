import { defineConfig } from 'vitest/config';

// Three projects: pure units, integration tests against a real database engine
// (embedded PGlite, or PostgreSQL when TEST_DATABASE_URL is set and VERN_TEST_ENGINE=postgres),
// and browser journeys in the system Chromium.
const resolve = { conditions: ['vern-source'] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr: { resolve: { conditions: ['vern-source'] } },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: ['vern-source'] } },
        test: {
          name: 'int',
          include: ['apps/*/src/**/*.int.test.ts', 'apps/*/test/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: ['vern-source'] } },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
