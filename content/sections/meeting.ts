import type { Section } from '../types';

export const meeting: Section = {
  id: 'meeting',
  title: 'Meeting someone new',
  blurb: 'Have backup: a safe call',
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
      title: 'Agree when you will check in',
      summary:
        'Set a time to get in touch with your friend, and agree what they should do if they do not hear from you.',
      body: [
        'A plan only helps if someone notices when it is not followed. Tell your friend when to expect a message from you.',
        'Decide together what they will do if that message does not come, such as calling you first and then getting help.',
      ],
      tags: ['meeting'],
      source: 'article',
      keywords: ['safe call', 'check in'],
    },
    {
      id: 'backup-red-flag',
      title: 'Notice how they react to safety plans',
      summary:
        'Someone who will not agree a safe word, or pushes you to drop your precautions, is showing you a red flag.',
      body: [
        'People who care about your safety are glad you have backup and a safe word. Reluctance to use one is a warning sign.',
        'If something about how they respond makes you uneasy, you can change or cancel your plans.',
      ],
      tags: ['meeting', 'profile', 'messaging'],
      source: 'article',
    },
  ],
};
