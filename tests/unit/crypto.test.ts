import { describe, expect, it, vi } from 'vitest';
import {
  checkPassphrase,
  createLock,
  DecryptError,
  decryptRecord,
  deriveKey,
  encryptRecord,
  isSealed,
  newPassphraseProblem,
  PBKDF2_ITERATIONS,
  randomBytes,
  type Unlocked,
} from '@/lib/lock/crypto';

// Derivation at the real 600,000 iterations is what makes guessing slow; here it would only make
// the tests slow, so they pass a small count. One test checks the default itself.
const FAST = 1_000;
const PASSPHRASE = 'correct horse battery staple';
const CANARY = 'CANARY-7f3a-plaintext-must-not-be-stored';

const keyFor = (passphrase = PASSPHRASE, salt = randomBytes(16)) => deriveKey(passphrase, salt, FAST);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

const plaintextStore = {
  lastSectionId: 'aftercare',
  firstRunDone: true,
  exitSettings: { target: 'https://weather.example/', mode: 'replace-tab', deleteHistory: false },
  safeCallPlan: {
    who: `Sam ${CANARY}`,
    where: 'Hotel',
    checkInAt: '2026-11-25T22:00',
    ifMissed: 'Call',
    reminderText: '',
  },
};

describe('deriveKey', () => {
  it('defaults to at least 600,000 PBKDF2-SHA256 iterations and makes a non-extractable AES-GCM-256 key', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      // Stop the real derivation after its parameters are recorded.
      derive.mockRejectedValueOnce(new Error('stopped'));
      await expect(deriveKey(PASSPHRASE, randomBytes(16))).rejects.toThrow('stopped');
      const [params, , bits] = derive.mock.calls[0] ?? [];
      expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
      expect(bits).toBe(256);
    } finally {
      derive.mockRestore();
    }
    const key = await keyFor();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
  });

  it('createLock uses the default count too, with a fresh 16-byte salt each time', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveBits').mockRejectedValue(new Error('stopped'));
    try {
      await expect(createLock(PASSPHRASE)).rejects.toThrow('stopped');
      expect(derive.mock.calls[0]?.[0]).toMatchObject({ iterations: PBKDF2_ITERATIONS });
    } finally {
      derive.mockRestore();
    }
    const [a, b] = await Promise.all([createLock(PASSPHRASE, FAST), createLock(PASSPHRASE, FAST)]);
    expect(a.lock.salt).toHaveLength(16);
    expect(text(a.lock.salt)).not.toBe(text(b.lock.salt));
  });

  it('refuses an empty passphrase', async () => {
    await expect(deriveKey('', randomBytes(16), FAST)).rejects.toThrow(/empty/);
  });

  it('gives the same key for the same words however the accents were typed', async () => {
    const { lock } = await createLock('café au lait, s’il vous plaît', FAST);
    expect(await checkPassphrase('cafe\u0301 au lait, s’il vous plaît', lock)).toBeDefined();
  });
});

