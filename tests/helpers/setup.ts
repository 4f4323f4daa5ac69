// Runs before every test file (vitest.config.ts setupFiles): what tempDir made goes away
// after the file's tests.
import { afterAll } from 'vitest';
import { cleanTemp } from './temp.js';

afterAll(cleanTemp);
