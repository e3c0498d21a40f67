/**
 * The user's boundaries list: a yes / maybe / no answer per item, their own items, their notes,
 * and the comparison with a partner's share. Pure, so every rule is unit-tested; storage and the
 * views only call these.
 */
import { type BoundaryCategory, boundaryCategories } from '@/content/boundary-items';
import { plainWords } from '@/content/words';
import { type Result, tidyText } from '@/lib/checks';
import { MAX_CUSTOM_ITEMS, MAX_ITEM_TEXT } from '@/lib/limits';
import { RATINGS } from '@/lib/storage/stored-schema';

export { MAX_CUSTOM_ITEMS, MAX_ITEM_TEXT, RATINGS };
/** An item with no rating is "not set": it is absent from `ratings`. */
export type Rating = (typeof RATINGS)[number];
/** The answers a share may carry: a "no" or an unrated item never leaves the device. */
export type SharedRating = Exclude<Rating, 'no'>;

export const RATING_LABELS: Record<Rating, string> = { yes: 'Yes', maybe: 'Maybe', no: 'No' };
export const UNSET_LABEL = 'Not set';

export interface CustomItem {
  /** `custom-<n>`, never the id of a catalogue item. */
  id: string;
  text: string;
}

export interface BoundaryList {
  /** Item id (catalogue or custom) to the user's answer. */
  ratings: Record<string, Rating>;
  /** Item id to the user's own note on it. */
  notes: Record<string, string>;
  /** The user's own items, in the order they added them. */
  custom: CustomItem[];
}

export interface ListItem {
  id: string;
  text: string;
  hint?: string;
  /** A guide tip about the item. */
  tipId?: string;
  custom: boolean;
}

export interface ListGroup {
  id: string;
  title: string;
  items: ListItem[];
}

export const CUSTOM_GROUP_ID = 'custom';
export const CUSTOM_GROUP_TITLE = 'Your own items';

/**
 * The list as the user sees it: catalogue categories in the catalogue's order, then their own
 * items in the order they added them. Answers never move an item.
 */
export function listGroups(
  list: BoundaryList,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): ListGroup[] {
  const groups: ListGroup[] = categories.map((category) => ({
    id: category.id,
    title: category.title,
    items: category.items.map((item) => ({ ...item, custom: false })),
  }));
  if (list.custom.length > 0) {
    groups.push({
      id: CUSTOM_GROUP_ID,
      title: CUSTOM_GROUP_TITLE,
      items: list.custom.map((item) => ({ id: item.id, text: item.text, custom: true })),
    });
  }
  return groups;
}

const own = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

function knownIds(list: BoundaryList, categories: readonly BoundaryCategory[]): Set<string> {
  return new Set([...categories.flatMap((c) => c.items.map((item) => item.id)), ...list.custom.map((c) => c.id)]);
}

export function ratingOf(list: BoundaryList, id: string): Rating | undefined {
  return own(list.ratings, id) ? list.ratings[id] : undefined;
}

/** Sets (or, with undefined, clears) one item's answer; an unknown item changes nothing. */
export function setRating(
  list: BoundaryList,
  id: string,
  rating: Rating | undefined,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): BoundaryList {
  if (!knownIds(list, categories).has(id)) return list;
  const { [id]: _old, ...rest } = list.ratings;
  return { ...list, ratings: rating ? { ...rest, [id]: rating } : rest };
}

/** Sets one item's note; an empty note is removed rather than kept as "". */
export function setNote(list: BoundaryList, id: string, note: string): BoundaryList {
  const { [id]: _old, ...rest } = list.notes;
  return { ...list, notes: note === '' ? rest : { ...rest, [id]: note } };
}

