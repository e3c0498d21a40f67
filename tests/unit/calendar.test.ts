import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarPack, escapeText, foldLine, packFileName } from '@/lib/safe-call/calendar';
import { CHECK_YOUR_CALENDAR, friendSheet } from '@/lib/safe-call/friend-sheet';
import { instantOf, isSkipped } from '@/lib/safe-call/local-time';
import {
  EMPTY_CONTACT,
  EMPTY_PLAN,
  type SafeCallContact,
  type SafeCallPlan,
  STEP_ACTIONS,
} from '@/lib/safe-call/safe-call';

const NOW = Date.UTC(2026, 10, 30, 12, 0);

interface ParsedEvent {
  uid: string;
  dtstamp: string;
  summary: string;
  description: string;
  start: number;
  alarms: { action: string; trigger: number; description: string }[];
}

/** The file as a well-kept parser reads it. */
function parse(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    dtstamp: String(event.getFirstPropertyValue('dtstamp')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
    alarms: event.getAllSubcomponents('valarm').map((alarm) => ({
      action: String(alarm.getFirstPropertyValue('action')),
      trigger: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      description: String(alarm.getFirstPropertyValue('description')),
    })),
  }));
  return {
    version: calendar.getFirstPropertyValue('version'),
    prodid: calendar.getFirstPropertyValue('prodid'),
    events,
  };
}

/** Every line at most 75 octets, whole UTF-8 characters only, ended by CRLF and nothing else. */
function expectWellFormed(file: string): void {
  expect(file.endsWith('\r\n')).toBe(true);
  expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const bytes = new TextEncoder().encode(file);
  // A fold inside a character would leave half a character: the bytes would not decode strictly.
  expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(file);
  for (const line of file.slice(0, -2).split('\r\n')) {
    expect(line.isWellFormed()).toBe(true);
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value at `hour`:`minute` on 2026-`month`-`day`. */
const local = (month: number, day: number, hour: number, minute: number) =>
  `2026-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;

describe('the calendar pack for a plan', () => {
  const plan: SafeCallPlan = {
    ...EMPTY_PLAN,
    yourName: 'Robin',
    meetingName: 'Alex',
    where: 'The Crown, 1 High Street; upstairs\\back room',
    checkIns: ['2026-12-01T21:00', '2026-12-01T23:00'],
    steps: [{ at: '2026-12-01T23:30', action: 'emergency' }],
    stepsNote: 'Call me twice first.',
  };
  const contact: SafeCallContact = { ...EMPTY_CONTACT, okWord: 'pizza', helpWord: 'umbrella' };
  const file = calendarPack(plan, contact, { now: NOW, timeZone: 'Europe/London', uid: 'a1b2' });

  it('is read by the parser: version, product, and one event per check-in and step', () => {
    const parsed = parse(file);
    expect(parsed.version).toBe('2.0');
    expect(parsed.prodid).toBeTruthy();
    expect(parsed.events.map((event) => [event.start, event.summary])).toEqual([
      [Date.UTC(2026, 11, 1, 21, 0), 'No word from Robin by 21:00: call them'],
      [Date.UTC(2026, 11, 1, 23, 0), 'No word from Robin by 23:00: call them'],
      [Date.UTC(2026, 11, 1, 23, 30), 'No word from Robin by 23:30: call emergency services'],
    ]);
    expect(parsed.events.map((event) => event.uid)).toEqual(['a1b2-1', 'a1b2-2', 'a1b2-3']);
    for (const event of parsed.events) {
      expect(event.dtstamp).toBe('2026-11-30T12:00:00Z');
      expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: 0, description: event.summary }]);
    }
    expectWellFormed(file);
  });

  it('writes times in UTC, and the first event holds the whole plan', () => {
    expect(file).toContain('DTSTART:20261201T210000Z\r\n');
    const [first, , last] = parse(file).events;
    expect(first?.description).toBe(friendSheet(plan, contact, 'Europe/London'));
    expect(first?.description).toContain('“umbrella” means Robin needs help.');
    expect(first?.description).toContain(CHECK_YOUR_CALENDAR);
    expect(last?.description).toBe(
      [
        'No word from Robin by 23:30: call emergency services.',
        'Tue 1 Dec 2026, 23:30 (Europe/London time).',
        'Where: The Crown, 1 High Street; upstairs\\back room',
      ].join('\n'),
    );
  });

  it('escapes commas, semicolons, backslashes and line ends', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 and\u0000 nul\ttab')).toBe('bell and nul\ttab');
    expect(file).toContain('The Crown\\, 1 High Street\\; upstairs\\\\back room');
  });

  it('has a plain file name', () => {
    expect(packFileName('2026-11-30')).toBe('plan-2026-11-30.ics');
  });

  it('has no events for a plan with no times yet', () => {
    const empty = calendarPack(EMPTY_PLAN, EMPTY_CONTACT, { now: NOW, timeZone: 'UTC', uid: 'x' });
    expect(parse(empty).events).toEqual([]);
    expectWellFormed(empty);
  });
});

describe('folding', () => {
  it('never parts an escape from its backslash', () => {
    const line = `DESCRIPTION:${'\\n'.repeat(60)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) expect(part).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
  });

  it('folds at 75 octets, never inside a character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'👩🏽‍🦰'.repeat(10)}山田太郎`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expectWellFormed(`${folded}\r\n`);
  });
});

