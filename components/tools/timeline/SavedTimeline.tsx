import { useEffect, useId, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import type { RegionId } from '@/content/regions';
import { dateTimeOf } from '@/lib/dates';
import { askToNotify } from '@/lib/safe-call/reminder';
import { clearTimelineReminders, pendingTimelineReminders, setTimelineReminders } from '@/lib/timeline/reminders';
import { REMIND_HOURS_BEFORE, reminderAlarms } from '@/lib/timeline/timeline';
import type { Start } from '@/lib/timeline/when';

const NO_PERMISSION = 'Reminders need permission to show a notification. Nothing was saved.';

interface SavedTimelineProps {
  /** What is shown now, to save; undefined while there is nothing to count from. */
  start: Start | undefined;
  region: RegionId;
  /** Shows a saved timeline, once, when the page opens with one. */
  onOpen(start: Start): void;
}

/** Saving the timeline (sealed under the lock, in backups like the other notes), its reminders, and forgetting it. */
export function SavedTimeline({ start, region, onOpen }: SavedTimelineProps) {
  const ids = useId();
  const saved = useStored('timeline');
  const [remind, setRemind] = useState(false);
  const [nextReminder, setNextReminder] = useState<number>();
  const { feedback, run } = useOperation({ unchanged: true });
  const [opened, setOpened] = useState(false);

  const refresh = async () => setNextReminder((await pendingTimelineReminders())[0]);
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => {
    if (opened || !saved.loaded) return;
    setOpened(true);
    if (saved.value && !start) onOpen(saved.value);
  }, [saved.loaded, saved.value, opened, start, onOpen]);

  const save = () =>
    run(async () => {
      if (!start) return { error: true, text: 'Choose when it happened and show the time left first.' };
      const alarms = remind ? reminderAlarms(region, start.at, Date.now()) : [];
      // Asked inside the click, before anything is awaited, or the browser refuses.
      if (alarms.length > 0 && !(await askToNotify())) return { error: true, text: NO_PERMISSION };
      await saved.save({ ...start, savedAt: Date.now() });
      await (alarms.length > 0 ? setTimelineReminders(alarms) : clearTimelineReminders());
      await refresh();
      const reminders =
        alarms.length > 0 ? ` ${alarms.length === 1 ? 'One reminder' : `${alarms.length} reminders`} set.` : '';
      const none = remind && alarms.length === 0 ? ' No reminder was set: every time ends too soon for one.' : '';
      return { error: false, text: `Saved on this device.${reminders}${none}` };
    });

  const forget = () =>
    run(async () => {
      await saved.save(null);
      await clearTimelineReminders();
      await refresh();
      return { error: false, text: 'Saved timeline forgotten. Its reminders are cancelled.' };
    });

  return (
    <>
      <p class="hint">
        Saved, the timeline opens here next time, is hidden by your passphrase lock if you set one, and is in your
        backups. Reminders come {REMIND_HOURS_BEFORE} hours before each time ends, worded only “Reminder”, and only
        while this browser is running.
      </p>
      <p>
        {saved.value ? `A timeline is saved (saved ${dateTimeOf(saved.value.savedAt)}).` : 'No timeline is saved.'}{' '}
        {nextReminder ? `Next reminder: ${dateTimeOf(nextReminder)}.` : 'No reminder is set.'}
      </p>
      <label class="choice">
        <input type="checkbox" checked={remind} onChange={(event) => setRemind(event.currentTarget.checked)} />
        <span>Remind me before each time ends</span>
      </label>
      <div class="row actions">
        <button type="button" onClick={() => void save()} aria-describedby={`${ids}-message`}>
          Save this timeline
        </button>
        {saved.value && (
          <button type="button" onClick={() => void forget()} aria-describedby={`${ids}-message`}>
            Forget the saved timeline
          </button>
        )}
      </div>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </>
  );
}
