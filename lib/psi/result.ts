/**
 * A private comparison's result in the shape of the plain comparison's (`MutualItem`), so both are
 * shown, saved and backed up alike, in the list's order. The exchange tells only which answers
 * match and whether both were Yes, so the partner's answer is Yes where both said Yes, Maybe where
 * this person said Yes and not both did, and "Yes or Maybe" where this person said Maybe.
 * Loads no curve code.
 */
import { type BoundaryCategory, boundaryCategories } from '@/content/boundary-items';
import {
  type BoundaryList,
  type MutualItem,
  mutualItems,
  opposite,
  type ShareContent,
  shareContent,
} from '@/lib/tools/boundaries';
import { directedKey } from '@/lib/tools/boundary-directions';
import type { PrivateMatch } from './protocol';

export function privateMutualItems(
  list: BoundaryList,
  matches: readonly PrivateMatch[],
  categories: readonly BoundaryCategory[] = boundaryCategories,
): MutualItem[] {
  const mirrors = new Map(categories.flatMap((category) => category.items.map((item) => [item.id, item.mirror])));
  // The partner's answers as far as the exchange tells them, under the keys the partner used.
  const theirs: ShareContent = { items: {}, custom: [] };
  for (const { entry, bothYes } of matches) {
    const rating = bothYes ? 'yes' : 'maybe';
    const mine = entry.mine;
    if ('text' in mine) theirs.custom.push({ text: mine.text, rating });
    else if (mine.direction) theirs.items[directedKey(mine.id, opposite[mine.direction])] = rating;
    else theirs.items[mirrors.get(mine.id) ?? mine.id] = rating;
  }
  return mutualItems(shareContent(list, categories), theirs, categories).map((item) =>
    item.mine === 'maybe' ? { ...item, theirs: 'yes-or-maybe' } : item,
  );
}