describe('times across a daylight-saving change', () => {
  it('reads a time the clocks skip as moved forward by the gap (RFC 5545 3.3.5)', () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 01:30 does not exist; it is 02:30 BST.
    expect(isSkipped('2026-03-29T01:30', 'Europe/London')).toBe(true);
    expect(instantOf('2026-03-29T01:30', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // New York springs forward on 8 March 2026: 02:30 does not exist; it is 03:30 EDT.
    expect(instantOf('2026-03-08T02:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(isSkipped('2026-03-08T03:30', 'America/New_York')).toBe(false);
  });

  it('reads a time that happens twice as the first of the two', () => {
    // London falls back at 02:00 BST on 25 October 2026: 01:30 happens in BST first.
    expect(instantOf('2026-10-25T01:30', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(isSkipped('2026-10-25T01:30', 'Europe/London')).toBe(false);
  });

  it('puts check-ins either side of the change at their true instants, and says the skipped one moved', () => {
    const plan: SafeCallPlan = {
      ...EMPTY_PLAN,
      yourName: 'Zoë',
      checkIns: ['2026-03-28T23:00', '2026-03-29T01:30', '2026-03-29T03:00'],
    };
    const events = parse(calendarPack(plan, EMPTY_CONTACT, { now: NOW, timeZone: 'Europe/London', uid: 'u' })).events;
    expect(events.map((event) => [event.start, event.summary])).toEqual([
      [Date.UTC(2026, 2, 28, 23, 0), 'No word from Zoë by 23:00: call them'],
      [Date.UTC(2026, 2, 29, 1, 30), 'No word from Zoë by 02:30: call them'],
      [Date.UTC(2026, 2, 29, 2, 0), 'No word from Zoë by 03:00: call them'],
    ]);
  });
});

const NAMES = ['Sam', 'Zoë', '山田太郎', 'Сергей', 'علي', 'Nguyễn Thị Minh', '👩🏽‍🦰 Jo', 'a,b;c\\d'];
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/St_Johns', 'UTC'];
/** Text a person could type: any characters but controls (which iCalendar text cannot hold; see escapeText). */
const typed = fc
  .string({ unit: 'grapheme', maxLength: 300 })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the arbitrary leaves controls out
  .map((text) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''));
const localTime = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ month, day, hour, minute }) => local(month, day, hour, minute));
// Around the changes in each zone, so skipped and doubled times come up often.
const nearChange = fc.constantFrom(
  '2026-03-29T01:30',
  '2026-03-29T00:59',
  '2026-03-08T02:15',
  '2026-11-01T01:30',
  '2026-10-25T01:45',
  '2026-10-04T02:30',
  '2026-04-05T02:30',
);
const anyTime = fc.oneof(localTime, nearChange);
const plans = fc.record({
  plan: fc.record({
    ...Object.fromEntries(Object.keys(EMPTY_PLAN).map((key) => [key, typed])),
    yourName: fc.oneof(fc.constantFrom(...NAMES), typed),
    meetingName: fc.oneof(fc.constantFrom(...NAMES), typed),
    startAt: fc.oneof(fc.constant(''), anyTime),
    endAt: fc.oneof(fc.constant(''), anyTime),
    checkIns: fc.array(anyTime, { maxLength: 4 }),
    steps: fc.array(fc.record({ at: anyTime, action: fc.constantFrom(...STEP_ACTIONS) }), { maxLength: 3 }),
  }) as fc.Arbitrary<SafeCallPlan>,
  contact: fc.record({
    friendPhone: fc.constant(''),
    friendEmail: fc.constant(''),
    okWord: fc.oneof(fc.constantFrom('pizza', '🍕', 'пицца'), typed),
    helpWord: fc.oneof(fc.constantFrom('umbrella', '☂️', '傘'), typed),
  }),
  timeZone: fc.constantFrom(...ZONES),
});

describe('every generated plan', () => {
  it('gives a file the parser reads back whole: each event at the plan’s instant, with its words and alarm', () => {
    fc.assert(
      fc.property(plans, ({ plan, contact, timeZone }) => {
        const file = calendarPack(plan, contact, { now: NOW, timeZone, uid: 'uid' });
        expectWellFormed(file);
        const parsed = parse(file);
        expect(parsed.version).toBe('2.0');
        expect(parsed.prodid).toBeTruthy();
        // What the plan says, worked out here from its own fields.
        const name = plan.yourName.trim() || 'your friend';
        const expected = [...plan.checkIns.map((at) => ({ at, action: 'call' as const })), ...plan.steps]
          .map(({ at, action }) => ({ instant: instantOf(at, timeZone) ?? Number.NaN, action }))
          .sort((a, b) => a.instant - b.instant);
        const short = { call: 'call them', come: 'go to them', emergency: 'call emergency services' };
        expect(parsed.events).toHaveLength(expected.length);
        for (const [index, event] of parsed.events.entries()) {
          const want = expected[index];
          expect(event.start).toBe(want?.instant);
          const clock = new Intl.DateTimeFormat('en-GB', {
            timeZone,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(event.start);
          expect(event.summary).toBe(`No word from ${name} by ${clock}: ${want ? short[want.action] : ''}`);
          expect(event.uid).toBe(`uid-${index + 1}`);
          expect(event.dtstamp).toBe('2026-11-30T12:00:00Z');
          expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: 0, description: event.summary }]);
          if (index === 0) expect(event.description).toBe(friendSheet(plan, contact, timeZone));
          else expect(event.description).toContain(`(${timeZone} time)`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
