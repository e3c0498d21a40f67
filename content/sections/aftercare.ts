import type { Section } from '../types';

export const aftercare: Section = {
  id: 'aftercare',
  title: 'Aftercare',
  blurb: 'Reconnect and look after each other',
  checked: '2026-11-30',
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
      summary:
        'Aftercare looks different for different people: some things one person loves, another dislikes. Talk about it before you play.',
      body: [
        'Asking, rather than guessing, makes sure everyone gets what they need. Make aftercare part of what you agree beforehand.',
      ],
      tags: ['general', 'messaging'],
      source: 'aftercare-negotiation',
    },
    {
      id: 'drop-can-come-later',
      title: 'Feeling low afterwards (drop)',
      summary:
        'Some people feel tired, sad, anxious or achy after a scene, straight away or days later. It is called drop, and it can happen to anyone, whatever their role.',
      body: [
        'Drop is often linked with the person receiving (sub drop), but the one in charge can feel it too (top drop).',
        'It can catch you off guard, so plan some comfort for afterwards: rest, warmth, food you like, or someone to talk to.',
      ],
      tags: ['general'],
      source: 'drop-explained',
      keywords: ['drop', 'sub drop', 'top drop', 'dom drop', 'low', 'sad'],
    },
    {
      id: 'next-day-check-in',
      title: 'Check in over the next days',
      summary: 'A message or a call in the days after play gives you both a chance to say how you are feeling.',
      body: ['Strong feelings after a scene may need a day or longer to fade, so stay in touch for a while.'],
      tags: ['general'],
      source: 'drop-check-in',
      keywords: ['check in', 'text', 'call', 'drop'],
    },
  ],
};
