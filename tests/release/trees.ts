/** Compares two folders file by file, byte for byte: what the reproducible-build check reports. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();
}

/** One line per difference between the folders `expected` and `actual`; empty when identical. */
export function treeDifferences(expected: string, actual: string): string[] {
  const want = filesUnder(expected);
  const got = new Set(filesUnder(actual));
  const problems = want.flatMap((file) => {
    if (!got.has(file)) return [`missing: ${file}`];
    return readFileSync(join(expected, file)).equals(readFileSync(join(actual, file))) ? [] : [`differs: ${file}`];
  });
  const extra = [...got].filter((file) => !want.includes(file)).map((file) => `extra: ${file}`);
  return [...problems, ...extra];
}
