import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface ConfirmButtonProps {
  /** The first button, e.g. "Wipe everything". */
  label: string;
  /** Heard after the label only, where several such buttons are on one page (which entry). */
  detail?: string;
  /** What will happen, shown when the user presses it. */
  question: ComponentChildren;
  /** The button that does it, e.g. "Yes, wipe everything". */
  confirmLabel: string;
  onConfirm(): void;
}

/**
 * A destructive action asked twice, in the page rather than a browser dialog: the question appears
 * under the button with focus on "Cancel", so a stray Enter changes nothing.
 */
export function ConfirmButton({ label, detail, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openRef} class="danger" onClick={() => setAsking(true)}>
        {label}
        {detail && <span class="visually-hidden"> {detail}</span>}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      <div class="row actions">
        <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
          Cancel
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </fieldset>
  );
}
