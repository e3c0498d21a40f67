/**
 * An import: everything stored is replaced with a backup's data, and Tend gives the browser back
 * its access to each of the user's sites that the backup does not have.
 */
import { releaseSites } from '@/lib/sites/my-sites';
import { read, replaceAll, type StoredData } from '@/lib/storage/storage';

export async function restoreBackup(data: Partial<StoredData>): Promise<void> {
  // Read first: the list being replaced is what says which permissions were Tend's for the sites.
  const before = await read('sites');
  await replaceAll(data);
  const still = new Set(data.sites?.map((site) => site.pattern));
  await releaseSites(before.map((site) => site.pattern).filter((pattern) => !still.has(pattern)));
}
