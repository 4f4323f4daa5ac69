// Sizes on the command line ("50MB", "2GB", "800KB", "1000000") and in messages.
const UNITS: Readonly<Record<string, number>> = { '': 1, B: 1, K: 1024, KB: 1024, M: 1024 ** 2, MB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3 };

/** Bytes from a size such as "50MB" (units of 1,024), or null when it is not one. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  if (!m) return null;
  const bytes = Math.round(Number(m[1]) * UNITS[m[2]!.toUpperCase()]!);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** "50 MB", "1.5 GB", "812 bytes" */
export function formatSize(bytes: number): string {
  for (const [unit, n] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const)
    if (bytes >= n) return `${Number((bytes / n).toFixed(1))} ${unit}`;
  return `${bytes} bytes`;
}
