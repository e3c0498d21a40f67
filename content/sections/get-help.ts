import type { Section } from '../types';

export const getHelp: Section = {
  id: 'get-help',
  title: 'Where to get help',
  blurb: 'You do not have to handle it alone',
  checked: '2026-11-30',
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
        'Call the emergency number where you are. In many countries 112 or 911 reaches emergency services; in the UK, 999 does.',
      body: [
        'If you or someone else is at immediate risk, call emergency services first. The list below gives the number for each region.',
      ],
      tags: ['general'],
      source: 'emergency-services',
      keywords: ['emergency', 'police', 'ambulance'],
    },
    {
      id: 'care-without-police',
      title: 'Care without the police (England)',
      summary:
        'In England, Sexual Assault Referral Centres (SARCs) help anyone who has been raped, sexually assaulted or abused, with medical care and practical and emotional support. Going to the police is your choice.',
      body: [
        'The staff are doctors, nurses and support workers trained for this. To be seen, make an appointment at the SARC nearest you.',
      ],
      tags: ['general'],
      source: 'nhs-sarc',
      keywords: ['sarc', 'assault', 'clinic'],
    },
    {
      id: 'care-without-police-scotland',
      title: 'Care without the police (Scotland)',
      summary:
        'In Scotland, people aged 16 or over can refer themselves to the NHS Sexual Assault Response Coordination Service (SARCS), day or night, without going to the police.',
      body: [
        'The NHS Scotland self-referral line is 0800 148 88 88, free from landlines and mobiles, 24 hours a day. A healthcare professional from the SARCS then calls you back to arrange care.',
        'A forensic medical examination can gather evidence now and leave you time to decide later whether to tell the police.',
      ],
      tags: ['general'],
      source: 'nhs-inform',
      keywords: ['sarcs', 'scotland', 'self-referral', 'assault'],
    },
  ],
};
