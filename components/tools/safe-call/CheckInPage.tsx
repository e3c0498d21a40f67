import { useEffect, useId, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import { timeOf } from '@/lib/dates';
import { isCheckInAlarm, snoozeUntil, TEST_ALARM } from '@/lib/safe-call/check-in';
import { type ReadyMessage, readyMessages } from '@/lib/safe-call/ready-messages';
import { clearCheckIn, pendingCheckIns, snoozeCheckIn } from '@/lib/safe-call/reminder';

/** The check-in the page is for: the one its reminder named, or else the next one due. */
async function currentCheckIn(): Promise<string | undefined> {
  const named = decodeURIComponent(location.hash.slice(1));
  if (isCheckInAlarm(named)) return named;
  return (await pendingCheckIns())[0]?.name;
}

/** One ready message: its words, the links that open the user's own apps, and a Copy button. */
function Message({ message }: { message: ReadyMessage }) {
  const ids = useId();
  const { feedback, run } = useOperation();
  const copy = () =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(message.text);
        return { error: false, text: `Copied “${message.text}”.` };
      } catch {
        return { error: true, text: 'Tend could not copy it. Type the words into a message yourself.' };
      }
    });
  return (
    <li class="ready-message">
      <h3 id={`${ids}-title`}>{message.purpose}</h3>
      <p class="message-text">{message.text}</p>
      <div class="row actions">
        {message.sms && <a href={message.sms}>Text “{message.text}”</a>}
        {message.mailto && <a href={message.mailto}>Email “{message.text}”</a>}
        <button type="button" onClick={() => void copy()}>
          Copy “{message.text}”
        </button>
      </div>
      <FormMessage id={`${ids}-message`} feedback={feedback} />
    </li>
  );
}

/**
 * What a reminder opens: "I'm OK", snooze, and ready messages to the friend. All of it works while
 * Tend is locked: it needs only the alarms and the readable contact record, never the sealed plan.
 */
export function CheckInPage() {
  const ids = useId();
  const contact = useStored('safeCallContact');
  const [alarm, setAlarm] = useState<string>();
  const { feedback, run } = useOperation();

  useEffect(() => {
    void currentCheckIn().then(setAlarm);
  }, []);

  const okay = (checkIn: string) =>
    run(async () => {
      await clearCheckIn(checkIn);
      const next = (await pendingCheckIns())[0];
      return {
        error: false,
        text: next
          ? `Glad you are OK. Your next check-in is at ${timeOf(next.scheduledTime)}. Let your friend know below.`
          : 'Glad you are OK. No more check-ins are set. Let your friend know below.',
      };
    });
  const snooze = (checkIn: string) =>
    run(async () => {
      const when = snoozeUntil(Date.now());
      await snoozeCheckIn(checkIn, when);
      return { error: false, text: `You will be reminded again at ${timeOf(when)}.` };
    });

  const messages = readyMessages(contact.value ?? { friendPhone: '', friendEmail: '', okWord: '', helpWord: '' });
  const noLinks = contact.loaded && messages.every((message) => !message.sms && !message.mailto);
  return (
    <>
      {alarm === TEST_ALARM && (
        <p class="panel">
          This is a test of your plan. Try each button with your friend, so you both know how it works.
        </p>
      )}
      <section class="panel" aria-labelledby={`${ids}-now`}>
        <h2 id={`${ids}-now`}>Are you OK?</h2>
        {alarm ? (
          <div class="row actions">
            <button type="button" onClick={() => void okay(alarm)} aria-describedby={`${ids}-message`}>
              I’m OK
            </button>
            <button type="button" onClick={() => void snooze(alarm)} aria-describedby={`${ids}-message`}>
              Snooze 10 minutes
            </button>
          </div>
        ) : (
          <p>No check-in is waiting.</p>
        )}
        <FormMessage id={`${ids}-message`} feedback={feedback} />
      </section>
      <section class="panel" aria-labelledby={`${ids}-send`}>
        <h2 id={`${ids}-send`}>Messages for your friend</h2>
        <p class="hint">
          Tend sends nothing itself. A link opens your own messages or email app with the words filled in; you press
          send. On a computer, a text message link works only if the computer has an app for it. If not, copy the words.
        </p>
        {noLinks && <p>Add your friend’s phone number or email to your safe-call plan to get links here.</p>}
        <ul class="ready-messages">
          {messages.map((message) => (
            <Message key={message.id} message={message} />
          ))}
        </ul>
      </section>
    </>
  );
}
