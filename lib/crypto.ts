/**
 * Encryption at rest for the passphrase lock, with the browser's own WebCrypto: a key derived from
 * the passphrase by PBKDF2-SHA256, and AES-GCM with a fresh random IV for every record written.
 * Pure functions over values and record maps: the caller (storage) writes what they return in one
 * transaction, so a change of passphrase lands whole or not at all.
 */
import type { Records } from './migrations';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; tests may pass fewer, never the app. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
/** AES-GCM's standard nonce; random 96-bit IVs stay safe far beyond any number of saves Tend makes. */
const IV_BYTES = 12;
export const MIN_PASSPHRASE_LENGTH = 8;

/** One encrypted record as stored: its IV and the AES-GCM ciphertext with its tag. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** What the lock keeps beside the data: how to derive the key again, and a value to test it on. */
export interface LockRecord {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  verifier: Sealed;
}

/** Thrown when a record cannot be opened: a wrong key, or data that was changed. */
export class DecryptError extends Error {
  constructor(readonly record: string) {
    super(`Could not decrypt “${record}”: the passphrase is wrong or the data was changed.`);
  }
}

const VERIFIER_NAME = '__verifier';
const VERIFIER_VALUE = 'tend-lock-v1';

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Why a new passphrase cannot be used, or undefined when it can. */
export function newPassphraseProblem(passphrase: string): string | undefined {
  if (passphrase.trim() === '') return 'Enter a passphrase.';
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`;
  }
  return undefined;
}

/**
 * The AES-GCM key for `passphrase`. Non-extractable: script can use it, never read it out. The
 * passphrase is NFC-normalised so the same words typed on another keyboard give the same key.
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  if (passphrase === '') throw new Error('The passphrase is empty.');
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts a JSON-serialisable value with a fresh random IV. `name` (the record's key) is bound in
 * as additional data, so a record moved to another key no longer opens.
 */
export async function encryptRecord(key: CryptoKey, value: unknown, name = ''): Promise<Sealed> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`“${name}” has no value that can be saved.`);
  const iv = randomBytes(IV_BYTES);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(name) },
    key,
    new TextEncoder().encode(json),
  );
  return { iv, data: new Uint8Array(data) };
}

/** Opens a sealed record; throws DecryptError for a wrong key, another record's name, or tampering. */
export async function decryptRecord<T = unknown>(key: CryptoKey, sealed: Sealed, name = ''): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: new TextEncoder().encode(name) },
      key,
      sealed.data,
    );
  } catch {
    throw new DecryptError(name);
  }
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** True for a value shaped like an encrypted record. */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, data } = value as Partial<Sealed>;
  return (
    iv instanceof Uint8Array && iv.length === IV_BYTES && data instanceof Uint8Array && Object.keys(value).length === 2
  );
}

/** A known value sealed under `key`, kept with the lock so a passphrase is checked on it alone. */
export function makeVerifier(key: CryptoKey): Promise<Sealed> {
  return encryptRecord(key, VERIFIER_VALUE, VERIFIER_NAME);
}

/** A new lock for `passphrase` with a fresh salt, and its key. */
export async function createLock(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ lock: LockRecord; key: CryptoKey }> {
  const problem = newPassphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  return { lock: { salt, iterations, verifier: await makeVerifier(key) }, key };
}

/**
 * The key for `passphrase` if it is the lock's passphrase, else undefined. Reads only the lock's
 * verifier, so a wrong passphrase touches no data.
 */
export async function checkPassphrase(passphrase: string, lock: LockRecord): Promise<CryptoKey | undefined> {
  if (passphrase === '') return undefined;
  const key = await deriveKey(passphrase, lock.salt, lock.iterations);
  try {
    return (await decryptRecord(key, lock.verifier, VERIFIER_NAME)) === VERIFIER_VALUE ? key : undefined;
  } catch (error) {
    if (error instanceof DecryptError) return undefined;
    throw error;
  }
}

/**
 * Every record sealed under `key`, as a new map (the input is untouched). Used to move plaintext
 * data into encrypted form; refuses records that are already sealed rather than seal them twice.
 */
export async function encryptAll(records: Records, key: CryptoKey): Promise<Record<string, Sealed>> {
  const entries = await Promise.all(
    Object.entries(records).map(async ([name, value]) => {
      if (isSealed(value)) throw new Error(`“${name}” is already encrypted.`);
      return [name, await encryptRecord(key, value, name)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Every record opened with `key`, as a new map; throws DecryptError if any one does not open. */
export async function decryptAll(records: Records, key: CryptoKey): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(records).map(async ([name, value]) => {
      if (!isSealed(value)) throw new DecryptError(name);
      return [name, await decryptRecord(key, value, name)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * Every record moved from `oldKey` to `newKey` with fresh IVs, as a new map. All records are
 * opened before any is sealed again, so a wrong old key throws and yields nothing to write.
 */
export async function reencryptAll(
  records: Records,
  oldKey: CryptoKey,
  newKey: CryptoKey,
): Promise<Record<string, Sealed>> {
  return encryptAll(await decryptAll(records, oldKey), newKey);
}

/**
 * A change of passphrase, computed in full before anything is written: the new lock, its key, and
 * every record sealed under it. Undefined when `current` is wrong; nothing is derived from `next`
 * until `current` is checked, and the input is never changed.
 */
export async function changePassphrase(
  records: Records,
  lock: LockRecord,
  current: string,
  next: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ lock: LockRecord; key: CryptoKey; records: Record<string, Sealed> } | undefined> {
  const problem = newPassphraseProblem(next);
  if (problem) throw new Error(problem);
  const oldKey = await checkPassphrase(current, lock);
  if (!oldKey) return undefined;
  const opened = await decryptAll(records, oldKey);
  const fresh = await createLock(next, iterations);
  return { ...fresh, records: await encryptAll(opened, fresh.key) };
}
