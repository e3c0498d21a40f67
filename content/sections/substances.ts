import type { Section } from '../types';

export const substances: Section = {
  id: 'substances',
  title: 'Alcohol and drugs',
  blurb: 'Clear heads make safer choices',
  tips: [
    {
      id: 'stay-sober',
      title: 'Keep a clear head',
      summary: 'Alcohol and drugs lower inhibitions but cloud judgement, and can lead to choices you regret.',
      body: [
        'Feeling less inhibited can seem appealing, but being drunk or high also makes it harder to judge risk and to notice how a partner is doing.',
        'Staying sober keeps everyone better able to communicate and to stop when needed.',
      ],
      tags: ['event', 'meeting'],
      source: 'article',
    },
    {
      id: 'high-cannot-consent',
      title: 'Drunk or high means no consent',
      summary: 'Someone under the influence of alcohol or drugs cannot give consent.',
      body: ['If a person is drunk or high, their yes cannot be relied on. Wait until everyone is sober to decide.'],
      tags: ['event', 'general'],
      source: 'article',
    },
    {
      id: 'chemsex-mixing',
      title: 'If drugs are part of it, do not mix',
      summary:
        'Some people use drugs during sex, known as chemsex. Those drugs should not be combined with alcohol or other street drugs.',
      body: [
        'Mixing substances adds to the risk. If drugs are part of your sex life, avoid combining them with drink or with other drugs.',
      ],
      tags: ['event'],
      source: 'article',
    },
  ],
};
