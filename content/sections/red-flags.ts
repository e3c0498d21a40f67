import type { Section } from '../types';

export const redFlags: Section = {
  id: 'red-flags',
  title: 'Red flags',
  blurb: 'Trust your gut',
  tips: [
    {
      id: 'trust-your-gut',
      title: 'Trust your instincts',
      summary:
        'If something about a person or situation feels wrong, you are allowed to leave, however far things have got.',
      body: [
        'Your unease is information worth listening to. You do not need to prove anything before getting yourself out of a situation.',
        'Leaving early, or not meeting at all, is always an option.',
      ],
      tags: ['meeting', 'profile', 'messaging', 'event'],
      source: 'article',
    },
    {
      id: 'refuses-safe-word',
      title: 'Will not agree a stop word',
      summary: 'A partner who does not want to use a safe word is a red flag. Consider getting out of that situation.',
      body: [
        'A safe word costs nothing to agree and protects everyone. Resisting one suggests your limits may not be respected.',
      ],
      tags: ['messaging', 'profile', 'meeting'],
      source: 'article',
    },
    {
      id: 'dismisses-protection',
      title: 'Brushes off protection',
      summary: 'Someone who does not share your views on preventing infections is showing a red flag.',
      body: [
        'How a person responds when you raise protection tells you a lot about how they will treat your other boundaries.',
      ],
      tags: ['messaging', 'profile'],
      source: 'article',
    },
    {
      id: 'pushes-limits',
      title: 'Pushes past what you agreed',
      summary: 'Trying to go beyond what you agreed, or what you are comfortable with, is a sign to get yourself out.',
      body: [
        'Limits agreed beforehand are there to be kept. Someone who tests or ignores them, in conversation or in person, is not respecting you.',
      ],
      tags: ['messaging', 'meeting', 'event'],
      source: 'article',
      keywords: ['limits', 'pressure'],
    },
  ],
};