describe('encryptRecord and decryptRecord', () => {
  it.each([
    ['a string', 'aftercare'],
    ['an empty string', ''],
    ['text in many scripts', 'Zustimmung · согласие · 同意 · موافقة · 🫶'],
    ['a number', 42.5],
    ['false', false],
    ['null', null],
    ['an array', [1, 'two', { three: 3 }]],
    ['a stored record', plaintextStore.safeCallPlan],
    ['a long text', 'x'.repeat(200_000)],
  ])('round-trips %s', async (_, value) => {
    const key = await keyFor();
    const sealed = await encryptRecord(key, value, 'record');
    expect(isSealed(sealed)).toBe(true);
    expect(await decryptRecord(key, sealed, 'record')).toEqual(value);
  });

  it('stores no plaintext: the canary is not in the sealed bytes', async () => {
    const sealed = await encryptRecord(await keyFor(), plaintextStore.safeCallPlan, 'safeCallPlan');
    expect(text(sealed.data)).not.toContain('CANARY');
    expect(text(sealed.data)).not.toContain('Sam');
  });

  it('refuses a value that has no JSON form', async () => {
    await expect(encryptRecord(await keyFor(), undefined, 'x')).rejects.toThrow(/no value/);
  });

  it('rejects the wrong key, another record’s name, and any changed byte', async () => {
    const salt = randomBytes(16);
    const key = await keyFor(PASSPHRASE, salt);
    const sealed = await encryptRecord(key, 'secret', 'safeCallPlan');
    await expect(decryptRecord(await keyFor('wrong passphrase', salt), sealed, 'safeCallPlan')).rejects.toThrow(
      DecryptError,
    );
    await expect(decryptRecord(key, sealed, 'lastSectionId')).rejects.toThrow(DecryptError);
    const data = sealed.data.slice();
    data[0] = (data[0] ?? 0) ^ 1;
    await expect(decryptRecord(key, { iv: sealed.iv, data }, 'safeCallPlan')).rejects.toThrow(DecryptError);
    const iv = sealed.iv.slice();
    iv[11] = (iv[11] ?? 0) ^ 1;
    await expect(decryptRecord(key, { iv, data: sealed.data }, 'safeCallPlan')).rejects.toThrow(DecryptError);
  });

  // 10,000 real encryptions: generous time for a loaded machine (this is no speed test).
  it('never reuses an IV across 10,000 writes, even of the same value', { timeout: 60_000 }, async () => {
    const key = await keyFor();
    const ivs = new Set<string>();
    const ciphertexts = new Set<string>();
    for (let batch = 0; batch < 10; batch++) {
      const sealed = await Promise.all(Array.from({ length: 1_000 }, () => encryptRecord(key, 'same value', 'k')));
      for (const { iv, data } of sealed) {
        ivs.add(iv.length === 12 ? text(iv) : 'wrong length');
        ciphertexts.add(text(data));
      }
    }
    expect(ivs.size).toBe(10_000);
    expect(ciphertexts.size).toBe(10_000);
  });
});

describe('the passphrase check', () => {
  it('returns a working key for the right passphrase and nothing for a wrong one', async () => {
    const { lock, key } = await createLock(PASSPHRASE, FAST);
    const sealed = await encryptRecord(key, 'data', 'k');
    const again = await checkPassphrase(PASSPHRASE, lock);
    expect(again).toBeDefined();
    expect(await decryptRecord((again as Unlocked).key, sealed, 'k')).toBe('data');
    for (const wrong of ['', 'correct horse battery stapl', 'Correct horse battery staple', `${PASSPHRASE} `]) {
      expect(await checkPassphrase(wrong, lock)).toBeUndefined();
    }
  });

  it.each([
    ['', /Enter a passphrase/],
    ['    ', /Enter a passphrase/],
    ['short', /at least 8 characters/],
  ])('refuses %j as a new passphrase', async (passphrase, message) => {
    expect(newPassphraseProblem(passphrase)).toMatch(message);
    await expect(createLock(passphrase, FAST)).rejects.toThrow(message);
  });

  it('accepts a long passphrase of any characters', () => {
    expect(newPassphraseProblem('🐢🐢🐢🐢🐢🐢🐢🐢')).toBeUndefined();
    expect(newPassphraseProblem(PASSPHRASE)).toBeUndefined();
  });
});

describe('isSealed', () => {
  it('accepts the lock epoch and schema version storage keeps beside a record, and nothing else', async () => {
    const sealed = await encryptRecord(await keyFor(), 'x', 'a');
    expect(isSealed({ ...sealed, epoch: 'e', version: 2 })).toBe(true);
    expect(isSealed({ ...sealed, other: 1 })).toBe(false);
  });

  it('each new lock has its own epoch', async () => {
    const [a, b] = await Promise.all([createLock(PASSPHRASE, FAST), createLock(PASSPHRASE, FAST)]);
    expect(a.lock.epoch).toMatch(/^[\w-]{36}$/);
    expect(a.lock.epoch).not.toBe(b.lock.epoch);
  });
});
