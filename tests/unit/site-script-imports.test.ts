import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every module the tip script loads at run time (type-only imports load nothing), followed through. */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(file, 'utf8');
  for (const [, spec = ''] of code.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
    const target = spec.startsWith('@/')
      ? resolve(root, `${spec.slice(2)}.ts`)
      : spec.startsWith('.')
        ? resolve(dirname(file), `${spec}.ts`)
        : spec;
    if (seen.has(target)) continue;
    seen.add(target);
    if (target.endsWith('.ts')) runtimeImports(target, seen);
  }
  return seen;
}

describe('the tip script on the user’s sites', () => {
  it('loads only what it shows: never storage, messages schemas or the guidance library', () => {
    const loaded = [...runtimeImports(resolve(root, 'entrypoints/site-tips/index.ts'))].map((file) =>
      file.replace(`${root}/`, ''),
    );
    expect(loaded.sort()).toEqual(
      [
        'entrypoints/site-tips/card.ts',
        'lib/in-page/card-placement.ts',
        'lib/in-page/page-context.ts',
        'lib/in-page/send.ts',
        'lib/in-page/shift-exit.ts',
        'wxt/browser',
        'wxt/utils/define-unlisted-script',
      ].sort(),
    );
  });

  it('follows the layers: only lib/in-page/, its own folder and wxt at run time; anything else as a type only', () => {
    const outside = [...runtimeImports(resolve(root, 'entrypoints/site-tips/index.ts'))]
      .map((file) => file.replace(`${root}/`, ''))
      .filter((file) => !/^(lib\/in-page|entrypoints\/site-tips)\//.test(file))
      .filter((file) => !['wxt/browser', 'wxt/utils/define-unlisted-script'].includes(file));
    expect(outside).toEqual([]);
  });
});
