/**
 * A private comparison's result in the shape of the plain comparison's (`MutualItem`), so both are
 * shown, saved and backed up alike, in the list's order. Both answers are taken from what was
 * compared, not from the list as it is now. The exchange tells only which answers match and
 * whether both were Yes, so the partner's answer is Yes where both said Yes, Maybe where this
 * person said Yes and not both did, and "Yes or Maybe" where this person said Maybe.
 * Loads no curve code.
 */
import { type BoundaryCategory, boundaryCategories } from '@/content/boundary-items';
import { type MutualItem, mutualItems, opposite, type ShareContent } from '@/lib/tools/boundaries';
import { directedKey } from '@/lib/tools/boundary-directions';
import type { PrivateMatch } from './protocol';

export function privateMutualItems(
  matches: readonly PrivateMatch[],
  categories: readonly BoundaryCategory[] = boundaryCategories,
): MutualItem[] {
  const mirrors = new Map(categories.flatMap((category) => category.items.map((item) => [item.id, item.mirror])));
  // Each side's answers as far as the exchange tells them, under the keys each side used.
  const mine: ShareContent = { items: {}, custom: [] };
  const theirs: ShareContent = { items: {}, custom: [] };
  for (const { entry, mineYes, bothYes } of matches) {
    const [my, their] = [mineYes ? 'yes' : 'maybe', bothYes ? 'yes' : 'maybe'] as const;
    const answer = entry.mine;
    if ('text' in answer) {
      mine.custom.push({ text: answer.text, rating: my });
      theirs.custom.push({ text: answer.text, rating: their });
    } else if (answer.direction) {
      mine.items[directedKey(answer.id, answer.direction)] = my;
      theirs.items[directedKey(answer.id, opposite[answer.direction])] = their;
    } else {
      mine.items[answer.id] = my;
      theirs.items[mirrors.get(answer.id) ?? answer.id] = their;
    }
  }
  return mutualItems(mine, theirs, categories).map((item) =>
    item.mine === 'maybe' ? { ...item, theirs: 'yes-or-maybe' } : item,
  );
}
