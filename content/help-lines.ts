/**
 * Help lines and emergency numbers. Only numbers published by the organisation named; check each
 * against the organisation's own page before changing it.
 */
import type { HelpLine } from './types';

export const helpLines: readonly HelpLine[] = [
  {
    id: 'emergency-us-ca',
    region: 'US and Canada',
    organisation: 'Emergency services',
    service: 'Police, ambulance, fire',
    phone: '911',
    emergency: true,
    source: 'emergency-services',
  },
  {
    id: 'emergency-uk',
    region: 'UK',
    organisation: 'Emergency services',
    service: 'Police, ambulance, fire',
    phone: '999',
    emergency: true,
    source: 'emergency-services',
  },
  {
    id: 'emergency-eu',
    region: 'European Union',
    organisation: 'Emergency services',
    service: 'Police, ambulance, fire',
    phone: '112',
    emergency: true,
    source: 'emergency-services',
  },
  {
    id: 'emergency-au',
    region: 'Australia',
    organisation: 'Emergency services',
    service: 'Police, ambulance, fire',
    phone: '000',
    emergency: true,
    source: 'emergency-services',
  },
  {
    id: 'rainn',
    region: 'United States',
    organisation: 'RAINN',
    service: 'National Sexual Assault Hotline, also as an online chat',
    phone: '800-656-4673',
    source: 'rainn',
  },
  {
    id: 'ndvh',
    region: 'United States',
    organisation: 'National Domestic Violence Hotline',
    service: 'National Domestic Violence Hotline',
    phone: '800-799-7233',
    text: 'Text START to 88788',
    source: 'ndvh',
  },
  {
    id: 'love-is-respect',
    region: 'United States',
    organisation: 'Love Is Respect',
    service: 'Support about dating and relationships',
    phone: '1-866-331-9474',
    text: 'Text LOVEIS to 22522',
    source: 'love-is-respect',
  },
  {
    id: 'refuge',
    region: 'UK',
    organisation: 'Refuge',
    service: 'National Domestic Abuse Helpline',
    phone: '0808 2000 247',
    hours: '24 hours',
    source: 'refuge',
  },
  {
    id: '1800respect',
    region: 'Australia',
    organisation: '1800RESPECT',
    service: 'National sexual assault, domestic and family violence counselling',
    phone: '1800 737 732',
    source: '1800respect',
  },
];
