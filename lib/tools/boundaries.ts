/**
 * The user's boundaries list: a yes / maybe / no answer per item (per way round for an item with
 * direction), "curious" marks, answers still to confirm, their own items, their notes, and the
 * comparison with a partner's share. Pure, so every rule is unit-tested; storage and the views only
 * call these, and `mutualItems` is the one comparison any way of matching builds on.
 */
import { type BoundaryCategory, boundaryCategories } from '@/content/boundary-items';
import { plainWords } from '@/content/words';
import { type Result, tidyText } from '@/lib/checks';
import { MAX_CUSTOM_ITEMS, MAX_ITEM_TEXT } from '@/lib/limits';
import { RATINGS } from '@/lib/storage/stored-schema';
import { DIRECTIONS, type Direction, directedKey, V1_WAY_ROUND } from './boundary-directions';

export { DIRECTIONS, type Direction, directedKey, MAX_CUSTOM_ITEMS, MAX_ITEM_TEXT, RATINGS };
/** An item with no rating is "not set": it is absent from `ratings`. */
export type Rating = (typeof RATINGS)[number];
/** The answers a share may carry: a "no" or an unrated item never leaves the device. */
export type SharedRating = Exclude<Rating, 'no'>;

export const RATING_LABELS: Record<Rating, string> = { yes: 'Yes', maybe: 'Maybe', no: 'No' };

/**
 * A partner's answer as a comparison knows it. A private comparison tells only whether both said
 * Yes, so where this person said Maybe the partner's answer is "Yes or Maybe".
 */
export type PartnerRating = SharedRating | 'yes-or-maybe';
export const PARTNER_RATING_LABELS: Record<PartnerRating, string> = {
  yes: RATING_LABELS.yes,
  maybe: RATING_LABELS.maybe,
  'yes-or-maybe': 'Yes or Maybe',
};
export const UNSET_LABEL = 'Not set';
/** How the list names each way round, in the user's own voice. */
export const DIRECTION_LABELS: Record<Direction, string> = { give: 'I do it to them', receive: 'They do it to me' };
/** How a comparison names each way round, told to the user. */
export const COMPARED_DIRECTION_LABELS: Record<Direction, string> = {
  give: 'You do it to them',
  receive: 'They do it to you',
};
export const CURIOUS_LABEL = 'Curious, haven’t tried';

/** Where an answer is kept: an item's id, or `directedKey(id, direction)` for an item with direction. */
export type AnswerKey = string;

export interface CustomItem {
  /** `custom-<n>`, never the id of a catalogue item. */
  id: string;
  text: string;
}

export interface BoundaryList {
  /** Answer key to the user's answer. */
  ratings: Record<AnswerKey, Rating>;
  /** Item id to the user's own note on it (one note for both ways round). */
  notes: Record<string, string>;
  /** The user's own items, in the order they added them. */
  custom: CustomItem[];
  /** Yes or Maybe answers the user marked "curious, haven't tried". Never shared. */
  curious: AnswerKey[];
  /**
   * Answers kept on both ways round from before the item had direction, until the user confirms
   * or changes each. Never shared or compared.
   */
  unconfirmed: AnswerKey[];
}

export interface ListItem {
  id: string;
  text: string;
  hint?: string;
  /** A guide tip about the item. */
  tipId?: string;
  custom: boolean;
  /** Answered once per way round. */
  directed: boolean;
}

/** The answers an item has: one, or one per way round. */
export function answersOf(item: { id: string; directed?: boolean }): { key: AnswerKey; direction?: Direction }[] {
  return item.directed
    ? DIRECTIONS.map((direction) => ({ key: directedKey(item.id, direction), direction }))
    : [{ key: item.id }];
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
  list: Pick<BoundaryList, 'custom'>,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): ListGroup[] {
  const groups: ListGroup[] = categories.map((category) => ({
    id: category.id,
    title: category.title,
    items: category.items.map((item) => ({ ...item, custom: false, directed: item.directed === true })),
  }));
  if (list.custom.length > 0) {
    groups.push({
      id: CUSTOM_GROUP_ID,
      title: CUSTOM_GROUP_TITLE,
      items: list.custom.map((item) => ({ id: item.id, text: item.text, custom: true, directed: false })),
    });
  }
  return groups;
}

