import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLock } from '@/components/hooks/use-lock';
import type { LockState } from '@/lib/lock/lock-state';
import { UnlockForm } from './UnlockForm';

const ANNOUNCE: Partial<Record<LockState, string>> = {
  locked: 'Locked. Your notes are hidden until you unlock them.',
  unlocked: 'Unlocked.',
};

/**
 * Shows a private tool only while Tend is unlocked (or has no lock); otherwise asks to unlock.
 * Locking and unlocking swap what is shown: both are said aloud, and focus that the swap dropped
 * goes to the passphrase field or back to the tool.
 */
export function LockGate({ children }: { children: ComponentChildren }) {
  const state = useLock();
  const [said, setSaid] = useState('');
  const previous = useRef<LockState | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (!was || !state || was === state) return;
    setSaid(ANNOUNCE[state] ?? '');
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target =
      box.current?.querySelector<HTMLElement>(state === 'locked' ? 'input' : 'h2, h3, input, textarea, button') ??
      box.current;
    target?.focus();
  }, [state]);

  return (
    <div ref={box} tabIndex={-1}>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      {state === undefined ? null : state === 'locked' ? <UnlockForm /> : children}
    </div>
  );
}
