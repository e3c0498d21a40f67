import type { Section } from '../types';

export const playingSafer: Section = {
  id: 'playing-safer',
  title: 'Playing safer',
  blurb: 'Start gently, know your gear, protect the neck',
  tips: [
    {
      id: 'start-slow',
      title: 'Start slowly',
      summary: 'Try one new thing at a time and see how you both feel before adding more.',
      body: [
        'Going gently gives everyone room to notice how something feels, physically and emotionally, before building on it.',
        'You can always add intensity later; it is much harder to undo something that went too far, too fast.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'know-your-gear',
      title: 'Learn your equipment first',
      summary:
        'If you want to use restraints or other accessories, understand how they work before you use them on anyone.',
      body: [
        'Anything used to hold or restrict someone needs to be used correctly to be safe. Learn how it fastens, how it releases and what can go wrong.',
        'Practise with it before a scene, when nobody is relying on it yet.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'clean-toys',
      title: 'Clean toys afterwards',
      summary: 'Wash toys thoroughly after every use to lower the chance of infection.',
      body: [
        'Cleaning toys well after each use reduces the risk of passing on infections.',
        'Follow the cleaning advice for the material your toy is made of.',
      ],
      tags: ['general'],
      source: 'article',
      keywords: ['hygiene', 'infection'],
    },
    {
      id: 'not-like-the-films',
      title: 'What is on screen is not a guide',
      summary:
        'A lot of what porn shows can hurt people, physically or emotionally, when copied without care. Ask whether something risks injury or distress first.',
      body: [
        'Scenes in porn are staged and edited, and many of them would be dangerous if done for real without the right knowledge.',
        'Before trying something you have seen, think about whether it could cause physical injury or lasting upset, and talk it through.',
      ],
      tags: ['general', 'messaging'],
      source: 'article',
      keywords: ['porn', 'videos'],
    },
    {
      id: 'no-neck-pressure',
      title: 'Keep pressure off the neck',
      summary:
        'There is no safe way to put pressure on someone’s neck. Brain injury can happen within seconds, with little force, and a stroke can follow much later.',
      body: [
        'The Institute for Addressing Strangulation explains that strangling cannot be made safe: injury to the brain can happen in seconds and does not need much pressure.',
        'Harm is not always visible at the time. Strokes can happen days or even months afterwards.',
        'If choking has come up between you, talk about other ways to explore the feelings you are after, without the neck.',
      ],
      tags: ['general', 'messaging', 'meeting', 'event'],
      source: 'ias',
      keywords: ['choking', 'strangulation', 'neck', 'breath play'],
    },
  ],
};
