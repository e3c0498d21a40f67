/**
 * Runs inside a page of the built extension (bundled by tests/bench/sidebar.ts): lib/storage/storage.ts
 * saving a large boundaries list the way a form does (prepare the write, then save), against
 * Chromium's IndexedDB in Tend's own database.
 */

import { prepareWrite } from '../../lib/storage/storage';
import type { BoundaryList } from '../../lib/tools/boundaries';

export async function run(list: BoundaryList, runs: number): Promise<number[]> {
  await (await prepareWrite('boundaries', list)).save(); // warm up: opens the database
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const next = { ...list, notes: { ...list.notes, [list.custom[0]?.id ?? 'x']: `run ${run}` } };
    const start = performance.now();
    await (await prepareWrite('boundaries', next)).save();
    times.push(performance.now() - start);
  }
  return times;
}
