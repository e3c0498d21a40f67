/**
 * How every private comparison code begins: its format's version, then its step (1 to 3). Kept
 * apart from code.ts so the plain comparison can tell such a code apart without loading any
 * hashing code.
 */
import { fromBase64Url } from '@/lib/base64url';

export const FORMAT_VERSION = 1;

/** Whether pasted text begins as a private comparison code does (its first two bytes). */
export function startsLikePrivateCode(text: string): boolean {
  const head = fromBase64Url(text.replace(/\s+/g, '').slice(0, 4));
  return head?.[0] === FORMAT_VERSION && [1, 2, 3].includes(head[1] ?? 0);
}
