/**
 * What a boundaries list puts into a private comparison: one "open" entry for each confirmed Yes or
 * Maybe, and a "yes" entry for each Yes, taken from exactly what a share code would hold
 * (`shareContent`), so the two can never disagree about what may leave the device.
 *
 * An own item is matched by its normalised words (`ownItemKey`); one with no letters or numbers
 * matches nothing, so it is left out.
 *
 * An entry names a fact the same way whoever states it. For an item with direction, and for the
 * two mirrored items ("Me taking charge" / "My partner taking charge"), the way round is written
 * relative to the person who started: one person's "I do it to them" and the other's "They do it to
 * me" are one entry, and two people who both want the same side are two different entries.
 */
import type { BoundaryCategory } from '@/content/boundary-items';
import {
  answersOf,
  type BoundaryList,
  type Direction,
  ownItemKey,
  type SharedRating,
  shareContent,
} from '@/lib/tools/boundaries';

export type Role = 'starter' | 'responder';

export interface Entry {
  kind: 'open' | 'yes';
  /** A catalogue item's id (the first of a mirrored pair), or an own item's normalised wording. */
  key: string;
  source: 'item' | 'own';
  /** Which side the starter is on: 'a', 'b', or 'none' for items with no sides. */
  side: 'a' | 'b' | 'none';
  /** What the person sees for it: the item's id and way round as they answered it, or their own item's text. */
  mine: { id: string; direction?: Direction } | { text: string };
}

/** One entry as the bytes hashed to the group (JSON of plain strings: no two entries read alike). */
export const entryText = (entry: Entry) => JSON.stringify([entry.kind, entry.source, entry.key, entry.side]);

/** 'a' when the starter is on the side the answer names, as seen from the person who gave it. */
function sideFor(answererSide: boolean, role: Role): 'a' | 'b' {
  return answererSide === (role === 'starter') ? 'a' : 'b';
}

function withKinds(rating: SharedRating, base: Omit<Entry, 'kind'>): Entry[] {
  return rating === 'yes'
    ? [
        { ...base, kind: 'open' },
        { ...base, kind: 'yes' },
      ]
    : [{ ...base, kind: 'open' }];
}

export function entriesOf(list: BoundaryList, role: Role, categories: readonly BoundaryCategory[]): Entry[] {
  const shared = shareContent(list, categories);
  const items = new Map(categories.flatMap((category) => category.items.map((item) => [item.id, item])));
  const entries = Object.entries(shared.items).flatMap(([answer, rating]) => {
    const [id = answer, way] = answer.split(':') as [string, Direction | undefined];
    const item = items.get(id);
    if (!item) return [];
    if (way) {
      return withKinds(rating, {
        key: id,
        source: 'item',
        side: sideFor(way === 'give', role),
        mine: { id, direction: way },
      });
    }
    if (item.mirror) {
      const first = [id, item.mirror].sort()[0] as string;
      return withKinds(rating, { key: first, source: 'item', side: sideFor(id === first, role), mine: { id } });
    }
    return withKinds(rating, { key: id, source: 'item', side: 'none', mine: { id } });
  });
  const own = shared.custom.flatMap((item) => {
    const key = ownItemKey(item.text);
    return key ? withKinds(item.rating, { key, source: 'own', side: 'none', mine: { text: item.text } }) : [];
  });
  // Two own items worded alike are one entry: a repeated point would read as a damaged code.
  const seen = new Set<string>();
  return [...entries, ...own].filter((entry) => {
    const text = entryText(entry);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/**
 * Whether a partner's entry count is enough to have marked every item of the list Maybe (one
 * "open" entry per answer): then they would learn all of this person's Yes and Maybe answers. A
 * sign, never a proof, so it is shown before the person sends their next code.
 */
export function couldHoldEverything(partnerEntries: number, categories: readonly BoundaryCategory[]): boolean {
  const answers = categories.reduce(
    (count, category) => count + category.items.reduce((sum, item) => sum + answersOf(item).length, 0),
    0,
  );
  return partnerEntries >= answers;
}
