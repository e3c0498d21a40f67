/**
 * A private comparison on this device, a whole step at a time: read the pasted code, check it
 * against what this device is doing, compute, and only then store, so a refused code changes
 * nothing. What is kept between steps lives in `storage.session` (the `boundaryExchange` record):
 * memory only, gone when the comparison ends or is cancelled, when Tend locks, when everything is
 * wiped and when the browser closes. One comparison at a time.
 *
 *   starter:   startExchange → code 1 … paste code 2 → result, code 3
 *   responder: paste code 1 → code 2 … paste code 3 → result
 *
 * A person has one box to paste into, so `pasteCode` runs whichever step the code is for.
 */
import * as v from 'valibot';
import { boundaryCategories } from '@/content/boundary-items';
import { forget, read, write } from '@/lib/storage/storage';
import { records, type StoredData, USED_EXCHANGES_MAX } from '@/lib/storage/stored-schema';
import type { BoundaryList } from '@/lib/tools/boundaries';
import { CODE_MESSAGES, type Code, type CodeContent, decodeCode, parseCode, writeCode } from './code';
import { currentGeneration, endComparison } from './ending';
import { entriesOf } from './entries';
import { fromHex, scalarFromHex, scalarToHex, toHex } from './group';
import { EXCHANGE_MESSAGES } from './messages';
import { answer, finish, learn, matchesOf, type PrivateMatch, type Random, repliedOddly, start } from './protocol';

type Exchange = NonNullable<StoredData['boundaryExchange']>;

type Refusal = { ok: false; error: string; oldShare?: true };
const refuse = (error: string): Refusal => ({ ok: false, error });

/** What a step gives the person: a code to send, a result, or both. */
export type Pasted =
  | Refusal
  /** The responder's reply; `again` when this code 1 was answered before (the same reply, nothing new). */
  | { ok: true; step: 'answered'; code: string; partnerEntries: number; again: boolean }
  /**
   * The starter's result, and the last code, to send whatever the result. `odd`: the reply is not
   * one Tend makes (see repliedOddly), so the person may choose not to send the last code.
   */
  | { ok: true; step: 'finished'; matches: PrivateMatch[]; odd: boolean; partnerEntries: number; code: string }
  /** The responder's result: the comparison is over. */
  | { ok: true; step: 'learned'; matches: PrivateMatch[]; odd: boolean };

/** The comparison this device is part of, if any (invalid leftovers read as none). */
export async function openExchange(): Promise<Exchange | undefined> {
  const stored = await read('boundaryExchange');
  return v.is(records.boundaryExchange.schema, stored) ? stored : undefined;
}

/**
 * Why a new comparison cannot begin on this device: one is under way, or a finished one's last
 * code is still kept to send (a new one would put it out of reach, and the partner could not finish).
 */
function cannotBegin(exchange: Exchange | undefined): string | undefined {
  if (!exchange) return undefined;
  if (exchange.step !== 'sent-last') return EXCHANGE_MESSAGES.inProgress;
  return exchange.odd ? EXCHANGE_MESSAGES.lastCodeHeld : EXCHANGE_MESSAGES.lastCodeKept;
}

/**
 * Stores a step's outcome, unless Tend locked while it was computed: then what was just stored
 * goes too (the lock may have come before the write, and removed nothing). A record that could
 * not be read back is refused in words and never written.
 */
async function storeUnlessLocked(
  generation: unknown,
  exchange: Exchange,
  locked: string = EXCHANGE_MESSAGES.noLongerHas,
): Promise<Refusal | undefined> {
  if (!v.is(records.boundaryExchange.schema, exchange)) return refuse(EXCHANGE_MESSAGES.cannotKeep);
  await write('boundaryExchange', exchange);
  if ((await currentGeneration()) === generation) return undefined;
  await forget('boundaryExchange');
  return refuse(locked);
}

/**
 * Steps on this page run one after another: each checks what is stored, computes and then
 * stores, so two presses faster than the view redraws would otherwise both pass the checks (two
 * comparisons started, or one reply finished twice). Ending a comparison does not wait here.
 */
