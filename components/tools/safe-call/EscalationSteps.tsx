import { TextInput } from '@/components/ui/PrivateText';
import { type EscalationStep, STEP_ACTIONS, STEP_LABELS, STEPS_MAX, type StepAction } from '@/lib/safe-call/safe-call';
import { SkippedTimeNote, skippedNoteId } from './SkippedTimeNote';

interface EscalationStepsProps {
  id: string;
  steps: readonly EscalationStep[];
  onChange(steps: EscalationStep[]): void;
}

/** What the friend does, and by when, if no word comes: each step a time and an action. */
export function EscalationSteps({ id, steps, onChange }: EscalationStepsProps) {
  const replace = (index: number, change: Partial<EscalationStep>) =>
    onChange(steps.map((step, at) => (at === index ? { ...step, ...change } : step)));
  const remove = (index: number) => {
    onChange(steps.filter((_, at) => at !== index));
    document.getElementById(`${id}-add`)?.focus();
  };
  const next: StepAction = STEP_ACTIONS[Math.min(steps.length, STEP_ACTIONS.length - 1)] ?? 'call';
  return (
    <fieldset>
      <legend>If there is no word</legend>
      <p class="hint">What your friend should do if they have not heard from you by each time.</p>
      {steps.map((step, index) => (
        <div class="field" key={index}>
          <label for={`${id}-${index}-at`}>Step {index + 1}: if there is no word by</label>
          <TextInput
            id={`${id}-${index}-at`}
            type="datetime-local"
            value={step.at}
            aria-describedby={skippedNoteId(`${id}-${index}-at`, step.at)}
            onInput={(event) => replace(index, { at: event.currentTarget.value })}
          />
          <SkippedTimeNote id={`${id}-${index}-at`} local={step.at} />
          <label for={`${id}-${index}-action`}>Step {index + 1}: your friend should</label>
          <div class="row">
            <select
              id={`${id}-${index}-action`}
              value={step.action}
              onChange={(event) => replace(index, { action: event.currentTarget.value as StepAction })}
            >
              {STEP_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {STEP_LABELS[action]}
                </option>
              ))}
            </select>
            <button type="button" class="link" onClick={() => remove(index)}>
              Remove step {index + 1}
            </button>
          </div>
        </div>
      ))}
      {steps.length < STEPS_MAX && (
        <button type="button" id={`${id}-add`} onClick={() => onChange([...steps, { at: '', action: next }])}>
          Add a step
        </button>
      )}
    </fieldset>
  );
}
