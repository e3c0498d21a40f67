/**
 * The help that only works for a few days after something went wrong, and how long each kind lasts
 * where the user is: the timeline counts these down, and the guide's tips on them take their
 * figures from here. Content editors change this file.
 *
 * Rules every entry keeps (tests/unit/time-windows.test.ts checks them):
 * - Every sentence names the page that says it (`source`, an id in sources.ts).
 * - Every region is listed for every window; nothing falls back to another place's figure.
 * - Where pages disagree, the countdown ends at the earliest time a page gives; the later time
 *   is said only in words, with its own source.
 * - A countdown that ends says what may still be possible (`afterEnd`), never "too late".
 * - Where no page Tend has checked gives a time for a place, there is no countdown there.
 */
import type { RegionId } from './regions';

/** One sentence in Tend's words, and the page that says it. */
export interface Said {
  text: string;
  /** Id of an entry in `sources`. */
  source: string;
}

/** How one window shows in one region. */
export type RegionWindow =
  | {
      show: 'countdown';
      /** Hours after it happened when the window ends. */
      hours: number;
      /** Says when it ends, in words: the number of hours or days in it is `hours`. */
      ends: Said;
      /** Where a page says sooner works best, up to when. */
      best?: { hours: number; said: Said };
      notes: readonly Said[];
      /** Shown once the countdown has ended: what may still be possible. */
      afterEnd: Said;
    }
  /** No page Tend has checked gives a time here: words only. */
  | { show: 'no-countdown'; notes: readonly Said[] }
  /** This kind is not offered here. */
  | { show: 'not-offered'; notes: readonly Said[] }
  /** The UK with no nation chosen, where the nations' times differ. */
  | { show: 'choose-nation' };

export type WindowId = 'pep' | 'copper-iud' | 'ulipristal' | 'levonorgestrel' | 'forensic';

export interface TimeWindow {
  id: WindowId;
  /** A few words: what the window is for. */
  name: string;
  regions: Readonly<Record<RegionId, RegionWindow>>;
}

export interface TimeTopic {
  id: 'pep' | 'emergency-contraception' | 'forensic' | 'neck';
  title: string;
  /** Sentences for every region. `{emergency}` stands for the region's emergency number. */
  about: readonly Said[];
  /** The windows counted down; none for signs that have no end (after neck pressure). */
  windows: readonly TimeWindow[];
}

const said = (text: string, source: string): Said => ({ text, source });

/** A countdown of `hours`. */
function countdown(
  hours: number,
  ends: Said,
  afterEnd: Said,
  more: { best?: { hours: number; said: Said }; notes?: readonly Said[] } = {},
): RegionWindow {
  return { show: 'countdown', hours, ends, afterEnd, notes: more.notes ?? [], ...(more.best && { best: more.best }) };
}

const words = (...notes: Said[]): RegionWindow => ({ show: 'no-countdown', notes });

/** One entry for every UK nation and the UK with none chosen, where the UK's pages agree. */
const allOfUk = (window: RegionWindow) => ({
  uk: window,
  england: window,
  wales: window,
  scotland: window,
  'northern-ireland': window,
});

// PEP -----------------------------------------------------------------------------------------

const pepAfterEnd = said(
  'PEP does not help after 72 hours, but a clinic can still test you and talk about what comes next.',
  'cav-pep',
);
const pepEnds = (source: string) => said('Start it within 3 days (72 hours).', source);
const pepFirstDay = (source: string) => ({ hours: 24, said: said('The first day is best, so do not wait.', source) });
const soonerIsBetter = (source: string) => said('The sooner you start, the better it works.', source);
const englandPep = countdown(72, pepEnds('brighton-pep'), pepAfterEnd, {
  best: pepFirstDay('brighton-pep'),
  notes: [
    said('When the sexual health clinic is not open, an emergency department (A&E) can start PEP.', 'brighton-pep'),
    said('Family doctors (GPs) do not usually give PEP.', 'bucks-pepse'),
  ],
});

