/**
 * Sidebar tools: how long saving a large boundaries list takes, through the built extension's
 * own storage module (its chunk, imported in the side panel page), so the figure includes
 * preparing the write, idb-keyval, the immediate commit and the change broadcast exactly as a form
 * in the tab runs them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryCategories } from '../../content/boundary-items';
import { addCustomItem, type BoundaryList, EMPTY_LIST, RATINGS, setNote, setRating } from '../../lib/boundaries';
import { EXTENSION_DIR, firstRunPage, launch, serviceWorkerOf } from '../e2e/fixtures';

export const LIST_SIZE = 200;

/** Every catalogue item plus own items up to `size`, all answered, every third with a note. */
export function largeList(size = LIST_SIZE): BoundaryList {
  let list = EMPTY_LIST;
  const catalogue = boundaryCategories.flatMap((category) => category.items.map((item) => item.id));
  for (let n = 1; catalogue.length + list.custom.length < size; n++) {
    const added = addCustomItem(list, `My own item number ${n}, in a few plain words`);
    if (!added.ok) throw new Error(added.error);
    list = added.list;
  }
  const ids = [...catalogue, ...list.custom.map((item) => item.id)];
  ids.forEach((id, index) => {
    list = setRating(list, id, RATINGS[index % RATINGS.length]);
    if (index % 3 === 0) list = setNote(list, id, 'Only when we have talked about it first, and gently to start.');
  });
  return list;
}

/** The built storage chunk, as a path the extension page can import. */
function storageChunk(): string {
  const file = readdirSync(join(EXTENSION_DIR, 'chunks')).find((name) => /^storage-.*\.js$/.test(name));
  if (!file) throw new Error('No storage chunk in the build: has the bundling of lib/storage.ts changed?');
  return `/chunks/${file}`;
}

/** Milliseconds per save of a `LIST_SIZE`-item list, one figure per run. */
export async function benchBoundariesSave(runs: number): Promise<{ times: number[]; items: number; bytes: number }> {
  const list = largeList();
  const items = Object.keys(list.ratings).length;
  const context = await launch();
  try {
    await (await firstRunPage(context)).close();
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html#boundaries`);
    const times = await page.evaluate(
      async ({ chunk, list, runs }) => {
        const module: Record<string, unknown> = await import(chunk);
        // Minified export names change between builds. prepareWrite(key, value) is the one export
        // that hands back the save itself; preparing then saving is what a form does (use-draft).
        const preparers = Object.values(module).filter(
          (f) => typeof f === 'function' && f.length === 2 && /return\s*\(\)\s*=>/.test(f.toString()),
        );
        if (preparers.length !== 1) throw new Error('Cannot find prepareWrite() in the storage chunk');
        const prepare = preparers[0] as (key: string, value: unknown) => Promise<() => Promise<void>>;
        // (No helper function here: tsx would wrap it in a __name() the page does not have.)
        await (await prepare('boundaries', list))(); // warm up: opens the database
        const times: number[] = [];
        for (let run = 0; run < runs; run++) {
          const next = { ...list, notes: { ...list.notes, [list.custom[0]?.id ?? 'x']: `run ${run}` } };
          const start = performance.now();
          await (await prepare('boundaries', next))();
          times.push(performance.now() - start);
        }
        return times;
      },
      { chunk: storageChunk(), list, runs },
    );
    return { times, items, bytes: JSON.stringify(list).length };
  } finally {
    await context.close();
  }
}