const own = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

/** Every answer key the list can hold: catalogue items (per way round where directed) and own items. */
export function answerKeys(
  list: Pick<BoundaryList, 'custom'>,
  categories: readonly BoundaryCategory[],
): Set<AnswerKey> {
  return new Set([
    ...categories.flatMap((c) => c.items.flatMap((item) => answersOf(item).map((answer) => answer.key))),
    ...list.custom.map((c) => c.id),
  ]);
}

export function ratingOf(list: BoundaryList, key: AnswerKey): Rating | undefined {
  return own(list.ratings, key) ? list.ratings[key] : undefined;
}

export const isCurious = (list: BoundaryList, key: AnswerKey) => list.curious.includes(key);
export const isUnconfirmed = (list: BoundaryList, key: AnswerKey) => list.unconfirmed.includes(key);

const without = (keys: readonly AnswerKey[], key: AnswerKey) => keys.filter((other) => other !== key);

/**
 * Sets (or, with undefined, clears) one answer; an unknown key changes nothing. Choosing an answer
 * confirms it, and a curious mark goes with a Yes or Maybe that is no longer one.
 */
export function setRating(
  list: BoundaryList,
  key: AnswerKey,
  rating: Rating | undefined,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): BoundaryList {
  if (!answerKeys(list, categories).has(key)) return list;
  const { [key]: _old, ...rest } = list.ratings;
  return {
    ...list,
    ratings: rating ? { ...rest, [key]: rating } : rest,
    curious: isShared(rating) ? list.curious : without(list.curious, key),
    unconfirmed: without(list.unconfirmed, key),
  };
}

/** Marks a Yes or Maybe answer "curious, haven't tried", or takes the mark off; other answers change nothing. */
export function setCurious(list: BoundaryList, key: AnswerKey, curious: boolean): BoundaryList {
  if (curious && !isShared(ratingOf(list, key))) return list;
  const rest = without(list.curious, key);
  return { ...list, curious: curious ? [...rest, key] : rest };
}

/** The user says an answer kept from before still holds: it is shared and compared from now on. */
export function confirmAnswer(list: BoundaryList, key: AnswerKey): BoundaryList {
  return isUnconfirmed(list, key) ? { ...list, unconfirmed: without(list.unconfirmed, key) } : list;
}