const pep: TimeWindow = {
  id: 'pep',
  name: 'PEP',
  regions: {
    // Every UK nation's health services give 72 hours; the nation's own page where Tend has one.
    uk: englandPep,
    england: englandPep,
    wales: countdown(72, pepEnds('cav-pep'), pepAfterEnd, {
      best: pepFirstDay('cav-pep'),
      notes: [said('In Cardiff, when the clinic is not open, the hospital’s emergency unit can start PEP.', 'cav-pep')],
    }),
    scotland: countdown(72, pepEnds('sandyford-pep'), pepAfterEnd, {
      best: pepFirstDay('sandyford-pep'),
      notes: [said('Out of hours, an emergency department (A&E) can give it.', 'sandyford-pep')],
    }),
    'northern-ireland': countdown(72, pepEnds('nidirect-pep'), pepAfterEnd, {
      notes: [
        said('Start as soon as you can, within hours if possible.', 'nidirect-pep'),
        said('Contact an emergency department or a sexual health clinic straight away.', 'nidirect-pep'),
      ],
    }),
    ie: countdown(72, pepEnds('hse-pep'), pepAfterEnd, { notes: [soonerIsBetter('hse-pep')] }),
    us: countdown(72, pepEnds('cdc-npep-2025'), pepAfterEnd, { best: pepFirstDay('cdc-npep-2025') }),
    ca: countdown(72, pepEnds('phac-pep'), pepAfterEnd, { notes: [soonerIsBetter('phac-pep')] }),
    au: countdown(72, pepEnds('albion-pep'), pepAfterEnd, { best: pepFirstDay('qpp-pep') }),
    nz: countdown(72, pepEnds('burnett-pep'), pepAfterEnd, {
      notes: [
        soonerIsBetter('burnett-pep'),
        said('Your GP, an after-hours clinic or an emergency department can help.', 'burnett-pep'),
      ],
    }),
    other: words(
      said(
        'Where Tend has checked, PEP must start within 3 days (72 hours), and sooner is better. Ask a clinic or emergency department near you today.',
        'cdc-npep-2025',
      ),
    ),
  },
};

// Emergency contraception ----------------------------------------------------------------------

const iudEnds = (source: string) => said('A nurse or doctor can fit one up to 5 days (120 hours) after sex.', source);
const mostReliable = (source: string) => said('It is the most reliable kind.', source);
const iudAfterEnd = (source: string) =>
  said('An IUD may still be possible after 5 days, depending on your cycle. Ask a clinic today.', source);
const ukIud = (source: string, afterEnd: string) =>
  countdown(120, iudEnds(source), iudAfterEnd(afterEnd), { notes: [mostReliable(source)] });

const copperIud: TimeWindow = {
  id: 'copper-iud',
  name: 'Copper IUD (coil)',
  regions: {
    ...allOfUk(ukIud('nhs-ec', 'herts-ec')),
    scotland: ukIud('grampian-ec', 'grampian-ec'),
    ie: countdown(120, iudEnds('hse-ec'), iudAfterEnd('herts-ec')),
    us: countdown(120, iudEnds('pp-ec'), iudAfterEnd('herts-ec'), { notes: [mostReliable('pp-ec')] }),
    ca: countdown(
      120,
      iudEnds('hamilton-ec'),
      said('Some Canadian health services fit one up to 7 days after sex, so ask a clinic today.', 'yukon-ec'),
      { notes: [mostReliable('hamilton-ec')] },
    ),
    au: countdown(120, iudEnds('shine-sa-ec'), iudAfterEnd('herts-ec'), { notes: [mostReliable('betterhealth-ec')] }),
    nz: countdown(120, iudEnds('familyplanning-nz-ec'), iudAfterEnd('familyplanning-nz-ec'), {
      notes: [mostReliable('familyplanning-nz-iud')],
    }),
    other: words(
      said(
        'Where Tend has checked, a nurse or doctor can fit one up to 5 days after sex, and it is the most reliable kind. Ask a clinic near you.',
        'nhs-ec',
      ),
    ),
  },
};

const ulipristalEnds = (source: string) => said('You can take it up to 5 days (120 hours) after sex.', source);
const ulipristalAfterEnd = (source: string) =>
  said('A copper IUD may still be possible, depending on your cycle. Ask a clinic today.', source);
