import { Printout, type PrintRow } from '@/components/ui/Printout';
import { dayAndTime, instantOf, localZone } from '@/lib/safe-call/local-time';
import { type SafeCallContact, type SafeCallPlan, STEP_LABELS } from '@/lib/safe-call/safe-call';

/** The plan as it prints: every filled field as text, where the form's boxes print nothing. */
export function PlanPrintout({ plan, contact }: { plan: SafeCallPlan; contact: SafeCallContact }) {
  const zone = localZone();
  const when = (local: string) => {
    const at = instantOf(local, zone);
    return at === undefined ? '' : dayAndTime(at, zone);
  };
  const rows: PrintRow[] = [
    ['Times', zone],
    ['Your name', plan.yourName],
    ['Meeting', plan.meetingName],
    ['Their profile', plan.meetingProfile],
    ['How you know them', plan.meetingHow],
    ['Where', plan.where],
    ['Starts', when(plan.startAt)],
    ['Expected to end', when(plan.endAt)],
    ['Your friend', plan.friendName],
    ['Their phone number', contact.friendPhone],
    ['Their email', contact.friendEmail],
    ['More about your friend', plan.friendNote],
    ['Word that means all is fine', contact.okWord],
    ['Word that means you need help', contact.helpWord],
    ...plan.checkIns.map((local, index): PrintRow => [`Check-in ${index + 1}`, when(local)]),
    ...plan.steps.map(
      (step, index): PrintRow => [
        `Step ${index + 1}`,
        `If there is no word by ${when(step.at)}: ${STEP_LABELS[step.action].toLowerCase()}`,
      ],
    ),
    ['Anything else your friend should know or do', plan.stepsNote],
  ];
  return <Printout rows={rows} />;
}
