import { useEffect, useId, useState } from 'preact/hooks';
import { saveDrafts } from '@/components/hooks/use-draft';
import { useOperation } from '@/components/hooks/use-operation';
import { FormMessage } from '@/components/ui/FormMessage';
import { TextInput } from '@/components/ui/PrivateText';
import { dateTimeOf } from '@/lib/dates';
import { checkInAlarms, REMINDER_TEXT_MAX, reminderWording, TEST_ALARM } from '@/lib/safe-call/check-in';
import { askToNotify, clearCheckIns, pendingCheckIns, setCheckIns, showReminder } from '@/lib/safe-call/reminder';

interface CheckInRemindersProps {
  checkIns: readonly string[];
  reminderText: string;
  onReminderText(text: string): void;
}

const NO_PERMISSION = 'Reminders need permission to show a notification. Nothing was set.';

/** The check-in reminders: set one per check-in, end them all, or rehearse with one now. */
export function CheckInReminders({ checkIns, reminderText, onReminderText }: CheckInRemindersProps) {
  const ids = useId();
  const [next, setNext] = useState<{ count: number; when: number }>();
  const { feedback, run } = useOperation();

  const refresh = async () => {
    // A snoozed rehearsal is not one of the plan's check-ins.
    const pending = (await pendingCheckIns()).filter((alarm) => alarm.name !== TEST_ALARM);
    const [first] = pending;
    setNext(first ? { count: pending.length, when: first.scheduledTime } : undefined);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const setReminders = () =>
    run(async () => {
      const checked = checkInAlarms(checkIns, Date.now());
      if (!checked.ok) return { error: true, text: checked.error };
      if (!(await askToNotify())) return { error: true, text: NO_PERMISSION };
      await setCheckIns(checked.alarms);
      await refresh();
      const count = checked.alarms.length;
      return { error: false, text: count === 1 ? 'Reminder set.' : `${count} reminders set.` };
    });
  const endPlan = () =>
    run(async () => {
      await clearCheckIns();
      await refresh();
      return { error: false, text: 'Plan ended. Every reminder is cancelled.' };
    });
  const testPlan = () =>
    run(async () => {
      if (!(await askToNotify())) return { error: true, text: NO_PERMISSION };
      // Saved first, so the test reminder shows the wording just typed.
      await saveDrafts();
      await showReminder(TEST_ALARM);
      return {
        error: false,
        text: 'A test reminder is showing now. Click it to open the check-in page and try each message with your friend.',
      };
    });

  return (
    <fieldset>
      <legend>Check-in reminders</legend>
      <p class="hint">Tend reminds you at each check-in, but only while this browser is running.</p>
      <label for={`${ids}-text`}>What the reminder says</label>
      <p class="hint" id={`${ids}-text-hint`}>
        Anyone may see it on screen, so keep it ordinary. Empty means “{reminderWording('')}”.
      </p>
      <TextInput
        id={`${ids}-text`}
        aria-describedby={`${ids}-text-hint`}
        maxLength={REMINDER_TEXT_MAX}
        value={reminderText}
        onInput={(event) => onReminderText(event.currentTarget.value)}
      />
      <p id={`${ids}-state`}>
        {next
          ? `${next.count === 1 ? 'A reminder is' : `${next.count} reminders are`} set. The next is at ${dateTimeOf(next.when)}.`
          : 'No reminder is set.'}
      </p>
      <div class="row actions">
        <button type="button" onClick={() => void setReminders()} aria-describedby={`${ids}-message`}>
          Set reminders
        </button>
        <button type="button" onClick={() => void testPlan()} aria-describedby={`${ids}-message`}>
          Test the plan
        </button>
        <button type="button" onClick={() => void endPlan()}>
          End plan
        </button>
      </div>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </fieldset>
  );
}
