import { useId } from 'preact/hooks';
import { TextInput } from '@/components/ui/PrivateText';
import type { WhenChoice } from '@/lib/timeline/when';

const CHOICES: readonly { kind: WhenChoice['kind']; label: string }[] = [
  { kind: 'now', label: 'Just now' },
  { kind: 'today', label: 'Earlier today' },
  { kind: 'yesterday', label: 'Yesterday' },
  { kind: 'day-before', label: 'The day before yesterday' },
  { kind: 'at', label: 'On a day and time I can choose' },
  { kind: 'unsure', label: 'I am not sure' },
];

interface WhenFormProps {
  kind: WhenChoice['kind'] | undefined;
  local: string;
  messageId: string;
  invalid: boolean;
  onKind(kind: WhenChoice['kind']): void;
  onLocal(local: string): void;
  onSubmit(): void;
}

/** "When did it happen?": rough answers, an exact day and time, or not sure. */
export function WhenForm({ kind, local, messageId, invalid, onKind, onLocal, onSubmit }: WhenFormProps) {
  const ids = useId();
  return (
    <form
      class="no-print"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <fieldset aria-describedby={messageId}>
        <legend>Roughly when did it happen?</legend>
        {CHOICES.map((choice) => (
          <label key={choice.kind} class="choice">
            <input
              type="radio"
              name={`${ids}-when`}
              value={choice.kind}
              checked={kind === choice.kind}
              onChange={() => onKind(choice.kind)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
        {kind === 'at' && (
          <div class="field">
            <label for={`${ids}-at`}>Day and time it happened</label>
            <TextInput
              id={`${ids}-at`}
              type="datetime-local"
              value={local}
              aria-invalid={invalid}
              aria-describedby={messageId}
              onInput={(event) => onLocal(event.currentTarget.value)}
            />
          </div>
        )}
      </fieldset>
      <div class="row actions">
        <button type="submit">Show the time left</button>
      </div>
    </form>
  );
}
