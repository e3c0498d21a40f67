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
        'Stay with anyone who is tied or cuffed for the whole time they are held. A short trip out of the room is still too long, because trouble can start fast.',
      body: ['If you need to step away, untie them first.'],
      tags: ['general', 'event'],
      source: 'bondage-safety',
      keywords: ['tied up', 'cuffs', 'rope', 'bondage'],
    },
    {
      id: 'safety-shears',
      title: 'Keep safety shears within reach',
      summary:
        'Before anyone is tied, put a pair of safety shears (the kind paramedics use) where you can reach them straight away, so you can cut a restraint off fast.',
      body: ['Ordinary scissors are no substitute. Check where the shears are before you begin.'],
      tags: ['general', 'event'],
      source: 'bondage-safety',
      keywords: ['shears', 'scissors', 'cut', 'rope', 'emergency'],
    },
    {
      id: 'numbness-means-release',
      title: 'Numb or tingling means loosen it now',
      summary:
        'Every few minutes, look at their hands and feet and ask how they feel. If there is numbness, tingling or a change in skin colour, loosen or undo the restraint at once.',
      body: ['Act on the first sign rather than hoping it settles by itself.'],
      tags: ['general'],
      source: 'bondage-safety',
      keywords: ['tingling', 'numb', 'pins and needles', 'circulation', 'cold'],
    },
    {
      id: 'nothing-round-the-neck',
      title: 'Nothing around the neck',
      summary: 'Never put rope, cuffs or anything tight around someone’s neck. It can kill.',
      body: ['This rule holds for every kind of restraint and every scene.'],
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
