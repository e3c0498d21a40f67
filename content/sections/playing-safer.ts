import type { Section } from '../types';

export const playingSafer: Section = {
  id: 'playing-safer',
  title: 'Playing safer',
  blurb: 'Start gently, know your gear, protect the neck and breath',
  checked: '2026-11-30',
  tips: [
    {
      id: 'start-slow',
      title: 'Start slowly',
      summary: 'Try one new thing at a time and see how you both feel before adding more.',
      body: [
        'Going gently gives everyone room to notice how something feels, physically and emotionally, before building on it.',
        'You can always add intensity later; it is much harder to undo something that went too far, too fast.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'know-your-gear',
      title: 'Learn your equipment first',
      summary:
        'If you want to use restraints or other accessories, understand how they work before you use them on anyone.',
      body: [
        'Anything used to hold or restrict someone needs to be used correctly to be safe. Learn how it fastens, how it releases and what can go wrong.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'clean-toys',
      title: 'Clean toys afterwards',
      summary: 'Wash toys thoroughly after every use to lower the chance of infection.',
      body: [
        'Cleaning toys well after each use reduces the risk of passing on infections.',
        'Follow the cleaning advice for the material your toy is made of.',
      ],
      tags: ['general'],
      source: 'article',
      keywords: ['hygiene', 'infection'],
    },
    {
      id: 'not-like-the-films',
      title: 'What is on screen is not a guide',
      summary:
        'A lot of what porn shows can hurt people, physically or emotionally, when copied without care. Ask whether something risks injury or distress first.',
      body: [
        'Scenes in porn are staged and edited, and many of them would be dangerous if done for real without the right knowledge.',
        'Before trying something you have seen, think about whether it could cause physical injury or lasting upset, and talk it through.',
      ],
      tags: ['general', 'messaging'],
      source: 'article',
      keywords: ['porn', 'videos'],
    },
    {
      id: 'no-neck-pressure',
      title: 'Keep pressure off the neck',
      summary:
        'There is no safe way to put pressure on someone’s neck. Brain injury can happen within seconds, with little force, and a stroke can follow much later.',
      body: [
        'The Institute for Addressing Strangulation explains that strangling cannot be made safe: injury to the brain can happen in seconds and does not need much pressure.',
        'Harm is not always visible at the time. Strokes can happen days or even months afterwards.',
        'If choking has come up between you, talk about other ways to explore the feelings you are after, without the neck.',
      ],
      tags: ['general', 'messaging', 'meeting', 'event'],
      source: 'ias',
      keywords: ['choking', 'strangulation', 'neck', 'breath play'],
    },
    {
      id: 'impact-safe-areas',
      title: 'Where not to hit',
      summary:
        'Keep harder impact to well-padded places like the buttocks and thighs. Never hit hard on the head, face or neck, and avoid the spine, tailbone, kidneys, hips and joints.',
      body: [
        'The kidneys lie in the lower back, just under the ribs and above the buttocks, and a hard blow there can do real damage. Bones near the surface, such as the spine and tailbone, can be cracked.',
        'Fingers and toes are no place for heavy impact either.',
      ],
      tags: ['general'],
      source: 'impact-safety',
      keywords: ['spanking', 'impact', 'paddle', 'flogger', 'cane', 'kidneys'],
    },
    {
      id: 'impact-warm-up',
      title: 'Warm up first',
      summary:
        'Start impact with soft, light strokes and build up slowly. Sudden hard blows without a warm-up are rarely enjoyable and can do more damage.',
      body: ['If you have more than one tool, begin with the lighter one. Keep checking in as the intensity grows.'],
      tags: ['general'],
      source: 'impact-warm-up',
      keywords: ['spanking', 'impact', 'warm up', 'flogger', 'paddle'],
    },
    {
      id: 'signal-cannot-save-you',
      title: 'A signal cannot help someone who passes out',
      summary:
        'Pressure on the neck can make someone pass out within seconds. A person who has passed out cannot tap, let go or say a safe word.',
      body: [
        'The Coalition to Stop Violence Against Native Women gives 7 to 10 seconds as the average time to lose consciousness when the neck is squeezed.',
        'That is why safe words and signals, important as they are, do not make choking safe.',
      ],
      tags: ['general'],
      source: 'csvanw-strangulation',
      keywords: ['choking', 'breath play', 'passed out', 'unconscious'],
    },
    {
      id: 'smothering-too',
      title: 'Smothering is breath play too',
      summary:
        'Covering someone’s mouth and nose so they cannot breathe is suffocation. Like pressure on the neck, it can seriously harm the brain.',
      body: [
        'The Northern Ireland government lists loss of consciousness, brain injury, stroke and seizures among the possible effects of strangulation or suffocation, and many of these injuries leave no marks.',
      ],
      tags: ['general'],
      source: 'nidirect-suffocation',
      keywords: ['smothering', 'suffocation', 'breath play', 'face sitting'],
    },
    {
      id: 'strangulation-law',
      title: 'The law in England and Wales',
      summary:
        'In England and Wales it is a crime to strangle someone, or to do anything else to them that affects their breathing. Consent is no defence if they are hurt and the other person meant it or took the risk.',
      body: [
        'Section 75A of the Serious Crime Act 2015 has applied since 7 June 2022. Consent is no defence when the person is harmed, from actual bodily harm upwards, and the other meant to cause that harm or was reckless about it.',
        'The most serious cases can lead to up to five years in prison. Laws differ elsewhere, and Tend cannot give legal advice.',
      ],
      tags: ['general'],
      source: 'strangulation-law',
      keywords: ['law', 'legal', 'illegal', 'choking', 'strangulation', 'suffocation'],
    },
  ],
};
