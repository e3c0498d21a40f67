/**
 * The three codes of a private comparison as text to paste, and reading them back. A code is
 * bytes in base64url:
 *
 *   format version (1) ‖ step 1–3 (1) ‖ matching rules version (1) ‖ exchange id (8)
 *   ‖ payload ‖ checksum (4) = SHA-256(TAG_CODE ‖ every byte before it)[0..4)
 *
 * with the payload, counts as big-endian uint16:
 *   code 1: n_A ‖ n_A points                (the starter's entries, blinded once)
 *   code 2: n_A ‖ n_B ‖ n_A short hashes ‖ n_B points
 *   code 3: n_B ‖ n_B short hashes
 *
 * Reading checks in an order that gives the most useful words: the length first (the counts only
 * choose between "cut short" and "damaged"), then the checksum, and only then the version bytes,
 * so a version byte damaged on the way says "damaged", never "update Tend". That is why the
 * envelope (first byte, checksum rule) must stay the same in every later format. The checksum has
 * no key: it catches accidents, not changes made on purpose.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64Url, toBase64Url } from '@/lib/base64url';
import type { Result } from '@/lib/checks';
import { MAX_CODE_TOKENS } from '@/lib/limits';
import { MAX_SHARE_CHARS } from '@/lib/tools/boundary-share';
import { compareBytes, concat, decodePoint, type GroupPoint, POINT_BYTES, SHORT_BYTES, toHex } from './group';
import { EXCHANGE_ID_BYTES } from './protocol';

export const FORMAT_VERSION = 1;
/**
 * How answers become entries (lib/psi/entries.ts, and which items have a way round): two Tends
 * whose rules differ would quietly match nothing, so a change here refuses the other's codes.
 */
export const RULES_VERSION = 1;
/** Far above any real list (a whole list is 568 entries), and bounds the work a code can ask for. */
export const TAG_CODE = 'TEND-BOUNDARIES-PSI-V01 code';

const HEADER_BYTES = 3 + EXCHANGE_ID_BYTES;
const COUNT_BYTES = 2;
const CHECKSUM_BYTES = 4;
/** The shortest code any format could have: a header, two counts, a checksum. */
const MIN_BYTES = HEADER_BYTES + 2 * COUNT_BYTES;
/** First bytes of formats past or planned: any other is not a Tend code at all. */
const LAST_POSSIBLE_VERSION = 15;
/** An old share code is JSON: it starts with "{" as text, or once decoded. */
const OPEN_BRACE = 0x7b;

export type Step = 1 | 2 | 3;

/** What each step's payload holds after its counts, one count per group. */
const LAYOUT: Record<Step, readonly ('point' | 'hash')[]> = { 1: ['point'], 2: ['hash', 'point'], 3: ['hash'] };
const SIZE = { point: POINT_BYTES, hash: SHORT_BYTES };

type CodeOf<P> =
  | { step: 1; exchangeId: Uint8Array; points: P[] }
  | { step: 2; exchangeId: Uint8Array; forStarter: Uint8Array[]; points: P[] }
  | { step: 3; exchangeId: Uint8Array; forResponder: Uint8Array[] };

/** A code as made, or as read before its points are decoded: points as their 32-byte encodings. */
export type CodeContent = CodeOf<Uint8Array>;
/** A code as read: every point decoded, valid and not the identity. */
export type Code = CodeOf<GroupPoint>;

export const CODE_MESSAGES = {
  empty: 'Paste the code your partner sent you, or open the file they sent.',
  tooLong: 'This is far too long to be a code from Tend.',
  oldShare:
    'This is a share code of the older kind. It holds your partner’s whole list, so it is compared the older way.',
  notACode: 'This doesn’t look like a code from Tend. Check that you copied all of it, and nothing else.',
  cutShort:
    'This code is cut short. Some chat apps cut long messages. Ask your partner to send it again, or as a file.',
  damaged: 'This code was changed or damaged on the way. Ask your partner to copy all of it again.',
  newer: 'This code comes from a newer version of Tend. Update Tend, then start a new comparison together.',
  older:
    'Your partner’s Tend is older than yours, so your lists would not match up. Ask them to update Tend, then start again.',
} as const;

type Reading<C> = Result<{ code: C }> | { ok: false; error: string; oldShare: true };
/** A code read, or why not; `oldShare` marks a whole-list share code, for the older comparison. */
export type CodeReading = Reading<Code>;
/** A code read up to its points, which are not decoded yet (see `parseCode`). */
export type CodeParsing = Reading<CodeContent>;

const text = new TextEncoder();

