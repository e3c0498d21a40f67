/**
 * Encryption at rest for the passphrase lock, with the browser's own WebCrypto: a key derived from
 * the passphrase by PBKDF2-SHA256, and AES-GCM with a fresh random IV for every record written.
 * Pure functions over values: storage decides what is sealed under which key and writes it
 * (lib/storage/storage.ts), so a change of passphrase lands whole or not at all.
 */

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
  /**
   * New with every lock (turned on, or a new passphrase), and stored with each record sealed under
   * it, so storage can tell a record sealed under an earlier lock. Absent on locks made before it existed.
   */
  epoch?: string;
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
 * The 256-bit key for `passphrase`, as raw bytes: what Tend keeps in `storage.session` while
 * unlocked, so each of its pages and the worker can import it without asking again. The passphrase
 * is NFC-normalised so the same words typed on another keyboard give the same key.
 */
export async function deriveKeyBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  if (passphrase === '') throw new Error('The passphrase is empty.');
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256),
  );
}

/** An AES-GCM key from raw bytes. Non-extractable: script can use it, never read it out again. */
export function importKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The AES-GCM key for `passphrase`. */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  return importKey(await deriveKeyBytes(passphrase, salt, iterations));
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

/** Fields storage may keep beside a sealed record's IV and data (its lock epoch and schema version). */
const SEALED_FIELDS = new Set(['iv', 'data', 'epoch', 'version']);

/** True for a value shaped like an encrypted record. */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, data } = value as Partial<Sealed>;
  return (
    iv instanceof Uint8Array &&
    iv.length === IV_BYTES &&
    data instanceof Uint8Array &&
    Object.keys(value).every((field) => SEALED_FIELDS.has(field))
  );
}

/** A known value sealed under `key`, kept with the lock so a passphrase is checked on it alone. */
export function makeVerifier(key: CryptoKey): Promise<Sealed> {
  return encryptRecord(key, VERIFIER_VALUE, VERIFIER_NAME);
}

/** An open lock: the key, and its raw bytes to hand to Tend's other pages through `storage.session`. */
export interface Unlocked {
  key: CryptoKey;
  bytes: Uint8Array<ArrayBuffer>;
}

async function unlocked(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Unlocked> {
  const bytes = await deriveKeyBytes(passphrase, salt, iterations);
  return { key: await importKey(bytes), bytes };
}

/** A new lock for `passphrase` with a fresh salt, and its key. */
export async function createLock(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ lock: LockRecord } & Unlocked> {
  const problem = newPassphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const salt = randomBytes(SALT_BYTES);
  const open = await unlocked(passphrase, salt, iterations);
  return { lock: { salt, iterations, verifier: await makeVerifier(open.key), epoch: crypto.randomUUID() }, ...open };
}

/**
 * The key for `passphrase` if it is the lock's passphrase, else undefined. Reads only the lock's
 * verifier, so a wrong passphrase touches no data.
 */
export async function checkPassphrase(passphrase: string, lock: LockRecord): Promise<Unlocked | undefined> {
  if (passphrase === '') return undefined;
  const open = await unlocked(passphrase, lock.salt, lock.iterations);
  try {
    return (await decryptRecord(open.key, lock.verifier, VERIFIER_NAME)) === VERIFIER_VALUE ? open : undefined;
  } catch (error) {
    if (error instanceof DecryptError) return undefined;
    throw error;
  }
}
