import { expect, it } from 'vitest';
import { EXCHANGE_MESSAGES } from '@/lib/psi/exchange';
import { EXCHANGE_WORDS } from '../e2e/exchange-words';

it("the browser tests' copy of the comparison's messages is still Tend's words", () => {
  for (const [key, words] of Object.entries(EXCHANGE_WORDS)) {
    expect(words).toBe(EXCHANGE_MESSAGES[key as keyof typeof EXCHANGE_WORDS]);
  }
});
