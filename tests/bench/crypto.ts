/**
 * The passphrase lock's costs, measured with lib/crypto.ts itself inside a page of the built
 * extension (Chromium's WebCrypto and IndexedDB, as users get them), plus key derivation in Node:
 *  - unlock: deriving the key at the default 600,000 iterations and checking it on the verifier;
 *  - save: one record put into IndexedDB in its own transaction, sealed (AES-GCM) vs plain.
 * Storage does not encrypt yet, so the save figure times the same steps storage will take.
 */

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, type Rollup } from 'vite';
import { checkPassphrase, createLock } from '../../lib/crypto';
import { launch, serviceWorkerOf } from '../e2e/fixtures';
import type { run } from './crypto-page';

export interface CryptoBench {
  unlockPage: number[];
  unlockNode: number[];
  savePlain: number[];
  saveSealed: number[];
}

/** crypto-page.ts bundled as a script that defines `tendBench`, to run in the extension's page. */
async function pageScript(): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: resolve(import.meta.dirname, 'crypto-page.ts'), formats: ['iife'], name: 'tendBench' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = result[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error('bundling crypto-page.ts gave no script');
  return chunk.code;
}

export async function benchCrypto(unlockRuns: number, saveRuns: number): Promise<CryptoBench> {
  const unlockNode: number[] = [];
  const passphrase = 'correct horse battery staple';
  const { lock } = await createLock(passphrase);
  for (let run = 0; run < unlockRuns; run++) {
    const start = performance.now();
    if (!(await checkPassphrase(passphrase, lock))) throw new Error('unlock failed');
    unlockNode.push(performance.now() - start);
  }

  const context = await launch();
  try {
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.evaluate(await pageScript());
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    const inPage: Awaited<ReturnType<typeof run>> = await page.evaluate(`tendBench.run(${unlockRuns}, ${saveRuns})`);
    return { unlockPage: inPage.unlock, unlockNode, savePlain: inPage.savePlain, saveSealed: inPage.saveSealed };
  } finally {
    await context.close();
  }
}
