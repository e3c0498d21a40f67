/**
 * The user's sites ("My sites"): where Tend may show a tip and where the in-page quick exit works.
 * Plain data and pure functions over it; the views and the background store it with lib/storage.
 */

import type { Result } from '@/lib/checks';
import { LIST_MAX } from '@/lib/limits';
import { patternIncludes } from './site-match';
import { capSnoozes } from './snooze-cap';

export interface UserSite {
  /** A narrow match pattern from `siteToPattern`, e.g. "https://example.org/*". */
  pattern: string;
  /** Tips paused on this site (the in-page quick exit still works). */
  paused: boolean;
}

export interface SiteTipSettings {
  /** Tips paused on every site. */
  paused: boolean;
  /** Blur the card's words until the pointer or keyboard focus is on it. */
  blur: boolean;
  /** Pressing Shift three times on a chosen site runs the quick exit. */
  shiftExit: boolean;
}

/** How long "not now" keeps tips off a site. */
export const SNOOZE_MS = 24 * 60 * 60 * 1000;

/** Pattern -> time (ms since epoch) until which the site's tips are snoozed. */
export type SiteSnoozes = Readonly<Record<string, number>>;

export function addSite(sites: readonly UserSite[], pattern: string): Result<{ sites: UserSite[] }> {
  if (sites.some((site) => site.pattern === pattern)) return { ok: false, error: 'That site is already in your list.' };
  return { ok: true, sites: [...sites, { pattern, paused: false }] };
}

export function removeSite(sites: readonly UserSite[], pattern: string): UserSite[] {
  return sites.filter((site) => site.pattern !== pattern);
}

export function setSitePaused(sites: readonly UserSite[], pattern: string, paused: boolean): UserSite[] {
  return sites.map((site) => (site.pattern === pattern ? { ...site, paused } : site));
}

/** The user's site that `url` belongs to, if any. */
export function siteFor(sites: readonly UserSite[], url: string | undefined): UserSite | undefined {
  return url === undefined ? undefined : sites.find((site) => patternIncludes(site.pattern, url));
}

/** Whether a tip may show on `site` now. */
export function tipsAllowed(site: UserSite, settings: SiteTipSettings, snoozes: SiteSnoozes, now: number): boolean {
  return !settings.paused && !site.paused && (snoozes[site.pattern] ?? 0) <= now;
}

/** Snoozes `pattern` for a day from `now`, dropping snoozes that have run out. */
export function snooze(snoozes: SiteSnoozes, pattern: string, now: number): Record<string, number> {
  const { [pattern]: _replaced, ...others } = snoozes;
  const kept = Object.entries(others).filter(([, until]) => until > now);
  return { ...capSnoozes(Object.fromEntries(kept), LIST_MAX - 1), [pattern]: now + SNOOZE_MS };
}
