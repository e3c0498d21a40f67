import { describe, expect, it } from 'vitest';
import { errorWords, inWords, NEWER_VERSION } from '@/lib/error-words';
import { DecryptError } from '@/lib/lock/crypto';
import { NewerSchemaError } from '@/lib/storage/migrations';
import { LockedError } from '@/lib/storage/store-core';

describe('error words', () => {
  it('says what happened and what to do, for each failure Tend knows', () => {
    expect(errorWords(new NewerSchemaError(9))).toBe(NEWER_VERSION);
    expect(NEWER_VERSION).toEqual({
      what: 'Your saved data was saved by a newer version of Tend.',
      next: 'Update Tend to use it. Nothing was changed.',
    });
    expect(inWords(new LockedError())).toBe('Tend is locked. Unlock it with your passphrase, then try again.');
    expect(errorWords(new DecryptError('journal')).what).toMatch(/could not open some of your saved notes/);
    expect(inWords(new DOMException('raw', 'QuotaExceededError'))).toBe(
      'This device has no room left for Tend to save. Free some space on the device or in the browser, then try again.',
    );
  });

  it('never shows an error’s own message, and takes other words for what it does not know', () => {
    for (const thrown of [new Error('TypeError: x is undefined'), new DecryptError('journal'), 'a string', undefined]) {
      const { what, next } = errorWords(thrown);
      expect(`${what} ${next}`).not.toMatch(/TypeError|journal|a string|undefined/);
    }
    const otherwise = { what: 'This part could not be shown.', next: 'Try again.' };
    expect(errorWords(new Error('boom'), otherwise)).toBe(otherwise);
    expect(errorWords(new LockedError(), otherwise).what).toBe('Tend is locked.');
  });
});
