import type { Section } from '../types';

export const safeWords: Section = {
  id: 'safe-words',
  title: 'Safe words and signals',
  blurb: 'Ways to pause or stop, agreed in advance',
  checked: '2026-11-30',
  tips: [
    {
      id: 'agree-a-safe-word',
      title: 'Agree a stop word',
      summary: 'Before you start, choose a safe word that anyone can say at any point to stop everything at once.',
      body: [
        'It is easy to get carried away, so settle your boundaries and a safe word beforehand, while everyone is thinking clearly.',
        'Pick a word that would not come up by accident. When anyone says it, play stops, whoever they are and whatever is happening.',
      ],
      tags: ['messaging', 'meeting', 'event'],
      source: 'article',
    },
    {
      id: 'traffic-lights',
      title: 'Green, yellow, red',
      summary:
        'Some people use traffic-light colours as their safe words: green, yellow and red. Red works like any safe word: everything stops at once.',
      body: [
        'Agree together what each colour means before you start: for example, green for “all good, keep going” and yellow for “ease off and check in”.',
      ],
      tags: ['general', 'messaging'],
      source: 'act-safer-kinky-sex',
      keywords: ['traffic light', 'green', 'yellow', 'amber', 'red', 'colours'],
    },
    {
      id: 'non-verbal-signal',
      title: 'Have a signal that needs no words',
      summary:
        'Agree a gesture as well as a word, for moments when someone cannot speak. Research found many people skip this step.',
      body: [
        'In a 2021 survey of students at a US university about choking during sex, Herbenick and colleagues found that about half of the participants had not agreed on safe words or gestures before sex began.',
        'Settle on both a spoken word and a physical signal you each recognise, so either of you can stop things even when talking is hard.',
      ],
      tags: ['messaging', 'meeting', 'general'],
      source: 'herbenick',
      keywords: ['tap', 'gesture'],
    },
    {
      id: 'signals-without-words',
      title: 'Signals for when words are gone',
      summary:
        'If someone may not be able to speak, agree a wordless stop signal first, such as letting go of an object they hold or squeezing a hand in a set way.',
      body: [
        'A gag, some positions or simply an intense moment can take words away. Only use a gag once you have agreed a signal that works without speaking.',
      ],
      tags: ['general', 'event'],
      source: 'bondage-safety',
      keywords: ['gag', 'drop', 'squeeze', 'tap out', 'non-verbal'],
    },
    {
      id: 'stop-means-stop',
      title: 'A stop word is not up for debate',
      summary:
        'When the safe word is used, stop straight away and check on each other. Ignoring it means a line has been crossed.',
      body: [
        'The point of a safe word is that it works every time, immediately. Stop, make sure everyone is all right, and talk later about what happened.',
        'If a partner ignored your safe word, that is a serious sign that your boundaries were not respected. The reflecting and help sections can support you.',
      ],
      tags: ['general', 'profile'],
      source: 'article',
    },
  ],
};
