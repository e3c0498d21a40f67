import type { ComponentChildren } from 'preact';
import { UnlockForm } from './UnlockForm';
import { useLock } from './use-lock';

/** Shows a private tool only while Tend is unlocked (or has no lock); otherwise asks to unlock. */
export function LockGate({ children }: { children: ComponentChildren }) {
  const state = useLock();
  if (state === undefined) return null;
  return state === 'locked' ? <UnlockForm /> : <>{children}</>;
}
