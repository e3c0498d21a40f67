/**
 * Which JavaScript files a built page loads, read from the build output: the bench reports their
 * size and tests/e2e/build-output.spec.ts checks what is in them (where the Public Suffix List lands).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JS files `htmlFile` loads at start (its script tags and, recursively, their static imports),
 * and the files it may load later through dynamic import() (with their own static imports).
 */
export function scriptsOf(dir: string, htmlFile: string): { initial: string[]; lazy: string[] } {
  const html = readFileSync(join(dir, htmlFile), 'utf8');
  const toPath = (from: string, spec: string) =>
    spec.startsWith('/') ? join(dir, spec) : resolve(dirname(from), spec);
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) =>
    join(dir, m[1] ?? ''),
  );
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const later: string[] = [];
  /** Takes files off `pending` into `into`, queueing their static imports there and dynamic ones on `later`. */
  const follow = (pending: string[], into: Set<string>) => {
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (initial.has(file) || into.has(file)) continue;
      into.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) pending.push(toPath(file, m[1] ?? ''));
      for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) later.push(toPath(file, m[1] ?? ''));
    }
  };
  follow(queue, initial);
  // `later` is both the queue and where lazy files' own dynamic imports go, so those are followed too.
  follow(later, lazy);
  return { initial: [...initial], lazy: [...lazy] };
}

/** Raw and gzipped size of `files` together. */
export function sizeOf(files: string[]): { raw: number; gzip: number } {
  const joined = Buffer.concat(files.map((file) => readFileSync(file)));
  return { raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
}
