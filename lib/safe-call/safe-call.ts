/**
 * The safe-call plan: who you meet, where and when, your friend, your check-ins, the words you
 * agreed and what your friend does if no word comes. Two records: the plan itself, sealed under the
 * lock like the other notes, and the few things a person under pressure must reach without typing
 * a passphrase (the friend's phone and email and the two agreed words), kept readable.
 * Pure: the form, the check-in page and the calendar pack sit on top.
 */
import type { Result } from '@/lib/checks';

/** What the friend does at a step, if there is still no word by its time. */
export const STEP_ACTIONS = ['call', 'come', 'emergency'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export interface EscalationStep {
  /** Local date and time, as an <input type="datetime-local"> gives it. */
  at: string;
  action: StepAction;
}

export interface SafeCallPlan {
  /** The user's name as their friend knows it: the calendar says "No word from <name>". */
  yourName: string;
  meetingName: string;
  meetingProfile: string;
  meetingHow: string;
  /** The address (and anything else about the place), in the user's own words. */
  where: string;
  /** Local dates and times (datetime-local), or empty. */
  startAt: string;
  endAt: string;
  friendName: string;
  /** Anything else about the friend, in the user's words (an older plan's "who" is kept here whole). */
  friendNote: string;
  /** Local dates and times of the check-ins; an entry may be empty while the user fills it. */
  checkIns: string[];
  steps: EscalationStep[];
  /** What else the friend should know or do, in the user's words. */
  stepsNote: string;
  /** The notification's wording, chosen by the user. */
  reminderText: string;
}

/** Kept readable, even while Tend is locked: what the check-in page needs to send a ready message. */
export interface SafeCallContact {
  friendPhone: string;
  friendEmail: string;
  /** The word the user and their friend agreed means "all is fine". */
  okWord: string;
  /** The word they agreed means "I need help". */
  helpWord: string;
}

export const CHECK_INS_MAX = 12;
export const STEPS_MAX = 6;
/** A name, a link or an agreed word: one short line. */
export const SHORT_MAX = 200;
export const WORD_MAX = 60;

export const EMPTY_PLAN: SafeCallPlan = {
  yourName: '',
  meetingName: '',
  meetingProfile: '',
  meetingHow: '',
  where: '',
  startAt: '',
  endAt: '',
  friendName: '',
  friendNote: '',
  checkIns: [],
  steps: [],
  stepsNote: '',
  reminderText: '',
};

export const EMPTY_CONTACT: SafeCallContact = { friendPhone: '', friendEmail: '', okWord: '', helpWord: '' };

/** A datetime-local value: date, hours and minutes, and seconds when the browser adds them. */
export const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** The digits of a phone number in the international form, without its spaces, dots, dashes and brackets. */
export function phoneDigits(phone: string): string | undefined {
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : undefined;
}

// An address that needs no quoting in a mailto: link (RFC 6068): no %, ?, & or # either.
const EMAIL = /^[A-Za-z0-9.!$'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/** Why a phone number cannot be used, or ok; empty is fine (the field is optional). */
export function checkPhone(phone: string): Result {
  if (!phone.trim() || phoneDigits(phone)) return { ok: true };
  return {
    ok: false,
    error: 'Type the number with + and the country code, for example +44 7700 900123. It was not saved.',
  };
}

export function checkEmail(email: string): Result {
  if (!email.trim() || isEmail(email.trim())) return { ok: true };
  return { ok: false, error: 'Type an email address such as name@example.com. It was not saved.' };
}

const V1_KEYS = ['checkInAt', 'ifMissed', 'reminderText', 'where', 'who'];

/**
 * Migration step: the plan of Tend's first schema (`who`, `where`, `checkInAt`, `ifMissed`,
 * `reminderText`) in the complete plan's shape, every word kept and nothing parsed: `who` (the
 * friend, in the user's words) becomes the friend note, `ifMissed` the note under the friend's
 * steps, and the check-in time the first check-in. Anything else is left as it is, for the schema
 * to refuse.
 */
export function planFromFirstSchema(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const record = old as Record<string, unknown>;
  if (Object.keys(record).sort().join() !== V1_KEYS.join()) return old;
  const { who, where, checkInAt, ifMissed, reminderText } = record;
  return {
    ...EMPTY_PLAN,
    friendNote: who,
    where,
    checkIns: checkInAt === '' ? [] : [checkInAt],
    stepsNote: ifMissed,
    reminderText,
  };
}

/** How the form names each step's action. */
export const STEP_LABELS: Record<StepAction, string> = {
  call: 'Call you',
  come: 'Come to where you are',
  emergency: 'Call emergency services and give them the address',
};

/** What the friend does at a step, as the friend's sheet says it of `name`. */
export const STEP_FOR_FRIEND: Record<StepAction, (name: string) => string> = {
  call: (name) => `call ${name}`,
  come: (name) => `go to ${name} at the address`,
  emergency: () => 'call emergency services and give them the address',
};

/** The same, short, for a calendar event's title. */
export const STEP_SHORT: Record<StepAction, string> = {
  call: 'call them',
  come: 'go to them',
  emergency: 'call emergency services',
};
