/**
 * Picks the one tip a page of the user's site shows: one that suits the page's context, that the
 * user has not dismissed, and not the one shown last time. Pure, so rotation is unit-tested.
 */
import { allTips, type PageContext, type PlacedTip } from '@/content';
import { SITE_TIP_HEADING, SITE_TIP_LINES } from '@/content/tip-rules';

/** How many recently shown tips are remembered for rotation. */
const RECENT_LIMIT = 20;

/** All the content script ever receives: the words of one card. */
export interface SiteTipDisplay {
  id: string;
  heading: string;
  line: string;
}

export interface TipHistory {
  dismissed: readonly string[];
  /** Ids shown on sites, most recent first. */
  recent: readonly string[];
}

const onPage = allTips.filter(({ tip }) => SITE_TIP_LINES[tip.id] !== undefined);

function candidates(context: PageContext, dismissed: readonly string[]): PlacedTip[] {
  return onPage.filter(({ tip }) => tip.tags.includes(context) && !dismissed.includes(tip.id));
}

export function chooseTip(context: PageContext, { dismissed, recent }: TipHistory): PlacedTip | undefined {
  let pool = candidates(context, dismissed);
  // Every tip for this kind of page dismissed: a general one still fits.
  if (pool.length === 0) pool = candidates('general', dismissed);
  // Never shown first, then the one shown longest ago; library order breaks ties.
  const age = (id: string) => {
    const index = recent.indexOf(id);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  let best: PlacedTip | undefined;
  for (const placed of pool) if (!best || age(placed.tip.id) > age(best.tip.id)) best = placed;
  return best;
}

export function rememberShown(recent: readonly string[], id: string): string[] {
  return [id, ...recent.filter((other) => other !== id)].slice(0, RECENT_LIMIT);
}

export function displayOf({ tip }: PlacedTip): SiteTipDisplay {
  return { id: tip.id, heading: SITE_TIP_HEADING, line: SITE_TIP_LINES[tip.id] ?? '' };
}

/** True for the ids of tips that can appear on a site (the only ids the content script may name). */
export function isSiteTipId(id: string): boolean {
  return onPage.some(({ tip }) => tip.id === id);
}
