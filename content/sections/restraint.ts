import type { Section } from '../types';

export const restraint: Section = {
  id: 'restraint',
  title: 'Restraint and bondage',
  blurb: 'Never alone, shears close, nothing round the neck',
  checked: '2026-11-30',
  tips: [
    {
      id: 'never-leave-restrained-alone',
      title: 'Never leave them alone',
      summary:
        'Never leave someone who is tied or cuffed on their own, not even for a minute or to answer the door. Things can go wrong in seconds.',
      body: ['Stay with them for as long as they are restrained.'],
      tags: ['general', 'event'],
      source: 'bondage-safety',
      keywords: ['tied up', 'cuffs', 'rope', 'bondage'],
    },
    {
      id: 'safety-shears',
      title: 'Keep safety shears within reach',
      summary:
        'Keep a pair of safety shears, the kind paramedics carry, where you can grab them at once, so you can cut someone free fast.',
      body: ['Ordinary scissors are not made for this. Know exactly where the shears are before anyone is tied.'],
      tags: ['general', 'event'],
      source: 'bondage-safety',
      keywords: ['shears', 'scissors', 'cut', 'rope', 'emergency'],
    },
    {
      id: 'numbness-means-release',
      title: 'Numb or tingling means loosen it now',
      summary:
        'Check hands and feet every few minutes. Numbness, tingling or a change in skin colour means loosen or undo the restraint straight away.',
      body: [
        'Do not wait to see whether it passes. Ask how their fingers and toes feel, and look at their skin colour.',
      ],
      tags: ['general'],
      source: 'bondage-safety',
      keywords: ['tingling', 'numb', 'pins and needles', 'circulation', 'cold'],
    },
    {
      id: 'nothing-round-the-neck',
      title: 'Nothing around the neck',
      summary: 'Never put rope, cuffs or anything tight around someone’s neck. It can kill.',
      body: ['There are no exceptions to this.'],
      tags: ['general'],
      source: 'bondage-safety',
      keywords: ['neck', 'collar', 'rope'],
    },
    {
      id: 'face-down-breathing',
      title: 'Careful when someone is face down',
      summary:
        'Someone held face down may not be able to breathe properly, because their chest cannot fully expand. Keep your weight off their back and chest.',
      body: [
        'People trained to restrain others are taught to avoid holding anyone face down, or to do it only very briefly. The same caution makes sense in play.',
      ],
      tags: ['general'],
      source: 'positional-asphyxia',
      keywords: ['held down', 'pinned', 'face down', 'positional asphyxia', 'breathing'],
    },
  ],
};
