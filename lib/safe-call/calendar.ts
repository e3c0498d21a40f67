/**
 * The calendar pack for the friend: an iCalendar file (RFC 5545) with one short event per check-in
 * and per step of the plan, each at its time, titled with what to do, and each with an alarm at
 * its start for calendars that keep imported alarms (the plan does not rely on one). The first
 * event's description holds the whole plan (lib/safe-call/friend-sheet.ts). Times are in UTC; descriptions
 * name the local time and its zone. Pure.
 */

import { friendSheet, nameOf, timedSteps } from './friend-sheet';
import { clockTime, dayAndTime } from './local-time';
import { type SafeCallContact, type SafeCallPlan, STEP_SHORT } from './safe-call';

const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets are folded. */
const MAX_OCTETS = 75;
const EVENT_MINUTES = 15;

/** Characters iCalendar text cannot hold: control characters other than tab and line feed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is removed
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Text as RFC 5545 3.3.11 writes it: backslash, semicolon, comma and line ends escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

const octets = (text: string) => new TextEncoder().encode(text).length;

/**
 * One content line folded at 75 octets (RFC 5545 3.1), never inside a character's UTF-8 bytes, and
 * never between an escape's backslash and its letter: RFC 5545 allows that, but some readers trip on it.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line.match(/\\.|[\s\S]/gu) ?? []) {
    const length = octets(char);
    // A continuation line starts with a space, which counts toward its 75.
    const room = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + length > room) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** 20261201T210000Z */
export function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export interface PackOptions {
  now: number;
  timeZone: string;
  /** Unique to this file (a random UUID): each event's UID adds its own number to it. */
  uid: string;
}

export interface CalendarEvent {
  at: number;
  summary: string;
  description: string;
}

/** The events of the pack, soonest first: what the file holds, before it is written out. */
export function packEvents(plan: SafeCallPlan, contact: SafeCallContact, timeZone: string): CalendarEvent[] {
  const name = nameOf(plan);
  const sheet = friendSheet(plan, contact, timeZone);
  return timedSteps(plan, timeZone).map((step, index) => {
    const summary = `No word from ${name} by ${clockTime(step.at, timeZone)}: ${STEP_SHORT[step.action]}`;
    if (index === 0) return { at: step.at, summary, description: sheet };
    const address = step.action === 'call' || !plan.where.trim() ? [] : [`Where: ${plan.where.trim()}`];
    const description = [`${summary}.`, `${dayAndTime(step.at, timeZone)} (${timeZone} time).`, ...address];
    return { at: step.at, summary, description: description.join('\n') };
  });
}

/** The iCalendar file for the friend: CRLF line ends, folded lines, UTF-8 text. */
export function calendarPack(plan: SafeCallPlan, contact: SafeCallContact, options: PackOptions): string {
  const stamp = utcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Check-in plan//EN', 'CALSCALE:GREGORIAN'];
  for (const [index, event] of packEvents(plan, contact, options.timeZone).entries()) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uid}-${index + 1}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(event.at)}`,
      `DURATION:PT${EVENT_MINUTES}M`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:PT0M',
      `DESCRIPTION:${escapeText(event.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A plain name, nothing about Tend or its purpose, for a shared Downloads folder. */
export function packFileName(dateStamp: string): string {
  return `plan-${dateStamp}.ics`;
}
