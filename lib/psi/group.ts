/**
 * The group private matching works in: ristretto255 (RFC 9496), with RFC 9380's hash to the group,
 * from @noble/curves (audited; see SECURITY.md). Only this file imports the curve library, and only
 * the private comparison's lazy chunk imports this file.
 */
import { getMinHashLength, mapHashToField } from '@noble/curves/abstract/modular.js';
import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { randomBytes } from '@noble/curves/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';

const { Point } = ristretto255;
const { Fn } = Point;

export type GroupPoint = InstanceType<typeof Point>;
export const POINT_BYTES = 32;
export const SHORT_BYTES = 8;

/** Tend's own domain for hashing to the group: its points mean nothing in any other protocol. */
export const DST_HASH = 'TEND-BOUNDARIES-PSI-V01-CS01-with-ristretto255_XMD:SHA-512_R255MAP_RO_';

const text = new TextEncoder();

/** The point an entry hashes to, in this exchange alone (its id goes in first). */
export function hashToPoint(exchangeId: Uint8Array, entry: string): GroupPoint {
  return ristretto255_hasher.hashToCurve(concat(exchangeId, text.encode(entry)), { DST: DST_HASH }) as GroupPoint;
}

/** A one-use secret: a uniformly random scalar in [1, order), as RFC 9497's randomScalar draws it. */
export function randomScalar(random: (length: number) => Uint8Array = randomBytes): bigint {
  return Fn.fromBytes(mapHashToField(random(getMinHashLength(Fn.ORDER)), Fn.ORDER, Fn.isLE));
}

export function scalarToHex(scalar: bigint): string {
  return scalar.toString(16).padStart(64, '0');
}

/** A stored secret, checked to be one: a bad one is refused here rather than deep in the curve code. */
export function scalarFromHex(hex: string): bigint {
  const scalar = /^[0-9a-f]{64}$/.test(hex) ? BigInt(`0x${hex}`) : 0n;
  if (!Fn.isValidNot0(scalar)) throw new Error('The comparison in progress was damaged. Start a new one.');
  return scalar;
}

/** The random bytes every draw here uses (`crypto.getRandomValues`), for the steps' default. */
export { randomBytes };

/** A point from a code: canonical, and never the identity (which would match everything blinded to it). */
export function decodePoint(bytes: Uint8Array): GroupPoint | undefined {
  try {
    const point = Point.fromBytes(bytes) as GroupPoint;
    return point.is0() ? undefined : point;
  } catch {
    return undefined;
  }
}

/** The first 8 bytes of SHA-256(tag ‖ exchange id ‖ point): what codes 2 and 3 carry to compare. */
export function shortHash(tag: string, exchangeId: Uint8Array, point: GroupPoint): Uint8Array {
  return sha256(concat(text.encode(tag), exchangeId, point.toBytes())).slice(0, SHORT_BYTES);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/** Orders byte strings as their bytes do: sorting blinded points this way is a random shuffle. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
