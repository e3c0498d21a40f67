import type { Section } from '../types';

export const stiPrevention: Section = {
  id: 'sti-prevention',
  title: 'Protection and sexual health',
  blurb: 'Sturdier protection, and what to do after a risk',
  tips: [
    {
      id: 'stronger-condoms',
      title: 'Choose sturdier protection',
      summary: 'Vigorous sex puts condoms under extra strain. A thicker, stronger condom is a good choice.',
      body: [
        'The more energetic things get, the more stress a condom is under. Picking a thicker, stronger kind lowers the chance of it failing.',
      ],
      tags: ['general', 'event'],
      source: 'article',
      keywords: ['condom'],
    },
    {
      id: 'talk-about-protection',
      title: 'Agree on protection beforehand',
      summary: 'Talk about preventing infections before you meet or play, not in the moment.',
      body: [
        'Sorting out protection ahead of time means nobody has to negotiate it when things are heated.',
        'A partner who does not share your views on it is showing a red flag.',
      ],
      tags: ['messaging', 'meeting'],
      source: 'article',
      keywords: ['condom', 'testing'],
    },
    {
      id: 'pep-72-hours',
      title: 'After a possible HIV exposure, act fast',
      summary: 'Medicine that can prevent HIV after exposure (PEP) has to be started within 72 hours.',
      body: [
        'NHS inform explains that post-exposure prophylaxis, known as PEP, must be started within 72 hours of the possible exposure.',
        'A sexual health clinic or emergency department can advise you.',
      ],
      tags: ['general'],
      source: 'nhs-inform',
    },
    {
      id: 'emergency-contraception',
      title: 'Emergency contraception has a time limit',
      summary: 'Emergency contraception can work for up to 5 days after unprotected sex.',
      body: [
        'According to NHS inform, emergency contraception can be used up to 5 days afterwards. A pharmacy, clinic or doctor can help.',
      ],
      tags: ['general'],
      source: 'nhs-inform',
    },
  ],
};
