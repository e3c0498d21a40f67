/** Every source a tip or help line may cite. A tip names one of these ids; never add one that is not real. */
import type { Source } from './types';

export const sources = [
  {
    id: 'article',
    name: '“Rough Sex: How to Practice It Safely”',
    detail: 'medically reviewed by Jabeen Begum, MD, 23 November 2023',
  },
  { id: 'ias', name: 'Institute for Addressing Strangulation' },
  {
    id: 'herbenick',
    name: 'Herbenick and colleagues',
    detail: 'Journal of Sexual Medicine, 2021; Sexuality Research and Social Policy, 2025',
  },
  { id: 'nhs-inform', name: 'NHS inform' },
  { id: 'scarleteen', name: 'Scarleteen', detail: '“Yes, No, Maybe So” inventory' },
  { id: 'rainn', name: 'RAINN' },
  { id: 'ndvh', name: 'National Domestic Violence Hotline' },
  { id: 'love-is-respect', name: 'Love Is Respect' },
  { id: 'refuge', name: 'Refuge' },
  { id: '1800respect', name: '1800RESPECT' },
  { id: 'emergency-services', name: 'National emergency services' },
] as const satisfies readonly Source[];
