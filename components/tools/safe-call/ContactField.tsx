import { useState } from 'preact/hooks';
import { FormMessage } from '@/components/ui/FormMessage';
import { LineField } from '@/components/ui/LineField';
import type { Result } from '@/lib/checks';

interface ContactFieldProps {
  id: string;
  label: string;
  type: 'tel' | 'email';
  /** What is stored. */
  value: string;
  check(value: string): Result;
  /** Called with what the user typed, only once it passes the check. */
  onValid(value: string): void;
}

/**
 * A phone or email box that saves only what it can use. While the user types, a valid value is
 * saved at once; an invalid one is kept in the box, not saved, and named when they leave the box.
 */
export function ContactField({ id, label, type, value, check, onValid }: ContactFieldProps) {
  const [typed, setTyped] = useState<string>();
  const [error, setError] = useState<string>();
  const onInput = (text: string) => {
    setTyped(text);
    const checked = check(text);
    if (checked.ok) {
      setError(undefined);
      onValid(text.trim());
    }
  };
  const onLeave = () => {
    const checked = check(typed ?? value);
    setError(checked.ok ? undefined : checked.error);
  };
  return (
    <LineField
      id={id}
      label={label}
      type={type}
      maxLength={254}
      value={typed ?? value}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={`${id}-message`}
      onInput={onInput}
      onBlur={onLeave}
    >
      <FormMessage id={`${id}-message`} feedback={error ? { error: true, text: error } : undefined} />
    </LineField>
  );
}
