/**
 * The user's sites checked against the Public Suffix List this version of Tend carries: a site
 * added under an older, shorter list may name a whole shared suffix (`https://*.herokuapp.com/*`).
 * Such a site is kept but paused until the user re-adds the one site they meant; an import leaves
 * it out. Pure; loaded only with the list (lib/sites/site-patterns.ts), by the views that need it.
 */

import type { StoredData } from '@/lib/storage/storage';
import { describePattern, patternHost } from './site-match';
import { isSharedPattern } from './site-patterns';
import type { UserSite } from './sites';

/** `sites` with every site on a public suffix paused; undefined when none needed it. */
export function pauseShared(sites: readonly UserSite[]): UserSite[] | undefined {
  if (!sites.some((site) => !site.paused && isSharedPattern(site.pattern))) return undefined;
  return sites.map((site) => (isSharedPattern(site.pattern) ? { ...site, paused: true } : site));
}

/** What the user reads beside such a site in "My sites". */
export function sharedSiteMessage(pattern: string): string {
  return `Paused: many different sites share this address, so Tend no longer runs its tips there. Remove it, then add the one site you use, like example.${patternHost(pattern)}.`;
}

export interface CheckedImport {
  data: Partial<StoredData>;
  /** The sites left out, as the user knows them ("herokuapp.com and its subdomains"). */
  leftOut: string[];
}

/**
 * An imported backup's data without its sites on a public suffix, and with snoozes only for the
 * sites it keeps: a snooze for a site not in the same backup would sit in storage for nothing.
 */
export function leaveOutShared(data: Partial<StoredData>): CheckedImport {
  const kept = { ...data };
  if (data.sites) kept.sites = data.sites.filter((site) => !isSharedPattern(site.pattern));
  if (data.siteSnoozes) {
    const keptSites = new Set(kept.sites?.map((site) => site.pattern));
    kept.siteSnoozes = Object.fromEntries(
      Object.entries(data.siteSnoozes).filter(([pattern]) => keptSites.has(pattern)),
    );
  }
  const leftOut = (data.sites ?? []).filter((site) => isSharedPattern(site.pattern));
  return { data: kept, leftOut: leftOut.map((site) => describePattern(site.pattern)) };
}

/** What an import tells the user about the sites it left out. */
export function leftOutMessage(leftOut: readonly string[]): string {
  const which = leftOut.map((site) => `“${site}”`).join(', ');
  const one = leftOut.length === 1;
  return `${one ? 'One site' : `${leftOut.length} sites`} in the backup ${one ? 'is' : 'are'} left out: ${which}. Many different sites share ${one ? 'that address' : 'those addresses'}. Add the one site you use under My sites.`;
}
