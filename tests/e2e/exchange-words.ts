/**
 * The words of lib/psi/exchange.ts's EXCHANGE_MESSAGES that the browser tests expect, written out:
 * that module reaches the browser's storage as it loads, so Playwright's Node cannot import it.
 * tests/unit/e2e-words.test.ts checks they are still Tend's words.
 */
export const EXCHANGE_WORDS = {
  alreadyUsed: 'This code has already been used. Each code works once. To compare again, start a new comparison.',
  otherExchange:
    'This code belongs to a different comparison. Use the code from the comparison you are doing now, or start a new one.',
  noLongerHas:
    'Tend no longer has the comparison this code belongs to. A comparison ends when Tend locks, when the browser closes, or when it is cancelled. Start a new one together.',
} as const;