/** An item still needs the user: an answer is not set, or kept from before and not confirmed. */
export function needsAnswer(list: BoundaryList, item: { id: string; directed?: boolean }): boolean {
  return answersOf(item).some(({ key }) => ratingOf(list, key) === undefined || isUnconfirmed(list, key));
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

/**
 * How an own item is matched with a partner's: by its normalised words. An item with no letters or
 * numbers has none, so it matches nothing (two different emoji would otherwise read as one).
 */
export function ownItemKey(text: string): string | undefined {
  return normaliseText(text) || undefined;
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
  return {
    ratings,
    notes,
    custom: list.custom.filter((item) => item.id !== id),
    curious: without(list.curious, id),
    unconfirmed: without(list.unconfirmed, id),
  };
}

/**
 * What a share holds: only the yes / maybe answers, catalogue items by answer key, own items by
 * text. A share from a Tend before directions (version 1) holds a directed item by its bare id,
 * meaning either way round.
 */
export interface ShareContent {
  items: Record<AnswerKey, SharedRating>;
  custom: { text: string; rating: SharedRating }[];
}

export const isShared = (rating: Rating | undefined): rating is SharedRating => rating === 'yes' || rating === 'maybe';

/**
 * The part of the list a partner may see. "No" answers, unrated items, notes, curious marks and
 * answers still to confirm are left out.
 */
export function shareContent(
  list: BoundaryList,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): ShareContent {
  const items: Record<AnswerKey, SharedRating> = {};
  for (const category of categories) {
    for (const item of category.items) {
      for (const { key } of answersOf(item)) {
        const rating = ratingOf(list, key);
        if (isShared(rating) && !isUnconfirmed(list, key)) items[key] = rating;
      }
    }
  }
  const custom = list.custom.flatMap((item) => {
    const rating = ratingOf(list, item.id);
    return isShared(rating) && !isUnconfirmed(list, item.id) ? [{ text: item.text, rating }] : [];
  });
  return { items, custom };
}

export interface MutualItem {
  text: string;
  /** The category title, or "Your own items" for items matched by their wording. */
  group: string;
  mine: SharedRating;
  theirs: PartnerRating;
  /** For an item with direction, the way round the user answered ("I do it to them": `give`). */
  direction?: Direction;
  /** The partner's share said no way round (version 1): their answer matched either. */
  eitherWay?: true;
}

export const opposite: Record<Direction, Direction> = { give: 'receive', receive: 'give' };
const answerIn = (share: ShareContent, key: AnswerKey) => (own(share.items, key) ? share.items[key] : undefined);

/**
 * The items both people marked yes or maybe, in the list's order. An item told from one side is
 * matched with the partner's answer to its mirror (both wanting to take charge is no match), and
 * "I do it to them" with the partner's "They do it to me"; a partner's answer that names no way
 * round (a version 1 share) matches either, and says so, unless the item's wording then named one
 * (`V1_WAY_ROUND`). Anything else of the partner's, their
 * other answers and their own items nobody else has, is not in the result.
 */
export function mutualItems(
  mine: ShareContent,
  theirs: ShareContent,
  categories: readonly BoundaryCategory[] = boundaryCategories,
): MutualItem[] {
  const result: MutualItem[] = [];
  for (const category of categories) {
    for (const item of category.items) {
      const base = { text: item.text, group: category.title };
      for (const { key, direction } of answersOf(item)) {
        const a = answerIn(mine, key);
        if (!isShared(a)) continue;
        if (!direction) {
          const b = answerIn(theirs, item.mirror ?? item.id);
          if (isShared(b)) result.push({ ...base, mine: a, theirs: b });
          continue;
        }
        const b = answerIn(theirs, directedKey(item.id, opposite[direction]));
        const old = answerIn(theirs, item.id);
        const oldWay = Object.hasOwn(V1_WAY_ROUND, item.id) ? V1_WAY_ROUND[item.id] : undefined;
        if (isShared(b)) result.push({ ...base, mine: a, theirs: b, direction });
        else if (!isShared(old)) continue;
        else if (!oldWay) result.push({ ...base, mine: a, theirs: old, direction, eitherWay: true });
        else if (oldWay === opposite[direction]) result.push({ ...base, mine: a, theirs: old, direction });
      }
    }
  }
  const theirCustom = new Map<string, SharedRating>();
  for (const item of theirs.custom) {
    const key = ownItemKey(item.text);
    if (key && isShared(item.rating)) theirCustom.set(key, item.rating);
  }
  const seen = new Set<string>();
  for (const item of mine.custom) {
    const key = ownItemKey(item.text);
    const match = key && theirCustom.get(key);
    if (!key || !isShared(item.rating) || !match || seen.has(key)) continue;
    seen.add(key);
    result.push({ text: item.text, group: CUSTOM_GROUP_TITLE, mine: item.rating, theirs: match });
  }
  return result;
}

/** The item an answer key belongs to: `biting` for `biting:give`. */
const itemIdOf = (key: AnswerKey) => key.split(':')[0] ?? key;

/** Answers by key, without those to retired items. */
export function withoutRetiredAnswers<T>(answers: Record<AnswerKey, T>, retired: ReadonlySet<string>) {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !retired.has(itemIdOf(key))));
}

/** A list from outside (a backup) without its answers, notes and marks on retired items. */
export function withoutRetired(list: BoundaryList, retired: ReadonlySet<string>): BoundaryList {
  const kept = (key: AnswerKey) => !retired.has(itemIdOf(key));
  return {
    ...list,
    ratings: withoutRetiredAnswers(list.ratings, retired),
    notes: withoutRetiredAnswers(list.notes, retired),
    curious: list.curious.filter(kept),
    unconfirmed: list.unconfirmed.filter(kept),
  };
}

/** A comparison the user chose to keep: only what both marked yes or maybe. */
export interface SavedComparison {
  savedAt: number;
  items: MutualItem[];
}
