import type { Section } from '../types';

export const consent: Section = {
  id: 'consent',
  title: 'What consent is',
  blurb: 'A free, clear yes, for each thing, every time',
  checked: '2026-11-30',
  tips: [
    {
      id: 'enthusiastic-yes',
      title: 'Look for a clear yes',
      summary:
        'Consent is an eager, willing yes, not simply the lack of a no. Saying yes out loud leaves less room for mix-ups than body language alone.',
      body: [
        'Consent means agreeing to take part. What you are looking for is real enthusiasm: someone who wants this, rather than someone who has not objected.',
        'People do show what they like with their bodies, but spoken words are clearer. Asking and answering out loud takes seconds and removes guesswork for both of you.',
      ],
      tags: ['general', 'messaging'],
      source: 'article',
    },
    {
      id: 'consent-each-step',
      title: 'Agree to each thing, and keep checking in',
      summary:
        'A yes to one activity is not a yes to all of them. Before you turn things up, ask whether it is OK, wait for a spoken yes, and keep checking in.',
      body: [
        'With more intense play it matters even more that consent covers particular acts. Agreeing to one thing does not stretch to cover the next.',
        'A simple “Is this OK?” before you go further, and a clear yes in reply, keeps you both on the same page as things change.',
        'Say plainly that easing off or stopping is always welcome, so nobody feels they have to push through.',
      ],
      tags: ['general', 'messaging', 'event'],
      source: 'article',
      keywords: ['check in', 'is this ok'],
    },
    {
      id: 'consent-ongoing',
      title: 'Anyone can change their mind',
      summary:
        'Consent can be taken back at any moment, and having done something before is no promise to do it again.',
      body: [
        'Make it plain, before and during, that slowing down or stopping is always fine. Nobody owes anyone the rest of a scene.',
        'Something you enjoyed last time may not feel right today. Each time is its own decision, and past yeses commit nobody to anything.',
      ],
      tags: ['general', 'event'],
      source: 'article',
    },
    {
      id: 'cannot-consent',
      title: 'When a yes does not count',
      summary:
        'Someone cannot consent if they are under age, drunk or high, asleep or passed out, being threatened or pressured, or under someone with power over them.',
      body: [
        'Laws differ from place to place, but in general a person is not able to give consent when they are under the age of consent, affected by alcohol or drugs, unconscious or asleep, or being intimidated or threatened.',
        'An uneven balance of power, such as between a teacher and their student, also means a yes cannot be freely given. The next tip explains what kind of power this means.',
      ],
      tags: ['general', 'meeting', 'event'],
      source: 'article',
    },
    {
      id: 'power-in-daily-life',
      title: 'Real-life power, not power play',
      summary:
        'The worry is power in daily life: a teacher, employer or doctor, or someone you depend on for money, may leave you no free choice.',
      body: [
        'The Crown Prosecution Service tells police and prosecutors in England and Wales to question whether consent was given freely when one person holds a position of power over the other, such as a teacher, an employer or a doctor.',
        'They also ask the same question when someone depends on the other person for money or in other ways, or lives with domestic abuse.',
        'Roles two adults choose for play are not what these examples describe. But if a play partner also has real power over your work or money, take extra care that your yes is free.',
      ],
      tags: ['general'],
      source: 'cps-consent',
      keywords: ['power', 'boss', 'employer', 'dependent'],
    },
    {
      id: 'consent-not-assumed',
      title: 'Rough is never a reason to assume',
      summary:
        'Words like “forceful” or “rough” describe what people agree to, not a licence to skip asking. Without full consent it is assault, a serious crime.',
      body: [
        'Some people describe the play they enjoy with words that sound aggressive. That never replaces asking, and consent is never taken for granted.',
        'When everyone involved is not fully and willingly agreeing, it is not rough play at all: it is assault.',
      ],
      tags: ['general', 'profile', 'messaging'],
      source: 'article',
    },
  ],
};
