import type { Section } from '../types';

export const aftercare: Section = {
  id: 'aftercare',
  title: 'Aftercare',
  blurb: 'Reconnect and look after each other',
  tips: [
    {
      id: 'why-aftercare',
      title: 'Make time to reconnect',
      summary:
        'Aftercare helps you both reset after playing in a way that is not your everyday dynamic, and gives you time to take it in.',
      body: [
        'It is a core practice in BDSM and helpful after any rough play: a way to come back to each other emotionally.',
        'It also gives you space to process what happened and to talk about it.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'emotional-aftercare',
      title: 'Comfort and kind words',
      summary: 'Kissing, cuddling and speaking gently to each other are simple ways to reconnect.',
      body: ['Warmth and affection after intense play help everyone feel safe and cared for again.'],
      tags: ['general'],
      source: 'article',
    },
    {
      id: 'practical-aftercare',
      title: 'Practical care',
      summary: 'Bring water, have a bath together, and look after any small injuries.',
      body: [
        'Aftercare can be very practical: a drink of water, warmth, a bath or shower together, and tending to any scrapes or bruises.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'ask-what-helps',
      title: 'Ask what each of you needs',
      summary: 'Aftercare looks different for different people. Ask each other what helps.',
      body: [
        'Some people want closeness, others want a snack and quiet. Asking, rather than guessing, makes sure everyone gets what they need.',
      ],
      tags: ['general', 'messaging'],
      source: 'article',
    },
  ],
};
