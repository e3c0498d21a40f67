import type { Section } from '../types';

export const safeWords: Section = {
  id: 'safe-words',
  title: 'Safe words and signals',
  blurb: 'Ways to pause or stop, agreed in advance',
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
      id: 'non-verbal-signal',
      title: 'Have a signal that needs no words',
      summary:
        'Agree a gesture as well as a word, for moments when someone cannot speak. Research found many people skip this step.',
      body: [
        'Studies of students by Herbenick and colleagues found that in about half of recent choking during sex, no safe word or gesture had been agreed.',
        'Settle on both a spoken word and a physical signal you each recognise, so either of you can stop things even when talking is hard.',
      ],
      tags: ['messaging', 'meeting', 'general'],
      source: 'herbenick',
      keywords: ['tap', 'gesture'],
    },
    {
      id: 'check-in-as-you-go',
      title: 'Check in as you go',
      summary: 'Before stepping things up, ask “Is this OK?” and wait for a clear yes. Make it easy to dial back.',
      body: [
        'Checking in keeps you both on the same page as things change. A spoken yes, or other clear approval, is what you are looking for.',
        'Say plainly that easing off or stopping is always welcome, so nobody feels they have to push through.',
      ],
      tags: ['general', 'event'],
      source: 'article',
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
