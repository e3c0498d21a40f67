import { NOTE_MAX } from '@/lib/limits';
import { TextArea } from './PrivateText';

interface NoteFieldProps {
  id: string;
  label: string;
  /** A line under the label saying what to write, read out with the box. */
  hint?: string;
  rows?: number;
  value: string;
  onInput(value: string): void;
}

/** A labelled free-text box for the sidebar tools, bounded to what storage accepts. */
export function NoteField({ id, label, hint, rows = 3, value, onInput }: NoteFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <TextArea
        id={id}
        rows={rows}
        maxLength={NOTE_MAX}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
