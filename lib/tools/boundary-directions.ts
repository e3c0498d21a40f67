/**
 * The migration step that gave boundary items direction (lib/storage/stored-schema.ts runs it): an
 * answer given before the list asked "which way?" is kept on both ways and marked unconfirmed, so
 * nothing is guessed and nothing is compared until the user says it holds. Kept apart from the
 * catalogue, which the popup and the worker must not load, and frozen: a step stays what it was.
 */
import { isPlainObject } from '@/lib/checks';

/** The two ways round of a directed item: "I do it to them" and "They do it to me". */
export const DIRECTIONS = ['give', 'receive'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Where a directed item's answer one way is kept: `biting:give`. */
export const directedKey = (id: string, direction: Direction) => `${id}:${direction}`;

/**
 * The catalogue items that gained direction at this step. A later item that gains direction needs
 * a step of its own; tests/unit/boundaries.test.ts checks the catalogue against this list.
 */
export const DIRECTED_AT_STEP_5: readonly string[] = [
  'teasing-words',
  'biting',
  'scratching',
  'hair-pulling',
  'held-down',
  'tickling',
  'visible-marks',
  'wrists-held',
  'soft-cuffs',
  'rope',
  'tied-to-furniture',
  'blindfold',
  'gag',
  'spanking-hand',
  'face-slaps',
  'paddle',
  'flogger',
  'crop-cane',
  'orders',
  'embarrassment-play',
  'temperature',
];

/**
 * The way round a version 1 answer meant, where the item's wording then named it: these three were
 * worded from the receiving side ("Being held or pinned down", "Wrists held by a partner's hands",
 * "Being tied to a bed or furniture"), so a "yes" to them meant "they do it to me". Every other
 * item gained direction from wording that named no way round, and an old answer to it means either.
 */
export const V1_WAY_ROUND: Readonly<Record<string, Direction>> = {
  'held-down': 'receive',
  'wrists-held': 'receive',
  'tied-to-furniture': 'receive',
};

const FIRST_KEYS = ['custom', 'notes', 'ratings'].join();

/**
 * A list of the first shape (`ratings`, `notes`, `custom`) with the answers to items that gained
 * direction kept on both ways and listed as unconfirmed; notes, own items and every other answer as
 * they were. Anything else is returned untouched for the schema to judge.
 */
export function listWithDirections(old: unknown): unknown {
  if (!isPlainObject(old) || Object.keys(old).sort().join() !== FIRST_KEYS || !isPlainObject(old.ratings)) return old;
  const directed = new Set(DIRECTED_AT_STEP_5);
  // Written out rather than DIRECTIONS and directedKey: this step stays as it was if those change.
  const ratings = Object.entries(old.ratings).flatMap(([id, rating]) =>
    directed.has(id) ? [[`${id}:give`, rating] as const, [`${id}:receive`, rating] as const] : [[id, rating] as const],
  );
  const unconfirmed = ratings.map(([key]) => key).filter((key) => key.includes(':'));
  return { ...old, ratings: Object.fromEntries(ratings), curious: [], unconfirmed };
}
