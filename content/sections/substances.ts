import type { Section } from '../types';

export const substances: Section = {
  id: 'substances',
  title: 'Alcohol and drugs',
  blurb: 'Clear heads make safer choices',
  checked: '2026-11-30',
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
      summary: 'Someone who is drunk or high cannot give consent.',
      body: ['If a person is drunk or high, their yes cannot be relied on. Wait until everyone is sober to decide.'],
      tags: ['event', 'general'],
      source: 'article',
    },
    {
      id: 'sober-for-intense-play',
      title: 'Keep intense play for sober times',
      summary:
        'Drink and drugs make it hard to stay alert and in control. Keep restraint, impact and other risky play for when everyone is sober.',
      body: [
        'Paying close attention to each other is what keeps intense play safer, and alcohol and drugs make that much harder.',
      ],
      tags: ['general', 'event'],
      source: 'sober-play',
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
    {
      id: 'ghb-and-alcohol',
      title: 'Never mix G with alcohol',
      summary:
        'GHB and GBL (G) are dangerous with alcohol or other downers. How strong G is can vary a great deal, and the same amount affects people very differently: for some it is an overdose.',
      body: [
        'If you do use G, begin with a small amount, and keep it apart from drink and from anything else that slows the body down.',
      ],
      tags: ['general'],
      source: 'release-ghb',
      keywords: ['ghb', 'gbl', 'gina', 'chems', 'liquid ecstasy'],
    },
    {
      id: 'if-someone-gets-drowsy',
      title: 'If someone on G gets very drowsy',
      summary:
        'Stay with them and keep checking their breathing. If you cannot wake them, call emergency services. Someone who has passed out should never be left alone.',
      body: [
        'Roll them onto their side while you wait, so they do not choke on their tongue or on vomit. Someone who still reacts at first can slip deeper, so keep watching.',
      ],
      tags: ['general'],
      source: 'unity-ghb',
      keywords: ['ghb', 'gbl', 'overdose', 'unconscious', 'passed out', 'recovery position'],
    },
    {
      id: 'poppers-and-erection-pills',
      title: 'Poppers and erection pills do not mix',
      summary:
        'Using poppers together with erection medicines such as Viagra or Cialis can make blood pressure fall dangerously. The mix can kill.',
      body: ['If you take an erection medicine, do not use poppers as well.'],
      tags: ['general'],
      source: 'poppers-ed',
      keywords: ['poppers', 'viagra', 'cialis', 'sildenafil', 'tadalafil', 'nitrites'],
    },
  ],
};
