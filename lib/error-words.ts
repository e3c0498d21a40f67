/**
 * What went wrong, in plain words, and what the user can do about it. Every failure a view shows
 * goes through here, so nobody ever reads a raw exception.
 */
import { DecryptError } from './lock/crypto';
import { NewerSchemaError } from './storage/migrations';
import { LockedError } from './storage/store-core';

export interface ErrorWords {
  /** What happened. */
  what: string;
  /** What to do next. */
  next: string;
}

export const NEWER_VERSION: ErrorWords = {
  what: 'Your saved data was saved by a newer version of Tend.',
  next: 'Update Tend to use it. Nothing was changed.',
};

const isNamed = (error: unknown, name: string) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

const SOMETHING_WENT_WRONG: ErrorWords = {
  what: 'Something went wrong in Tend.',
  next: 'Try again. If it keeps happening, close this view and open it again.',
};

/** The words for `error`; `otherwise` for an error Tend has no words of its own for. */
export function errorWords(error: unknown, otherwise = SOMETHING_WENT_WRONG): ErrorWords {
  if (error instanceof NewerSchemaError) return NEWER_VERSION;
  if (error instanceof LockedError) {
    return { what: 'Tend is locked.', next: 'Unlock it with your passphrase, then try again.' };
  }
  if (error instanceof DecryptError) {
    return {
      what: 'Tend could not open some of your saved notes: they do not match your passphrase.',
      next: 'Lock and unlock Tend, then try again. If it keeps happening, import a backup or wipe under “Your data”.',
    };
  }
  if (isNamed(error, 'QuotaExceededError')) {
    return {
      what: 'This device has no room left for Tend to save.',
      next: 'Free some space on the device or in the browser, then try again.',
    };
  }
  return otherwise;
}

/** The words as one line: what happened, then what to do. */
export const inWords = (error: unknown): string => {
  const { what, next } = errorWords(error);
  return `${what} ${next}`;
};