function checksum(body: Uint8Array): Uint8Array {
  return sha256(concat(text.encode(TAG_CODE), body)).slice(0, CHECKSUM_BYTES);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => compareBytes(a, b) === 0;

function groupsOf(content: CodeContent): Uint8Array[][] {
  if (content.step === 1) return [content.points];
  if (content.step === 2) return [content.forStarter, content.points];
  return [content.forResponder];
}

/** The code as text to paste. Throws for a group that is empty or over MAX_CODE_TOKENS (no list gives one). */
export function writeCode(content: CodeContent): string {
  const groups = groupsOf(content);
  const counts = new Uint8Array(COUNT_BYTES * groups.length);
  groups.forEach((group, index) => {
    if (group.length < 1 || group.length > MAX_CODE_TOKENS) throw new RangeError('A code holds 1 to 1000 entries.');
    new DataView(counts.buffer).setUint16(index * COUNT_BYTES, group.length);
  });
  if (content.exchangeId.length !== EXCHANGE_ID_BYTES) throw new RangeError('An exchange id is 8 bytes.');
  const body = concat(
    Uint8Array.of(FORMAT_VERSION, content.step, RULES_VERSION),
    content.exchangeId,
    counts,
    ...groups.flat(),
  );
  return toBase64Url(concat(body, checksum(body)));
}

const isStep = (step: number | undefined): step is Step => step === 1 || step === 2 || step === 3;

/** How many bytes a version 1 code of `step` has, by the counts it states (not yet trusted). */
function expectedLength(step: Step, bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return LAYOUT[step].reduce(
    (length, kind, index) => length + COUNT_BYTES + view.getUint16(HEADER_BYTES + index * COUNT_BYTES) * SIZE[kind],
    HEADER_BYTES + CHECKSUM_BYTES,
  );
}

const checksumHolds = (bytes: Uint8Array) =>
  sameBytes(checksum(bytes.subarray(0, -CHECKSUM_BYTES)), bytes.subarray(-CHECKSUM_BYTES));

/** A Tend code whose first byte alone was damaged: its checksum holds once that byte is put back. */
function onlyFirstByteDamaged(bytes: Uint8Array): boolean {
  if (bytes.length < MIN_BYTES) return false;
  const mended = bytes.slice();
  mended[0] = FORMAT_VERSION;
  return checksumHolds(mended);
}

const refuse = (error: string) => ({ ok: false, error }) as const;

/** Reads a pasted code (spaces and line breaks a chat app adds are ignored), its points decoded. Never throws. */
export function readCode(input: string): CodeReading {
  const parsed = parseCode(input);
  if (!parsed.ok) return parsed;
  const code = decodeCode(parsed.code);
  return code ? { ok: true, code } : refuse(CODE_MESSAGES.damaged);
}

/**
 * Reads a pasted code up to its points: every check but decoding them, the one costly check, so a
 * caller can first refuse a code it cannot use anyway (already used, another comparison).
 */
export function parseCode(input: string): CodeParsing {
  const pasted = input.replace(/\s+/g, '');
  if (!pasted) return refuse(CODE_MESSAGES.empty);
  if (pasted.length > MAX_SHARE_CHARS) return refuse(CODE_MESSAGES.tooLong);
  const oldShare = { ok: false, error: CODE_MESSAGES.oldShare, oldShare: true } as const;
  if (pasted.startsWith('{')) return oldShare;
  // A code cut after a character that holds no whole byte: read the whole bytes, and remember the rest.
  const ragged = pasted.length % 4 === 1;
  const whole = ragged ? pasted.slice(0, -1) : pasted;
  const bytes = whole ? fromBase64Url(whole) : undefined;
  if (!bytes || bytes.length === 0) return refuse(CODE_MESSAGES.notACode);
  const [version = 0, step, rules = 0] = bytes;
  if (version === OPEN_BRACE) return oldShare;
  if (version === 0 || version > LAST_POSSIBLE_VERSION) {
    return refuse(onlyFirstByteDamaged(bytes) ? CODE_MESSAGES.damaged : CODE_MESSAGES.notACode);
  }
  if (bytes.length < MIN_BYTES) return refuse(CODE_MESSAGES.cutShort);
  const expected = version === FORMAT_VERSION && isStep(step) ? expectedLength(step, bytes) : undefined;
  if (expected !== undefined && bytes.length < expected) return refuse(CODE_MESSAGES.cutShort);
  // Also refused: a stray character at the end, or one whose unused bits were changed.
  if (ragged || toBase64Url(bytes) !== whole || !checksumHolds(bytes)) return refuse(CODE_MESSAGES.damaged);
  if (version !== FORMAT_VERSION) return refuse(CODE_MESSAGES.newer);
  if (!isStep(step) || bytes.length !== expected) return refuse(CODE_MESSAGES.damaged);
  if (rules > RULES_VERSION) return refuse(CODE_MESSAGES.newer);
  if (rules < RULES_VERSION) return refuse(CODE_MESSAGES.older);
  const code = contentOf(step, bytes);
  return code ? { ok: true, code } : refuse(CODE_MESSAGES.damaged);
}

/** The payload of a code whose length and checksum hold, or undefined when no Tend could have made it. */
function contentOf(step: Step, bytes: Uint8Array): CodeContent | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const layout = LAYOUT[step];
  const counts = layout.map((_, index) => view.getUint16(HEADER_BYTES + index * COUNT_BYTES));
  if (counts.some((count) => count === 0 || count > MAX_CODE_TOKENS)) return undefined;
  let at = HEADER_BYTES + COUNT_BYTES * layout.length;
  const groups = layout.map((kind, index) =>
    Array.from({ length: counts[index] as number }, () => {
      at += SIZE[kind];
      return bytes.slice(at - SIZE[kind], at);
    }),
  );
  if (groups.some((group) => new Set(group.map(toHex)).size !== group.length)) return undefined;
  const exchangeId = bytes.slice(3, HEADER_BYTES);
  const [first = [], second = []] = groups;
  if (step === 3) return { step, exchangeId, forResponder: first };
  return step === 1 ? { step, exchangeId, points: first } : { step, exchangeId, forStarter: first, points: second };
}

/** The code with its points decoded, or undefined when one is not a valid point or is the identity. */
export function decodeCode(content: CodeContent): Code | undefined {
  if (content.step === 3) return content;
  const points = decodeAll(content.points);
  return points && { ...content, points };
}

function decodeAll(encoded: readonly Uint8Array[]): GroupPoint[] | undefined {
  const points: GroupPoint[] = [];
  for (const bytes of encoded) {
    const point = decodePoint(bytes);
    if (!point) return undefined;
    points.push(point);
  }
  return points;
}