const brand = (name: string, source: string) => said(`One brand is ${name}.`, source);
const ukUlipristal = (source: string) =>
  countdown(
    120,
    ulipristalEnds(source),
    said('Even after the usual time, a doctor or nurse may still be able to help, so ask.', 'lscft-ec'),
    {
      notes: [brand('ellaOne', 'brighton-ec')],
    },
  );

const ulipristal: TimeWindow = {
  id: 'ulipristal',
  name: 'The ulipristal pill',
  regions: {
    ...allOfUk(ukUlipristal('brighton-ec')),
    scotland: ukUlipristal('ayrshire-ec'),
    ie: countdown(120, ulipristalEnds('ifpa-ec'), ulipristalAfterEnd('herts-ec')),
    us: countdown(120, ulipristalEnds('pp-ec'), ulipristalAfterEnd('herts-ec'), {
      notes: [brand('ella', 'pp-ec'), said('You need a prescription for ella, so contact a clinic early.', 'pp-ec')],
    }),
    ca: countdown(
      120,
      ulipristalEnds('yukon-ec'),
      said('Some Canadian health services fit a copper IUD up to 7 days after sex, so ask a clinic today.', 'yukon-ec'),
      {
        notes: [brand('Ella', 'yukon-ec')],
      },
    ),
    au: countdown(120, ulipristalEnds('shine-sa-ec'), ulipristalAfterEnd('herts-ec')),
    nz: {
      show: 'not-offered',
      notes: [
        said(
          'New Zealand offers two kinds: the emergency contraceptive pill (the levonorgestrel pill below) and the copper IUD.',
          'sexualwellbeing-ec',
        ),
      ],
    },
    other: words(
      said(
        'Where Tend has checked, it can be taken up to 5 days after sex. Ask a pharmacist or clinic near you what is offered.',
        'brighton-ec',
      ),
    ),
  },
};

const levonorgestrelEnds = (source: string) => said('You can take it up to 3 days (72 hours) after sex.', source);
/** Said once this pill's time is over: the other kinds, by their own times (never "may still work" unconditionally). */
const otherKinds = (source: string) =>
  said(
    'The ulipristal pill can be taken up to 5 days (120 hours) after sex, and a copper IUD fitted up to 5 days after. Ask a pharmacist or clinic today.',
    source,
  );
const ukLevonorgestrel = (source: string) =>
  countdown(72, levonorgestrelEnds(source), otherKinds('brighton-ec'), { notes: [brand('Levonelle', 'nhs-ec')] });

const levonorgestrel: TimeWindow = {
  id: 'levonorgestrel',
  name: 'The levonorgestrel pill',
  regions: {
    ...allOfUk(ukLevonorgestrel('nhs-ec')),
    scotland: ukLevonorgestrel('ayrshire-ec'),
    ie: countdown(
      72,
      levonorgestrelEnds('ifpa-ec'),
      said(
        'The ulipristal pill can be taken up to 5 days (120 hours) after sex. Ask a pharmacist or clinic today.',
        'ifpa-ec',
      ),
      { notes: [said('Brands include Norlevo and Prevenelle.', 'ifpa-ec')] },
    ),
    us: countdown(72, levonorgestrelEnds('utah-ec'), otherKinds('pp-ec'), {
      notes: [
        brand('Plan B', 'utah-ec'),
        said(
          'Some US health services say it can be taken up to 5 days after sex, but it works less well the longer you wait. Ask a pharmacist.',
          'utah-ec',
        ),
      ],
    }),
    ca: countdown(72, levonorgestrelEnds('yukon-ec'), otherKinds('yukon-ec'), {
      notes: [brand('Plan B', 'yukon-ec')],
    }),
    au: countdown(72, levonorgestrelEnds('shine-sa-ec'), otherKinds('shine-sa-ec'), {
      notes: [
        said(
          'Some Australian health services say it can be taken up to 4 days after sex, but it works best in the first day. Ask a pharmacist.',
          'mshc-ec',
        ),
      ],
    }),
    nz: countdown(
      72,
      levonorgestrelEnds('familyplanning-nz-ec'),
      said(
        'A copper IUD can be fitted up to 5 days after sex, or later depending on your cycle. Ask a clinic today.',
        'familyplanning-nz-ec',
      ),
      {
        notes: [
          said(
            'It can still work up to 4 days after sex, so ask a pharmacist even after 3 days.',
            'familyplanning-nz-ec',
          ),
          said(
            'The pill can work less well for people who weigh more than 70 kg. A copper IUD is then the one to ask about.',
            'familyplanning-nz-ec',
          ),
        ],
      },
    ),
    other: words(
      said(
        'Where Tend has checked, it can be taken up to 3 days after sex. Ask a pharmacist or clinic near you.',
        'nhs-ec',
      ),
    ),
  },
};

