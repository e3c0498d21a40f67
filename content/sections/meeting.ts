import type { Section } from '../types';

export const meeting: Section = {
  id: 'meeting',
  title: 'Meeting someone new',
  blurb: 'Have backup: a safe call',
  checked: '2026-11-30',
  tips: [
    {
      id: 'have-backup',
      title: 'Tell a friend your plans',
      summary:
        'Meeting someone you do not know well? Let a trusted friend know where you will be, and plan to reach them if something goes wrong.',
      body: [
        'Before meeting someone new, give a friend you trust the details: where you are going and who you are meeting.',
        'Agree how you will contact them if anything feels wrong, so help is one message away.',
      ],
      tags: ['meeting', 'profile', 'messaging'],
      source: 'article',
      keywords: ['safe call', 'friend', 'date'],
    },
    {
      id: 'plan-check-ins',
      title: 'Say when you will be back',
      summary:
        'Give your friend the who, the where and the time you expect to be home, and sort out your journey back before you set off.',
      body: [
        'Give your friend the person’s name, their phone number and the address you are going to.',
        'For a first meeting, choose a busy public place until you feel sure of the other person, and make your own way there and back.',
      ],
      tags: ['meeting'],
      source: 'suzy-lamplugh-dating',
      keywords: ['safe call', 'check in', 'first date'],
    },
  ],
};
