import type { Section } from '../types';

export const reflecting: Section = {
  id: 'reflecting',
  title: 'Reflecting afterwards',
  blurb: 'Talk about how it felt',
  checked: '2026-11-30',
  tips: [
    {
      id: 'talk-about-it-after',
      title: 'Talk about what you liked',
      summary: 'As part of aftercare, share what worked for you and what did not.',
      body: [
        'Talking honestly afterwards is part of what makes rough play safe and enjoyable. Say what you liked and what you would change.',
      ],
      tags: ['general'],
      source: 'article',
    },
    {
      id: 'signs-a-line-was-crossed',
      title: 'Signs a line was crossed',
      summary:
        'You felt pressured, things went past the limits you set, your safe word was ignored, or you were hurt in body or mind.',
      body: [
        'It is especially important to talk if you think your partner went beyond what was acceptable. Signs include feeling pushed into something you did not want, the encounter going past limits you agreed beforehand, your safe word being ignored, or being hurt physically or emotionally.',
        'None of these are your fault. The help section lists people you can talk to.',
      ],
      tags: ['general'],
      source: 'article',
    },
    {
      id: 'clear-the-air',
      title: 'Clear the air before next time',
      summary:
        'If you are unhappy about something, choose a calm time to talk before being intimate again, and notice how they respond.',
      body: [
        'Plan the conversation for a relaxed moment. Explain how you feel, then pay attention to their reaction: are they sorry, defensive or dismissive?',
        'In a healthy relationship, this kind of play rests on respect, and pleasure goes both ways.',
      ],
      tags: ['general'],
      source: 'article',
    },
    {
      id: 'therapist-support',
      title: 'Support for your feelings',
      summary: 'A therapist can help you make sense of what you feel before you talk with your partner.',
      body: [
        'Sometimes it helps to understand your own reaction first. Talking with a therapist can give you space to do that.',
      ],
      tags: ['general'],
      source: 'article',
    },
    {
      id: 'told-you-crossed-a-line',
      title: 'If you are told you crossed a line',
      summary:
        'If someone tells you that you hurt them or went past what they agreed, stop and listen. Take in what they say before you answer.',
      body: [
        'It is natural to feel panic or shame. Breathe, do not interrupt, and try to understand what they went through and how your actions affected them.',
        'Whether or not you meant it, the hurt can be just as real to them. Taking responsibility starts with listening.',
      ],
      tags: ['general'],
      source: 'nsvrc-crossed-line',
      keywords: ['crossed a line', 'hurt someone', 'responsibility', 'apologise'],
    },
  ],
};
