import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // many tests spawn bin/extract (each start loads the lexicons, about 0.5 s alone) and
    // the machine may be busy: vitest's 5 s default fails them there. No test measures speed
    // (that is npm run bench); these only stop a test that hangs.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a test file waits on the binary most of its time: run one per core, not cores - 1
    maxWorkers: Math.max(2, availableParallelism()),
    // no fresh module graph per test file: each would load src/ and its lexicons again, and
    // that took half the CPU of the in-process tests (measured on the 32 files that do not
    // spawn the binary: 47 s of CPU and 74 s isolated, 22 s and 32 s not). No test mocks a
    // module or changes global state (no vi.mock, vi.spyOn or process.env assignments).
    isolate: false,
    // temporary folders (tests/helpers/temp.ts) are removed after each test file
    setupFiles: ['tests/helpers/setup.ts'],
  },
});
