import { useId } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { FormMessage } from '@/components/ui/FormMessage';
import { downloadText } from '@/lib/data/download';
import { localDate } from '@/lib/dates';
import { calendarPack, packFileName } from '@/lib/safe-call/calendar';
import { friendSheet, timedSteps } from '@/lib/safe-call/friend-sheet';
import { localZone } from '@/lib/safe-call/local-time';
import type { SafeCallContact, SafeCallPlan } from '@/lib/safe-call/safe-call';

/**
 * What the user gives their friend: the sheet (to read, copy or print) and the calendar file, so
 * the friend's own calendar and phone do the reminding. Tend sends neither.
 */
export function FriendPack({ plan, contact }: { plan: SafeCallPlan; contact: SafeCallContact }) {
  const ids = useId();
  const { feedback, run } = useOperation();
  const zone = localZone();
  const sheet = friendSheet(plan, contact, zone);

  const copy = () =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(sheet);
        return { error: false, text: 'Sheet copied. Paste it into a message to your friend.' };
      } catch {
        return { error: true, text: 'Tend could not copy the sheet. Select its text and copy it yourself.' };
      }
    });
  const download = () =>
    run(async () => {
      if (timedSteps(plan, zone).length === 0) {
        return { error: true, text: 'Add a check-in time first. No file was made.' };
      }
      const now = new Date();
      downloadText(
        packFileName(localDate(now)),
        calendarPack(plan, contact, { now: now.getTime(), timeZone: zone, uid: crypto.randomUUID() }),
        'text/calendar',
      );
      return {
        error: false,
        text: 'Calendar file saved to your downloads. Send it to your friend yourself, then delete it from this device if others use it.',
      };
    });

  return (
    <section class="friend-pack" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>For your friend</h3>
      <p class="hint no-print">
        Send your friend this sheet and the calendar file. The file puts each check-in and step in their calendar at its
        time. Ask them to check that their calendar will notify them for these events.
      </p>
      <pre class="friend-sheet" id={`${ids}-sheet`}>
        {sheet}
      </pre>
      <div class="row actions">
        <button type="button" onClick={() => void copy()} aria-describedby={`${ids}-message`}>
          Copy the sheet
        </button>
        <button type="button" onClick={() => void download()} aria-describedby={`${ids}-message`}>
          Save the calendar file
        </button>
        <button type="button" onClick={() => print()}>
          Print the plan
        </button>
      </div>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </section>
  );
}
