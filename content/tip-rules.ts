/**
 * Which tips may appear as a small card on the user's community sites, and the calm line each
 * card shows. The card is seen at a glance by anyone near the screen, so its words stay neutral:
 * no explicit word, nothing that names what the site is about. The full tip opens from "more".
 *
 * Content editors: add a tip here to let it appear on sites. Which pages it suits comes from the
 * tip's own `tags` in sections/*.ts. `tests/unit/tip-rules.test.ts` checks every line.
 */
import type { PageContext } from './types';

/** The card's heading, the same for every tip. */
export const SITE_TIP_HEADING = 'A note for later';

/** Tip id -> the one line the card shows. */
export const SITE_TIP_LINES: Readonly<Record<string, string>> = {
  // Meeting someone and profiles
  'have-backup': 'Before meeting someone new, let a friend know your plans.',
  'plan-check-ins': 'Agree a time to check in with a friend when you go out.',
  'trust-your-gut': 'If something feels off, you can change your plans at any time.',
  'refuses-safe-word': 'People worth your time are happy to agree how to pause.',
  // Messaging
  'enthusiastic-yes': 'Look for a clear, happy yes, in messages and in person.',
  'consent-not-assumed': 'What someone enjoys in general is not a yes for everything.',
  'write-it-down': 'Writing down what you would and would not like can make talking easier.',
  'list-not-contract': 'Anything agreed in advance can still change on the day.',
  'pick-a-calm-time': 'Talk about plans at a calm moment, not in the heat of it.',
  'same-words-different-meanings': 'Check you both mean the same thing by the words you use.',
  'not-everyone-shares': 'If someone is not interested, that is an answer to respect.',
  'agree-a-safe-word': 'Agree together how either of you can pause or stop.',
  'non-verbal-signal': 'Agree a signal that works even when words do not.',
  'pushes-limits': 'Someone who pushes past what you agreed is telling you something.',
  // Events
  'consent-ongoing': 'Anyone can change their mind, at any point.',
  'consent-each-step': 'Saying yes to one thing is not saying yes to everything.',
  'stay-sober': 'A clear head makes it easier to notice how everyone is doing.',
  'first-aid-kit': 'A small first-aid kit nearby is worth having.',
  'why-aftercare': 'Leave time afterwards to look after each other.',
  'start-slow': 'Starting slowly leaves room to find what works.',
  // Anywhere
  'ask-what-helps': 'Ask each other what helps you feel cared for afterwards.',
  'talk-about-it-after': 'Talking afterwards about what you liked helps next time.',
  'keep-talking': 'Keep the conversation going as things change.',
};

/** Words a card must never show, checked by the unit test over every line above. */
export const WORDS_NEVER_ON_A_CARD: readonly string[] = [
  'sex',
  'sexual',
  'kink',
  'bdsm',
  'fetish',
  'rough',
  'bondage',
  'choke',
  'choking',
  'neck',
  'sti',
  'hiv',
  'condom',
  'drug',
  'drugs',
  'drunk',
  'assault',
  'abuse',
  'pain',
  'hit',
  'spank',
  'toy',
  'toys',
  'safe word',
  'safeword',
];

/** The contexts a page can have; 'general' fits any page of a chosen site. */
export const PAGE_CONTEXTS: readonly PageContext[] = ['messaging', 'meeting', 'event', 'profile', 'general'];
