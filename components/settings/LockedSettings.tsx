import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { useLock } from '@/components/hooks/use-lock';

/**
 * Settings someone else at the browser could turn against the user while Tend is locked: where
 * Quick exit goes and how it leaves, the hotkey, discreet mode. One disabled fieldset makes every
 * control inside read-only, and says why; the values stay readable (SECURITY.md says why they
 * must). Until the lock's state is known the controls wait, disabled, rather than accept a change.
 */
export function ReadOnlyWhileLocked({ children }: { children: ComponentChildren }) {
  const state = useLock();
  const locked = state === 'locked';
  const ids = useId();
  const box = useRef<HTMLFieldSetElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  // The control inside that had focus last, while focus has not moved on elsewhere.
  const focusedInside = useRef<EventTarget | null>(null);

  // A control disabled under the user's focus drops it to the page (the browser blurs it): the
  // note saying why takes it instead.
  useLayoutEffect(() => {
    const active = document.activeElement;
    const dropped = !active || active === document.body || box.current?.contains(active);
    if (locked && dropped && focusedInside.current) note.current?.focus();
  }, [locked]);

  return (
    <fieldset
      ref={box}
      class="while-locked"
      disabled={state === undefined || locked}
      aria-describedby={locked ? `${ids}-locked` : undefined}
      onFocusIn={(event) => {
        focusedInside.current = event.target;
      }}
      onFocusOut={(event) => {
        // Moving on to somewhere else on the page; a blur with nowhere to go (disabled) keeps it.
        if (event.relatedTarget) focusedInside.current = null;
      }}
    >
      {locked && (
        <p class="panel locked-note" id={`${ids}-locked`} ref={note} tabIndex={-1}>
          Tend is locked, so these settings cannot be changed and your sites are hidden. To change them, unlock Tend
          under “Passphrase lock” below.
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** What only someone who can unlock may see, such as the user's own sites: nothing while locked. */
export function HiddenWhileLocked({ children }: { children: ComponentChildren }) {
  const state = useLock();
  return state === undefined || state === 'locked' ? null : children;
}