// Forensic medical examination -----------------------------------------------------------------

const askAService = (source: string) => said('A service near you can still tell you what is possible.', source);

const forensic: TimeWindow = {
  id: 'forensic',
  name: 'Forensic exam',
  regions: {
    uk: { show: 'choose-nation' },
    england: countdown(
      168,
      said('In London, the NHS Havens usually do it within 7 days. Other areas may differ, so ask.', 'havens-fme'),
      said(
        'Bruises and other injuries can sometimes still be recorded days or weeks later, so it is still worth asking.',
        'havens-fme',
      ),
    ),
    scotland: countdown(
      168,
      said('It is usually done within 7 days.', 'nhs-inform-fme'),
      said('In some cases a SARCS may still offer an exam after that, so ask.', 'nhs-inform-fme'),
      {
        notes: [
          said(
            'Within 7 days, you can refer yourself to a SARCS (Sexual Assault Response Coordination Service) without deciding about the police yet.',
            'govscot-sarcs',
          ),
        ],
      },
    ),
    wales: words(
      said(
        'If you might want the police to investigate, an exam soon after gives the best chance of finding evidence. Tend has no checked time limit for Wales, so ask a Sexual Assault Referral Centre (SARC).',
        'bcuhb-sarc',
      ),
    ),
    'northern-ireland': words(
      said(
        'If you might want the police involved, evidence is easier to collect soon after. Tend has no checked time limit for Northern Ireland, so ask The Rowan.',
        'rowan-cj',
      ),
    ),
    ie: countdown(
      168,
      said('Samples can be collected up to 7 days after.', 'hse-satu-forensic'),
      askAService('hse-satu-forensic'),
      {
        best: { hours: 72, said: said('The first 3 days are best.', 'hse-satu-forensic') },
        notes: [
          said(
            'If you need time to decide about reporting, the Sexual Assault Treatment Unit (SATU) can keep the samples for up to a year.',
            'hse-satu-forensic',
          ),
        ],
      },
    ),
    nz: countdown(
      168,
      said('Within 7 days, you can choose an exam that collects evidence.', 'medsac'),
      askAService('medsac'),
      {
        notes: [
          said('You can have a medical check even if you do not want the police involved.', 'medsac'),
          said('SAATS (the Sexual Abuse Assessment and Treatment Service) is free.', 'medsac'),
        ],
      },
    ),
    us: words(
      said(
        'How long evidence is kept, and how long you have to report, depend on your state. A forensic nurse or a victim advocate can explain the rules where you live.',
        'rainn-dna',
      ),
      said(
        'You can have the exam without deciding about the police. The evidence can still be used if you go to court one day.',
        'rainn-dna',
      ),
    ),
    ca: words(
      said(
        'At one Ontario hospital, some evidence can be collected up to 12 days after, and you can go at any time for support. Ask a local sexual assault centre what applies where you live.',
        'hsn-sudbury',
      ),
    ),
    au: words(
      said(
        'In New South Wales, evidence is best collected within 3 days, but it can be collected up to a week later. Other states may differ, so ask a local sexual assault service.',
        'nsw-vosa',
      ),
    ),
    other: words(
      said(
        'If you want the police to investigate, go as soon as you can. Tend has no checked time limit for where you are, so ask a local service.',
        'nhs-sarc',
      ),
    ),
  },
};

// Topics ---------------------------------------------------------------------------------------

