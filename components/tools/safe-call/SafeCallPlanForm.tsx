import { useId } from 'preact/hooks';
import { type Draft, useDraft } from '@/components/hooks/use-draft';
import { LineField } from '@/components/ui/LineField';
import { NoteField } from '@/components/ui/NoteField';
import { Panel } from '@/components/ui/Panel';
import { Problem } from '@/components/ui/Problem';
import { SaveStatus } from '@/components/ui/SaveStatus';
import { checkEmail, checkPhone, type SafeCallContact, type SafeCallPlan, WORD_MAX } from '@/lib/safe-call/safe-call';
import { CheckInReminders } from './CheckInReminders';
import { CheckInTimes } from './CheckInTimes';
import { ContactField } from './ContactField';
import { EscalationSteps } from './EscalationSteps';
import { FriendPack } from './FriendPack';
import { PlanPrintout } from './PlanPrintout';

/** One save line for the plan's two records: a failure of either first, else the latest news. */
function bothSaving(...drafts: Pick<Draft<unknown>, 'saving' | 'retry'>[]): Pick<Draft<unknown>, 'saving' | 'retry'> {
  const failed = drafts.find((one) => one.saving?.saved === false);
  return {
    saving: failed?.saving ?? drafts.find((one) => one.saving)?.saving,
    retry: () => {
      for (const one of drafts) one.retry();
    },
  };
}

/**
 * The safe-call plan: who you meet, where and when, your friend and how to reach them, the words
 * you agreed, your check-ins and what your friend does if no word comes. The plan is sealed under
 * the lock; the friend's phone and email and the two words are kept readable (the form says so).
 */
export function SafeCallPlanForm() {
  const draft = useDraft('safeCallPlan');
  const contactDraft = useDraft('safeCallContact');
  const ids = useId();

  const plan = draft.value;
  const contact = contactDraft.value;
  if (!plan || !contact) {
    const error = draft.error ?? contactDraft.error;
    return error ? <Problem title="Safe call" error={error} /> : null;
  }
  const update = (change: Partial<SafeCallPlan>) => draft.change({ ...plan, ...change });
  const updateContact = (change: Partial<SafeCallContact>) => contactDraft.change({ ...contact, ...change });

  return (
    <Panel title="Safe call">
      <PlanPrintout plan={plan} contact={contact} />
      <div class="no-print">
        <p class="hint">
          Before meeting someone new, tell a friend you trust where you will be and when you will check in. Tend keeps
          this plan on this device only and contacts nobody: you share it with your friend yourself.
        </p>
        <LineField
          id={`${ids}-you`}
          label="Your name, as your friend knows you"
          value={plan.yourName}
          onInput={(yourName) => update({ yourName })}
        />
        <fieldset>
          <legend>Who you are meeting</legend>
          <LineField
            id={`${ids}-meeting`}
            label="Their name"
            value={plan.meetingName}
            onInput={(meetingName) => update({ meetingName })}
          />
          <LineField
            id={`${ids}-profile`}
            label="Their profile link"
            value={plan.meetingProfile}
            onInput={(meetingProfile) => update({ meetingProfile })}
          />
          <NoteField
            id={`${ids}-how`}
            label="How you know them"
            rows={2}
            value={plan.meetingHow}
            onInput={(meetingHow) => update({ meetingHow })}
          />
        </fieldset>
        <NoteField
          id={`${ids}-where`}
          label="Where you will be"
          hint="The address. Your friend may need to give it to emergency services."
          rows={2}
          value={plan.where}
          onInput={(where) => update({ where })}
        />
        <LineField
          id={`${ids}-start`}
          label="When you meet"
          type="datetime-local"
          value={plan.startAt}
          onInput={(startAt) => update({ startAt })}
        />
        <LineField
          id={`${ids}-end`}
          label="When you expect to finish"
          type="datetime-local"
          value={plan.endAt}
          onInput={(endAt) => update({ endAt })}
        />
        <fieldset>
          <legend>Your friend</legend>
          <LineField
            id={`${ids}-friend`}
            label="Your friend’s name"
            value={plan.friendName}
            onInput={(friendName) => update({ friendName })}
          />
          <p class="hint" id={`${ids}-readable`}>
            Their phone number and email, and the two words below, stay readable even while Tend is locked. That way you
            can send a message in a hurry without typing your passphrase. Anyone who opens Tend on this device could
            read them.
          </p>
          <ContactField
            id={`${ids}-phone`}
            label="Their phone number"
            type="tel"
            value={contact.friendPhone}
            check={checkPhone}
            onValid={(friendPhone) => updateContact({ friendPhone })}
          />
          <ContactField
            id={`${ids}-email`}
            label="Their email"
            type="email"
            value={contact.friendEmail}
            check={checkEmail}
            onValid={(friendEmail) => updateContact({ friendEmail })}
          />
          <NoteField
            id={`${ids}-friend-note`}
            label="More about your friend"
            hint="Anything else, such as another way to reach them."
            rows={2}
            value={plan.friendNote}
            onInput={(friendNote) => update({ friendNote })}
          />
        </fieldset>
        <fieldset>
          <legend>Words you agreed with your friend</legend>
          <p class="hint">
            Choose everyday words that would not stand out in a message, such as “pizza” and “umbrella”. They stay
            readable while Tend is locked.
          </p>
          <LineField
            id={`${ids}-ok-word`}
            label="Word that means all is fine"
            maxLength={WORD_MAX}
            value={contact.okWord}
            onInput={(okWord) => updateContact({ okWord })}
          />
          <LineField
            id={`${ids}-help-word`}
            label="Word that means you need help"
            maxLength={WORD_MAX}
            value={contact.helpWord}
            onInput={(helpWord) => updateContact({ helpWord })}
          />
        </fieldset>
        <CheckInTimes id={`${ids}-check-in`} times={plan.checkIns} onChange={(checkIns) => update({ checkIns })} />
        <EscalationSteps id={`${ids}-step`} steps={plan.steps} onChange={(steps) => update({ steps })} />
        <NoteField
          id={`${ids}-steps-note`}
          label="Anything else your friend should know or do"
          rows={3}
          value={plan.stepsNote}
          onInput={(stepsNote) => update({ stepsNote })}
        />
        <CheckInReminders
          checkIns={plan.checkIns}
          reminderText={plan.reminderText}
          onReminderText={(reminderText) => update({ reminderText })}
        />
      </div>
      <FriendPack plan={plan} contact={contact} />
      <SaveStatus draft={bothSaving(draft, contactDraft)} />
    </Panel>
  );
}
