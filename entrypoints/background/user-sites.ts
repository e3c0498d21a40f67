import type { UserSite } from '@/lib/sites/sites';
import { read } from '@/lib/storage/storage';

/**
 * The user's sites, kept in memory while the worker lives: the exit's "close private tabs" reads
 * them, and a tip card's "more" must open the side panel within the user's click, before anything
 * is awaited.
 */
export interface UserSites {
  /** The list as last read; undefined in a worker that has not read it yet. */
  current(): UserSite[] | undefined;
  /** Reads the list afresh and keeps it. */
  load(): Promise<UserSite[]>;
}

export function keepUserSites(): UserSites {
  let sites: UserSite[] | undefined;
  return {
    current: () => sites,
    load: async () => {
      sites = await read('sites');
      return sites;
    },
  };
}
