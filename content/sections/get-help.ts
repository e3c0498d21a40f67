import type { Section } from '../types';

export const getHelp: Section = {
  id: 'get-help',
  title: 'Where to get help',
  blurb: 'You do not have to handle it alone',
  showsHelpLines: true,
  tips: [
    {
      id: 'support-is-there',
      title: 'If it crossed into assault',
      summary:
        'If an encounter became assault, or you see a pattern of abuse in your relationship, support is available. The lines below are confidential.',
      body: [
        'Whatever happened, you deserve to be heard and supported. The organisations listed here talk with people in your situation every day.',
      ],
      tags: ['general'],
      source: 'article',
      keywords: ['assault', 'abuse', 'help'],
    },
    {
      id: 'in-danger-now',
      title: 'If you are in danger now',
      summary:
        'Call the emergency number where you are: 911 in the US and Canada, 999 in the UK, 112 in the EU, 000 in Australia.',
      body: ['If you or someone else is at immediate risk, call emergency services first.'],
      tags: ['general'],
      source: 'emergency-services',
      keywords: ['emergency', 'police', 'ambulance'],
    },
    {
      id: 'care-without-police',
      title: 'Care without involving the police',
      summary:
        'In the UK, Sexual Assault Referral Centres offer medical care and support after sexual assault without you having to involve the police.',
      body: [
        'NHS inform explains that Sexual Assault Referral Centres (SARCs) provide care after a sexual assault, and you can use them without reporting to the police.',
      ],
      tags: ['general'],
      source: 'nhs-inform',
      keywords: ['sarc', 'assault', 'clinic'],
    },
  ],
};
