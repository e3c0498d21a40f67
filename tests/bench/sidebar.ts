/**
 * Sidebar tools: how long saving a large boundaries list takes, through Tend's storage module
 * (lib/storage/storage.ts, bundled from source by ./in-page.ts and run in the side panel page), so the
 * figure includes preparing the write, idb-keyval, the immediate commit and the change broadcast
 * exactly as a form in the tab runs them.
 */
import { boundaryCategories } from '../../content/boundary-items';
import { records } from '../../lib/storage/stored-schema';
import {
  addCustomItem,
  answersOf,
  type BoundaryList,
  RATINGS,
  setCurious,
  setNote,
  setRating,
} from '../../lib/tools/boundaries';
import { firstRunPage, launch, serviceWorkerOf } from '../e2e/fixtures';
import { pageScript } from './in-page';
import type { run } from './sidebar-page';

export const LIST_SIZE = 200;

/**
 * Every catalogue item plus own items up to `size`, every answer given (both ways round where an
 * item has direction), every Yes curious, every third item with a note, and every fifth directed
 * answer still unconfirmed, as a list moved from before directions would be.
 */
export function largeList(size = LIST_SIZE): BoundaryList {
  let list = records.boundaries.fallback;
  const catalogue = boundaryCategories.flatMap((category) => category.items);
  for (let n = 1; catalogue.length + list.custom.length < size; n++) {
    const added = addCustomItem(list, `My own item number ${n}, in a few plain words`);
    if (!added.ok) throw new Error(added.error);
    list = added.list;
  }
  const items = [...catalogue, ...list.custom];
  items.forEach((item, index) => {
    for (const { key, direction } of answersOf(item)) {
      const rating = RATINGS[index % RATINGS.length];
      list = setCurious(setRating(list, key, rating), key, rating === 'yes');
      if (direction && index % 5 === 0) list = { ...list, unconfirmed: [...list.unconfirmed, key] };
    }
    if (index % 3 === 0) list = setNote(list, item.id, 'Only when we have talked about it first, and gently to start.');
  });
  return list;
}

/** Milliseconds per save of a `LIST_SIZE`-item list, one figure per run. */
export async function benchBoundariesSave(runs: number): Promise<{ times: number[]; items: number; bytes: number }> {
  const list = largeList();
  const items = list.custom.length + boundaryCategories.flatMap((category) => category.items).length;
  const context = await launch();
  try {
    await (await firstRunPage(context)).close();
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#boundaries`);
    await page.evaluate(await pageScript('sidebar-page.ts', 'tendBench'));
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    const times: Awaited<ReturnType<typeof run>> = await page.evaluate(
      `tendBench.run(${JSON.stringify(list)}, ${runs})`,
    );
    return { times, items, bytes: JSON.stringify(list).length };
  } finally {
    await context.close();
  }
}
