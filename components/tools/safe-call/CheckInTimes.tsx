import { TextInput } from '@/components/ui/PrivateText';
import { CHECK_INS_MAX } from '@/lib/safe-call/safe-call';
import { SkippedTimeNote, skippedNoteId } from './SkippedTimeNote';

interface CheckInTimesProps {
  id: string;
  times: readonly string[];
  onChange(times: string[]): void;
}

/** The plan's check-in times: one or more, each with its own box, added and removed by buttons. */
export function CheckInTimes({ id, times, onChange }: CheckInTimesProps) {
  const replace = (index: number, value: string) => onChange(times.map((time, at) => (at === index ? value : time)));
  const remove = (index: number) => {
    onChange(times.filter((_, at) => at !== index));
    // The removed row's button is gone: focus moves to the add button rather than to the page.
    document.getElementById(`${id}-add`)?.focus();
  };
  return (
    <fieldset>
      <legend>Check-ins</legend>
      <p class="hint">The times you will send your friend a message to say you are fine.</p>
      {times.map((time, index) => (
        <div class="field" key={index}>
          <label for={`${id}-${index}`}>Check-in {index + 1}</label>
          <div class="row">
            <TextInput
              id={`${id}-${index}`}
              type="datetime-local"
              value={time}
              aria-describedby={skippedNoteId(`${id}-${index}`, time)}
              onInput={(event) => replace(index, event.currentTarget.value)}
            />
            <button type="button" class="link" onClick={() => remove(index)}>
              Remove check-in {index + 1}
            </button>
          </div>
          <SkippedTimeNote id={`${id}-${index}`} local={time} />
        </div>
      ))}
      {times.length < CHECK_INS_MAX && (
        <button type="button" id={`${id}-add`} onClick={() => onChange([...times, ''])}>
          Add a check-in
        </button>
      )}
    </fieldset>
  );
}
