// Runs the built command line (bin/extract) and collects what it printed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/extract`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs bin/extract with `args`. Unless they say --jobs (or opts.jobs is 'default'), with
 * -j 1: the default starts one worker per core, each loading the lexicons again, which cost
 * about 65% more CPU on the fixtures for the same bytes (tests/cli/parallel.test.ts checks
 * that every --jobs gives the same output; cli.test.ts runs the default once).
 */
export function run(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv; jobs?: 'default' } = {}): Run {
  const jobs = opts.jobs === 'default' || args.some((a) => a === '-j' || a.startsWith('--jobs')) ? [] : ['-j', '1'];
  const r = spawnSync(process.execPath, [BIN, ...jobs, ...args], {
    cwd: ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
