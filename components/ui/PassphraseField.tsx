import { TextInput } from './PrivateText';

interface PassphraseFieldProps {
  id: string;
  label: string;
  /** "current-password" to unlock, "new-password" to set one: password managers read this. */
  autoComplete: 'current-password' | 'new-password';
  value: string;
  describedBy?: string;
  invalid?: boolean;
  onInput(value: string): void;
}

/** A passphrase box that password managers fill and that accepts paste. */
export function PassphraseField({
  id,
  label,
  autoComplete,
  value,
  describedBy,
  invalid,
  onInput,
}: PassphraseFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <TextInput
        id={id}
        type="password"
        passphrase={autoComplete}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
