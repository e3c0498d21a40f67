/**
 * The friend's sheet: the plan as plain text for the friend, with every time in the user's time
 * zone, named. The calendar pack's first event carries it whole, and the form shows, copies and
 * prints it. Pure.
 */
import { dayAndTime, instantOf } from './local-time';
import { type SafeCallContact, type SafeCallPlan, STEP_FOR_FRIEND, type StepAction } from './safe-call';

export const CHECK_YOUR_CALENDAR = 'Please check that your calendar will notify you for these events.';

/** The user's name as the friend knows it, or a plain stand-in. */
export const nameOf = (plan: SafeCallPlan) => plan.yourName.trim() || 'your friend';

export interface TimedStep {
  at: number;
  /** The check-in's or step's number, counting from 1. */
  number: number;
  action: StepAction;
  /** A check-in (the friend calls) or a step of the plan. */
  kind: 'check-in' | 'step';
}

/** The plan's check-ins and steps that have a time, as instants in `timeZone`, soonest first. */
export function timedSteps(plan: SafeCallPlan, timeZone: string): TimedStep[] {
  const found: TimedStep[] = [];
  for (const [index, local] of plan.checkIns.entries()) {
    const at = instantOf(local, timeZone);
    if (at !== undefined) found.push({ at, number: index + 1, action: 'call', kind: 'check-in' });
  }
  for (const [index, step] of plan.steps.entries()) {
    const at = instantOf(step.at, timeZone);
    if (at !== undefined) found.push({ at, number: index + 1, action: step.action, kind: 'step' });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Line ends as \n only; a text box gives these, an imported file might not. */
const lines = (text: string) => text.trim().replace(/\r\n?/g, '\n');

export function friendSheet(plan: SafeCallPlan, contact: SafeCallContact, timeZone: string): string {
  const name = nameOf(plan);
  const when = (local: string) => {
    const at = instantOf(local, timeZone);
    return at === undefined ? undefined : dayAndTime(at, timeZone);
  };
  const details: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value?.trim()) details.push(`${label}: ${lines(value)}`);
  };
  add('Meeting', plan.meetingName);
  add('Their profile', plan.meetingProfile);
  add('How they know them', plan.meetingHow);
  add('Where', plan.where);
  add('Starts', when(plan.startAt));
  add('Expected to end', when(plan.endAt));

  const steps = timedSteps(plan, timeZone);
  const checkIns = steps.filter((step) => step.kind === 'check-in');
  const words = [
    contact.okWord.trim() && `- “${contact.okWord.trim()}” means all is fine.`,
    contact.helpWord.trim() && `- “${contact.helpWord.trim()}” means ${name} needs help.`,
  ].filter(Boolean);
  const ifNoWord = [
    ...steps.map((step) => `- By ${dayAndTime(step.at, timeZone)}: ${STEP_FOR_FRIEND[step.action](name)}.`),
    ...(plan.stepsNote.trim() ? [lines(plan.stepsNote)] : []),
  ];
  const sections = [
    [`Safe call plan from ${name}`, `All times are ${timeZone} time.`],
    details,
    checkIns.length > 0
      ? [
          `${name} will send you a message by each of these times:`,
          ...checkIns.map((step) => `- ${dayAndTime(step.at, timeZone)}`),
        ]
      : [],
    words.length > 0 ? ['The words you agreed:', ...words] : [],
    ifNoWord.length > 0 ? ['If there is no word:', ...ifNoWord] : [],
    [CHECK_YOUR_CALENDAR],
  ];
  return sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n');
}
