/**
 * The passphrase lock's costs, measured with lib/lock/crypto.ts itself inside a page of the built
 * extension (Chromium's WebCrypto and IndexedDB, as users get them), plus key derivation in Node:
 *  - unlock: deriving the key at the default 600,000 iterations and checking it on the verifier;
 *  - save: one record put into IndexedDB in its own transaction, sealed (AES-GCM) vs plain.
 * The save figure times the steps storage takes for a private record while Tend is unlocked.
 */

import { performance } from 'node:perf_hooks';
import { checkPassphrase, createLock } from '../../lib/lock/crypto';
import { firstRunPage, launch, serviceWorkerOf } from '../e2e/fixtures';
import type { run } from './crypto-page';
import { pageScript } from './in-page';

export interface CryptoBench {
  unlockPage: number[];
  unlockNode: number[];
  savePlain: number[];
  saveSealed: number[];
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
    // The first-run page may take the next blank tab: let it open, then close it.
    await (await firstRunPage(context)).close();
    const id = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.evaluate(await pageScript('crypto-page.ts', 'tendBench'));
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    const inPage: Awaited<ReturnType<typeof run>> = await page.evaluate(`tendBench.run(${unlockRuns}, ${saveRuns})`);
    return { unlockPage: inPage.unlock, unlockNode, savePlain: inPage.savePlain, saveSealed: inPage.saveSealed };
  } finally {
    await context.close();
  }
}