let running: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(step: () => Promise<T>): Promise<T> {
  const next = running.then(step, step);
  running = next.catch(() => undefined);
  return next;
}

async function markUsed(id: string): Promise<void> {
  const used = await read('boundaryExchangesUsed');
  await write('boundaryExchangesUsed', [...used.filter((known) => known !== id), id].slice(-USED_EXCHANGES_MAX));
}

/** Step 1: a new comparison, and code 1 to send. Refused while another one is open. */
export function startExchange(
  list: BoundaryList,
  random?: Random,
  categories = boundaryCategories,
): Promise<Refusal | { ok: true; code: string; entries: number }> {
  // The generation as the person pressed: a lock or Cancel while this waits its turn stops it too.
  const generation = currentGeneration();
  return oneAtATime(async () => started(await generation, list, random, categories));
}

async function started(
  generation: unknown,
  list: BoundaryList,
  random: Random | undefined,
  categories: typeof boundaryCategories,
): Promise<Refusal | { ok: true; code: string; entries: number }> {
  const busy = cannotBegin(await openExchange());
  if (busy) return refuse(busy);
  const entries = entriesOf(list, 'starter', categories);
  if (entries.length === 0) return refuse(EXCHANGE_MESSAGES.nothingToCompare);
  const { state, points } = await start(entries, random);
  const code = writeCode({ step: 1, exchangeId: state.exchangeId, points });
  const id = toHex(state.exchangeId);
  const stored = { step: 'await-reply', id, secret: scalarToHex(state.secret), entries: state.entries, code } as const;
  const refused = await storeUnlessLocked(generation, stored, EXCHANGE_MESSAGES.lockedWhileStarting);
  return refused ?? { ok: true, code, entries: entries.length };
}

/** Forgets the comparison in progress (its codes then say "no longer has"), even one still computing. */
export async function cancelExchange(): Promise<void> {
  await endComparison();
}

/**
 * Why this device cannot take `code` now, or undefined when it is the next step here. These
 * need only the stored state, so they come before any curve work, and a used code or one from
 * another comparison says so even if it is also damaged.
 */
function problemWith(code: CodeContent, pasted: string, exchange: Exchange | undefined, used: readonly string[]) {
  const id = toHex(code.exchangeId);
  const mine = exchange?.id === id ? exchange : undefined;
  if (code.step === 1) {
    if (mine?.step === 'await-reply') return EXCHANGE_MESSAGES.ownCode;
    if (used.includes(id)) return EXCHANGE_MESSAGES.alreadyUsed;
    return mine ? undefined : cannotBegin(exchange);
  }
  if (code.step === 2 && mine?.step === 'await-last') {
    return mine.code === pasted ? EXCHANGE_MESSAGES.ownReply : EXCHANGE_MESSAGES.forPartner;
  }
  if (code.step === 3 && (mine?.step === 'await-reply' || mine?.step === 'sent-last')) {
    return EXCHANGE_MESSAGES.forPartner;
  }
  if (used.includes(id)) return EXCHANGE_MESSAGES.alreadyUsed;
  if (!exchange) return EXCHANGE_MESSAGES.noLongerHas;
  const expected = code.step === 2 ? 'await-reply' : 'await-last';
  return mine?.step === expected ? undefined : EXCHANGE_MESSAGES.otherExchange;
}

/**
 * Reads a pasted code and runs the step it is for: answering a code 1, finishing with a code 2,
 * learning from a code 3. `list` is this person's list (used only to answer).
 */
export function pasteCode(
  list: BoundaryList,
  text: string,
  random?: Random,
  categories = boundaryCategories,
): Promise<Pasted> {
  const generation = currentGeneration();
  return oneAtATime(async () => stepFor(await generation, list, text, random, categories));
}

