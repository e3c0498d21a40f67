import type { Section } from '../types';

export const redFlags: Section = {
  id: 'red-flags',
  title: 'Red flags',
  blurb: 'Trust your gut',
  checked: '2026-11-30',
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
        'If how they react makes you uneasy, you can change your plans, cancel, or leave.',
      ],
      tags: ['messaging', 'profile', 'meeting'],
      source: 'article',
    },
    {
      id: 'dismisses-protection',
      title: 'Pushes you to drop protection',
      summary:
        'Someone who pressures you to give up the protection you want is showing a red flag. A different view is not the problem; the pressure is.',
      body: [
        'Researchers use the term coercive condom use resistance for pushing someone into sex without the condom they want. A review by Chen and colleagues (2023) links it with harm to mental, physical and sexual health.',
      ],
      tags: ['messaging', 'profile'],
      source: 'coercive-cur',
      keywords: ['condom', 'pressure'],
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