/** Lower case, letters and digits only, single spaces: how two wordings of one item are matched. */
export function normaliseText(text: string): string {
  return plainWords(text.normalize('NFKC').replace(/[’']/g, ''));
}

/** Adds the user's own item at the end of their items, with an optional answer and note. */
export function addCustomItem(
  list: BoundaryList,
  text: string,
  note = '',
  rating?: Rating,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): Result<{ list: BoundaryList; id: string }> {
  const trimmed = tidyText(text);
  if (!normaliseText(trimmed)) return { ok: false, error: 'Write the item first: a few words are enough.' };
  if (trimmed.length > MAX_ITEM_TEXT) {
    return {
      ok: false,
      error: `Keep an item under ${MAX_ITEM_TEXT} characters (this one has ${trimmed.length}). Put the details in its note.`,
    };
  }
  if (list.custom.length >= MAX_CUSTOM_ITEMS) {
    return { ok: false, error: `Your list already has ${MAX_CUSTOM_ITEMS} items of your own, the most it can hold.` };
  }
  const key = normaliseText(trimmed);
  for (const group of listGroups(list, categories)) {
    const same = group.items.find((item) => normaliseText(item.text) === key);
    if (same) return { ok: false, error: `“${same.text}” is already on your list, under ${group.title}.` };
  }
  const used = new Set(list.custom.map((item) => item.id));
  let n = list.custom.length + 1;
  while (used.has(`custom-${n}`)) n++;
  const id = `custom-${n}`;
  let next: BoundaryList = { ...list, custom: [...list.custom, { id, text: trimmed }] };
  if (rating) next = { ...next, ratings: { ...next.ratings, [id]: rating } };
  if (note) next = setNote(next, id, note);
  return { ok: true, list: next, id };
}

/** Removes one of the user's own items with its answer and note; the others keep their order. */
export function removeCustomItem(list: BoundaryList, id: string): BoundaryList {
  if (!list.custom.some((item) => item.id === id)) return list;
  const { [id]: _rating, ...ratings } = list.ratings;
  const { [id]: _note, ...notes } = list.notes;
  return { ratings, notes, custom: list.custom.filter((item) => item.id !== id) };
}

/** What a share holds: only the yes / maybe answers, catalogue items by id, own items by text. */
export interface ShareContent {
  items: Record<string, SharedRating>;
  custom: { text: string; rating: SharedRating }[];
}

const isShared = (rating: Rating | undefined): rating is SharedRating => rating === 'yes' || rating === 'maybe';

/** The part of the list a partner may see. "No" answers, unrated items and notes are left out. */
export function shareContent(
  list: BoundaryList,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): ShareContent {
  const items: Record<string, SharedRating> = {};
  for (const category of categories) {
    for (const item of category.items) {
      const rating = ratingOf(list, item.id);
      if (isShared(rating)) items[item.id] = rating;
    }
  }
  const custom = list.custom.flatMap((item) => {
    const rating = ratingOf(list, item.id);
    return isShared(rating) ? [{ text: item.text, rating }] : [];
  });
  return { items, custom };
}

export interface MutualItem {
  text: string;
  /** The category title, or "Your own items" for items matched by their wording. */
  group: string;
  mine: SharedRating;
  theirs: SharedRating;
}

/**
 * The items both people marked yes or maybe, in the list's order; an item told from one side is
 * matched with the partner's answer to its mirror (both wanting to take charge is no match).
 * Anything else of the partner's, their other answers and their own items nobody else has, is not
 * in the result.
 */
export function mutualItems(
  mine: ShareContent,
  theirs: ShareContent,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): MutualItem[] {
  const result: MutualItem[] = [];
  for (const category of categories) {
    for (const item of category.items) {
      const a = own(mine.items, item.id) ? mine.items[item.id] : undefined;
      const theirId = item.mirror ?? item.id;
      const b = own(theirs.items, theirId) ? theirs.items[theirId] : undefined;
      if (isShared(a) && isShared(b)) result.push({ text: item.text, group: category.title, mine: a, theirs: b });
    }
  }
  const theirCustom = new Map<string, SharedRating>();
  for (const item of theirs.custom) {
    if (isShared(item.rating)) theirCustom.set(normaliseText(item.text), item.rating);
  }
  const seen = new Set<string>();
  for (const item of mine.custom) {
    const key = normaliseText(item.text);
    const match = theirCustom.get(key);
    if (!isShared(item.rating) || !match || seen.has(key)) continue;
    seen.add(key);
    result.push({ text: item.text, group: CUSTOM_GROUP_TITLE, mine: item.rating, theirs: match });
  }
  return result;
}

/** A comparison the user chose to keep: only what both marked yes or maybe. */
export interface SavedComparison {
  savedAt: number;
  items: MutualItem[];
}
