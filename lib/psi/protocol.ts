/**
 * Private matching, the steps themselves (Diffie–Hellman private set intersection): each side
 * raises its hashed entries to a one-use secret; an entry both hold ends up raised to both secrets
 * on both sides, and only those compare equal. Pure: bytes and points in, bytes and entries out;
 * what is kept between steps, and the codes' format, live elsewhere.
 *
 * The short hashes in code 2 and code 3 use different tags, so someone holding both codes cannot
 * count the matches by comparing them.
 */

import type { Entry } from './entries';
import { entryText } from './entries';
import { compareBytes, type GroupPoint, hashToPoint, randomBytes, randomScalar, shortHash, toHex } from './group';

export const EXCHANGE_ID_BYTES = 8;
export const TAG_FOR_STARTER = 'TEND-BOUNDARIES-PSI-V01 match for starter';
export const TAG_FOR_RESPONDER = 'TEND-BOUNDARIES-PSI-V01 match for responder';

export type Random = (length: number) => Uint8Array;

/**
 * How the curve work gives the page back: a step is up to a second of work on a slow machine, and
 * Quick exit's click runs on the same thread, so no slice may hold it long. `pause` is awaited
 * between slices (a task boundary by default; the bench passes one that times each slice).
 */
export interface Slicing {
  size: number;
  pause(): Promise<void>;
}

export const SLICES: Slicing = { size: 16, pause: () => new Promise((done) => setTimeout(done, 0)) };

/** `work` on every item, `slicing.size` at a time, pausing between. */
async function inSlices<T, R>(items: readonly T[], work: (item: T) => R, slicing: Slicing): Promise<R[]> {
  const done: R[] = [];
  for (let from = 0; from < items.length; from += slicing.size) {
    if (from > 0) await slicing.pause();
    for (const item of items.slice(from, from + slicing.size)) done.push(work(item));
  }
  return done;
}

/** Each entry blinded by `secret`, sorted by its bytes (a random order to anyone without the secret). */
async function blindAll(exchangeId: Uint8Array, entries: readonly Entry[], secret: bigint, slicing: Slicing) {
  const blinded = await inSlices(
    entries,
    (entry) => ({ entry, point: hashToPoint(exchangeId, entryText(entry)).multiply(secret).toBytes() }),
    slicing,
  );
  return blinded.sort((a, b) => compareBytes(a.point, b.point));
}

export interface StarterState {
  exchangeId: Uint8Array;
  secret: bigint;
  /** In code 1's order. */
  entries: Entry[];
}

/** Step 1, the starter: a new exchange id and secret, and code 1's points. */
export async function start(entries: readonly Entry[], random: Random = randomBytes, slicing = SLICES) {
  const exchangeId = random(EXCHANGE_ID_BYTES);
  const secret = randomScalar(random);
  const blinded = await blindAll(exchangeId, entries, secret, slicing);
  const state: StarterState = { exchangeId, secret, entries: blinded.map(({ entry }) => entry) };
  return { state, points: blinded.map(({ point }) => point) };
}

export interface ResponderState {
  exchangeId: Uint8Array;
  /** In code 2's order. */
  entries: Entry[];
  /** The short hashes (responder's tag) of the starter's entries raised to both secrets, in hex. */
  matchKeys: string[];
}

/**
 * Step 2, the responder: the starter's points raised to a fresh secret (as short hashes for the
 * starter, in code 1's order), and the responder's own points. The secret is not returned: it is
 * never needed again, so it is never kept.
 */
export async function answer(
  exchangeId: Uint8Array,
  starterPoints: readonly GroupPoint[],
  entries: readonly Entry[],
  random: Random = randomBytes,
  slicing = SLICES,
) {
  const secret = randomScalar(random);
  const both = await inSlices(starterPoints, (point) => point.multiply(secret), slicing);
  await slicing.pause();
  const blinded = await blindAll(exchangeId, entries, secret, slicing);
  const state: ResponderState = {
    exchangeId,
    entries: blinded.map(({ entry }) => entry),
    matchKeys: both.map((point) => toHex(shortHash(TAG_FOR_RESPONDER, exchangeId, point))),
  };
  return {
    state,
    forStarter: both.map((point) => shortHash(TAG_FOR_STARTER, exchangeId, point)),
    points: blinded.map(({ point }) => point),
  };
}

/**
 * Step 3, the starter: which of its entries both hold, and, for every one of the responder's points
 * in code 2's order (not only the matches: how many there were would show), its short hash.
 */
export async function finish(
  state: StarterState,
  forStarter: readonly Uint8Array[],
  responderPoints: readonly GroupPoint[],
  slicing = SLICES,
) {
  const both = await inSlices(responderPoints, (point) => point.multiply(state.secret), slicing);
  const theirs = new Set(both.map((point) => toHex(shortHash(TAG_FOR_STARTER, state.exchangeId, point))));
  const matched = state.entries.filter((_, index) => theirs.has(toHex(forStarter[index] as Uint8Array)));
  return {
    matched,
    forResponder: both.map((point) => shortHash(TAG_FOR_RESPONDER, state.exchangeId, point)),
  };
}

/** Step 4, the responder: which of its entries both hold. */
export function learn(state: ResponderState, forResponder: readonly Uint8Array[]): Entry[] {
  const keys = new Set(state.matchKeys);
  return state.entries.filter((_, index) => keys.has(toHex(forResponder[index] as Uint8Array)));
}

export interface PrivateMatch {
  entry: Entry;
  /** This person said Yes (they sent its "yes" entry); otherwise Maybe. */
  mineYes: boolean;
  /** Both said Yes; otherwise at least one said Maybe. */
  bothYes: boolean;
}

const answerOf = (entry: Entry) => JSON.stringify([entry.source, entry.key, entry.side]);

/**
 * The matched entries as results: one per item whose "open" entry matched, marked when its "yes"
 * entry matched too. A "yes" match with no "open" match is left out (see `repliedOddly`). `sent`
 * is every entry this person put in, so their own answer is the one they compared with, even if
 * the list has changed since.
 */
export function matchesOf(matched: readonly Entry[], sent: readonly Entry[]): PrivateMatch[] {
  const yesOf = (entries: readonly Entry[]) => new Set(entries.filter((entry) => entry.kind === 'yes').map(answerOf));
  const [bothYes, mineYes] = [yesOf(matched), yesOf(sent)];
  return matched
    .filter((entry) => entry.kind === 'open')
    .map((entry) => ({ entry, mineYes: mineYes.has(answerOf(entry)), bothYes: bothYes.has(answerOf(entry)) }));
}

/**
 * A "yes" entry matched without its "open" entry: no partner's Tend sends that. It is the sign of
 * a partner who sent only "yes" entries, to learn every Yes of this list, so it is never silent.
 */
export function repliedOddly(matched: readonly Entry[]): boolean {
  const open = new Set(matched.filter((entry) => entry.kind === 'open').map(answerOf));
  return matched.some((entry) => entry.kind === 'yes' && !open.has(answerOf(entry)));
}
