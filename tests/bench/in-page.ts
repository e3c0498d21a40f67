/**
 * Bundles a bench module from source as a script for a page of the built extension, where it
 * runs with Chromium's own IndexedDB and WebCrypto. The bench reaches Tend's code through its
 * source modules (a stable entry), never by a built chunk's file name or minified shape.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** `file` (beside this one) bundled as a script that defines the global `name`. */
export async function pageScript(file: string, name: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      lib: { entry: resolve(import.meta.dirname, file), formats: ['iife'], name },
    },
  })) as Rollup.RollupOutput[];
  const chunk = result[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error(`bundling ${file} gave no script`);
  return chunk.code;
}
