// Tables built from a dependency at build time (compromise's model, the city gazetteer):
// `npm run build` runs each such module, which writes its JSON snapshot next to itself;
// at run time the snapshot is read, and without one the table is built from the package.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The snapshot `name` next to the module `moduleUrl`, parsed, or undefined if absent. */
export function readSnapshot<T>(moduleUrl: string, name: string): T | undefined {
  const file = fileURLToPath(new URL(name, moduleUrl));
  // run from src/ (the tests), the build's snapshot in dist/ serves as well
  const built = file.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2');
  for (const f of [file, built]) if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8')) as T;
  return undefined;
}

/** The snapshot `name` next to the module `moduleUrl` as bytes, unparsed, or undefined if absent. */
export function readSnapshotBytes(moduleUrl: string, name: string): Buffer | undefined {
  const file = fileURLToPath(new URL(name, moduleUrl));
  const built = file.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2');
  for (const f of [file, built]) if (existsSync(f)) return readFileSync(f);
  return undefined;
}

/** When the module `moduleUrl` is the script node runs (the build), writes its snapshot. */
export function writeSnapshotWhenRun(moduleUrl: string, name: string, make: () => string): void {
  if (process.argv[1] && fileURLToPath(moduleUrl) === process.argv[1]) writeFileSync(fileURLToPath(new URL(name, moduleUrl)), make());
}
