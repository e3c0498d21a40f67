import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  CHECK_IN_ALARM,
  REMINDER_TEXT_MAX,
  reminderTime,
  reminderWording,
  type SafeCallPlan,
  snoozeUntil,
} from '@/lib/check-in';
import { NOTIFICATIONS } from '@/lib/reminder';
import { FormMessage } from './FormMessage';
import { NoteField } from './NoteField';
import { TextInput } from './PrivateText';
import { Problem } from './Problem';
import { SaveStatus } from './SaveStatus';
import { useDraft } from './use-draft';
import { useOperation } from './use-operation';

const timeOf = (when: number) => new Date(when).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const TEXT_FIELDS: { name: Exclude<keyof SafeCallPlan, 'checkInAt' | 'reminderText'>; label: string; hint: string }[] =
  [
    { name: 'who', label: 'Who is your backup', hint: 'Their name and how to reach them.' },
    { name: 'where', label: 'Where you will be', hint: 'The address, and who you are meeting.' },
    { name: 'ifMissed', label: 'If you do not check in', hint: 'What your friend should do, and when.' },
  ];

/** The "have backup" plan: who knows where you are, when you check in, and a discreet reminder. */
export function SafeCallPlanForm() {
  const draft = useDraft('safeCallPlan');
  const [reminderAt, setReminderAt] = useState<number>();
  const { feedback, run } = useOperation();
  const ids = useId();

  useEffect(() => {
    void browser.alarms.get(CHECK_IN_ALARM).then((alarm) => setReminderAt(alarm?.scheduledTime));
  }, []);

  const plan = draft.value;
  if (!plan) return draft.error ? <Problem title="Safe call" error={draft.error} /> : null;
  const update = (change: Partial<SafeCallPlan>) => draft.change({ ...plan, ...change });

  const schedule = async (when: number, text: string) => {
    await browser.alarms.create(CHECK_IN_ALARM, { when });
    setReminderAt(when);
    return { error: false, text };
  };
  const setReminder = () =>
    run(async () => {
      const checked = reminderTime(plan.checkInAt, Date.now());
      if (!checked.ok) return { error: true, text: checked.error };
      // Asked inside the click, the first time only: the browser remembers the answer.
      if (!(await browser.permissions.request(NOTIFICATIONS))) {
        return { error: true, text: 'The reminder needs permission to show a notification. No reminder was set.' };
      }
      return schedule(checked.when, `Reminder set for ${timeOf(checked.when)}.`);
    });
  const snooze = () =>
    run(async () => {
      const when = snoozeUntil(Date.now());
      await browser.notifications?.clear(CHECK_IN_ALARM);
      return schedule(when, `Reminder moved to ${timeOf(when)}.`);
    });
  const cancel = () =>
    run(async () => {
      await Promise.all([browser.alarms.clear(CHECK_IN_ALARM), browser.notifications?.clear(CHECK_IN_ALARM)]);
      setReminderAt(undefined);
      return { error: false, text: 'Reminder cancelled.' };
    });

  return (
    <section class="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Safe call</h2>
      <p class="hint">
        Before meeting someone new, tell a friend you trust where you will be and when you will check in. Tend keeps
        this plan on this device only and contacts nobody: share it with your friend yourself.
      </p>
      {TEXT_FIELDS.map((field) => (
        <NoteField
          key={field.name}
          id={`${ids}-${field.name}`}
          label={field.label}
          hint={field.hint}
          rows={2}
          value={plan[field.name]}
          onInput={(value) => update({ [field.name]: value })}
        />
      ))}
      <div class="field">
        <label for={`${ids}-when`}>When you will check in</label>
        <TextInput
          id={`${ids}-when`}
          type="datetime-local"
          value={plan.checkInAt}
          onInput={(event) => update({ checkInAt: event.currentTarget.value })}
        />
      </div>
      <fieldset>
        <legend>Check-in reminder</legend>
        <label for={`${ids}-text`}>What the reminder says</label>
        <p class="hint" id={`${ids}-text-hint`}>
          Anyone may see it on screen, so keep it ordinary. Empty means “{reminderWording('')}”.
        </p>
        <TextInput
          id={`${ids}-text`}
          aria-describedby={`${ids}-text-hint`}
          maxLength={REMINDER_TEXT_MAX}
          value={plan.reminderText}
          onInput={(event) => update({ reminderText: event.currentTarget.value })}
        />
        <p id={`${ids}-state`}>{reminderAt ? `A reminder is set for ${timeOf(reminderAt)}.` : 'No reminder is set.'}</p>
        <div class="row actions">
          <button type="button" onClick={() => void setReminder()} aria-describedby={`${ids}-message`}>
            Set reminder
          </button>
          {reminderAt !== undefined && (
            <>
              <button type="button" onClick={() => void snooze()}>
                Snooze 10 minutes
              </button>
              <button type="button" onClick={() => void cancel()}>
                Cancel reminder
              </button>
            </>
          )}
        </div>
        <FormMessage id={`${ids}-message`} feedback={feedback} />
      </fieldset>
      <SaveStatus draft={draft} />
    </section>
  );
}
