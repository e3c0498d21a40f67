/**
 * What a record from outside (an imported backup) must pass beyond its shape in the registry
 * (lib/storage/stored-schema.ts): the checks that need the guide's content, the boundary catalogue or the
 * site rules (and the exit page and region checks). They load only here, where a backup is checked, never in the popup or the background.
 *
 * One refinement per record at most, as a plain check on a value that already has the record's
 * shape: true to accept it. Answers to retired boundary items are dropped first, not refused.
 */
import * as v from 'valibot';
import { crossedLineSigns, findTip, firstAidKit } from '@/content';
import { boundaryCategories, retiredBoundaryIds } from '@/content/boundary-items';
import { isRegionId } from '@/content/regions';
import { checkExitUrl } from '@/lib/exit/exit-settings';
import { isNarrowPattern } from '@/lib/sites/site-address';
import { records, type StoredData, type StoredName } from '@/lib/storage/stored-schema';
import { answerKeys, answersOf, isShared, withoutRetired } from '@/lib/tools/boundaries';
import { isDay } from '@/lib/tools/journal';

const catalogueIds = new Set(boundaryCategories.flatMap((category) => category.items.map((item) => item.id)));
/** Only the step that gave items direction marks answers unconfirmed, and only on these keys. */
const directedKeys = new Set(
  boundaryCategories.flatMap((category) =>
    category.items.filter((item) => item.directed).flatMap((item) => answersOf(item).map((answer) => answer.key)),
  ),
);
const signIds = new Set(crossedLineSigns.map((sign) => sign.id));

const knownTips = (tips: readonly string[]) => tips.every((tip) => findTip(tip) !== undefined);

export const refinements: { [K in StoredName]?: (value: StoredData[K]) => boolean } = {
  exitSettings: ({ target }) => checkExitUrl(target).ok,
  region: isRegionId,
  // Only items on the list can be ticked: the guide's kit and the user's own.
  aftercarePlan: ({ kitReady, ownKit }) => {
    const known = new Set([...firstAidKit.map((item) => item.id), ...ownKit.map((item) => item.id)]);
    return kitReady.every((ready) => known.has(ready));
  },
  // Answers and notes only for items on the list, the catalogue's and the user's own, each way
  // round for an item with direction; curious marks only on Yes or Maybe, unconfirmed only on an
  // answer to an item with direction.
  boundaries: ({ ratings, notes, custom, curious, unconfirmed }) => {
    const keys = answerKeys({ custom }, boundaryCategories);
    const own = new Set(custom.map((item) => item.id));
    return (
      Object.keys(ratings).every((key) => keys.has(key)) &&
      Object.keys(notes).every((id) => catalogueIds.has(id) || own.has(id)) &&
      curious.every((key) => isShared(ratings[key])) &&
      unconfirmed.every((key) => Object.hasOwn(ratings, key) && directedKeys.has(key))
    );
  },
  journal: (entries) => entries.every((entry) => isDay(entry.date) && entry.signs.every((sign) => signIds.has(sign))),
  // A site exactly as "My sites" would have made it; the Public Suffix List is checked after, by
  // lib/data/backup.ts (leaveOutShared), which leaves such a site out rather than refuse the file.
  sites: (sites) => sites.every((site) => isNarrowPattern(site.pattern)),
  siteSnoozes: (snoozes) => Object.keys(snoozes).every(isNarrowPattern),
  dismissedTips: knownTips,
  recentSiteTips: knownTips,
};

const retiredBoundaries = new Set(retiredBoundaryIds);
/** What a record from outside silently loses before its checks: what it says about retired items. */
const tidyings: { [K in StoredName]?: (value: StoredData[K]) => StoredData[K] } = {
  boundaries: (list) => withoutRetired(list, retiredBoundaries),
};

/** The record as Tend would store it, or undefined when `name` is not a record or `value` fails a check. */
export function checkImported(name: string, value: unknown): unknown {
  if (!Object.hasOwn(records, name)) return undefined;
  const checked = v.safeParse(records[name as StoredName].schema, value);
  if (!checked.success) return undefined;
  const tidy = tidyings[name as StoredName] as ((value: unknown) => unknown) | undefined;
  const tidied = tidy ? tidy(checked.output) : checked.output;
  const refine = refinements[name as StoredName] as ((value: unknown) => boolean) | undefined;
  return !refine || refine(tidied) ? tidied : undefined;
}