async function stepFor(
  generation: unknown,
  list: BoundaryList,
  text: string,
  random: Random | undefined,
  categories: typeof boundaryCategories,
): Promise<Pasted> {
  const parsed = parseCode(text);
  if (!parsed.ok) return parsed;
  const content = parsed.code;
  const exchange = await openExchange();
  if (content.step === 1 && exchange?.step === 'await-last' && exchange.id === toHex(content.exchangeId)) {
    // Never a second answer with a new secret: that would give the starter a second comparison.
    return { ok: true, step: 'answered', code: exchange.code, partnerEntries: exchange.matchKeys.length, again: true };
  }
  const problem = problemWith(content, text.replace(/\s+/g, ''), exchange, await read('boundaryExchangesUsed'));
  if (problem) return refuse(problem);
  const code = decodeCode(content);
  if (!code) return refuse(CODE_MESSAGES.damaged);
  if (code.step === 1) return answerCode(list, code, generation, random, categories);
  if (code.step === 2 && exchange?.step === 'await-reply') return finishWithCode(exchange, code, generation);
  if (code.step === 3 && exchange?.step === 'await-last') return learnFromCode(exchange, code, generation);
  return refuse(EXCHANGE_MESSAGES.otherExchange);
}

/** Step 2, the responder: code 2 to send back. The secret used lives only inside this call. */
async function answerCode(
  list: BoundaryList,
  code: Extract<Code, { step: 1 }>,
  generation: unknown,
  random: Random | undefined,
  categories: typeof boundaryCategories,
): Promise<Pasted> {
  const entries = entriesOf(list, 'responder', categories);
  if (entries.length === 0) return refuse(EXCHANGE_MESSAGES.nothingToCompare);
  const { state, forStarter, points } = await answer(code.exchangeId, code.points, entries, random);
  const reply = writeCode({ step: 2, exchangeId: code.exchangeId, forStarter, points });
  const stored = {
    step: 'await-last',
    id: toHex(code.exchangeId),
    entries: state.entries,
    matchKeys: state.matchKeys,
    code: reply,
  } as const;
  const refused = await storeUnlessLocked(generation, stored);
  return refused ?? { ok: true, step: 'answered', code: reply, partnerEntries: code.points.length, again: false };
}

/** Step 3, the starter: the result, and code 3. The secret is gone once this is stored. */
async function finishWithCode(
  exchange: Extract<Exchange, { step: 'await-reply' }>,
  code: Extract<Code, { step: 2 }>,
  generation: unknown,
): Promise<Pasted> {
  // A reply to another code 1 with this id could not come from a partner's Tend.
  if (code.forStarter.length !== exchange.entries.length) return refuse(CODE_MESSAGES.damaged);
  const exchangeId = fromHex(exchange.id);
  const state = { exchangeId, secret: scalarFromHex(exchange.secret), entries: exchange.entries };
  const { matched, forResponder } = await finish(state, code.forStarter, code.points);
  const last = writeCode({ step: 3, exchangeId, forResponder });
  const odd = repliedOddly(matched);
  const partnerEntries = code.points.length;
  const stored = { step: 'sent-last', id: exchange.id, code: last, partnerEntries, ...(odd && { odd }) } as const;
  const refused = await storeUnlessLocked(generation, stored);
  if (refused) return refused;
  await markUsed(exchange.id);
  return {
    ok: true,
    step: 'finished',
    matches: matchesOf(matched, exchange.entries),
    odd,
    partnerEntries,
    code: last,
  };
}

/** Step 4, the responder: the result; nothing of the comparison is kept but its id. */
async function learnFromCode(
  exchange: Extract<Exchange, { step: 'await-last' }>,
  code: Extract<Code, { step: 3 }>,
  generation: unknown,
): Promise<Pasted> {
  if (code.forResponder.length !== exchange.entries.length) return refuse(CODE_MESSAGES.damaged);
  const matched = learn({ ...exchange, exchangeId: fromHex(exchange.id) }, code.forResponder);
  await forget('boundaryExchange');
  // Tend locked while the code was read: the result is not shown either.
  if ((await currentGeneration()) !== generation) return refuse(EXCHANGE_MESSAGES.noLongerHas);
  await markUsed(exchange.id);
  return { ok: true, step: 'learned', matches: matchesOf(matched, exchange.entries), odd: repliedOddly(matched) };
}
