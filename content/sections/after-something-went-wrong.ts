import { countdownIn } from '../time-windows';
import type { Section } from '../types';

// The tips' figures are England's windows (their sources are English NHS pages), so the guide and
// the timeline cannot disagree.
const pep = countdownIn('pep', 'england');
const iud = countdownIn('copper-iud', 'england');
const levonorgestrel = countdownIn('levonorgestrel', 'england');
const ulipristal = countdownIn('ulipristal', 'england');
const days = (hours: number) => hours / 24;

export const afterSomethingWentWrong: Section = {
  id: 'after-something-went-wrong',
  title: 'After something went wrong',
  blurb: 'Help that only works for a few days, and the time left',
  checked: '2026-11-30',
  showsTimeline: true,
  tips: [
    {
      id: 'after-an-assault',
      title: 'After an assault: what cannot wait',
      summary:
        'It was not your fault. Get medical help soon, for any injuries and for the risk of pregnancy or infection. You do not have to decide about the police yet.',
      body: [
        'If you might want the police to investigate, a forensic medical examination is best done as soon as possible. If you can, hold off on a shower and keep the clothes you had on until you have been seen, though you can still report if you have washed.',
        'You can take time to think about reporting. The medicines that can lower the chance of HIV and pregnancy have time limits: they are the next two tips.',
      ],
      tags: ['general'],
      source: 'nhs-sarc',
      keywords: ['assault', 'rape', 'forensic', 'evidence', 'washing'],
    },
    {
      id: 'pep-72-hours',
      title: 'After a possible HIV exposure, act fast',
      summary: `PEP is medicine that can prevent HIV after a possible exposure. Start it as soon as you can: ideally within ${pep.best?.hours} hours, and no later than ${pep.hours}. You take it for 28 days.`,
      body: [
        'In the UK, go to a sexual health clinic for it. Out of hours or at the weekend, when clinics are closed, go to A&E (the emergency department). GPs do not usually supply PEP.',
        'Elsewhere, the sidebar’s Timeline shows the times and where to go for your region.',
      ],
      tags: ['general'],
      source: 'brighton-pep',
      keywords: ['pep', 'hiv', 'post-exposure', 'condom split'],
    },
    {
      id: 'emergency-contraception',
      title: 'Emergency contraception has time limits',
      summary: `A copper IUD (coil) can be fitted up to ${days(iud.hours)} days after sex and is the most effective. The pills can be taken up to ${days(levonorgestrel.hours)} days (levonorgestrel) or ${days(ulipristal.hours)} days (ulipristal) after.`,
      body: [
        'Emergency contraception can prevent pregnancy after sex without contraception, or when a condom splits. The pill is often called the morning-after pill, though it works for longer than a morning.',
        `In the UK, levonorgestrel (brands include Levonelle) must be taken within ${levonorgestrel.hours} hours. Ulipristal (ellaOne) must be taken within ${ulipristal.hours} hours. Whichever you use, sooner works better.`,
        'The IUD is fitted by a specially trained nurse or doctor, usually at a sexual health clinic or GP surgery. In the UK both are free there, and many pharmacies supply the pill. Elsewhere, the sidebar’s Timeline shows what is offered in your region.',
      ],
      tags: ['general'],
      source: 'nhs-ec',
      keywords: ['plan b', 'morning after', 'morning-after pill', 'levonelle', 'ellaone', 'iud', 'coil', 'pregnancy'],
    },
  ],
};
