import type { Section } from '../types';

export const firstAid: Section = {
  id: 'first-aid',
  title: 'First aid and medical care',
  blurb: 'What is normal, and when to get help',
  checked: '2026-11-30',
  tips: [
    {
      id: 'first-aid-kit',
      title: 'Keep a first-aid kit close',
      summary: 'Have ice, antibiotic ointment, anti-inflammatory medicine and adhesive bandages within reach.',
      body: [
        'A small kit nearby means minor knocks can be dealt with straight away.',
        'Useful basics: ice, an antibiotic ointment, an anti-inflammatory painkiller and adhesive bandages.',
      ],
      tags: ['general', 'event'],
      source: 'article',
      keywords: ['kit', 'ice', 'ointment', 'plasters', 'bandages'],
    },
    {
      id: 'what-is-normal',
      title: 'What is usually nothing to worry about',
      summary: 'Light scratches, some tenderness and a little light spotting afterwards are common.',
      body: [
        'Surface scratches and some soreness are normal after rough play, and a small amount of light spotting is not unusual.',
        'Keep an eye on anything that gets worse rather than better.',
      ],
      tags: ['general'],
      source: 'article',
    },
    {
      id: 'when-to-get-help',
      title: 'When to get medical help',
      summary:
        'Heavy bleeding needs medical attention. Rough sex can cause internal tears, so get checked if something seems wrong.',
      body: [
        'Rough sex can sometimes cause tearing inside the vagina or anus. Watch for anything that might need more than first aid.',
        'If bleeding is heavy, seek medical care promptly. If you are unsure, it is always reasonable to get checked.',
      ],
      tags: ['general'],
      source: 'article',
      keywords: ['bleeding', 'tear', 'doctor'],
    },
    {
      id: 'after-neck-pressure',
      title: 'After any pressure on the neck',
      summary: 'Problems from pressure on the neck can appear days or months later. Tell a doctor what happened.',
      body: [
        'The Institute for Addressing Strangulation warns that injury to the brain can happen quickly, and that strokes can follow days, weeks or even months afterwards.',
        'If the neck was squeezed or pressed, it is worth getting medical advice and telling the doctor what happened, even if you feel fine. The emergency list says when not to wait.',
      ],
      tags: ['general'],
      source: 'ias',
      keywords: ['choking', 'strangulation', 'neck'],
    },
  ],
};
