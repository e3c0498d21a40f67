/**
 * What kind of page of the user's site this is, from a few cheap signals: the address, the title,
 * some headings and paragraphs, and whether there is a message box. `readSignals` touches the DOM
 * once; `detectContext` is pure and unit-tested on saved pages (tests/fixtures/pages).
 */
import type { PageContext } from '@/content/types';

export interface PageSignals {
  /** The address's path, lower case. */
  path: string;
  title: string;
  headings: readonly string[];
  /** A little of the page's text: the first paragraphs and list items, a few thousand characters. */
  text: string;
  /** A place to write a message: a textarea or an editable box. */
  hasComposer: boolean;
  /** Machine-readable dates (<time>) or an event in the page's structured data. */
  hasEventMarkup: boolean;
}

const TEXT_LIMIT = 3000;
const COMPOSER =
  'textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], input[name*="message" i], input[placeholder*="message" i]';

/** The path as words; a malformed escape (`/caf%E9`, `/100%`) keeps the raw path rather than throw. */
function readablePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname).toLowerCase();
  } catch {
    return pathname.toLowerCase();
  }
}

/** Never throws: it runs on any page of the user's sites, before the in-page exit would be reached. */
export function readSignals(doc: Document, location: { pathname: string }): PageSignals {
  const headings = [...doc.querySelectorAll('h1, h2, h3')].slice(0, 12).map((el) => el.textContent?.trim() ?? '');
  let text = '';
  for (const el of doc.querySelectorAll('p, li, dt, dd')) {
    if (text.length > TEXT_LIMIT) break;
    text += ` ${el.textContent ?? ''}`;
  }
  return {
    path: readablePath(location.pathname),
    title: doc.title,
    headings,
    text: text.slice(0, TEXT_LIMIT),
    hasComposer: doc.querySelector(COMPOSER) !== null,
    hasEventMarkup:
      doc.querySelector('time[datetime], [itemtype*="Event"]') !== null ||
      [...doc.querySelectorAll('script[type="application/ld+json"]')].some((el) =>
        /"@type"\s*:\s*"\w*Event"/.test(el.textContent ?? ''),
      ),
  };
}

const words = (list: string) => new RegExp(`\\b(${list})\\b`, 'i');

const MESSAGING_PLACE = words('messages?|inbox|conversations?|chats?|threads?|mail|dm|pm|replies|reply');
const EVENT_PLACE = words('events?|munch(es)?|parties|party|meetups?|calendar|tickets?|rsvp|workshops?|socials?');
const PROFILE_PLACE = words('profiles?|users?|members?|people|about me|my page');
const EVENT_DETAIL = words(
  'when|where|venue|location|address|doors open|rsvp|tickets?|going|attending|host(ed)? by|dress code|(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|march|april|june|july|aug(ust)?|sept(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|\\d{1,2}(:\\d\\d)?\\s?(am|pm)',
);
const PROFILE_DETAIL = words('about me|looking for|interests|age|pronouns|joined|last active|followers|friends');
const MEETING_TALK = words(
  'meet( up)?|meeting|coffee|a drink|drinks|first date|in person|pick you up|see you (on|at)|my place|your place|where shall|what time',
);

/** How many of `pattern`'s words occur in `text` (each counted once). */
function count(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, 'gi');
  return new Set([...text.matchAll(global)].map((m) => m[0].toLowerCase())).size;
}

export function detectContext(signals: PageSignals): PageContext {
  const place = `${signals.path.replace(/[/_-]+/g, ' ')} ${signals.title}`;
  const headings = signals.headings.join(' \n ');
  const body = `${headings} \n ${signals.text}`;

  const messaging =
    (signals.hasComposer ? 2 : 0) + (MESSAGING_PLACE.test(place) ? 2 : 0) + (MESSAGING_PLACE.test(headings) ? 1 : 0);
  const event =
    (EVENT_PLACE.test(place) ? 2 : 0) +
    (signals.hasEventMarkup ? 2 : 0) +
    Math.min(count(EVENT_DETAIL, body), 3) * (signals.hasComposer ? 0.5 : 1);
  const profile = (PROFILE_PLACE.test(place) ? 2 : 0) + Math.min(count(PROFILE_DETAIL, body), 3);

  if (messaging >= 3 && messaging >= event && messaging >= profile) {
    // A conversation about meeting in person: the meeting tips fit better than general messaging ones.
    return count(MEETING_TALK, signals.text) >= 2 ? 'meeting' : 'messaging';
  }
  if (event >= 4 && event >= profile) return 'event';
  if (profile >= 3) return 'profile';
  return 'general';
}
