import type { Section } from '../types';

export const talking: Section = {
  id: 'talking',
  title: 'Talking it through',
  blurb: 'Plan together before you play',
  checked: '2026-11-30',
  tips: [
    {
      id: 'write-it-down',
      title: 'Write it down first',
      summary:
        'Jot down what you would like to try, what you might consider, and what you do not want. Sharing lists makes a hard talk easier.',
      body: [
        'Putting thoughts on paper helps you sort out what you want, and lets you rehearse saying it aloud. Some people write a short script; others keep three lists: yes, maybe and no.',
        'Show your partner and invite them to make one too. Their list may surprise you.',
      ],
      tags: ['messaging', 'profile'],
      source: 'article',
      keywords: ['yes no maybe', 'list', 'script'],
    },
    {
      id: 'list-not-contract',
      title: 'A list starts a conversation',
      summary:
        'A yes, no, maybe list helps you talk about what you want and where your limits are. It is a starting point, and answers can change over time.',
      body: [
        'Each of you fills in the list on your own, then you compare answers and talk about them. With a new partner it can open a conversation about consent and boundaries.',
        'Treat it as a snapshot, not a promise: what you marked last month may be different today.',
      ],
      tags: ['messaging', 'general'],
      source: 'yes-no-maybe',
      keywords: ['yes no maybe', 'list', 'inventory', 'checklist'],
    },
    {
      id: 'pick-a-calm-time',
      title: 'Choose a calm moment',
      summary:
        'Raise it at a planned, relaxed time, not in the middle of sex. Let your partner know you would like to talk, and agree when.',
      body: [
        'This is not a conversation to spring on someone, especially if you are unsure how they will react, and starting it during sex puts everyone on the spot.',
        'Tell your partner you would like to talk about your sex life and set a time that suits you both.',
      ],
      tags: ['messaging'],
      source: 'article',
    },
    {
      id: 'same-words-different-meanings',
      title: 'Make sure you mean the same thing',
      summary:
        'Words like “rough”, “kinky” or “hardcore” mean different things to different people. Spell out what you do and do not want.',
      body: [
        'Two people can use the same label and picture very different things. Check what each term means to the other person and what a given activity would involve.',
        'Being specific about your wants and limits keeps everyone comfortable and safer.',
      ],
      tags: ['messaging', 'profile', 'meeting'],
      source: 'article',
    },
    {
      id: 'keep-talking',
      title: 'Keep the conversation going',
      summary:
        'Talk during play and over time. Say how things feel, speak up straight away if you want to stop, and expect your tastes to change.',
      body: [
        'Good communication is not a one-off. Let your partner know how they are making you feel, and say so at once if you become uncomfortable.',
        'What you enjoy is likely to shift over the months and years, so keep checking in with each other.',
      ],
      tags: ['general', 'messaging'],
      source: 'article',
    },
    {
      id: 'not-everyone-shares',
      title: 'If they are not interested',
      summary:
        'A partner may not share your interests, and that is all right. Many others do: kink communities offer welcoming places to learn.',
      body: [
        'Plenty of people find this kind of play off-putting or taboo, and many who enjoy it have faced judgement. A no from a partner is theirs to give.',
        'If you want to explore, there are communities online and in person where people with similar interests meet and share knowledge.',
      ],
      tags: ['general', 'profile'],
      source: 'article',
    },
    {
      id: 'wanting-it-is-common',
      title: 'Wanting it is common',
      summary:
        'Wanting rougher or kinkier sex is normal and common. And “rough” means different things to different people.',
      body: [
        'Lots of people have fantasies about this kind of play, and many have tried some of it. Being curious does not mean anything is wrong with you.',
        'What feels rough to one person can feel gentle to another, which is one more reason to talk about what you each have in mind.',
      ],
      tags: ['general', 'profile'],
      source: 'article',
      keywords: ['normal', 'fantasy', 'kinky'],
    },
  ],
};