export const timeTopics: readonly TimeTopic[] = [
  {
    id: 'pep',
    title: 'PEP: medicine that can lower the chance of HIV',
    about: [
      said(
        'After a risk like a condom breaking, PEP can lower the chance of getting HIV. It does not always work.',
        'nidirect-pep',
      ),
      said('A nurse or doctor checks whether you need it.', 'hse-pep'),
      said('If you do, you take it every day for 28 days.', 'brighton-pep'),
    ],
    windows: [pep],
  },
  {
    id: 'emergency-contraception',
    title: 'Emergency contraception, if you or a partner could get pregnant',
    about: [
      said('Emergency contraception is for anyone who could get pregnant, whatever their gender.', 'bedsider-tgnb'),
      said(
        'Testosterone is not birth control. Someone taking it can still get pregnant, even if their periods have stopped.',
        'bedsider-tgnb',
      ),
      said('Whichever you choose, sooner is better.', 'brighton-ec'),
    ],
    windows: [copperIud, ulipristal, levonorgestrel],
  },
  {
    id: 'forensic',
    title: 'A forensic exam, if you might want the police involved, now or later',
    about: [
      said('A forensic exam is a medical check that can collect evidence of an assault.', 'nhs-inform-fme'),
      said('Going to the police is your choice.', 'nhs-sarc'),
      said(
        'If you can, hold off on a shower, and keep the clothes you had on until you have been seen. If you have already washed, you can still go.',
        'nhs-sarc',
      ),
      said('If someone did this to you, it was not your fault.', 'nhs-sarc'),
    ],
    windows: [forensic],
  },
  {
    id: 'neck',
    title: 'After pressure on the neck: signs to watch for',
    about: [
      said('Pressure on the neck can harm the brain, and many injuries leave no marks.', 'nidirect-suffocation'),
      said(
        'Serious problems are rare, but they can start hours or days later. If it happened to you, get a medical check now, even if it was wanted and you feel fine.',
        'medsac-nfs',
      ),
      said(
        'Some problems, like a stroke, can show up days, weeks or even months later, so Tend shows signs to watch for, not a countdown.',
        'ias',
      ),
      said(
        'Get medical help straight away if someone becomes very sleepy or hard to wake, is confused, has a fit, a bad headache or neck pain, a swollen tongue, or is sick (vomits).',
        'medsac-nfs',
      ),
      said(
        'If you were choked or strangled without your consent, call {emergency} or go to an emergency department now, even if you feel fine.',
        'nhs-inform',
      ),
      said(
        'Call {emergency} at once if one side of the face droops, an arm is weak, or speech is slurred or hard to get out.',
        'nwas-stroke',
      ),
    ],
    windows: [],
  },
];

export const timeWindows: readonly TimeWindow[] = timeTopics.flatMap((topic) => topic.windows);

function sentencesOf(here: RegionWindow): readonly Said[] {
  switch (here.show) {
    case 'countdown':
      return [here.ends, ...(here.best ? [here.best.said] : []), ...here.notes, here.afterEnd];
    case 'choose-nation':
      return [];
    default:
      return here.notes;
  }
}

/** Every sentence the timeline can show, in every region. */
export function timelineSentences(): readonly Said[] {
  return [
    ...timeTopics.flatMap((topic) => topic.about),
    ...timeWindows.flatMap((window) => Object.values(window.regions).flatMap(sentencesOf)),
  ];
}

export function findWindow(id: WindowId): TimeWindow {
  const found = timeWindows.find((window) => window.id === id);
  if (!found) throw new Error(`No time window ${id}`);
  return found;
}

/** Said on the timeline, about Tend itself. */
export const timelineWords = {
  intro:
    'Some kinds of help only work for a few days. Tell Tend roughly when it happened to see the time left for each. If you are not sure, go as soon as you can. Nothing here is kept unless you save it.',
  cannot:
    'Tend cannot give medical advice, examine you, or tell you what you need. It only counts time and shows where help is. These times come from health services and support organisations, can change, and differ by place: a clinic, doctor, pharmacist or support line can tell you what is right for you. Tend does not contact anyone for you. Reminders only come while this browser is running, so do not count on them.',
  closing: 'Whatever happened, you deserve care. You do not have to decide everything right now.',
} as const;

/** A window's countdown in a region, for text that states its figures (the guide's tips); throws where there is none. */
export function countdownIn(id: WindowId, region: RegionId): Extract<RegionWindow, { show: 'countdown' }> {
  const here = findWindow(id).regions[region];
  if (here.show !== 'countdown') throw new Error(`${id} has no countdown in ${region}`);
  return here;
}
