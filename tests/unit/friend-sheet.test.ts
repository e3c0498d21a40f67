import { describe, expect, it } from 'vitest';
import { friendSheet } from '@/lib/safe-call/friend-sheet';
import { EMPTY_CONTACT, EMPTY_PLAN } from '@/lib/safe-call/safe-call';

describe('the friend’s sheet', () => {
  it('gives the plan, the words and the steps, with times in the named zone', () => {
    const plan = {
      ...EMPTY_PLAN,
      yourName: 'Robin',
      meetingName: 'Alex',
      meetingProfile: 'https://forum.example/u/alex',
      meetingHow: 'We met on the forum',
      where: 'The Crown, 1 High Street\r\nUpstairs',
      startAt: '2026-12-01T20:00',
      endAt: '2026-12-01T23:45',
      friendName: 'Sam',
      friendNote: 'Not on the sheet',
      checkIns: ['2026-12-01T23:00', '2026-12-01T21:00', ''],
      steps: [
        { at: '2026-12-02T00:00', action: 'emergency' as const },
        { at: '2026-12-01T23:30', action: 'come' as const },
      ],
      stepsNote: 'Call me twice first.',
    };
    const contact = { ...EMPTY_CONTACT, friendPhone: '+44 7700 900123', okWord: 'pizza', helpWord: 'umbrella' };
    expect(friendSheet(plan, contact, 'Europe/London')).toBe(
      [
        'Safe call plan from Robin',
        'All times are Europe/London time.',
        '',
        'Meeting: Alex',
        'Their profile: https://forum.example/u/alex',
        'How they know them: We met on the forum',
        'Where: The Crown, 1 High Street\nUpstairs',
        'Starts: Tue 1 Dec 2026, 20:00',
        'Expected to end: Tue 1 Dec 2026, 23:45',
        '',
        'Robin will send you a message by each of these times:',
        '- Tue 1 Dec 2026, 21:00',
        '- Tue 1 Dec 2026, 23:00',
        '',
        'The words you agreed:',
        '- “pizza” means all is fine.',
        '- “umbrella” means Robin needs help.',
        '',
        'If there is no word:',
        '- By Tue 1 Dec 2026, 21:00: call Robin.',
        '- By Tue 1 Dec 2026, 23:00: call Robin.',
        '- By Tue 1 Dec 2026, 23:30: go to Robin at the address.',
        '- By Wed 2 Dec 2026, 00:00: call emergency services and give them the address.',
        'Call me twice first.',
        '',
        'Please check that your calendar will notify you for these events.',
      ].join('\n'),
    );
  });

  it('says only what there is', () => {
    expect(friendSheet(EMPTY_PLAN, EMPTY_CONTACT, 'UTC')).toBe(
      [
        'Safe call plan from your friend',
        'All times are UTC time.',
        '',
        'Please check that your calendar will notify you for these events.',
      ].join('\n'),
    );
  });
});
