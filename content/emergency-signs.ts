/**
 * The "call emergency services now" list: guide content, not private, so the popup's first-aid
 * section and the sidebar (above the lock) show it. One short sentence each; `source` is the id of
 * the page in sources.ts that states it. Ids are stable so views can key the list.
 */

export const emergencySignsTitle = 'Call emergency services now if…';

export const emergencySigns: readonly { id: string; text: string; source: string }[] = [
  { id: 'passed-out', text: 'Someone passed out, even for a moment.', source: 'nhs-inform' },
  { id: 'breathing', text: 'Someone is having trouble breathing.', source: 'nhs-inform' },
  {
    id: 'neck-hurt',
    text: 'Someone’s neck or throat hurts or is bruised after it was squeezed.',
    source: 'nhs-inform',
  },
  {
    id: 'stroke-signs',
    text: 'One side of the face droops, an arm is weak, or speech is slurred.',
    source: 'nwas-stroke',
  },
  {
    id: 'stroke-later',
    text: 'Any of those stroke signs appear, even days or weeks after pressure on the neck.',
    source: 'ias',
  },
  {
    id: 'confused-or-fitting',
    text: 'Someone is suddenly confused, or has a fit that does not stop.',
    source: 'swast-999',
  },
  { id: 'bleeding', text: 'Someone is bleeding heavily.', source: 'nhs-inform' },
  { id: 'head-injury', text: 'Someone has a head injury.', source: 'nhs-inform' },
  { id: 'chest-pain', text: 'Someone has pain in their chest.', source: 'nhs-inform' },
  { id: 'belly-pain', text: 'Someone has severe pain in their belly.', source: 'crickhowell-999' },
  { id: 'drugs', text: 'After taking drugs, someone cannot be woken.', source: 'unity-ghb' },
  { id: 'drugged', text: 'Someone may have been drugged without knowing.', source: 'nhs-inform' },
];
