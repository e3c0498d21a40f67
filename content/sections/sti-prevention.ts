import type { Section } from '../types';

export const stiPrevention: Section = {
  id: 'sti-prevention',
  title: 'Protection and sexual health',
  blurb: 'Lube, testing, and what to do after a risk',
  checked: '2026-11-30',
  tips: [
    {
      id: 'stronger-condoms',
      title: 'Rough sex is hard on condoms',
      summary: 'Vigorous sex puts condoms under extra strain, so it is worth taking care over how you use them.',
      body: [
        'The more energetic things get, the more stress a condom is under.',
        'The article this tip comes from suggests a thicker, stronger condom. The next tip looks at what a clinical trial found.',
      ],
      tags: ['general', 'event'],
      source: 'article',
      keywords: ['condom', 'thick', 'strong'],
    },
    {
      id: 'thicker-condoms-no-better',
      title: 'Thicker condoms are not safer',
      summary:
        'In a double-blind trial with 283 gay couples having anal sex, thicker condoms were no less likely to break or slip off than standard ones.',
      body: [
        'Golombok, Harding and Sheldon (AIDS, 2001) gave each couple either thicker or standard condoms and found no real difference in how often they failed.',
        'What went with breakage was unrolling the condom before putting it on, no extra lube or the wrong kind of lube, and sex that went on longer.',
      ],
      tags: ['general'],
      source: 'golombok-2001',
      keywords: ['condom', 'thick', 'strong', 'breakage', 'split'],
    },
    {
      id: 'lube-and-condoms',
      title: 'Plenty of the right lube',
      summary:
        'Use plenty of water-based lube with condoms. Oil-based products such as baby oil, body lotion or petroleum jelly damage latex condoms.',
      body: [
        'Put the condom on before any sexual contact and use one at a time. If it comes off, throw it away and use a new one.',
      ],
      tags: ['general', 'event'],
      source: 'lgbt-foundation-safer-sex',
      keywords: ['lube', 'lubricant', 'condom', 'oil'],
    },
    {
      id: 'fresh-condom-long-sessions',
      title: 'A fresh condom for long sessions',
      summary:
        'If sex goes on for a long time, change the condom after about 30 minutes, because friction can make it break. Never wear two at once.',
      body: ['Use a new condom every time you have sex.'],
      tags: ['general'],
      source: 'kingston-condoms',
      keywords: ['condom', 'long', 'friction', 'breakage'],
    },
    {
      id: 'talk-about-protection',
      title: 'Agree on protection beforehand',
      summary: 'Talk about protection, testing and health needs before you meet or play, not in the moment.',
      body: [
        'Share what matters for each other’s health, such as STI status and any physical limits, and agree your limits before you start to play.',
        'Sorting it out ahead of time means nobody has to negotiate when things are heated.',
      ],
      tags: ['messaging', 'meeting'],
      source: 'act-safer-kinky-sex',
      keywords: ['condom', 'testing'],
    },
    {
      id: 'barriers',
      title: 'Barriers for oral sex and toys',
      summary: 'Dental dams or condoms give extra protection during oral sex. Put condoms on sex toys as well.',
      body: ['Infections can be passed on through oral sex, not only through other kinds of sex.'],
      tags: ['general'],
      source: 'lgbt-foundation-safer-sex',
      keywords: ['dental dam', 'barrier', 'oral', 'toys'],
    },
    {
      id: 'sti-testing',
      title: 'Regular check-ups',
      summary:
        'Regular sexual health check-ups are the best way to look after your sexual health. With different partners, a check-up every six months is recommended.',
      body: [
        'The LGBT Foundation suggests a check-up about every six months for anyone having sex with different partners.',
      ],
      tags: ['general'],
      source: 'lgbt-foundation-safer-sex',
      keywords: ['sti', 'test', 'testing', 'check-up', 'screen'],
    },
    {
      id: 'prep',
      title: 'PrEP prevents HIV',
      summary:
        'PrEP is medicine someone without HIV takes before sex. Taken correctly, it makes the chance of getting HIV almost zero. It does not protect against other infections.',
      body: ['It is free on the NHS for some people, after a medical consultation about whether it suits you.'],
      tags: ['general'],
      source: 'bucks-prep',
      keywords: ['prep', 'hiv', 'pre-exposure'],
    },
    {
      id: 'pep-72-hours',
      title: 'After a possible HIV exposure, act fast',
      summary:
        'PEP, medicine that can stop HIV taking hold, must be started within 72 hours, and ideally within 24. It is a 28-day course.',
      body: [
        'A sexual health clinic is the best place to get it. When clinics are closed, for example at the weekend, go to A&E (the emergency department). GPs do not normally give PEP.',
      ],
      tags: ['general'],
      source: 'brighton-pep',
      keywords: ['pep', 'hiv', 'post-exposure', 'condom split'],
    },
    {
      id: 'emergency-contraception',
      title: 'Emergency contraception has time limits',
      summary:
        'A copper IUD can be fitted up to 5 days after sex and is the most effective. The pills work up to 3 days (levonorgestrel) or 5 days (ulipristal) after.',
      body: [
        'Emergency contraception can prevent pregnancy after sex without contraception, or when a condom splits. The pills are sometimes called the morning-after pill or Plan B.',
        'Levonorgestrel (Levonelle) can be taken up to 72 hours after sex and works better the sooner you take it. Ulipristal (ellaOne) can be taken up to 120 hours after.',
        'The copper IUD is fitted by a trained nurse or doctor, usually at a sexual health clinic or some GP surgeries.',
      ],
      tags: ['general'],
      source: 'brighton-ec',
      keywords: ['plan b', 'morning after', 'morning-after pill', 'levonelle', 'ellaone', 'iud', 'coil', 'pregnancy'],
    },
  ],
};
