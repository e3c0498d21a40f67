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
        'Water-based lube, and lots of it, goes well with condoms. Anything oily, like baby oil, body lotion or petroleum jelly, weakens latex and can make it fail.',
      body: [
        'Have the condom on before your bodies touch, and wear only one. If it slips off, start again with a fresh one.',
      ],
      tags: ['general', 'event'],
      source: 'lgbt-foundation-safer-sex',
      keywords: ['lube', 'lubricant', 'condom', 'oil'],
    },
    {
      id: 'fresh-condom-long-sessions',
      title: 'A fresh condom for long sessions',
      summary:
        'In a long session, swap to a new condom about every half hour: rubbing over time can make one break. Two at once is not safer, as they are likely to break.',
      body: ['Each time you have sex, start with a new condom.'],
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
      summary: 'A dental dam or a condom adds protection during oral sex. Condoms belong on shared sex toys too.',
      body: ['Oral sex can pass on infections as well, so barriers are worth having for it.'],
      tags: ['general'],
      source: 'lgbt-foundation-safer-sex',
      keywords: ['dental dam', 'barrier', 'oral', 'toys'],
    },
    {
      id: 'sti-testing',
      title: 'Regular check-ups',
      summary:
        'Getting checked regularly is the surest way to look after your sexual health. If you have sex with more than one partner, aim for a check-up about every six months.',
      body: ['That six-month rhythm is what the LGBT Foundation recommends for anyone with different partners.'],
      tags: ['general'],
      source: 'lgbt-foundation-safer-sex',
      keywords: ['sti', 'test', 'testing', 'check-up', 'screen'],
    },
    {
      id: 'prep',
      title: 'PrEP prevents HIV',
      summary:
        'PrEP is medicine someone without HIV takes before sex. When it is taken the right way, the risk of getting HIV becomes almost nil. It does not protect against other infections.',
      body: ['It is free on the NHS for some people, after a medical consultation about whether it suits you.'],
      tags: ['general'],
      source: 'bucks-prep',
      keywords: ['prep', 'hiv', 'pre-exposure'],
    },
  ],
};
